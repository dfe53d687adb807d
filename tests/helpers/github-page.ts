// Imitates how github.com shows a file in its blob view (a Markdown file rendered, any other as code), for tests
// and the e2e fixture server (real GitHub pages cannot be fetched here). What it imitates, from public
// descriptions of GitHub's pipeline (shared/notes/mirror-hosts.md):
// - GFM rendering with raw HTML, then html-pipeline's SanitizationFilter allowlist: no class/id/style from
//   the author, unknown elements removed with their text kept, script/style dropped with their content,
//   href limited to http(s)/mailto/relative;
// - YAML front matter shown as a table (keys in the header row, values in one row);
// - images proxied through camo (src → camo URL, original in data-canonical-src, wrapped in a link);
// - headings wrapped in div.markdown-heading with a permalink anchor; paragraphs with dir="auto";
// - the page shell: <title>PATH at BRANCH · OWNER/REPO · GitHub</title>, header, repo navigation,
//   file tree and footer around article.markdown-body.
import { createHash } from 'node:crypto';
import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { GITHUB_ELEMENT_ATTRIBUTES, GITHUB_ELEMENTS, GITHUB_GLOBAL_ATTRIBUTES } from '../../src/core/forms/github-shape';
import { locateMirror } from '../../src/core/detect';
import type { FrontMatter } from '../../src/core/source/front-matter';
import { splitFrontMatter } from '../../src/core/source/split-front-matter';

const markdown = new MarkdownIt({ html: true, linkify: true });
const { window } = new JSDOM('');
const githubSanitizer = DOMPurify(window as unknown as Window & typeof globalThis);
githubSanitizer.addHook('uponSanitizeAttribute', (node, data) => {
  const tag = node.nodeName.toLowerCase();
  const allowed = GITHUB_GLOBAL_ATTRIBUTES.has(data.attrName) || (GITHUB_ELEMENT_ATTRIBUTES[tag]?.includes(data.attrName) ?? false);
  if (!allowed) data.keepAttr = false;
});

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function frontMatterTable(data: FrontMatter): string {
  const cell = (value: unknown): string =>
    Array.isArray(value)
      ? `<table><tbody><tr>${value.map((v) => `<td><div>${escapeHtml(String(v))}</div></td>`).join('')}</tr></tbody></table>`
      : `<div>${escapeHtml(value instanceof Date ? value.toISOString() : String(value ?? ''))}</div>`;
  const keys = Object.keys(data);
  return `<table><thead><tr>${keys.map((k) => `<th>${escapeHtml(k)}</th>`).join('')}</tr></thead><tbody><tr>${keys
    .map((k) => `<td>${cell(data[k])}</td>`)
    .join('')}</tr></tbody></table>`;
}

function camoUrl(url: string): string {
  const hmac = createHash('sha1').update(url).digest('hex');
  return `https://camo.githubusercontent.com/${hmac}/${Buffer.from(url).toString('hex')}`;
}

function slug(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-');
}

/** The inner HTML of article.markdown-body for a source file served at `blobUrl`. */
export function renderGithubMarkdown(source: string, blobUrl: string): string {
  const { data, body } = splitFrontMatter(source);
  const rendered = (data ? frontMatterTable(data) : '') + markdown.render(body);
  const clean = githubSanitizer.sanitize(rendered, {
    ALLOWED_TAGS: [...GITHUB_ELEMENTS],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|[^:]*$)/i,
    KEEP_CONTENT: true,
    RETURN_DOM: true,
  }) as HTMLElement;
  // Rewritten in a document of its own: DOMPurify's keeps live child lists, which jsdom rebuilds on every
  // insertion (minutes for a file of megabytes).
  const fileDom = new JSDOM(`<body>${clean.innerHTML}</body>`);
  const file = fileDom.window.document.body;
  const doc = file.ownerDocument;
  const location = locateMirror(blobUrl);
  for (const img of Array.from(file.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const absolute = /^https?:/i.test(src)
      ? src
      : `https://github.com/${location.owner}/${location.repo}/raw/${location.branch}/${new URL(src, `https://x/${location.path}`).pathname.slice(1)}`;
    if (/^https?:/i.test(src)) {
      img.setAttribute('src', camoUrl(absolute));
      img.setAttribute('data-canonical-src', absolute);
    } else {
      img.setAttribute('src', absolute);
    }
    const link = doc.createElement('a');
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
    link.setAttribute('href', img.getAttribute('src') ?? '');
    // html-pipeline links an image to itself unless it already sits inside a link (has_ancestor?(img, 'a')).
    if (!img.closest('a')) {
      img.replaceWith(link);
      link.append(img);
    }
  }
  for (const heading of Array.from(file.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const text = heading.textContent ?? '';
    heading.setAttribute('tabindex', '-1');
    heading.setAttribute('class', 'heading-element');
    heading.setAttribute('dir', 'auto');
    const wrapper = doc.createElement('div');
    wrapper.className = 'markdown-heading';
    wrapper.setAttribute('dir', 'auto');
    heading.replaceWith(wrapper);
    const anchor = doc.createElement('a');
    anchor.id = `user-content-${slug(text)}`;
    anchor.className = 'anchor';
    anchor.setAttribute('aria-label', `Permalink: ${text}`);
    anchor.setAttribute('href', `#${slug(text)}`);
    anchor.innerHTML = '<svg class="octicon octicon-link" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="m7.775 3.275"></path></svg>';
    wrapper.append(heading, anchor);
  }
  for (const p of Array.from(file.querySelectorAll('p'))) p.setAttribute('dir', 'auto');
  const html = file.innerHTML;
  // An open window keeps its document: hundreds of pages × forms in one test worker ran out of heap.
  fileDom.window.close();
  return html;
}

// Files github.com renders in the blob view; any other (an .html page) it shows as code.
const RENDERED_FILE = /\.(?:md|markdown)$/i;

/**
 * github.com's code view of a file (2023's React view): the lines it draws, and the whole text in the read-only
 * textarea its cursor and find work on.
 */
function renderGithubCodeView(source: string): string {
  const lines = source.split('\n').map((line, i) => `<div class="react-code-text react-code-line-contents-no-virtualization react-file-line" data-testid="code-cell" data-line-number="${i + 1}">${escapeHtml(line)}</div>`);
  return `<div class="react-code-file-contents" role="presentation" aria-hidden="true" data-tab-size="8"><div class="react-code-lines">${lines.join('')}</div></div>
<textarea id="read-only-cursor-text-area" data-testid="read-only-cursor-text-area" aria-label="file content" aria-readonly="true" inputmode="none" tabindex="0" aria-multiline="true" spellcheck="false" autocomplete="off" class="react-blob-textarea react-blob-print-hide">${escapeHtml(source)}</textarea>`;
}

/** A whole github.com blob page around the rendered file (a Markdown file) or its code view (any other), with GitHub's own chrome. */
export function renderGithubBlobPage(source: string, blobUrl: string): string {
  const { owner, repo, branch, path } = locateMirror(blobUrl);
  const name = path.split('/').pop() ?? path;
  const file = RENDERED_FILE.test(path)
    ? `<div id="readme" class="Box MD js-code-block-container">
<article class="markdown-body entry-content container-lg" itemprop="text">${renderGithubMarkdown(source, blobUrl)}</article>
</div>`
    : renderGithubCodeView(source);
  return `<!DOCTYPE html>
<html lang="en" data-color-mode="auto"><head><meta charset="utf-8">
<title>${escapeHtml(`${path} at ${branch} · ${owner}/${repo} · GitHub`)}</title>
<meta name="description" content="Contribute to ${escapeHtml(owner)}/${escapeHtml(repo)} development by creating an account on GitHub.">
<meta property="og:title" content="${escapeHtml(`${repo}/${path} at ${branch} · ${owner}/${repo}`)}">
<link rel="stylesheet" href="https://github.githubassets.com/assets/github.css">
</head><body class="logged-out env-production page-responsive">
<div class="position-relative js-header-wrapper"><header class="HeaderMktg header-logged-out" role="banner">
<nav aria-label="Global"><a href="https://github.com/" aria-label="Homepage">GitHub</a>
<ul><li><button>Product</button></li><li><button>Solutions</button></li><li><a href="/pricing">Pricing</a></li></ul>
<a href="/login">Sign in</a> <a href="/signup">Sign up</a></nav></header></div>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container">
<div id="repository-container-header"><div class="d-flex"><strong itemprop="name"><a href="/${owner}/${repo}">${escapeHtml(repo)}</a></strong> Public</div>
<nav class="UnderlineNav js-repo-nav" aria-label="Repository"><ul>
<li><a href="/${owner}/${repo}">Code</a></li><li><a href="/${owner}/${repo}/issues">Issues 0</a></li>
<li><a href="/${owner}/${repo}/pulls">Pull requests 0</a></li><li><a href="/${owner}/${repo}/actions">Actions</a></li>
<li><a href="/${owner}/${repo}/security">Security</a></li><li><a href="/${owner}/${repo}/pulse">Insights</a></li></ul></nav></div>
<react-app app-name="react-code-view"><div id="repos-file-tree">Files ${escapeHtml(branch)} Go to file</div>
<div class="react-code-view-header"><nav aria-label="Breadcrumbs">${escapeHtml(repo)} / ${escapeHtml(path)}</nav>
<div>Latest commit <a href="/${owner}/${repo}/commits">History</a></div>
<div><button>Preview</button><button>Code</button><button>Blame</button> <a href="/${owner}/${repo}/raw/${branch}/${escapeHtml(path)}">Raw</a></div></div>
<section aria-labelledby="file-name-id">${file}</section><span id="file-name-id" hidden>${escapeHtml(name)}</span></react-app>
</main></div>
<footer class="footer"><ul><li>© 2026 GitHub, Inc.</li><li><a href="https://docs.github.com/site-policy/github-terms/github-terms-of-service">Terms</a></li>
<li><a href="https://docs.github.com/site-policy/privacy-policies/github-privacy-statement">Privacy</a></li><li><a href="https://www.githubstatus.com/">Status</a></li></ul></footer>
</body></html>`;
}
