// npm test: every check CI runs, in order, ending with one summary line "N passed, N failed".
// Stages: typecheck, lint, unit tests (vitest, jsdom), end-to-end
// tests in Debian's Chromium, then in Debian's Firefox ESR, then web-ext lint of the Firefox build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  /** The failed tests' names and first message lines, repeated at the end: CI shows only the tail of the log. */
  failures?: string[];
}

/** The part of vitest's JSON report (and of the browser runners' counts files) read here. */
interface SuiteReport {
  numPassedTests?: number;
  numFailedTests?: number;
  testResults?: Array<{ assertionResults?: Array<{ fullName?: string; status?: string; failureMessages?: string[] }> }>;
}

const RESULTS = 'test-results';
const FAILURE_LINE_CHARS = 300;
mkdirSync(RESULTS, { recursive: true });

function run(command: string, args: string[]): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

/** A stage that is one check: it passes or fails as a whole. */
function check(command: string, args: string[]): Counts {
  return run(command, args) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** A stage that reports its own test counts in a JSON file ({numPassedTests, numFailedTests} as vitest writes). */
function suite(command: string, args: string[], report: string): Counts {
  rmSync(report, { force: true });
  const ok = run(command, args);
  if (!existsSync(report)) return { passed: 0, failed: 1 };
  const { numPassedTests = 0, numFailedTests = 0, testResults = [] } = JSON.parse(readFileSync(report, 'utf8')) as SuiteReport;
  const failures = testResults
    .flatMap((file) => file.assertionResults ?? [])
    .filter((result) => result.status === 'failed')
    .map((result) => `${result.fullName ?? '?'}: ${(result.failureMessages?.[0] ?? '').split('\n')[0]!.slice(0, FAILURE_LINE_CHARS)}`);
  return { passed: numPassedTests, failed: numFailedTests + (ok || numFailedTests > 0 ? 0 : 1), failures };
}

const stages: Array<[string, () => Counts]> = [
  ['typecheck', () => check('npx', ['tsc', '--noEmit'])],
  ['lint', () => check('npx', ['eslint', '.'])],
  ['unit', () => suite('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}/unit.json`], `${RESULTS}/unit.json`)],
  ['e2e', () => suite('npm', ['run', '-s', 'test:e2e'], `${RESULTS}/e2e.json`)],
  ['e2e-ff', () => suite('npm', ['run', '-s', 'test:e2e:firefox'], `${RESULTS}/e2e-firefox.json`)],
  // After the Firefox suite, which built dist-firefox.
  ['amo-lint', () => check('npm', ['run', '-s', 'lint:firefox', '--', '--no-build'])],
];

const total: Counts = { passed: 0, failed: 0 };
const lines: string[] = [];
const failures: string[] = [];
for (const [name, stage] of stages) {
  const counts = stage();
  total.passed += counts.passed;
  total.failed += counts.failed;
  lines.push(`${name.padEnd(10)} ${counts.passed} passed, ${counts.failed} failed`);
  failures.push(...(counts.failures ?? []).map((failure) => `${name}: ${failure}`));
}
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((failure) => `  ✗ ${failure}`).join('\n')}`);
console.log(`\n${lines.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed === 0 ? 0 : 1;
