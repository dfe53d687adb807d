// The reader's typefaces. Each choice names Chinese faces whose own Latin letters, digits and quotes
// match their Chinese (so a line never mixes a serif "2024" into sans Chinese), and only faces this
// machine has are used: a choice none of whose faces is installed is shown in the sans faces and says
// so, instead of falling to the generic family (DejaVu Serif beside a sans Chinese fallback on Linux).
// 楷体 always works: LXGW WenKai Lite (OFL) ships with the extension, split by Unicode range, and its
// style sheet is added only when 楷体 is chosen and no Kai face is installed.
import wenkaiStyleSheet from 'lxgw-wenkai-lite-webfont/lxgwwenkailite-regular.css?url';
import type { FontFamily } from '../../shared/settings';

interface FaceChoice {
  /** Installed faces, best first; each carries Latin glyphs drawn to match its Chinese. */
  faces: readonly string[];
  generic: string;
}

export const FONT_CHOICES: Record<Exclude<FontFamily, 'system'>, FaceChoice> = {
  serif: { faces: ['Noto Serif CJK SC', 'Noto Serif CJK TC', 'Source Han Serif SC', 'Source Han Serif TC', 'Songti SC', 'STSong', 'SimSun', 'PMingLiU', 'AR PL UMing CN'], generic: 'serif' },
  sans: { faces: ['Noto Sans CJK SC', 'Noto Sans CJK TC', 'Source Han Sans SC', 'PingFang SC', 'PingFang TC', 'Microsoft YaHei', 'Microsoft JhengHei', 'WenQuanYi Micro Hei', 'WenQuanYi Zen Hei', 'Droid Sans Fallback'], generic: 'sans-serif' },
  kai: { faces: ['Kaiti SC', 'Kaiti TC', 'STKaiti', 'KaiTi', 'DFKai-SB', 'AR PL UKai CN', 'AR PL UKai TW'], generic: 'serif' },
};
/** Shipped with the extension: the 楷体 of last resort. */
export const SHIPPED_KAI = 'LXGW WenKai Lite';
const SYSTEM_STACK = 'system-ui, sans-serif';

/** Text whose width differs between any two faces: Chinese, Latin, digits and curly quotes. */
const PROBE_TEXT = '永和中文“Abg”123';
const PROBE_SIZE = '32px';
const FALLBACKS = ['monospace', 'serif'];

let measure: ((font: string) => number) | null | undefined;

/** Whether `face` is installed: its text measures unlike the generic fallbacks it would otherwise be. */
export function isInstalled(face: string): boolean {
  if (measure === undefined) {
    const context = document.createElement('canvas').getContext('2d');
    measure = context
      ? (font) => {
          context.font = font;
          return context.measureText(PROBE_TEXT).width;
        }
      : null;
  }
  if (!measure) return true; // nothing to measure with: trust the stack
  return FALLBACKS.some((fallback) => measure!(`${PROBE_SIZE} "${face}", ${fallback}`) !== measure!(`${PROBE_SIZE} ${fallback}`));
}

const installed = new Map<string, boolean>();
const has = (face: string): boolean => {
  let known = installed.get(face);
  if (known === undefined) installed.set(face, (known = isInstalled(face)));
  return known;
};

export interface FontStack {
  /** The CSS font-family list. */
  stack: string;
  /** False when none of the choice's faces is here and another stands in. */
  available: boolean;
}

export function fontStack(family: FontFamily): FontStack {
  if (family === 'system') return { stack: SYSTEM_STACK, available: true };
  const present = FONT_CHOICES[family].faces.filter(has);
  if (present.length) return { stack: [...present.map((face) => `"${face}"`), FONT_CHOICES[family].generic].join(', '), available: true };
  if (family === 'kai') {
    addShippedKai();
    return { stack: `"${SHIPPED_KAI}", serif`, available: true };
  }
  if (family === 'sans') return { stack: 'sans-serif', available: false };
  const sans = fontStack('sans');
  return { stack: sans.stack, available: false };
}

function addShippedKai(): void {
  if (document.querySelector('link[data-shipped-font]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = wenkaiStyleSheet;
  link.dataset.shippedFont = 'kai';
  document.head.append(link);
}
