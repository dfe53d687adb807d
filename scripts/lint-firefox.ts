// npm run lint:firefox: Mozilla's add-on linter (web-ext lint, the checks addons.mozilla.org runs on upload) over
// the Firefox build. Run through npx in its own step: as a devDependency web-ext would add ~300 packages.
// Fails on any error; warnings are printed (today: innerHTML inside DOMPurify, Readability and our sanitised sinks).
import { spawnSync } from 'node:child_process';

const WEB_EXT = 'web-ext@10.7.0';
const SOURCE = 'dist-firefox';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

if (!process.argv.includes('--no-build')) {
  if (spawnSync('npm', ['run', '-s', 'build:firefox'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
const lint = spawnSync('npx', ['--yes', WEB_EXT, 'lint', '--source-dir', SOURCE, '--output', 'json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report: LintReport;
try {
  report = JSON.parse(lint.stdout) as LintReport;
} catch {
  console.error(`web-ext lint printed no report (exit ${lint.status}):\n${lint.stderr}`);
  process.exit(1);
}
const line = (m: LintMessage): string => `  ${m.code} ${m.file ?? ''}: ${m.message}`;
for (const error of report.errors) console.error(`error${line(error)}`);
for (const warning of report.warnings) console.log(`warning${line(warning)}`);
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${SOURCE}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exitCode = errors === 0 ? 0 : 1;
