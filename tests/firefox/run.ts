// End-to-end run in Debian's Firefox ESR: build dist-firefox/, serve the corpus as the real mirror
// hosts (tests/e2e/fixture-server.ts) behind a local proxy (proxy.ts), drive Firefox over Marionette
// (marionette.ts). Each suite gets a fresh fixture server, proxy and profile.
// Usage: npm run test:e2e:firefox [-- --no-build] [-- --filter=words] [-- --idle-timeout=ms]
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer, USER_SITE_HOST } from '../e2e/fixture-server';
import { finishRun, runMain, runTests } from '../e2e/harness';
import type { FirefoxContext } from './context';
import { registerEraseTests } from './erase.ff';
import { PAGE_HOSTS, registerIdleTests, SLOW_IMAGE_MS } from './idle.ff';
import { registerLocaleTests } from './locale.ff';
import { FIREFOX } from './marionette';
import { startProxy } from './proxy';
import { registerReaderTests } from './reader.ff';
import { AddonSession } from './session';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist-firefox');
const ARTIFACTS = resolve(ROOT, 'test-results/firefox');
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** Firefox suspends an idle event page after 30 s; a shorter time makes every pause wake it up again. */
const IDLE_TIMEOUT = Number(arg('idle-timeout') ?? 0);

const SUITES: Array<[name: string, register: (ctx: FirefoxContext) => void]> = [
  ['reader', registerReaderTests],
  ['erase', registerEraseTests],
  ['locale', registerLocaleTests],
  ['idle', registerIdleTests],
];

async function main(): Promise<number> {
  const started = Date.now();
  if (!existsSync(FIREFOX)) {
    console.error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
    return 1;
  }
  if (!process.argv.includes('--no-build')) {
    // Granted up front, as in the Chromium run: the fixture's user-added site.
    const env = { ...process.env, MIRROR_READER_E2E_GRANTED_HOSTS: `https://${USER_SITE_HOST}/*` };
    execSync('npm run build:firefox --silent', { cwd: ROOT, stdio: 'inherit', env });
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const report: Record<string, string> = {};
  let [passed, failed] = [0, 0];
  for (const [name, register] of SUITES) {
    const suiteStarted = Date.now();
    const server = await startFixtureServer();
    const proxy = await startProxy(server.port, name === 'idle' ? { hosts: new RegExp(`^(?!${PAGE_HOSTS.source.slice(1, -1)}$)`, 'i'), ms: SLOW_IMAGE_MS } : undefined);
    const open: AddonSession[] = [];
    register({
      server,
      proxy,
      dist: DIST,
      artifacts: ARTIFACTS,
      report,
      launch: async (options = {}) => {
        const prefs = { ...(IDLE_TIMEOUT ? { 'extensions.background.idle.timeout': IDLE_TIMEOUT } : {}), ...options.prefs };
        const session = await AddonSession.launch({ dist: DIST, proxyPort: proxy.port, artifacts: ARTIFACTS, ...options, prefs });
        open.push(session);
        return session;
      },
    });
    if (name === SUITES[0]![0]) console.log(`Mirror Reader e2e in Firefox (${FIREFOX}, Marionette)`);
    console.log(`Firefox suite: ${name}`);
    const counts = await runTests(arg('filter') ?? '');
    for (const session of open) await session.quit().catch(() => undefined);
    proxy.close();
    await server.stop().catch(() => undefined);
    passed += counts.passed;
    failed += counts.failed;
    report[`Firefox ${name}: requests served, time`] = `${server.requests.length}; ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s`;
  }
  return finishRun({ passed, failed }, report, started, ARTIFACTS, resolve(ROOT, 'test-results/e2e-firefox.json'));
}

runMain(main);
