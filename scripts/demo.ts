// `npm run demo`: builds the extension and shows it working on a local copy of real mirror pages.
// A local HTTPS server plays github.com (and the other mirror hosts) with the corpus in
// ../shared/corpus/dev; Chromium runs with the extension loaded. With a display it opens a window
// and stays open; without one it runs headless, saves screenshots (popup, library, tab reader, options,
// the same in 简体中文, and offline reading with the server stopped) and prints what happened.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
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
  const shots: string[] = [];
  const shoot = async (view: Page, name: string): Promise<void> => {
    await view.waitForTimeout(300); // fonts and images settle
    const path = resolve(OUT, `${name}.png`);
    await view.screenshot({ path });
    shots.push(path);
  };

  const popup = await browser.openPopupFor(article);
  await shoot(popup, '1-popup-list');
  const title = await popup.locator('.row-title').first().innerText();
  await popup.locator('.row').first().click();
  await popup.waitForSelector('.article-body');
  await shoot(popup, '2-popup-reader');
  const paragraphs = await popup.locator('.article-body p').count();
  const images = await popup.locator('.article-body img').count();
  const reader = await browser.openExtensionPage('reader.html');
  await shoot(reader, '3-library');
  await reader.locator('.row').first().click();
  await reader.waitForSelector('.article-body');
  await shoot(reader, '4-tab-reader');
  await shoot(await browser.openExtensionPage('options.html'), '5-options');
  console.log(`  saved: "${title}" — ${paragraphs} paragraphs, ${images} images stored for offline reading`);

  // The same in 简体中文: the browser's language is the extension's.
  const chinese = await launchWithExtension(resolve(ROOT, 'dist'), server.port, { headless: true, language: 'zh_CN' });
  const chineseArticle = await chinese.context.newPage();
  await chineseArticle.goto(page.url);
  await chinese.waitForBadge(chineseArticle, '✓');
  const chinesePopup = await chinese.openPopupFor(chineseArticle);
  await shoot(chinesePopup, '6-popup-list-zh_CN');
  const chineseReader = await chinese.openExtensionPage('reader.html');
  await chineseReader.locator('.row').first().click();
  await chineseReader.waitForSelector('.article-body');
  await shoot(chineseReader, '7-tab-reader-zh_CN');

  // Offline: the mirror hosts are gone, and the saved article still reads, images and all.
  await server.stop();
  const offline = await browser.openExtensionPage('reader.html');
  await offline.locator('.row').first().click();
  await offline.waitForSelector('.article-body img');
  const offlineImages = await offline.locator('.article-body img').evaluateAll((imgs) => (imgs as HTMLImageElement[]).filter((img) => img.complete && img.naturalWidth > 0).length);
  await shoot(offline, '8-offline-reader');
  console.log(`  offline (server stopped): the reader still shows the text and ${offlineImages} images`);

  console.log(`\nScreenshots (headless, no display here):\n  ${shots.join('\n  ')}`);
  await chinese.close();
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
