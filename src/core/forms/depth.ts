// Blink's HTML parser stops nesting at 512 levels; real articles stay far below (明慧's cascade of
// unclosed <p> reaches ~30). Deeper trees are junk or attacks, and recursive DOM code overflows on them.
export const MAX_NESTING_DEPTH = 400;

/** True when the subtree nests deeper than `limit`; iterative, stops at the first too-deep node. */
export function nestsDeeperThan(root: Element, limit = MAX_NESTING_DEPTH): boolean {
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}
