// A local HTTPS server standing in for the real mirror hosts (Chromium maps their names to it
// with --host-resolver-rules). It serves the corpus pages the way each host presents them:
// - github.com/OWNER/REPO/blob/…: a GitHub-like blob page (tests/helpers/github-page.ts);
// - raw.githubusercontent.com/…: the file's bytes, text/plain with the real headers (sandbox CSP);
// - OWNER.github.io/REPO/….html and OWNER.gitlab.io/REPO/….html: a Jekyll post page
//   (tests/helpers/pages-post.ts), also on the user-added mirror host;
// - codeberg.org/OWNER/REPO/src/branch/…: a Forgejo file page (tests/helpers/codeberg-page.ts), and
//   …/raw/branch/… the file's bytes as Forgejo serves them (text/plain, sandbox CSP);
// - any address a test gave a page of its own (serve(), for the hostile pages);
// - camo.githubusercontent.com and any other host: generated images for image-looking paths.
// Every request is logged, so that tests can count what went to which host.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { decodeBytes } from '../../src/core';
import { png } from '../../scripts/png';
import { codebergUrlOf, loadCorpus, pagesUrlOf, rawUrlOf, type CorpusPage } from '../helpers/corpus';
import { renderCodebergFilePage } from '../helpers/codeberg-page';
import { renderGithubBlobPage } from '../helpers/github-page';
import { renderPagesPost } from '../helpers/pages-post';
import { selfSignedCertificate } from './certificate';

/** A host with nothing to do with GitHub, standing for a mirror site the user adds in the options. */
export const USER_SITE_HOST = 'mirror.example.org';
export const FIXTURE_HOSTS = ['github.com', 'raw.githubusercontent.com', 'camo.githubusercontent.com', '*.github.io', 'codeberg.org', '*.gitlab.io', USER_SITE_HOST, 'plain.example.com', '*'];

export interface LoggedRequest {
  host: string;
  path: string;
  /** The page that asked for it (Referer), when the browser says. */
  referer: string | null;
  /** Every header as the browser sent it (lower-case names), for the checks that nothing names the extension. */
  headers: Record<string, string>;
}

export interface FixtureServer {
  port: number;
  pages: CorpusPage[];
  requests: LoggedRequest[];
  /**
   * From now on answers `url` with `body`: as a raw.githubusercontent.com file, as an HTML page, or as
   * plain text with no sandbox (a Markdown file a Pages site serves as it is).
   */
  serve(url: string, body: string, as: ServedAs): void;
  /** Addresses of one corpus page in each form. */
  urls(page: CorpusPage): { blob: string; raw: string; pages: string; userSite: string; codeberg: string; codebergRaw: string; gitlabPages: string };
  /** Stops answering (the "offline" check), closing kept-alive connections too. */
  stop(): Promise<void>;
}

const RAW_HEADERS = {
  'content-type': 'text/plain; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  'access-control-allow-origin': '*',
  'cache-control': 'max-age=300',
};

type ServedAs = 'raw' | 'html' | 'text';

export const IMAGE_PATH = /\.(?:png|jpe?g|gif|webp)(?:$|\?)/i;

export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = loadCorpus();
  // Keyed by decoded address: the manifest has raw Unicode paths, the browser sends them %-encoded.
  const byRaw = new Map(pages.map((page) => [safeDecode(rawUrlOf(page.url)), page]));
  const byBlob = new Map(pages.map((page) => [safeDecode(page.url), page]));
  const byPages = new Map(pages.flatMap((page) => ['github.io', 'gitlab.io'].map((domain) => [safeDecode(pagesUrlOf(page.url, domain)), page] as const)));
  const byCodeberg = new Map(pages.map((page) => [safeDecode(codebergUrlOf(page.url)), page]));
  const served = new Map<string, { body: string; as: ServedAs }>();
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = request.url ?? '/';
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));
    requests.push({ host, path, referer: request.headers.referer ?? null, headers });
    const url = safeDecode(`https://${host}${path.replace(/[?#].*$/, '')}`);
    const send = (status: number, headers: Record<string, string>, body: string | Uint8Array): void => {
      response.writeHead(status, headers);
      response.end(body);
    };
    const html = (body: string): void => send(200, { 'content-type': 'text/html; charset=utf-8' }, body);

    const own = served.get(url);
    if (own?.as === 'raw') return send(200, RAW_HEADERS, own.body);
    if (own?.as === 'text') return send(200, { 'content-type': 'text/plain; charset=utf-8' }, own.body);
    if (own) return html(own.body);

    if (host === 'raw.githubusercontent.com') {
      const page = byRaw.get(url);
      return page ? send(200, RAW_HEADERS, page.bytes) : send(404, RAW_HEADERS, '404: Not Found');
    }
    if (host === 'github.com') {
      const page = byBlob.get(url);
      if (page) return html(renderGithubBlobPage(decodeBytes(page.bytes), page.url));
      return html(githubOtherPage(path));
    }
    if (host === 'codeberg.org') {
      // Forgejo's raw file sits beside its file page: /OWNER/REPO/raw/branch/… for /OWNER/REPO/src/branch/….
      const fileUrl = url.replace('/raw/branch/', '/src/branch/');
      const page = byCodeberg.get(fileUrl);
      if (page && fileUrl !== url) return send(200, RAW_HEADERS, page.bytes);
      if (page) return html(renderCodebergFilePage(decodeBytes(page.bytes), url));
    }
    if (host.endsWith('.github.io') || host.endsWith('.gitlab.io') || host === USER_SITE_HOST) {
      const page = byPages.get(host === USER_SITE_HOST ? pagesUrlOnUserSite(url) : url);
      if (page) return html(renderPagesPost(decodeBytes(page.bytes), url));
    }
    if (host === 'camo.githubusercontent.com' || IMAGE_PATH.test(path)) return send(200, { 'content-type': 'image/png', 'cache-control': 'max-age=300' }, fixtureImage(url));
    if (host === 'plain.example.com') return html(plainPage());
    send(404, { 'content-type': 'text/plain' }, 'not found');
  };

  const server: Server = createServer(selfSignedCertificate(FIXTURE_HOSTS), handle);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    pages,
    requests,
    serve: (url, body, as) => {
      served.set(safeDecode(url), { body, as });
    },
    urls: (page) => {
      const pagesUrl = pagesUrlOf(page.url);
      const pagesHost = new URL(pagesUrl).hostname;
      const codeberg = codebergUrlOf(page.url);
      return {
        blob: page.url,
        raw: rawUrlOf(page.url),
        pages: pagesUrl,
        userSite: pagesUrl.replace(pagesHost, `${USER_SITE_HOST}/${pagesHost.split('.')[0]}`),
        codeberg,
        codebergRaw: codeberg.replace('/src/branch/', '/raw/branch/'),
        gitlabPages: pagesUrlOf(page.url, 'gitlab.io'),
      };
    },
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** On the user-added host, OWNER's Pages site lives under /OWNER/…: its github.io address. */
function pagesUrlOnUserSite(url: string): string {
  const [, owner = '', ...rest] = url.replace(/^https:\/\/[^/]+/, '').split('/');
  return `https://${owner}.github.io/${rest.join('/')}`;
}

/** The address with %-escapes decoded, or as it is when they are malformed. */
export function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** GitHub pages that are not Markdown files: repository home, issues, a code file. */
function githubOtherPage(path: string): string {
  const [owner = 'octo', repo = 'repo'] = path.split('/').filter(Boolean);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${owner}/${repo} · GitHub</title></head>
<body><header><nav><a href="/">GitHub</a> <a href="/login">Sign in</a></nav></header>
<main><h1>${owner}/${repo}</h1><nav><a href="/${owner}/${repo}/issues">Issues</a></nav>
<table><tr><td>README.md</td><td>Update</td></tr><tr><td>src</td><td>Initial commit</td></tr></table>
<article class="markdown-body"><h2>Install</h2><p>npm install ${repo}. A small library for parsing things quickly.</p></article></main></body></html>`;
}

/** A page on a host where the content script does not run, for measuring the baseline. */
function plainPage(): string {
  return githubOtherPage('/plain/page');
}

/** A 96×64-ish PNG whose colour comes from the URL, so that different images look different. */
function fixtureImage(url: string): Buffer {
  const size = 96;
  let hash = 0;
  for (const char of url) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const [r, g, b] = [hash & 0xff, (hash >> 8) & 0xff, (hash >> 16) & 0xff];
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const shade = ((i % size) + Math.floor(i / size)) / (2 * size);
    rgba.set([Math.round(r * (0.6 + shade * 0.4)), Math.round(g * (0.6 + shade * 0.4)), Math.round(b * (0.6 + shade * 0.4)), 255], i * 4);
  }
  return png(size, rgba);
}
