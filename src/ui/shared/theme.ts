// Applies the reader settings (theme, typography) as attributes and CSS custom properties on the
// page's root; base.css does the rest. "system" leaves the theme to prefers-color-scheme.
import type { ReaderSettings } from '../../shared/settings';
import { fontStack } from './fonts';

export function applyReaderSettings(root: HTMLElement, settings: ReaderSettings): void {
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.style.setProperty('--reader-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--reader-line-height', String(settings.lineHeight));
  root.style.setProperty('--reader-width', `${settings.width}em`);
  root.style.setProperty('--reader-font', fontStack(settings.fontFamily).stack);
}
