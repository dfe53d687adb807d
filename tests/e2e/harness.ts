import { writeFileSync } from 'node:fs';

// A minimal sequential test runner for the browser checks: tests in order, a ✓/✗ line each, and the
// closing "N passed, N failed" line CI reads. A run takes the tests registered since the last one, so
// that each suite (run.ts) gets its own browser.
export interface TestCase {
  name: string;
  run: () => Promise<void>;
}

const tests: TestCase[] = [];
/**
 * A hang guard per test, well above the slowest (the hostile pages, a few minutes on a loaded machine): a
 * test that never settles fails with its name, and the run goes on, instead of holding CI until its limit.
 */
const TEST_TIMEOUT_MS = 10 * 60_000;
/** Every failure of this process's runs, named in the counts file so that the end of `npm test` names them. */
const failures: Array<{ name: string; message: string }> = [];

export function test(name: string, run: () => Promise<void>): void {
  tests.push({ name, run });
}

export class AssertionError extends Error {}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

/**
 * Waits until `check` holds, asking every `stepMs`, for at most `timeoutMs` (a hang guard, never a pass
 * mark); whether it held. For what arrives asynchronously (a report, a request, a stored write), where a
 * fixed pause is a race on a loaded machine.
 */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs: number, stepMs = 100): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, stepMs))) {
    if (await check()) return true;
  }
  return check();
}

/**
 * Runs (and takes off the list) every registered test whose name contains `filter`, or one of its
 * `|`-separated words (so that a suite's first test, which sets it up, can run with a few others);
 * returns the counts.
 */
export async function runTests(filter = ''): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  const words = filter.split('|');
  for (const { name, run } of tests.splice(0).filter((candidate) => words.some((word) => candidate.name.includes(word)))) {
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const hang = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not finish in ${TEST_TIMEOUT_MS / 60_000} minutes`)), TEST_TIMEOUT_MS);
      });
      await Promise.race([run(), hang]);
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      failures.push({ name, message: error instanceof Error ? error.message : String(error) });
      console.log(`  ✗ ${name} (${Date.now() - started} ms)\n      ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join('\n      ') : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
  return { passed, failed };
}

/** Ends a run: its figures, the closing "N passed, N failed" line, and the counts and failed tests in
 * `countsFile` in the shape vitest's JSON reporter writes (read by scripts/test-all.ts); the exit status to return. */
export function finishRun(counts: { passed: number; failed: number }, report: Record<string, string>, started: number, artifacts: string, countsFile: string): number {
  console.log('\nFigures:');
  for (const [name, value] of Object.entries(report)) console.log(`  ${name}: ${value}`);
  console.log(`  screenshots: ${artifacts}`);
  console.log(`  total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
  const assertionResults = failures.map(({ name, message }) => ({ fullName: name, status: 'failed', failureMessages: [message] }));
  writeFileSync(countsFile, JSON.stringify({ numPassedTests: counts.passed, numFailedTests: counts.failed, testResults: [{ assertionResults }] }));
  return counts.failed > 0 ? 1 : 0;
}

/** Runs a runner's main and exits with its status; a crash counts as one failed check. */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      console.log('\n0 passed, 1 failed');
      process.exit(1);
    },
  );
}
