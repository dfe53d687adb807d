// Changes settings through the options page, the way a user does, for the tests that need them.
import type { ExtensionBrowser } from './browser';
import { assert } from './harness';

/**
 * Adds `host` as a mirror site. Its permission prompt cannot be clicked by automation, so the e2e
 * build grants it up front (run.ts); this checks the grant and waits for the site's content script.
 */
export async function addUserSite(browser: ExtensionBrowser, host: string): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  await options.fill('#site-input', `https://${host}`);
  await options.click('#add-site button[type=submit]');
  await options.waitForSelector('#site-list code');
  const granted = await options.evaluate((site) => chrome.permissions.contains({ origins: [`https://${site}/*`] }), host);
  assert(granted, 'permission not granted');
  // The background registers the content script when the setting changes, a moment after the grant.
  await options.waitForTimeout(500);
  await options.close();
}

export type SettingSwitch = 'autoSave' | 'saveImages' | 'loadRemoteImages';

/** Turns one of the options page's switches on or off and waits until the setting is stored. */
export async function setSwitch(browser: ExtensionBrowser, key: SettingSwitch, on: boolean): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  const stored = (): Promise<unknown> => options.evaluate(async (name) => (await chrome.storage.local.get('settings')).settings?.[name], key);
  // Flipped both ways, so that a change event fires whatever the box showed; again if the page was
  // still filling in its boxes from storage (which would undo the click).
  for (let attempt = 0; attempt < 10 && (await stored()) !== on; attempt++) {
    await options.setChecked(`#${key}`, !on);
    await options.setChecked(`#${key}`, on);
    await options.waitForTimeout(100);
  }
  assert((await stored()) === on, `${key} is not ${on ? 'on' : 'off'} in the stored settings`);
  await options.close();
}
