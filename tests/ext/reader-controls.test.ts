// The Aa display panel of both readers: Esc and a click outside close it, and an Esc it took is marked
// handled so that the popup does not also leave the reader.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./browser-fake')).browserFake }));
const { createReaderControls } = await import('../../src/ui/shared/reader-controls');
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');

function openPanel(signal?: AbortSignal): HTMLDetailsElement {
  const details = createReaderControls(DEFAULT_SETTINGS.reader, () => undefined, signal) as HTMLDetailsElement;
  document.body.replaceChildren(details, document.createElement('main'));
  details.open = true;
  return details;
}

const escape = (): KeyboardEvent => {
  const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  document.body.dispatchEvent(event);
  return event;
};

describe('reader display panel', () => {
  it('Esc closes the open panel, and the page sees the Esc as handled', () => {
    const details = openPanel();
    const event = escape();
    expect(details.open).toBe(false);
    expect(event.defaultPrevented).toBe(true);
    expect(escape().defaultPrevented).toBe(false); // closed: the next Esc is the page's
  });

  it('a click outside closes it; a click inside does not', () => {
    const details = openPanel();
    details.querySelector('button')!.click();
    expect(details.open).toBe(true);
    document.querySelector('main')!.click();
    expect(details.open).toBe(false);
  });

  it('stops listening once the reader closes', () => {
    const controller = new AbortController();
    const details = openPanel(controller.signal);
    controller.abort();
    expect(escape().defaultPrevented).toBe(false);
    expect(details.open).toBe(true);
  });
});
