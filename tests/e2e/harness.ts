// A minimal sequential test runner for the browser checks: tests in order, a ✓/✗ line each, and the
// closing "N passed, N failed" line CI reads. A run takes the tests registered since the last one, so
// that each suite (run.ts) gets its own browser.
export interface TestCase {
  name: string;
  run: () => Promise<void>;
}

const tests: TestCase[] = [];

export function test(name: string, run: () => Promise<void>): void {
  tests.push({ name, run });
}

export class AssertionError extends Error {}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

/** Runs (and takes off the list) every registered test whose name contains `filter`; returns the counts. */
export async function runTests(filter = ''): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  for (const { name, run } of tests.splice(0).filter((candidate) => candidate.name.includes(filter))) {
    const started = Date.now();
    try {
      await run();
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${name} (${Date.now() - started} ms)\n      ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join('\n      ') : String(error)}`);
    }
  }
  return { passed, failed };
}
