import { beforeEach, expect, it, vi } from 'vitest';
import { resetBrowserFake, type BrowserFake } from './browser-fake';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const { syncUserSiteScripts, USER_SITE_SCRIPTS } = await import('../../src/background/user-sites');
const { saveSettings } = await import('../../src/shared/settings');
const { sitePattern } = await import('../../src/ui/options/user-sites');

let browser: BrowserFake;
beforeEach(() => (browser = resetBrowserFake()));

it('registers the detector only on the user-added sites whose permission was granted', async () => {
  await saveSettings({ userSites: ['https://mirror.example.org/*', 'https://not-granted.example/*'] });
  browser._.permissions.add('https://mirror.example.org/*');
  expect(await syncUserSiteScripts()).toEqual(['https://mirror.example.org/*']);
  expect(browser._.registered).toEqual([expect.objectContaining({ matches: ['https://mirror.example.org/*'], js: USER_SITE_SCRIPTS })]);
});

it('unregisters when the last site goes, and re-registering does not duplicate', async () => {
  browser._.permissions.add('https://mirror.example.org/*');
  await saveSettings({ userSites: ['https://mirror.example.org/*'] });
  await syncUserSiteScripts();
  await syncUserSiteScripts();
  expect(browser._.registered).toHaveLength(1);
  await saveSettings({ userSites: [] });
  await syncUserSiteScripts();
  expect(browser._.registered).toEqual([]);
});

it.each([
  ['https://mirror.example.org/some/page', 'https://mirror.example.org/*'],
  ['mirror.example.org', 'https://mirror.example.org/*'],
  ['ftp://x.org', null],
  ['not a url at all', null],
])('the site pattern for %s is %s', (input, pattern) => expect(sitePattern(input)).toBe(pattern));
