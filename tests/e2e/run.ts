// End-to-end run: build the extension, serve the corpus as the real mirror hosts, drive Chromium.
// Each suite gets a fresh fixture server and browser profile, so that one suite's saved articles,
// settings and stopped server never reach the next (the build is shared).
// Usage: npm run test:e2e [-- --no-build] [-- --filter=words[|other words…]]
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM, launchWithExtension } from './browser';
import { registerTests, type E2eContext } from './extension.e2e';
import { startFixtureServer, USER_SITE_HOST } from './fixture-server';
import { finishRun, runMain, runTests } from './harness';
import { registerBatchTests } from './batch.e2e';
import { registerEraseTests } from './erase.e2e';
import { registerHostileTests } from './hostile.e2e';
import { registerLibraryFileTests } from './library-file.e2e';
import { registerPrivacyTests } from './privacy.e2e';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const ARTIFACTS = resolve(ROOT, 'test-results');

const SUITES: Array<[name: string, register: (ctx: E2eContext) => void]> = [
  ['extension', registerTests],
  ['hostile pages', registerHostileTests],
  ['erase', registerEraseTests],
  ['privacy', registerPrivacyTests],
  ['batch', registerBatchTests],
  ['library file', registerLibraryFileTests],
];

async function main(): Promise<number> {
  const started = Date.now();
  if (!existsSync(CHROMIUM)) {
    console.error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
    return 1;
  }
  if (!process.argv.includes('--no-build')) {
    // Granted up front: no automation can click "Allow" on Chrome's permission prompt.
    const env = { ...process.env, MIRROR_READER_E2E_GRANTED_HOSTS: `https://${USER_SITE_HOST}/*` };
    execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit', env });
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const filter = process.argv.find((arg) => arg.startsWith('--filter='))?.slice('--filter='.length);
  const report: Record<string, string> = {};
  let [passed, failed] = [0, 0];
  for (const [name, register] of SUITES) {
    const suiteStarted = Date.now();
    const server = await startFixtureServer();
    const browser = await launchWithExtension(DIST, server.port);
    register({ browser, server, dist: DIST, artifacts: ARTIFACTS, report });
    console.log(`Mirror Reader e2e, ${name}, in ${CHROMIUM} (extension ${browser.extensionId})`);
    const counts = await runTests(filter);
    await browser.close();
    await server.stop().catch(() => undefined);
    passed += counts.passed;
    failed += counts.failed;
    report[`${name}: requests served, time`] = `${server.requests.length}; ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s`;
  }
  return finishRun({ passed, failed }, report, started, ARTIFACTS, resolve(ARTIFACTS, 'e2e.json'));
}

runMain(main);
