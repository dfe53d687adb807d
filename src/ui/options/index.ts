// The options page: saving behaviour, user-added mirror sites, keyboard shortcuts, library and storage tools.
import { localize } from '../../shared/i18n';
import { loadSettings, saveSettings, type Settings } from '../../shared/settings';
import { byId } from '../shared/dom';
import { applyReaderSettings } from '../shared/theme';
import { wireImagesEverywhere } from './images-everywhere';
import { wireLibraryTools } from './library-tools';
import { showShortcuts } from './shortcuts';
import { wireStorage } from './storage';
import { wireUserSites } from './user-sites';

const SWITCHES = ['autoSave', 'saveImages', 'loadRemoteImages'] as const satisfies readonly (keyof Settings)[];

async function main(): Promise<void> {
  localize(document);
  const settings = await loadSettings();
  applyReaderSettings(document.documentElement, settings.reader);
  for (const key of SWITCHES) {
    const input = byId<HTMLInputElement>(key);
    input.checked = settings[key];
    input.addEventListener('change', () => void saveSettings({ [key]: input.checked }));
  }
  wireImagesEverywhere();
  wireUserSites();
  wireLibraryTools();
  wireStorage();
  void showShortcuts();
}

void main();
