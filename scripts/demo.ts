// `npm run demo`: builds the extension and shows it working on a local copy of real mirror pages.
// A local HTTPS server plays github.com (and the other mirror hosts) with the corpus in
// ../shared/corpus/dev; Chromium runs with the extension loaded. With a display it opens a window
// and stays open; without one it runs headless, saves screenshots and prints what happened.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM, launchWithExtension } from '../tests/e2e/browser';
import { startFixtureServer } from '../tests/e2e/fixture-server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'test-results/demo');
/** A BBC report mirrored by the feedx family: several images, a caption per image. */
const DEMO_PAGE = 'feedx__NodeBE4__news-beyond-wall___posts_2021-07-01-[World]';

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const server = await startFixtureServer();
  const browser = await launchWithExtension(resolve(ROOT, 'dist'), server.port, { headless: !headed });
  const page = server.pages.find((candidate) => candidate.name.startsWith(DEMO_PAGE))!;

  const article = await browser.context.newPage();
  await article.goto(page.url);
  console.log(`\nOpened ${decodeURI(page.url)}\n  (served locally as github.com, GitHub-like page shell, images through "camo")`);
  await browser.waitForBadge(article, '✓');
  console.log('  toolbar badge: ✓ — article detected and saved to the offline library');

  if (headed) {
    console.log('\nChromium is open with Mirror Reader loaded: click its toolbar icon. Ctrl+C to quit.');
    await new Promise<never>(() => undefined);
  }

  mkdirSync(OUT, { recursive: true });
  const popup = await browser.openPopupFor(article);
  await popup.screenshot({ path: resolve(OUT, '1-popup-list.png') });
  const title = await popup.locator('.row-title').first().innerText();
  await popup.locator('.row').first().click();
  await popup.waitForSelector('.article-body');
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: resolve(OUT, '2-popup-reader.png') });
  const paragraphs = await popup.locator('.article-body p').count();
  const images = await popup.locator('.article-body img').count();
  const reader = await browser.openExtensionPage('reader.html');
  await reader.locator('.row').first().click();
  await reader.waitForSelector('.article-body');
  await reader.waitForTimeout(300);
  await reader.screenshot({ path: resolve(OUT, '3-tab-reader.png'), fullPage: false });
  console.log(`  saved: "${title}" — ${paragraphs} paragraphs, ${images} images stored for offline reading`);
  console.log(`\nScreenshots (headless, no display here):\n  ${resolve(OUT, '1-popup-list.png')}\n  ${resolve(OUT, '2-popup-reader.png')}\n  ${resolve(OUT, '3-tab-reader.png')}`);
  await browser.close();
  await server.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
