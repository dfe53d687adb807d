// Launches Debian's Chromium with the built extension through playwright-core, every mirror host
// mapped to the local fixture server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The running service worker (a new one if Chrome restarted it). */
  serviceWorker(): Promise<Worker>;
  /** Opens an extension page (popup.html, reader.html?id=…) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The popup, in a popup-sized tab of its own, about the tab showing `page`. */
  openPopupFor(page: Page): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  badgeOf(page: Page): Promise<string>;
  /** Waits until the toolbar badge of the tab showing `page` reads `expected`. */
  waitForBadge(page: Page, expected: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const POPUP_SIZE = { width: 420, height: 580 };

/** Chromium's flags for every run: no background traffic, every host mapped to the fixture server. */
function chromiumArgs(port: number): string[] {
  return [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--ignore-certificate-errors',
    // Chromium's own traffic (sign-in lookups, component updates) goes nowhere instead of into the
    // request log of the fixture server, where it once failed a privacy check that counts every request.
    `--host-resolver-rules=MAP *.google.com ~NOTFOUND, MAP *.googleapis.com ~NOTFOUND, MAP *.gvt1.com ~NOTFOUND, MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
  ];
}

/** The same browser without the extension: what a reader's visit costs the hosts on its own. */
export async function launchPlain(port: number): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'mirror-reader-plain-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, ignoreHTTPSErrors: true, args: chromiumArgs(port) });
  context.on('close', () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    } catch {
      // Chromium may still be writing as it exits: a temporary profile left behind is harmless.
    }
  });
  return context;
}

/**
 * `profile`: a profile directory of the caller's, kept on close (to reopen, or to read what is on disk).
 * `language`: the browser's UI language (`zh_CN`), which the extension's strings follow. On Linux Chromium
 * takes it from LANGUAGE (its --lang switch is ignored there), and only with Debian's chromium-l10n.
 */
export async function launchWithExtension(dist: string, port: number, options: { headless?: boolean; profile?: string; language?: string } = {}): Promise<ExtensionBrowser> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'mirror-reader-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 800 },
    args: [...chromiumArgs(port), `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
    ...(options.language ? { env: { ...process.env, LANGUAGE: options.language } } : {}),
  });
  const serviceWorker = async (): Promise<Worker> => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await serviceWorker()).url()).host;
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  const tabIdOf = async (page: Page): Promise<number> => {
    const id = await (await serviceWorker()).evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id ?? null, page.url());
    if (id === null) throw new Error(`no tab shows ${page.url()}`);
    return id;
  };
  const badgeOf = async (page: Page): Promise<string> => {
    const tabId = await tabIdOf(page);
    return (await serviceWorker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  };
  return {
    context,
    extensionId,
    serviceWorker,
    openExtensionPage,
    openPopupFor: async (page) => {
      const popup = await openExtensionPage(`popup.html?tab=${await tabIdOf(page)}`);
      await popup.setViewportSize(POPUP_SIZE);
      await popup.waitForSelector('.row, .empty:not([hidden])');
      return popup;
    },
    tabIdOf,
    badgeOf,
    waitForBadge: async (page, expected, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      let badge = '';
      while (Date.now() < deadline) {
        badge = await badgeOf(page);
        if (badge === expected) return;
        await page.waitForTimeout(200);
      }
      throw new Error(`badge of ${page.url()} is "${badge}", expected "${expected}"`);
    },
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
