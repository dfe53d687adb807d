// The toolbar badge tells, per tab, whether the page is an article and whether it is saved.
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { TabStatus } from '../shared/messages';
import { getTabState } from './tab-states';

const BADGES: Record<TabStatus, { text: string; color: string; title: string }> = {
  nothing: { text: '', color: '#5f6368', title: 'badgeNothing' },
  pending: { text: '…', color: '#5f6368', title: 'badgePending' },
  detected: { text: '+', color: '#1a73e8', title: 'badgeDetected' },
  saved: { text: '✓', color: '#188038', title: 'badgeSaved' },
  failed: { text: '!', color: '#c5221f', title: 'badgeFailed' },
};

export async function showBadge(tabId: number, status: TabStatus): Promise<void> {
  const badge = BADGES[status];
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      browser.action.setTitle({ tabId, title: `${t('extensionName')} — ${t(badge.title)}` }),
    ]);
  } catch {
    // The tab was closed meanwhile.
  }
}

/** A short-lived ✓ or ! for actions that have no page of their own (saving a link). */
export async function flashBadge(tabId: number, ok: boolean): Promise<void> {
  await showBadge(tabId, ok ? 'saved' : 'failed');
  setTimeout(async () => showBadge(tabId, (await getTabState(tabId))?.status ?? 'nothing'), FLASH_MS);
}

const FLASH_MS = 2000;
