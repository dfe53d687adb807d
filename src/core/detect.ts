// URL shapes of mirror hosts. Pure string work: the content script runs looksLikeMirrorUrl on every
// page load and every GitHub soft navigation, so it must cost next to nothing.

export interface MirrorLocation {
  host: 'github' | 'raw' | 'jsdelivr' | 'pages' | 'gitlab' | 'other';
  owner: string;
  repo: string;
  branch: string;
  /** The file's path inside the repository (decoded), or the URL path for other hosts. */
  path: string;
  /** The github.com blob address of the file where one can be derived, else the URL without query/hash. */
  blobUrl: string;
}

const ARTICLE_FILE = /\.(?:md|markdown|html?)$/i;

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function blobUrl(owner: string, repo: string, branch: string, path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `https://github.com/${owner}/${repo}/blob/${branch}/${encoded}`;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Where a page sits: which host form, which repository and file. */
/** The address without its query and fragment (string work: a pattern ending in `[?#].*$` is quadratic). */
export function withoutQuery(url: string): string {
  const end = url.search(/[?#]/);
  return end < 0 ? url : url.slice(0, end);
}

export function locateMirror(url: string): MirrorLocation {
  const parsed = parseUrl(url);
  const fallback: MirrorLocation = { host: 'other', owner: '', repo: '', branch: '', path: '', blobUrl: url };
  if (!parsed) return fallback;
  const parts = parsed.pathname.split('/').filter(Boolean);
  const bare = `${parsed.origin}${parsed.pathname}`;
  const host = parsed.hostname.toLowerCase();
  const [a = '', b = '', c = '', d = ''] = parts;
  if (host === 'github.com' && (c === 'blob' || c === 'raw') && parts.length >= 5) {
    const path = decodePath(parts.slice(4).join('/'));
    return { host: c === 'raw' ? 'raw' : 'github', owner: a, repo: b, branch: d, path, blobUrl: blobUrl(a, b, d, path) };
  }
  if (host === 'raw.githubusercontent.com' && parts.length >= 4) {
    const path = decodePath(parts.slice(3).join('/'));
    return { host: 'raw', owner: a, repo: b, branch: c, path, blobUrl: blobUrl(a, b, c, path) };
  }
  if (host === 'cdn.jsdelivr.net' && a === 'gh' && parts.length >= 4) {
    const [repo = '', branch = 'master'] = c.split('@');
    const path = decodePath(parts.slice(3).join('/'));
    return { host: 'jsdelivr', owner: b, repo, branch, path, blobUrl: blobUrl(b, repo, branch, path) };
  }
  if (host.endsWith('.github.io')) {
    return { ...fallback, host: 'pages', owner: host.slice(0, -'.github.io'.length), path: decodePath(parsed.pathname), blobUrl: bare };
  }
  if (host === 'gitlab.com') {
    const dash = parts.indexOf('-');
    const kind = parts[dash + 1];
    if (dash >= 2 && (kind === 'blob' || kind === 'raw')) {
      const path = decodePath(parts.slice(dash + 3).join('/'));
      return { host: 'gitlab', owner: parts.slice(0, dash - 1).join('/'), repo: parts[dash - 1] ?? '', branch: parts[dash + 2] ?? '', path, blobUrl: bare };
    }
  }
  return { ...fallback, path: decodePath(parsed.pathname), blobUrl: bare };
}

/**
 * Cheap first gate for the content script: can this address be a mirrored article or index?
 * True for Markdown/HTML files on the known mirror hosts and for GitHub Pages paths.
 */
export function looksLikeMirrorUrl(url: string): boolean {
  const location = locateMirror(url);
  switch (location.host) {
    case 'github':
    case 'raw':
    case 'jsdelivr':
    case 'gitlab':
      return ARTICLE_FILE.test(location.path);
    case 'pages':
      return true;
    default:
      return false;
  }
}
