// Imitates how codeberg.org (Forgejo) shows a Markdown file, for tests and the e2e fixture server. From
// Forgejo's and Gitea's public templates and renderer (templates/repo/view_file.tmpl, modules/markup):
// - the rendered file sits in div.file-view.markup.markdown, inside the file header (size, Raw,
//   Permalink, Blame, History) and the repository's header and tabs;
// - goldmark renders the Markdown with raw HTML, then a sanitizer drops script, style and event handlers;
//   headings get ids prefixed user-content-;
// - YAML front matter is shown by default folded: details.frontmatter-content, a summary listing the
//   keys, then a table (keys in the header row, values in one row);
// - any other text file (an .html page) is shown as code: a table, one row a line, the line's highlighted code in
//   td.lines-code > code.code-inner, each line keeping its own end (modules/highlight reads lines with theirs);
// - <title>: REPO/PATH at BRANCH - Codeberg.org.
import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { locateMirror } from '../../src/core/detect';
import type { FrontMatter } from '../../src/core/source/front-matter';
import { splitFrontMatter } from '../../src/core/source/split-front-matter';

const markdown = new MarkdownIt({ html: true, linkify: true });
const { window } = new JSDOM('');
const sanitizer = DOMPurify(window as unknown as Window & typeof globalThis);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function frontMatterDetails(data: FrontMatter): string {
  const keys = Object.keys(data);
  const value = (v: unknown): string => escapeHtml(v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.join(', ') : String(v ?? ''));
  return `<details class="frontmatter-content"><summary><span><svg viewBox="0 0 16 16" class="svg octicon-table" width="12" height="12" aria-hidden="true"></svg> ${escapeHtml(keys.join(', '))}</span></summary>
<table><thead><tr>${keys.map((key) => `<th>${escapeHtml(key)}</th>`).join('')}</tr></thead><tbody><tr>${keys.map((key) => `<td>${value(data[key])}</td>`).join('')}</tr></tbody></table></details>`;
}

/** The inner HTML of div.file-view.markup for a Markdown source. */
export function renderForgejoMarkdown(source: string): string {
  const { data, body } = splitFrontMatter(source);
  const rendered = sanitizer.sanitize(markdown.render(body), { RETURN_DOM: true }) as HTMLElement;
  for (const heading of Array.from(rendered.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    heading.id = `user-content-${(heading.textContent ?? '').trim().toLowerCase().replace(/\s+/g, '-')}`;
  }
  return (data ? frontMatterDetails(data) : '') + rendered.innerHTML;
}

// Files Forgejo renders as markup; any other it shows as code.
const RENDERED_FILE = /\.(?:md|markdown)$/i;

/** The inner HTML of div.file-view.code-view: chroma's spans around tags, as its HTML lexer draws them. */
function renderForgejoCodeView(source: string): string {
  const rows = source.split('\n').map((line, i) => {
    const code = escapeHtml(`${line}\n`).replace(/&#60;[^&]{0,200}?&#62;/g, (tag) => `<span class="nt">${tag}</span>`);
    return `<tr><td class="lines-num"><span id="L${i + 1}" data-line-number="${i + 1}"></span></td><td rel="L${i + 1}" class="lines-code chroma"><code class="code-inner">${code}</code></td></tr>`;
  });
  return `<table><tbody>${rows.join('')}</tbody></table>`;
}

/** A whole codeberg.org file page (`/OWNER/REPO/src/branch/BRANCH/PATH`) around the rendered file. */
export function renderCodebergFilePage(source: string, fileUrl: string): string {
  const { owner, repo, branch, path } = locateMirror(fileUrl);
  const repoLink = `/${owner}/${repo}`;
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  return `<!DOCTYPE html>
<html lang="en-US" data-theme="forgejo-auto"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${repo}/${path} at ${branch} - Codeberg.org`)}</title>
<meta property="og:title" content="${escapeHtml(repo)}"><meta property="og:site_name" content="Codeberg.org">
<link rel="stylesheet" href="/assets/css/index.css"></head>
<body hx-headers='{"x-csrf-token": ""}'><div class="full height">
<nav id="navbar" aria-label="Navigation bar"><div class="navbar-left"><a class="item" id="navbar-logo" href="/" aria-label="Home">Codeberg</a>
<a class="item" href="/explore/repos">Explore</a><a class="item" href="https://docs.codeberg.org">Help</a></div>
<div class="navbar-right"><a class="item" href="/user/sign_up">Register</a><a class="item" rel="nofollow" href="/user/login">Sign in</a></div></nav>
<div role="main" aria-label="${escapeHtml(`${repo}/${path} at ${branch}`)}" class="page-content repository file list">
<div class="secondary-nav"><div class="ui container"><div class="repo-header"><div class="flex-item"><div class="flex-item-main"><div class="flex-item-title">
<a class="muted tw-font-normal" href="/${owner}">${escapeHtml(owner)}</a>/<a class="muted" href="${repoLink}">${escapeHtml(repo)}</a></div></div></div>
<div class="repo-buttons"><a class="ui compact small basic button" href="${repoLink}/watchers">Watch 1</a><a class="ui compact small basic button" href="${repoLink}/stars">Star 0</a><a class="ui compact small basic button" href="${repoLink}/forks">Fork 0</a></div></div></div>
<div class="ui tabs container"><div class="ui tabular menu navbar overflow-menu"><div class="overflow-menu-items">
<a class="active item" href="${repoLink}">Code</a><a class="item" href="${repoLink}/issues">Issues</a><a class="item" href="${repoLink}/pulls">Pull requests</a>
<a class="item" href="${repoLink}/releases">Releases</a><a class="item" href="${repoLink}/wiki">Wiki</a><a class="item" href="${repoLink}/activity">Activity</a></div></div></div></div>
<div class="ui container fluid padded">
<div class="repo-button-row"><div class="tw-flex tw-items-center"><div class="ui dropdown selection"><span class="text">${escapeHtml(branch)}</span></div>
<span class="breadcrumb repo-path"><a class="section" href="${repoLink}/src/branch/${branch}">${escapeHtml(repo)}</a>${path
    .split('/')
    .map((part) => `<span class="breadcrumb-divider">/</span><span class="section">${escapeHtml(part)}</span>`)
    .join('')}</span></div></div>
<div class="tab-size-4 non-diff-file-content">
<h4 class="file-header ui top attached header"><div class="file-header-left"><div class="file-info text grey normal mono"><div class="file-info-entry">${Math.ceil(source.length / 1024)} KiB</div></div></div>
<div class="file-header-right file-actions"><div class="ui buttons tw-mr-1"><a class="ui mini basic button" href="${repoLink}/raw/branch/${branch}/${encodedPath}">Raw</a>
<a class="ui mini basic button" href="${repoLink}/src/commit/0123456789abcdef/${encodedPath}">Permalink</a><a class="ui mini basic button" href="${repoLink}/blame/branch/${branch}/${encodedPath}">Blame</a>
<a class="ui mini basic button" href="${repoLink}/commits/branch/${branch}/${encodedPath}">History</a></div></div></h4>
<div class="ui bottom attached table unstackable segment">${
    RENDERED_FILE.test(path) ? `<div class="file-view markup markdown">${renderForgejoMarkdown(source)}</div>` : `<div class="file-view code-view">${renderForgejoCodeView(source)}</div>`
  }</div>
</div></div></div></div>
<footer class="page-footer" role="group" aria-label="Footer"><div class="left-links" role="contentinfo">Powered by Forgejo</div>
<div class="right-links"><a href="https://codeberg.org/Codeberg/org/src/branch/main/Imprint.md">Imprint</a> <a href="/codeberg/org/src/PrivacyPolicy.md">Privacy Policy</a> <a href="https://docs.codeberg.org">Documentation</a></div></footer>
</body></html>`;
}
