// A family cleans its own copy of the page, so that a family that gives up leaves the page as served for
// the next. Its recognition found nodes of the page (a title, where a footer starts); these are the nodes
// at the same places in the copy.

import { childNodesOf } from './dom';

function pathTo(node: Node, root: Node): number[] {
  const path: number[] = [];
  for (let current = node; current !== root; ) {
    const parent = current.parentNode;
    if (!parent) throw new RangeError('node is not inside the copied root');
    let index = 0;
    for (let sibling = current.previousSibling; sibling; sibling = sibling.previousSibling) index++;
    path.push(index);
    current = parent;
  }
  return path.reverse();
}

function follow(root: Node, path: readonly number[]): Node {
  let node = root;
  for (const index of path) node = childNodesOf(node)[index]!;
  return node;
}

/** A deep copy of `root` (owned by the same document) and, for each of `nodes` inside it, its twin in the copy. */
export function copyWithTwins<const Nodes extends readonly Node[]>(root: HTMLElement, nodes: Nodes): { copy: HTMLElement; twins: Nodes } {
  const paths = nodes.map((node) => pathTo(node, root));
  const copy = root.cloneNode(true) as HTMLElement;
  return { copy, twins: paths.map((path) => follow(copy, path)) as unknown as Nodes };
}
