// "Save to Mirror Reader" on a link: the linked mirror is fetched and saved without opening it. The
// extension then makes a request the reader never made, so it is limited to mirror addresses (the
// known mirror hosts' article files, the user's own mirror sites) on public hosts: a link on a page
// cannot make the extension reach into the reader's network (a router, an intranet, localhost).
import { looksLikeMirrorUrl, sourceUrlFor } from '../core/detect';
import { libraryErrorKey } from '../shared/library-errors';
import type { SaveResponse } from '../shared/messages';
import { loadSettings } from '../shared/settings';
import { findSaved, saveArticle } from './saving';
import { extractFromUrl } from './source-extraction';

/** Names that only ever mean a machine of the reader's own network. */
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.intranet', '.lan', '.home', '.corp', '.home.arpa'];

function isPrivateIpv4(host: string): boolean | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null;
  const [a = 0, b = 0] = parts.map(Number);
  return a === 0 || a === 10 || a === 127 || a >= 224 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168);
}

function isPrivateIpv6(host: string): boolean {
  const address = host.slice(1, -1).toLowerCase();
  return address === '::' || address === '::1' || /^f[cd]/.test(address) || /^fe[89ab]/.test(address) || address.startsWith('::ffff:');
}

/** A host on the public internet by its name (the URL parser has already normalised IPv4 spellings). */
export function isPublicHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) return !isPrivateIpv6(host);
  const ipv4 = isPrivateIpv4(host);
  if (ipv4 !== null) return !ipv4;
  return host.includes('.') && !LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

/** Whether a link may be fetched: a mirror address on a public host. */
export async function mayFetchLink(url: string): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !isPublicHost(parsed.hostname)) return false;
  if (looksLikeMirrorUrl(parsed.href)) return true;
  const { userSites } = await loadSettings();
  return userSites.some((pattern) => pattern.replace(/\/\*$/, '') === parsed.origin);
}

export async function saveLink(url: string): Promise<SaveResponse> {
  if (!(await mayFetchLink(url))) return { ok: false, id: null, error: 'errorLinkNotMirror' };
  const existing = await findSaved([url]);
  if (existing) return { ok: true, id: existing, error: null };
  const result = await extractFromUrl(sourceUrlFor(url));
  if (result.kind !== 'article') return { ok: false, id: null, error: 'errorNoArticle' };
  try {
    return { ok: true, id: await saveArticle(result), error: null };
  } catch (error) {
    console.error('Mirror Reader: save failed', error);
    return { ok: false, id: null, error: libraryErrorKey(error, 'errorSaveFailed') };
  }
}
