// "Save images from every site": the extension may fetch images from GitHub's hosts (camo, raw)
// only; an image a GitHub Pages post or a raw file loads from its original host needs access to
// that host. This asks for all sites at once (the optional host permission), and gives it back.
import browser from 'webextension-polyfill';
import { byId } from '../shared/dom';

const ALL_SITES = { origins: ['https://*/*', 'http://*/*'] };

export function wireImagesEverywhere(): void {
  const input = byId<HTMLInputElement>('imagesEverywhere');
  void browser.permissions.contains(ALL_SITES).then((granted) => (input.checked = granted));
  input.addEventListener('change', async () => {
    // request() must run straight from the click: nothing awaited before it.
    input.checked = input.checked ? await browser.permissions.request(ALL_SITES) : !(await browser.permissions.remove(ALL_SITES));
  });
}
