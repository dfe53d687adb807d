// Erase means gone, checked on disk: articles are saved through real mirror pages, one is deleted in
// the popup and then everything is erased in the options page; after each step the browser is closed
// and its profile is read like a searched device would be (profile-scan.ts: raw bytes and decoded
// LevelDB, UTF-8 and UTF-16LE). Nothing of what was deleted may be readable; what is kept must be
// (else the scan could not see anything, and the check would prove nothing).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isArticleGold, type CorpusPage } from '../helpers/corpus';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import type { E2eContext } from './extension.e2e';
import { assert, test } from './harness';
import { libraryFile, statusOf } from './library-file.e2e';
import { savedArticles, type SavedRecord } from './library-probe';
import { scanProfile } from './profile-scan';

/** The browser's own record of the pages the reader visited (history, HTTP cache, sessions): not the
 * extension's to keep or erase; the options page tells the reader to clear them in the browser. */
const BROWSER_OWNED = /^Default\/(History|Visited Links|Top Sites|Favicons|Shortcuts|Network Action Predictor|DIPS|Cache|Code Cache|GPUCache|Sessions|Current |Last |Web Data|Login Data|Network\/|Session Storage)/;

/** How long the background may take to shred after a delete (a rewrite of a small library). */
export const SHRED_WAIT_MS = 30_000;

/** What would identify an article on disk: its title and a few runs of its text. */
export function needlesOf(record: Pick<SavedRecord, 'title' | 'text'>): string[] {
  const text = record.text.replace(/\s+/g, '');
  const slices = [0.2, 0.5, 0.8].map((at) => text.slice(Math.floor(text.length * at), Math.floor(text.length * at) + 12));
  return [record.title, ...slices].filter((needle) => needle.length >= 6);
}

/** Each needle mapped to the extension-kept files it is readable in. */
function readable(profile: string, needles: string[]): Array<[string, string[]]> {
  return [...scanProfile(profile, needles)].map(([needle, files]): [string, string[]] => [needle, files.filter((file) => !BROWSER_OWNED.test(file))]);
}

export function registerEraseTests(ctx: E2eContext): void {
  const profile = mkdtempSync(join(tmpdir(), 'mirror-reader-erase-'));
  const articles = ctx.server.pages.filter((page): page is CorpusPage => isArticleGold(page.gold) && page.url.includes('/blob/')).slice(0, 3);
  let browser: ExtensionBrowser | null = null;
  let kept: SavedRecord[] = [];

  const reopen = async (): Promise<ExtensionBrowser> => (browser = await launchWithExtension(ctx.dist, ctx.server.port, { profile }));
  const closeBrowser = async (): Promise<void> => {
    await browser?.close();
    browser = null;
  };

  test('deleting an article in the popup leaves nothing of it in the closed profile', async () => {
    const open = await reopen();
    for (const page of articles) {
      const tab = await open.context.newPage();
      await tab.goto(page.url);
      await open.waitForBadge(tab, '✓');
      await tab.close();
    }
    const probe = await open.openExtensionPage('options.html');
    const saved = await savedArticles(probe);
    assert(saved.length === articles.length, `${saved.length} of ${articles.length} articles saved`);

    const popup = await open.openExtensionPage('popup.html');
    await popup.waitForSelector('.row');
    await popup.locator('.search').focus();
    await popup.keyboard.press('ArrowDown');
    const title = await popup.locator('.row:focus .row-title').innerText();
    await popup.keyboard.press('Delete');
    await popup.waitForSelector('.toast');
    const deleted = saved.find((record) => record.title.replace(/\s+/g, ' ').trim() === title.trim());
    assert(deleted, `deleted row "${title}" is none of the saved articles`);
    kept = saved.filter((record) => record !== deleted);
    // The background shreds shortly after the popup says the library changed; the scan below says
    // what is left if it does not.
    const shredded = async (): Promise<boolean> => probe.evaluate(async () => (await chrome.storage.local.get('libraryShelf')).libraryShelf?.residue === false);
    for (const deadline = Date.now() + SHRED_WAIT_MS; Date.now() < deadline && !(await shredded()); ) await probe.waitForTimeout(250);
    await closeBrowser();

    const left = readable(profile, needlesOf(deleted)).filter(([, files]) => files.length > 0);
    ctx.report['erase: deleted article readable in the profile'] = `${left.length} of ${needlesOf(deleted).length} needles`;
    assert(left.length === 0, `the deleted article is still readable: ${JSON.stringify(left)}`);
    const seen = readable(profile, kept.flatMap(needlesOf)).filter(([, files]) => files.length > 0);
    assert(seen.length > 0, 'the scan found none of the kept articles either: it cannot see the library');
  });

  test('"Erase all" in the options page leaves nothing of any article in the closed profile', async () => {
    const open = await reopen();
    const probe = await open.openExtensionPage('options.html');
    assert((await savedArticles(probe)).length === kept.length, 'the kept articles did not survive the restart');
    await probe.click('#erase-all');
    await probe.click('#erase-dialog button[value="erase"]');
    await probe.waitForFunction(() => (document.getElementById('library-status')?.textContent ?? '') !== '');
    assert((await savedArticles(probe)).length === 0, 'articles left after erase');
    await closeBrowser();

    const needles = kept.flatMap(needlesOf);
    const left = readable(profile, needles).filter(([, files]) => files.length > 0);
    ctx.report['erase all: articles readable in the profile'] = `${left.length} of ${needles.length} needles`;
    assert(left.length === 0, `erased articles are still readable: ${JSON.stringify(left)}`);
    rmSync(profile, { recursive: true, force: true });
  });

  test('"Free space" in the options page leaves nothing of the dropped images in the closed profile', async () => {
    const imageProfile = mkdtempSync(join(tmpdir(), 'mirror-reader-free-space-'));
    // Image bytes that read as text, so that the profile scan can look for them as it looks for titles.
    const marker = 'DROPPED-IMAGE-BYTES-';
    const needles = [0, 1, 2].map((n) => `${marker}${n}`);
    const file = libraryFile(imageProfile, Buffer.from(needles.join('').repeat(60)).toString('base64'));
    let open = await launchWithExtension(ctx.dist, ctx.server.port, { profile: join(imageProfile, 'profile') });
    let options = await open.openExtensionPage('options.html');
    await options.setInputFiles('#import-library', file);
    await statusOf(options, 'library-status');
    await open.close();
    const before = readable(join(imageProfile, 'profile'), needles).filter(([, files]) => files.length > 0);
    assert(before.length > 0, 'the scan does not find the stored image before the drop: it proves nothing');

    open = await launchWithExtension(ctx.dist, ctx.server.port, { profile: join(imageProfile, 'profile') });
    options = await open.openExtensionPage('options.html');
    await options.click('#free-space');
    await options.click('#free-space-dialog button[value="drop"]');
    const dropped = await statusOf(options, 'storage-status');
    assert(/^Dropped the stored images of archived articles \(images: 1,/.test(dropped), `drop said: ${dropped}`);
    const shredded = async (): Promise<boolean> => options.evaluate(async () => (await chrome.storage.local.get('libraryShelf')).libraryShelf?.residue === false);
    for (const deadline = Date.now() + SHRED_WAIT_MS; Date.now() < deadline && !(await shredded()); ) await options.waitForTimeout(250);
    const titles = (await savedArticles(options)).map((record) => record.title);
    await open.close();

    const left = readable(join(imageProfile, 'profile'), needles).filter(([, files]) => files.length > 0);
    ctx.report['free space: dropped image readable in the profile'] = `${left.length} of ${needles.length} needles (before the drop: ${before.length})`;
    assert(left.length === 0, `the dropped image is still readable: ${JSON.stringify(left)}`);
    assert(titles.length === 2, `the articles did not stay: ${JSON.stringify(titles)}`);
    rmSync(imageProfile, { recursive: true, force: true });
  });
}
