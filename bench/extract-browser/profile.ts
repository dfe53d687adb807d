// Self and total time per function from a V8 CPU profile (the DevTools protocol's Profiler.stop), each
// of the bench bundle's functions named with its place in the sources (through the bundle's source map).

/** The parts of a Profiler.Profile this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The bundle's source map, as the bundler returns it. */
export interface SourceMap {
  sources: string[];
  mappings: string;
}

/** One segment's fields of a source map's `mappings`, VLQ-decoded (each a delta from the previous segment's). */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/** For each line of the bundle, its first mapped position in the sources: "src/core/dom.ts:42", or '' for the bundler's own lines. */
export function sourceLines(map: SourceMap): string[] {
  let source = 0;
  let line = 0;
  return map.mappings.split(';').map((generatedLine) => {
    let first = '';
    for (const segment of generatedLine.split(',')) {
      const [, sourceDelta, lineDelta] = decodeSegment(segment);
      if (sourceDelta === undefined || lineDelta === undefined) continue;
      source += sourceDelta;
      line += lineDelta;
      first ||= `${(map.sources[source] ?? '?').replace(/^(?:\.\.\/)+(?:node_modules\/)?/, '')}:${line + 1}`;
    }
    return first;
  });
}

export interface FunctionTimes {
  /** Milliseconds in the function's own code. */
  self: Map<string, number>;
  /** Milliseconds with the function on the stack (once a sample, however deep it recurses). */
  total: Map<string, number>;
}

/** Self and total time per "function (module)"; the time waiting between tasks is left out. */
export function timeByFunction(profile: CpuProfile, placeOfLine: string[]): FunctionTimes {
  const nameOf = new Map<number, string>();
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? url : placeOfLine[lineNumber];
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
