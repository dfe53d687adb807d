// User settings, kept in storage.local so every part of the extension sees the same values and
// storage.onChanged tells them when the options page changes one.
import browser from 'webextension-polyfill';

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans' | 'kai' | 'system';
export type ScriptConversion = 'original' | 'simplified' | 'traditional';

export interface ReaderSettings {
  /** Body font size in px. */
  fontSize: number;
  lineHeight: number;
  /** Column width in em. */
  width: number;
  fontFamily: FontFamily;
  theme: Theme;
  script: ScriptConversion;
}

export interface Settings {
  autoSave: boolean;
  saveImages: boolean;
  /** Off protects privacy: the reader never asks a remote host for an image it has not stored. */
  loadRemoteImages: boolean;
  /** Origins the user added as mirror sites, as match patterns (`https://example.org/*`). */
  userSites: string[];
  reader: ReaderSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  autoSave: true,
  saveImages: true,
  loadRemoteImages: false,
  userSites: [],
  reader: { fontSize: 18, lineHeight: 1.8, width: 36, fontFamily: 'serif', theme: 'system', script: 'original' },
};

export const READER_LIMITS = {
  fontSize: { min: 13, max: 28, step: 1 },
  lineHeight: { min: 1.3, max: 2.4, step: 0.1 },
  width: { min: 24, max: 60, step: 4 },
} as const;

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return mergeSettings(stored);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Stored settings over the defaults, so settings added in a later version get their default. */
export function mergeSettings(stored: Partial<Settings> | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    reader: { ...DEFAULT_SETTINGS.reader, ...stored?.reader },
  };
}

/** Calls `listener` with the new (and previous) settings whenever they change; stops when `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings, previous: Settings) => void, signal?: AbortSignal): void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    const change = changes[KEY];
    if (area !== 'local' || !change) return;
    listener(mergeSettings(change.newValue as Partial<Settings>), mergeSettings(change.oldValue as Partial<Settings>));
  };
  browser.storage.onChanged.addListener(handler);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
