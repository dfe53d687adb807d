// Mirror sites the user adds in the options page. The options page asks for the optional host
// permission (it needs the user's click); here the detector is registered on every granted site,
// and re-registered whenever the list or the grants change.
import browser from 'webextension-polyfill';
import { loadSettings } from '../shared/settings';

const SCRIPT_ID = 'user-sites';
/** The flag tells the detector it runs on a user-added site, where the URL-shape test does not apply. */
export const USER_SITE_SCRIPTS = ['content/user-site-flag.js', 'content/detector.js'];

export async function syncUserSiteScripts(): Promise<string[]> {
  const { userSites } = await loadSettings();
  const granted: string[] = [];
  for (const pattern of userSites) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted, js: USER_SITE_SCRIPTS, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}
