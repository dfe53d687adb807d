// Erase means gone, checked on disk in Firefox as tests/e2e/erase.e2e.ts checks it in Chromium:
// articles saved through real mirror pages, one deleted in the popup, then everything erased in the
// options page; after each step Firefox is closed and every file of its profile is read as raw bytes
// (UTF-8 and UTF-16LE; profile-scan.ts). Firefox keeps IndexedDB as SQLite files (and their -wal
// journals, and large values as files of their own) under storage/default/moz-extension+++UUID…/idb/.
// What is kept must be found before anything is called gone, else the scan proves nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isArticleGold, type CorpusPage } from '../helpers/corpus';
import { assert, test } from '../e2e/harness';
import { needlesOf, SHRED_WAIT_MS } from '../e2e/erase.e2e';
import { scanProfile } from '../e2e/profile-scan';
import type { FirefoxContext } from './context';
import { normalised, sleep, type AddonSession, type SavedRecord } from './session';

/** The browser's own record of the pages visited (history, favicons, HTTP cache, session restore):
 * not the add-on's to keep or erase; the options page tells the reader to clear them in the browser. */
const BROWSER_OWNED = /^(places\.sqlite|favicons\.sqlite|cache2\/|startupCache\/|sessionstore|sessionCheckpoints|formhistory\.sqlite|webappsstore\.sqlite|downloads\/|storage\/default\/https\+\+\+)/;

/** The needles readable in add-on-kept files, each with those files. */
function readable(profile: string, needles: string[]): Array<[string, string[]]> {
  return [...scanProfile(profile, needles)]
    .map(([needle, files]): [string, string[]] => [needle, files.filter((file) => !BROWSER_OWNED.test(file))])
    .filter(([, files]) => files.length > 0);
}

export function registerEraseTests(ctx: FirefoxContext): void {
  const profile = mkdtempSync(join(tmpdir(), 'mirror-reader-firefox-erase-'));
  const uuid = crypto.randomUUID();
  const articles = ctx.server.pages.filter((page): page is CorpusPage => isArticleGold(page.gold) && page.url.includes('/blob/')).slice(0, 3);
  let kept: SavedRecord[] = [];
  const reopen = (): Promise<AddonSession> => ctx.launch({ profile, uuid });

  test('Firefox: deleting an article in the popup leaves nothing of it in the closed profile', async () => {
    const s = await reopen();
    for (const page of articles) {
      const tab = await s.openTab(page.url);
      await s.waitForBadge(page.url, '✓');
      await s.closeTab(tab);
    }
    const saved = await s.savedArticles();
    assert(saved.length === articles.length, `${saved.length} of ${articles.length} articles saved`);
    const popup = await s.openPopupFor();
    await s.exec(`document.querySelector('.search').focus()`);
    await s.pressKey('\uE015'); // ArrowDown
    const title = await s.exec<string>(`return document.querySelector('.row:focus .row-title').innerText`);
    await s.pressKey('\uE017'); // Delete
    await s.waitFor(`return !!document.querySelector('.toast')`, 'the undo toast');
    const deleted = saved.find((record) => normalised(record.title) === normalised(title));
    assert(deleted, `deleted row "${title}" is none of the saved articles`);
    kept = saved.filter((record) => record !== deleted);
    await s.closeTab(popup);
    // The background rewrites the library into the next generation shortly after the delete.
    const shredded = (): Promise<boolean> => s.exec<boolean>(`return browser.storage.local.get('libraryShelf').then((r) => r.libraryShelf?.residue === false)`);
    for (const deadline = Date.now() + SHRED_WAIT_MS; Date.now() < deadline && !(await shredded()); ) await sleep(250);
    await s.quit({ keepProfile: true });

    const left = readable(profile, needlesOf(deleted));
    ctx.report['Firefox erase: deleted article readable in the profile'] = `${left.length} of ${needlesOf(deleted).length} needles`;
    assert(left.length === 0, `the deleted article is still readable: ${JSON.stringify(left)}`);
    const seen = readable(profile, kept.flatMap(needlesOf));
    ctx.report['Firefox erase: kept articles readable before "Erase all"'] = `${seen.length} of ${kept.flatMap(needlesOf).length} needles, in ${[...new Set(seen.flatMap(([, files]) => files))].join(', ')}`;
    assert(seen.length > 0, 'the scan found none of the kept articles either: it cannot see the library');
  });

  test('Firefox: "Erase all" in the options page leaves nothing of any article in the closed profile', async () => {
    const s = await reopen();
    assert((await s.savedArticles()).length === kept.length, 'the kept articles did not survive the restart');
    await s.click('#erase-all');
    await s.click('#erase-dialog button[value="erase"]');
    await s.waitFor(`return (document.getElementById('library-status')?.textContent ?? '') !== ''`, 'the erase status');
    assert((await s.savedArticles()).length === 0, 'articles left after erase');
    await s.quit({ keepProfile: true });

    const needles = kept.flatMap(needlesOf);
    const left = readable(profile, needles);
    ctx.report['Firefox erase all: articles readable in the profile'] = `${left.length} of ${needles.length} needles`;
    assert(left.length === 0, `erased articles are still readable: ${JSON.stringify(left)}`);
    rmSync(profile, { recursive: true, force: true });
  });
}
