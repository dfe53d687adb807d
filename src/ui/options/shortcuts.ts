// The keyboard shortcuts as the browser has them (a suggested key another extension or the browser
// holds is left unassigned), and where to change them.
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import { byId, h } from '../shared/dom';

/** What each command does, in the reader's language (`_execute_action` has no description of its own). */
const DESCRIPTIONS: Record<string, string> = {
  _execute_action: 'commandOpenPopup',
  'save-page': 'commandSavePage',
  'open-reader': 'commandOpenReader',
};

export async function showShortcuts(): Promise<void> {
  const commands = await browser.commands.getAll();
  byId('shortcut-list').replaceChildren(
    ...commands.map((command) =>
      h(
        'li',
        {},
        h('span', { class: 'shortcut-name' }, t(DESCRIPTIONS[command.name ?? ''] ?? '') || command.description || command.name || ''),
        command.shortcut ? h('kbd', {}, command.shortcut) : h('span', { class: 'shortcut-unset' }, t('shortcutNotSet')),
      ),
    ),
  );
}
