import { describe, expect, it } from 'vitest';
import { repairLatin1MojibakeInTree } from '../../../src/core/source/mojibake';

/** What a UTF-8 text becomes when its bytes are read as Latin-1 and saved again. */
function misread(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
}

const PARAGRAPH = '中国领导人习近平与来自非洲几十个国家的领导人继续在北京出席中非合作论坛，并举行了圆桌会议。';

// Source-text repair is covered in ../decode.test.ts; these are the rendered forms (blob view, Pages).
describe('Latin-1 mojibake in a rendered tree', () => {
  it('is repaired in a rendered tree: text nodes and alt/title attributes', () => {
    const root = document.createElement('div');
    root.innerHTML = `<h3>中非合作论坛</h3><p>${misread(PARAGRAPH)}</p><img alt="${misread('习近平主持圆桌会议')}" src="a.jpg"><span title="${misread('中国时间')}">x</span>`;
    repairLatin1MojibakeInTree(root);
    expect(root.querySelector('p')?.textContent).toBe(PARAGRAPH);
    expect(root.querySelector('img')?.getAttribute('alt')).toBe('习近平主持圆桌会议');
    expect(root.querySelector('span')?.getAttribute('title')).toBe('中国时间');
  });

  it('leaves a clean tree untouched, Latin-1 letters included', () => {
    const root = document.createElement('div');
    root.innerHTML = `<p>${PARAGRAPH} Café Zürich, à côté</p>`;
    const before = root.innerHTML;
    repairLatin1MojibakeInTree(root);
    expect(root.innerHTML).toBe(before);
  });
});
