// The options page's list of user-added mirror sites. Adding one asks for its host permission
// (needs this click); the background registers the detector there when settings change.
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import { loadSettings, saveSettings } from '../../shared/settings';
import { byId, h } from '../shared/dom';

/** The match pattern for everything under the origin the user typed. */
export function sitePattern(input: string): string | null {
  try {
    const url = new URL(input.includes('://') ? input : `https://${input}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.protocol}//${url.hostname}/*` : null;
  } catch {
    return null;
  }
}

export function wireUserSites(): void {
  const input = byId<HTMLInputElement>('site-input');
  const error = byId('site-error');
  byId('add-site').addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const pattern = sitePattern(input.value.trim());
    if (!pattern) return showError(t('siteInvalid'));
    // Must be called straight from the click: no await before it.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) return showError(t('sitePermissionDenied'));
    const { userSites } = await loadSettings();
    await saveSettings({ userSites: [...new Set([...userSites, pattern])] });
    input.value = '';
    await renderSites();
  });
  const showError = (message: string): void => {
    error.textContent = message;
    error.hidden = false;
  };
  void renderSites();
}

async function renderSites(): Promise<void> {
  const { userSites } = await loadSettings();
  const items = await Promise.all(
    userSites.map(async (pattern) => {
      const granted = await browser.permissions.contains({ origins: [pattern] });
      const remove = h('button', { type: 'button', class: 'link-button' }, t('removeSite'));
      remove.addEventListener('click', async () => {
        const settings = await loadSettings();
        await saveSettings({ userSites: settings.userSites.filter((site) => site !== pattern) });
        await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
        await renderSites();
      });
      return h('li', {}, h('code', {}, pattern), granted ? null : h('span', { class: 'warning' }, t('siteNotGranted')), remove);
    }),
  );
  byId('site-list').replaceChildren(...(items.length ? items : [h('li', { class: 'hint' }, t('noUserSites'))]));
}
