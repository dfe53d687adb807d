// Self time per function from a V8 CPU profile (the DevTools protocol's Profiler.stop), with the
// bench bundle's source module beside each of its functions (the bundle is unminified, one module after another).

/** The parts of a Profiler.Profile this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

const MODULE_COMMENT = '\t// ';
const MODULE_ENDINGS = ['.ts', '.js', '.mjs', '.cjs'];

/** The module each line of the bundle came from, from the comment (`\t// src/core/dom.ts`) the bundler puts before each module. */
export function modulesByLine(bundle: string): string[] {
  let current = '';
  return bundle.split('\n').map((line) => {
    const path = line.startsWith(MODULE_COMMENT) ? line.slice(MODULE_COMMENT.length) : '';
    if (!path.includes(' ') && MODULE_ENDINGS.some((ending) => path.endsWith(ending))) current = path.replace(/^node_modules\//, '');
    return current;
  });
}

export interface FunctionTimes {
  /** Milliseconds in the function's own code. */
  self: Map<string, number>;
  /** Milliseconds with the function on the stack (once a sample, however deep it recurses). */
  total: Map<string, number>;
}

/** Self and total time per "function (module)"; the time waiting between tasks is left out. */
export function timeByFunction(profile: CpuProfile, moduleOfLine: string[]): FunctionTimes {
  const nameOf = new Map<number, string>();
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? url : moduleOfLine[lineNumber];
    nameOf.set(node.id, `${functionName || '(anonymous)'}${where ? ` (${where})` : ''}`);
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: FunctionTimes = { self: new Map(), total: new Map() };
  const add = (into: Map<string, number>, name: string, ms: number) => into.set(name, (into.get(name) ?? 0) + ms);
  // A sample lasts until the next one is taken: the delta that follows it.
  samples.forEach((nodeId, i) => {
    const name = nameOf.get(nodeId) ?? '(unknown)';
    if (name === '(idle)') return;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    add(times.self, name, ms);
    const onStack = new Set<string>();
    for (let id: number | undefined = nodeId; id !== undefined; id = parentOf.get(id)) onStack.add(nameOf.get(id) ?? '(unknown)');
    for (const caller of onStack) add(times.total, caller, ms);
  });
  return times;
}
