// One Firefox with the built add-on (dist-firefox/) installed as a temporary add-on, and the helpers
// the suites share: tabs, the add-on's state read from one of its own pages, clicks and screenshots.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert } from '../e2e/harness';
import { launchFirefox, type Firefox, type Marionette } from './marionette';
import { proxyPrefs } from './proxy';

export const ADDON_ID = 'mirror-reader@mirror-reader';
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface LaunchOptions {
  dist: string;
  proxyPort: number;
  artifacts: string;
  /** A profile to reuse (the erase suite restarts the browser on its files). */
  profile?: string;
  /** The add-on's internal UUID: the same across restarts of one profile. */
  uuid?: string;
  prefs?: Record<string, string | number | boolean>;
}

/** What the popup, options and reader pages read from the library: the live generation (src/store/shelf.ts;
 * Firefox has no Storage Buckets, so generation N is the database "mirror-reader-library-N"). */
const READ_LIBRARY = `
  const shelf = (await browser.storage.local.get('libraryShelf')).libraryShelf;
  const name = shelf && shelf.generation > 0 ? 'mirror-reader-library-' + shelf.generation : 'mirror-reader-library';
  if (!(await indexedDB.databases()).some((d) => d.name === name)) return [];
  const db = await new Promise((ok, ko) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
  try { return await new Promise((ok, ko) => { const g = db.transaction('articles').objectStore('articles').getAll(); g.onsuccess = () => ok(g.result); g.onerror = () => ko(g.error); }); }
  finally { db.close(); }`;

const FIND_TAB = `const tabs = await browser.tabs.query({}); const want = new URL(arguments[0]).href;
  const tab = tabs.find((t) => t.url === want || decodeURI(t.url) === decodeURI(want)); if (!tab) throw new Error('no tab shows ' + want);`;

export interface SavedRecord {
  id: string;
  title: string;
  text: string;
  imageUrls: string[];
}

export const normalised = (title: string): string => title.replace(/\s+/g, ' ').trim();

export class AddonSession {
  readonly m: Marionette;
  readonly base: string;
  /** options.html, the tab from which the add-on's state is read. */
  readonly probe: string;
  #current: string;

  private constructor(
    readonly firefox: Firefox,
    readonly uuid: string,
    probe: string,
    readonly browserVersion: string,
    readonly artifacts: string,
  ) {
    this.m = firefox.client;
    this.base = `moz-extension://${uuid}`;
    this.probe = probe;
    this.#current = probe;
  }

  static async launch(options: LaunchOptions): Promise<AddonSession> {
    const uuid = options.uuid ?? randomUUID();
    const firefox = await launchFirefox(
      {
        ...proxyPrefs(options.proxyPort),
        // The add-on's internal UUID, fixed so that its pages have known addresses; kept with its
        // storage when the temporary add-on goes away at shutdown, so that a restart finds its library.
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
        'extensions.webextensions.keepUuidOnUninstall': true,
        'extensions.webextensions.keepStorageOnUninstall': true,
        ...options.prefs,
      },
      join(options.artifacts, 'firefox.log'),
      options.profile,
    );
    const m = firefox.client;
    const session = await m.send<{ capabilities: { browserVersion: string } }>('WebDriver:NewSession', { acceptInsecureCerts: true });
    await m.send('WebDriver:SetTimeouts', { script: 30_000, pageLoad: 30_000, implicit: 0 });
    // A temporary add-on, as about:debugging loads one: unsigned is fine, the host permissions are granted.
    await m.send('Addon:Install', { path: options.dist, temporary: true });
    const probe = (await m.send<{ value: string }>('WebDriver:GetWindowHandle')).value;
    const addon = new AddonSession(firefox, uuid, probe, session.capabilities.browserVersion, options.artifacts);
    await addon.navigate(`${addon.base}/options.html`);
    return addon;
  }

  exec<T = unknown>(body: string, ...args: unknown[]): Promise<T> {
    return this.m.exec<T>(body, ...args);
  }

  async switchTo(handle: string): Promise<void> {
    if (handle !== this.#current) await this.m.send('WebDriver:SwitchToWindow', { handle, focus: true });
    this.#current = handle;
  }

  async navigate(url: string): Promise<void> {
    await this.m.send('WebDriver:Navigate', { url });
  }

  async openTab(url: string, type: 'tab' | 'window' = 'tab'): Promise<string> {
    const { handle } = await this.m.send<{ handle: string }>('WebDriver:NewWindow', { type, focus: true });
    await this.switchTo(handle);
    await this.navigate(url);
    return handle;
  }

  async closeTab(handle: string): Promise<void> {
    await this.switchTo(handle);
    await this.m.send('WebDriver:CloseWindow');
    this.#current = '';
    await this.switchTo(this.probe);
  }

  async waitFor(predicate: string, what: string, timeoutMs = 30_000, ...args: unknown[]): Promise<void> {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(150)) {
      if (await this.exec<boolean>(predicate, ...args).catch(() => false)) return;
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  async screenshot(name: string): Promise<void> {
    const shot = await this.m.send<{ value: string }>('WebDriver:TakeScreenshot', { full: false });
    writeFileSync(join(this.artifacts, `${name}.png`), Buffer.from(shot.value, 'base64'));
  }

  /** element.click() from script: enough for the add-on's own buttons. */
  click(selector: string): Promise<unknown> {
    return this.exec(`const el = document.querySelector(arguments[0]); if (!el) throw new Error('no ' + arguments[0]); el.click();`, selector);
  }

  /** A click Firefox counts as user input (Marionette synthesises the mouse events): permissions.request needs one. */
  async userClick(selector: string): Promise<void> {
    await this.m.send('WebDriver:ElementClick', { id: await this.m.element(selector) });
  }

  pressKey(key: string): Promise<unknown> {
    return this.m.send('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }] });
  }

  clickRow(title: string): Promise<unknown> {
    return this.exec(
      `const row = [...document.querySelectorAll('.row')].find((r) => r.textContent.replace(/\\s+/g, ' ').includes(arguments[0])); if (!row) throw new Error('no row ' + arguments[0]); (row.querySelector('.row-title') ?? row).click();`,
      normalised(title),
    );
  }

  /** Runs `body` in Firefox's privileged chrome context (Services, WebExtensionPolicy). */
  async inChrome<T>(body: string, ...args: unknown[]): Promise<T> {
    await this.m.send('Marionette:SetContext', { value: 'chrome' });
    try {
      return await this.exec<T>(body, ...args);
    } finally {
      await this.m.send('Marionette:SetContext', { value: 'content' });
    }
  }

  setColorScheme(scheme: 'light' | 'dark'): Promise<unknown> {
    return this.inChrome(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', arguments[0])`, scheme === 'dark' ? 0 : 1);
  }

  async tabIdOf(url: string): Promise<number> {
    await this.switchTo(this.probe);
    return this.exec<number>(`return (async () => { ${FIND_TAB} return tab.id; })()`, url);
  }

  async badgeOf(url: string): Promise<string> {
    await this.switchTo(this.probe);
    return this.exec<string>(`return (async () => { ${FIND_TAB} return browser.action.getBadgeText({ tabId: tab.id }); })()`, url);
  }

  async waitForBadge(url: string, expected: string, timeoutMs = 30_000): Promise<void> {
    let badge = '';
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(250)) {
      badge = await this.badgeOf(url).catch((error: Error) => `(${error.message})`);
      if (badge === expected) return;
    }
    throw new Error(`badge of ${url} is "${badge}", expected "${expected}"`);
  }

  /** Every saved article of the live generation. */
  async savedArticles(): Promise<SavedRecord[]> {
    await this.switchTo(this.probe);
    return this.exec<SavedRecord[]>(
      `return (async () => { const all = await (async () => { ${READ_LIBRARY} })(); return all.map((x) => ({ id: x.id, title: x.article.title, text: x.article.text, imageUrls: x.imageUrls ?? [] })); })()`,
    );
  }

  async savedTitles(): Promise<string[]> {
    return (await this.savedArticles()).map((record) => record.title);
  }

  async isSaved(title: string): Promise<boolean> {
    return (await this.savedTitles()).map(normalised).includes(normalised(title));
  }

  /** The popup about the tab showing `url`, in a popup-sized window of its own (automation cannot open the toolbar popup). */
  async openPopupFor(url?: string): Promise<string> {
    const query = url ? `?tab=${await this.tabIdOf(url)}` : '';
    const handle = await this.openTab(`${this.base}/popup.html${query}`, 'window');
    await this.m.send('WebDriver:SetWindowRect', { width: 420, height: 580 });
    await this.waitFor(`return !!document.querySelector('.row, .empty:not([hidden])')`, 'the popup list');
    return handle;
  }

  /** The event page's state as Firefox's idle timer sees it ('running', 'stopped', …). */
  backgroundState(): Promise<string> {
    return this.inChrome<string>(`return WebExtensionPolicy.getByID(arguments[0]).extension.backgroundState`, ADDON_ID);
  }

  /** What Firefox's idle timer calls after extensions.background.idle.timeout without events. */
  async suspendBackground(): Promise<void> {
    await this.inChrome(`return WebExtensionPolicy.getByID(arguments[0]).extension.terminateBackground()`, ADDON_ID);
    for (let i = 0; i < 40 && (await this.backgroundState()) !== 'stopped'; i++) await sleep(250);
    assert((await this.backgroundState()) === 'stopped', 'the event page did not stop');
  }

  /** Whatever the add-on's pages, background and content scripts logged as errors or warnings. */
  consoleMessages(): Promise<string[]> {
    return this.inChrome<string[]>(
      `const out = [];
      for (const msg of Services.console.getMessageArray()) {
        if (msg instanceof Ci.nsIScriptError && /moz-extension:|mirror-reader/.test(msg.sourceName + msg.errorMessage)) out.push(msg.errorMessage + ' @ ' + msg.sourceName + ':' + msg.lineNumber);
      }
      const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
      for (const event of storage.getEvents()) {
        if ((event.addonId === arguments[0] || /^moz-extension:/.test(event.filename ?? '')) && ['error', 'warn'].includes(event.level)) out.push('console.' + event.level + ' ' + (event.arguments ?? []).map(String).join(' ') + ' @ ' + event.filename + ':' + event.lineNumber);
      }
      return out;`,
      ADDON_ID,
    );
  }

  quit(options?: { keepProfile?: boolean }): Promise<void> {
    return this.firefox.quit(options);
  }
}
