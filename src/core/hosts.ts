// The one table of mirror hosts (docs/extension.md, "Hosts: one registry"). Everything that knows a
// host is derived from it: the URL test of the detector (detect.ts), the raw-source test and the
// source address of a linked file, the manifest's content-script matches and host permissions
// (vite.config.ts), and where each host's page puts the article (forms, content/candidate.ts).
// Data only and dependency-free: the 3 KiB detector content script imports it.

/**
 * How a host presents a file: `blob` a forge's rendered view (HTML), `raw` the source as sandboxed
 * text/plain, `cdn` the source from a CDN (text too), `pages` a static site built from the repository.
 */
export type MirrorForm = 'blob' | 'raw' | 'cdn' | 'pages';

export type HostKind = 'github' | 'githubusercontent' | 'jsdelivr' | 'github-pages' | 'gitlab' | 'gitlab-pages' | 'codeberg' | 'codeberg-pages';

/**
 * One shape of file address on a host, as path segments: words stand for themselves; `{owner}`,
 * `{repo}`, `{ref}` and `{refType}` (Forgejo's branch/tag/commit) are one segment each; `{owner+}` is
 * one segment or more (GitLab's groups and subgroups); `{repo}@{ref}` splits one segment at the `@`;
 * `{path}` is the rest, one segment or more.
 */
export interface UrlShape {
  form: Exclude<MirrorForm, 'pages'>;
  path: string;
}

export interface MirrorHost {
  kind: HostKind;
  /** The host name, or `*.` + the domain under which every owner has a site (OWNER.github.io). */
  host: string;
  /** File addresses on the host; none on a Pages host, where every path is a page of the site. */
  shapes: readonly UrlShape[];
  /** The file's page on its forge (the mirror's identity, the base of relative links), as a URL template. */
  fileUrl?: string;
  /** The file's source as text, fetched for a linked file instead of its HTML view. */
  sourceUrl?: string;
  /** Whether the detector content script runs on the host (raw and CDN hosts take the fetch path). */
  detector: boolean;
  /** The host permission's host, when it must be wider than `host`. */
  permissionHost?: string;
  /** Where the host's HTML page puts the article, most specific first (CSS selectors). */
  contentRoots: readonly string[];
  /**
   * Where the forge's file view holds the file's text when it shows the file as code rather than rendered (an
   * .html file, a Markdown file's code view), read as the file's source.
   */
  codeView?: CodeView;
}

/**
 * A code view: `holder`, a textarea whose value is the whole text (CSS selector); or, with `line`, an element
 * whose `line` elements are the text's lines, one each.
 */
export interface CodeView {
  holder: string;
  line?: string;
}

/**
 * A WeChat post's body. An archive of an account's posts keeps each page as the browser saved it, the account's card,
 * its post count and the posting time over the body (forms/html.ts reads them as the page's head).
 */
export const WECHAT_POST_BODY = '#js_content';

/** Where Jekyll themes (minima, primer, cayman, Jekyll Now…) and common blog templates put the post body; last, WeChat's. */
export const THEME_CONTENT_ROOTS: readonly string[] = ['.post-content', '.entry-content', 'article .markdown-body', '.markdown-body', 'article .entry', 'article', 'main', '#content', '.content', WECHAT_POST_BODY];

const GITHUB_FILE = 'https://github.com/{owner}/{repo}/blob/{ref}/{path}';
const GITHUB_SOURCE = 'https://raw.githubusercontent.com/{owner}/{repo}/{ref}/{path}';

export const MIRROR_HOSTS: readonly MirrorHost[] = [
  {
    kind: 'github',
    host: 'github.com',
    shapes: [
      { form: 'blob', path: '{owner}/{repo}/blob/{ref}/{path}' },
      // Redirects to raw.githubusercontent.com.
      { form: 'raw', path: '{owner}/{repo}/raw/{ref}/{path}' },
    ],
    fileUrl: GITHUB_FILE,
    sourceUrl: GITHUB_SOURCE,
    detector: true,
    // article.markdown-body itemprop="text" (shared/notes/mirror-hosts.md).
    contentRoots: ['article.markdown-body'],
    // The React code view keeps the whole file in a read-only textarea beside the lines it draws.
    codeView: { holder: 'textarea#read-only-cursor-text-area' },
  },
  {
    kind: 'githubusercontent',
    host: 'raw.githubusercontent.com',
    shapes: [{ form: 'raw', path: '{owner}/{repo}/{ref}/{path}' }],
    fileUrl: GITHUB_FILE,
    sourceUrl: GITHUB_SOURCE,
    detector: false,
    // The blob view's images come through camo.githubusercontent.com.
    permissionHost: '*.githubusercontent.com',
    contentRoots: [],
  },
  {
    kind: 'jsdelivr',
    host: 'cdn.jsdelivr.net',
    shapes: [{ form: 'cdn', path: 'gh/{owner}/{repo}@{ref}/{path}' }],
    fileUrl: GITHUB_FILE,
    sourceUrl: GITHUB_SOURCE,
    detector: false,
    contentRoots: [],
  },
  { kind: 'github-pages', host: '*.github.io', shapes: [], detector: true, contentRoots: THEME_CONTENT_ROOTS },
  {
    kind: 'gitlab',
    host: 'gitlab.com',
    shapes: [
      { form: 'blob', path: '{owner+}/{repo}/-/blob/{ref}/{path}' },
      { form: 'raw', path: '{owner+}/{repo}/-/raw/{ref}/{path}' },
    ],
    fileUrl: 'https://gitlab.com/{owner}/{repo}/-/blob/{ref}/{path}',
    sourceUrl: 'https://gitlab.com/{owner}/{repo}/-/raw/{ref}/{path}',
    detector: true,
    // The rich viewer's markup (app/views/projects/blob/viewers/_markup.html.haml), rendered by the page's script.
    contentRoots: ['div.file-content.md'],
  },
  { kind: 'gitlab-pages', host: '*.gitlab.io', shapes: [], detector: true, contentRoots: THEME_CONTENT_ROOTS },
  {
    kind: 'codeberg',
    host: 'codeberg.org',
    shapes: [
      { form: 'blob', path: '{owner}/{repo}/src/{refType}/{ref}/{path}' },
      { form: 'raw', path: '{owner}/{repo}/raw/{refType}/{ref}/{path}' },
    ],
    fileUrl: 'https://codeberg.org/{owner}/{repo}/src/{refType}/{ref}/{path}',
    sourceUrl: 'https://codeberg.org/{owner}/{repo}/raw/{refType}/{ref}/{path}',
    detector: true,
    // Forgejo's file view of rendered markup (templates/repo/view_file.tmpl).
    contentRoots: ['div.file-view.markup'],
    // The same template's view of any other text: a table, each line's highlighted code in a td.lines-code.
    codeView: { holder: 'div.file-view.code-view', line: 'td.lines-code' },
  },
  { kind: 'codeberg-pages', host: '*.codeberg.page', shapes: [], detector: true, contentRoots: THEME_CONTENT_ROOTS },
];

const patternOf = (host: string): string => `https://${host}/*`;

/** The manifest's `content_scripts[0].matches`: where the detector runs. */
export const DETECTOR_MATCHES: readonly string[] = MIRROR_HOSTS.filter((entry) => entry.detector).map((entry) => patternOf(entry.host));

/** The manifest's `host_permissions`: the mirror hosts the extension reads and fetches from. */
export const MIRROR_HOST_PERMISSIONS: readonly string[] = [...new Set(MIRROR_HOSTS.map((entry) => patternOf(entry.permissionHost ?? entry.host)))];

/** The registry entry of a host kind. */
export function mirrorHostEntry(kind: HostKind | 'other'): MirrorHost | undefined {
  return MIRROR_HOSTS.find((entry) => entry.kind === kind);
}

/** The registry entry serving `hostname` (lower case), if any. */
export function mirrorHostOf(hostname: string): MirrorHost | undefined {
  return MIRROR_HOSTS.find((entry) => (entry.host.startsWith('*.') ? hostname.endsWith(entry.host.slice(1)) && hostname.length > entry.host.length - 1 : hostname === entry.host));
}

/**
 * Every host's content roots, forges' rendered files and code views before the themes: where a page's article, or
 * the source it is read from, may sit.
 */
export const ALL_CONTENT_ROOTS: readonly string[] = [
  ...new Set([
    ...MIRROR_HOSTS.flatMap((entry) => entry.contentRoots).filter((root) => !THEME_CONTENT_ROOTS.includes(root)),
    ...MIRROR_HOSTS.flatMap((entry) => (entry.codeView ? [entry.codeView.holder] : [])),
    ...THEME_CONTENT_ROOTS,
  ]),
];
