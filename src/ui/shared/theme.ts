// Applies the reader settings (theme, typography) as attributes and CSS custom properties on the
// page's root; base.css does the rest. "system" leaves the theme to prefers-color-scheme.
import type { FontFamily, ReaderSettings } from '../../shared/settings';

/** CJK-capable font stacks; Simplified and Traditional faces both, the article's lang picks glyphs. */
export const FONT_STACKS: Record<FontFamily, string> = {
  serif: '"Noto Serif CJK SC", "Noto Serif CJK TC", "Source Han Serif SC", "Source Han Serif TC", "Songti SC", "SimSun", "PMingLiU", serif',
  sans: '"Noto Sans CJK SC", "Noto Sans CJK TC", "Source Han Sans SC", "PingFang SC", "PingFang TC", "Microsoft YaHei", "Microsoft JhengHei", sans-serif',
  kai: '"Kaiti SC", "Kaiti TC", "STKaiti", "KaiTi", "DFKai-SB", "AR PL UKai CN", "AR PL UKai TW", serif',
  system: 'system-ui, sans-serif',
};

export function applyReaderSettings(root: HTMLElement, settings: ReaderSettings): void {
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.style.setProperty('--reader-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--reader-line-height', String(settings.lineHeight));
  root.style.setProperty('--reader-width', `${settings.width}em`);
  root.style.setProperty('--reader-font', FONT_STACKS[settings.fontFamily]);
}
