// The extension's own requests (images for offline reading, raw sources on the fetch path) must not
// name the extension: a CORS request from it carries `Origin: chrome-extension://ID` (or moz-extension),
// which tells the host that this reader uses Mirror Reader. A session rule removes that header from
// every request made outside a tab, i.e. by the extension's own pages and worker (a rule only ever
// sees requests to hosts the extension may reach). Installed at every start of the background: session
// rules do not outlive the browser session.
import browser from 'webextension-polyfill';

export const STRIP_ORIGIN_RULE_ID = 1;
/** `tabId` of requests that no tab made. */
const TAB_ID_NONE = -1;

interface DeclarativeNetRequest {
  updateSessionRules(options: { removeRuleIds: number[]; addRules: object[] }): Promise<void>;
}

export const STRIP_ORIGIN_RULE = {
  id: STRIP_ORIGIN_RULE_ID,
  priority: 1,
  action: { type: 'modifyHeaders', requestHeaders: [{ header: 'origin', operation: 'remove' }] },
  condition: { tabIds: [TAB_ID_NONE], resourceTypes: ['xmlhttprequest', 'other'] },
};

export async function installRequestRules(): Promise<void> {
  const dnr = (browser as unknown as { declarativeNetRequest?: DeclarativeNetRequest }).declarativeNetRequest;
  if (!dnr) return;
  await dnr.updateSessionRules({ removeRuleIds: [STRIP_ORIGIN_RULE_ID], addRules: [STRIP_ORIGIN_RULE] });
}
