// Typography and display controls of the reader: font size, line height, width, font family,
// theme (following the system by default) and 简/繁. Every change is saved as a setting and applied
// at once through theme.ts.
import { t } from '../../shared/i18n';
import { READER_LIMITS, saveSettings, type FontFamily, type ReaderSettings, type ScriptConversion, type Theme } from '../../shared/settings';
import { h } from './dom';
import { fontStack } from './fonts';
import { applyReaderSettings } from './theme';

type Stepped = keyof typeof READER_LIMITS;

/** The Aa panel; it closes on Esc and on a click outside it until `signal` aborts (the reader closes). */
export function createReaderControls(initial: ReaderSettings, onScript: (mode: ScriptConversion) => void, signal?: AbortSignal): HTMLElement {
  let settings = initial;
  const update = (patch: Partial<ReaderSettings>): void => {
    settings = { ...settings, ...patch };
    applyReaderSettings(document.documentElement, settings);
    void saveSettings({ reader: settings });
  };

  const stepper = (key: Stepped, label: string): HTMLElement => {
    const { min, max, step } = READER_LIMITS[key];
    const change = (direction: number): void => {
      const value = Math.round((settings[key] + direction * step) * 10) / 10;
      update({ [key]: Math.min(max, Math.max(min, value)) });
    };
    const less = h('button', { type: 'button', 'aria-label': t(`${key}Less`) }, '−');
    const more = h('button', { type: 'button', 'aria-label': t(`${key}More`) }, '+');
    less.addEventListener('click', () => change(-1));
    more.addEventListener('click', () => change(1));
    return h('div', { class: 'control', role: 'group', 'aria-label': label }, h('span', { class: 'control-label' }, label), less, more);
  };

  /** `note` says something of a value (a typeface this machine lacks). */
  const choice = <T extends string>(name: string, label: string, values: readonly T[], current: T, onChoose: (value: T) => void, note: (value: T) => string | null = () => null): HTMLElement => {
    const group = h('div', { class: 'control choice', role: 'radiogroup', 'aria-label': label }, h('span', { class: 'control-label' }, label));
    for (const value of values) {
      const input = h('input', { type: 'radio', name, value, checked: value === current });
      input.addEventListener('change', () => onChoose(value));
      const said = note(value);
      group.append(h('label', { class: `choice-${name}-${value}`, title: said }, input, h('span', {}, t(`${name}_${value}`)), said ? h('span', { class: 'choice-note' }, said) : null));
    }
    return group;
  };
  const missingFace = (font: FontFamily): string | null => (fontStack(font).available ? null : t('fontNotInstalled'));

  const fonts: FontFamily[] = ['serif', 'sans', 'kai', 'system'];
  const themes: Theme[] = ['system', 'light', 'sepia', 'dark'];
  const scripts: ScriptConversion[] = ['original', 'simplified', 'traditional'];
  const panel = h(
    'div',
    { class: 'reader-controls-panel' },
    stepper('fontSize', t('fontSize')),
    stepper('lineHeight', t('lineHeight')),
    stepper('width', t('width')),
    choice('font', t('fontFamily'), fonts, settings.fontFamily, (fontFamily) => update({ fontFamily }), missingFace),
    choice('theme', t('theme'), themes, settings.theme, (theme) => update({ theme })),
    choice('script', t('script'), scripts, settings.script, (script) => {
      update({ script });
      onScript(script);
    }),
  );
  const summary = h('summary', { title: t('displaySettings'), 'aria-label': t('displaySettings') }, 'Aa');
  const details = h('details', { class: 'reader-controls' }, summary, panel) as HTMLDetailsElement;
  // Captured before the page's own Esc (leave the reader), which sees the event as handled.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !details.open) return;
      event.preventDefault();
      details.open = false;
      summary.focus();
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'click',
    (event) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    },
    { signal },
  );
  return details;
}
