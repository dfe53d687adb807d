// A hand-written fake of the `browser` object (webextension-polyfill) for unit tests of the
// background and UI logic, wallabagger-style: in-memory storage, recorded badges and scripting
// calls, and listeners the test can fire. The real browser is left to tests/e2e.
type Listener = (...args: never[]) => unknown;

class FakeEvent<L extends Listener = Listener> {
  readonly listeners = new Set<L>();
  addListener(listener: L): void {
    this.listeners.add(listener);
  }
  removeListener(listener: L): void {
    this.listeners.delete(listener);
  }
  hasListener(listener: L): boolean {
    return this.listeners.has(listener);
  }
  fire(...args: Parameters<L>): unknown[] {
    return [...this.listeners].map((listener) => listener(...args));
  }
}

function storageArea(name: string, onChanged: FakeEvent) {
  let items: Record<string, unknown> = {};
  return {
    async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
      if (keys === null) return structuredClone(items);
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((key) => key in items).map((key) => [key, structuredClone(items[key])]));
    },
    async set(values: Record<string, unknown>): Promise<void> {
      const changes = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { oldValue: items[key], newValue: structuredClone(value) }]));
      items = { ...items, ...structuredClone(values) };
      onChanged.fire(changes as never, name as never);
    },
    async remove(keys: string | string[]): Promise<void> {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete items[key];
    },
    _clear(): void {
      items = {};
    },
  };
}

export interface FakeTab {
  id: number;
  url: string;
}

export function createBrowserFake() {
  const storageChanged = new FakeEvent();
  const badges = new Map<number, { text: string; color?: string; title?: string }>();
  const tabs = new Map<number, FakeTab>();
  const permissions = new Set<string>();
  const registered: { id: string; matches: string[]; js: string[] }[] = [];
  const executed: { target: { tabId: number; frameIds?: number[] }; files?: string[]; func?: unknown }[] = [];
  const sent: unknown[] = [];
  const badge = (tabId: number) => badges.get(tabId) ?? badges.set(tabId, { text: '' }).get(tabId)!;
  return {
    storage: { local: storageArea('local', storageChanged), session: storageArea('session', storageChanged), onChanged: storageChanged },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void (badge(tabId).text = text),
      setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void (badge(tabId).color = color),
      setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void (badge(tabId).title = title),
      getBadgeText: async ({ tabId }: { tabId: number }) => badge(tabId).text,
    },
    i18n: { getMessage: (key: string, substitutions?: string | string[]) => (substitutions ? `${key}(${[substitutions].flat().join(',')})` : key), getUILanguage: () => 'en' },
    runtime: { id: 'fake', onMessage: new FakeEvent(), onInstalled: new FakeEvent(), onStartup: new FakeEvent(), sendMessage: async (message: unknown) => void sent.push(message), getPlatformInfo: async () => ({ os: 'linux' }), getURL: (path: string) => `chrome-extension://fake/${path}` },
    tabs: {
      get: async (tabId: number) => tabs.get(tabId) ?? Promise.reject(new Error(`no tab ${tabId}`)),
      query: async () => [...tabs.values()],
      create: async (properties: { url: string }) => ({ id: 999, ...properties }),
      onUpdated: new FakeEvent(),
      onRemoved: new FakeEvent(),
    },
    scripting: {
      executeScript: async (injection: (typeof executed)[number]) => {
        executed.push(injection);
        return [{ result: null }];
      },
      registerContentScripts: async (scripts: typeof registered) => void registered.push(...scripts),
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => registered.filter((script) => ids.includes(script.id)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => void registered.splice(0, registered.length, ...registered.filter((script) => !ids.includes(script.id))),
    },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => permissions.has(origin)),
      onAdded: new FakeEvent(),
      onRemoved: new FakeEvent(),
    },
    contextMenus: { create: () => undefined, removeAll: async () => undefined, onClicked: new FakeEvent() },
    commands: { onCommand: new FakeEvent() },
    /** What the tests look at and arrange. */
    _: { badges, tabs, permissions, registered, executed, sent },
  };
}

export type BrowserFake = ReturnType<typeof createBrowserFake>;

/** The one fake the mocked 'webextension-polyfill' module hands out; reset between tests. */
export const browserFake: BrowserFake = createBrowserFake();

export function resetBrowserFake(): BrowserFake {
  Object.assign(browserFake, createBrowserFake());
  return browserFake;
}
