// Inert documents: DOMParser output runs no scripts and loads no images, in browsers and in jsdom.
// It is also linear where jsdom's innerHTML on an element is quadratic in the number of nodes.
export type CoreWindow = Window & typeof globalThis;

export function parseInertHtml(win: CoreWindow, html: string): Document {
  return new win.DOMParser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html');
}
