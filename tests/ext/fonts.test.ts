// The reader's typefaces on a machine that has only some of them (a Linux desktop with WenQuanYi Micro
// Hei and nothing else, say): a choice is shown in faces that exist, and its Latin comes from them.
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Faces "installed" on the fake machine: text measures differently in them than in the fallbacks. */
let installedFaces = new Set<string>();

function fakeCanvas(): void {
  HTMLCanvasElement.prototype.getContext = function getContext() {
    let font = '';
    return {
      set font(value: string) {
        font = value;
      },
      get font() {
        return font;
      },
      measureText: () => {
        const face = /"([^"]+)"/.exec(font)?.[1];
        return { width: face && installedFaces.has(face) ? 321 : font.includes('serif') ? 300 : 310 };
      },
    };
  } as unknown as HTMLCanvasElement['getContext'];
}

async function freshFonts(faces: string[]) {
  installedFaces = new Set(faces);
  vi.resetModules();
  return import('../../src/ui/shared/fonts');
}

beforeEach(() => {
  fakeCanvas();
  document.head.replaceChildren();
});

describe('fontStack', () => {
  it('on a machine with only WenQuanYi Micro Hei, sans uses it (Latin and Chinese from one face) and serif says it stands in', async () => {
    const { fontStack } = await freshFonts(['WenQuanYi Micro Hei']);
    expect(fontStack('sans')).toEqual({ stack: '"WenQuanYi Micro Hei", sans-serif', available: true });
    // Not the generic serif: its Latin (DejaVu Serif) would sit in sans Chinese lines.
    expect(fontStack('serif')).toEqual({ stack: '"WenQuanYi Micro Hei", sans-serif', available: false });
  });

  it('names only the installed faces of a choice, best first', async () => {
    const { fontStack } = await freshFonts(['SimSun', 'Noto Serif CJK SC']);
    expect(fontStack('serif').stack).toBe('"Noto Serif CJK SC", "SimSun", serif');
  });

  it('楷体 without a Kai face uses the shipped LXGW WenKai, whose style sheet is added once, only then', async () => {
    const { fontStack, SHIPPED_KAI } = await freshFonts([]);
    fontStack('serif');
    expect(document.querySelector('link[data-shipped-font]')).toBeNull();
    expect(fontStack('kai')).toEqual({ stack: `"${SHIPPED_KAI}", serif`, available: true });
    fontStack('kai');
    expect(document.querySelectorAll('link[data-shipped-font]')).toHaveLength(1);
  });

  it('an installed Kai face is used rather than the shipped one', async () => {
    const { fontStack } = await freshFonts(['AR PL UKai CN']);
    expect(fontStack('kai').stack).toBe('"AR PL UKai CN", serif');
    expect(document.querySelector('link[data-shipped-font]')).toBeNull();
  });
});
