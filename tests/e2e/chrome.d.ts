// The few chrome.* calls the e2e tests make inside the extension (service worker, extension pages).
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  storage: {
    local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, Record<string, unknown> | undefined>> };
    session: { get(key: string): Promise<Record<string, Record<string, unknown> | undefined>> };
  };
  i18n: { getUILanguage(): string };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
  offscreen: { closeDocument(): Promise<void> };
};
