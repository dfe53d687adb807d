// Imitates a GitHub Pages (Jekyll, minima theme) post page: front matter becomes the post header, the
// Markdown is rendered by kramdown, which passes raw HTML through untouched (no sanitiser on Pages),
// inside the theme's site header, navigation and footer with RSS link.
import MarkdownIt from 'markdown-it';
import { frontMatterString } from '../../src/core/source/front-matter';
import { splitFrontMatter } from '../../src/core/source/split-front-matter';

const markdown = new MarkdownIt({ html: true, linkify: true });

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderPagesPost(source: string, url: string): string {
  const { data, body } = splitFrontMatter(source);
  const title = frontMatterString(data, 'title');
  const date = frontMatterString(data, 'date');
  const author = frontMatterString(data, 'author');
  const site = new URL(url).hostname.replace(/\.github\.io$/, '');
  return `<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title ? `${title} | ${site}` : site)}</title>
<meta name="generator" content="Jekyll v3.10.0">${title ? `<meta property="og:title" content="${escapeHtml(title)}">` : ''}
${date ? `<meta property="article:published_time" content="${escapeHtml(date)}">` : ''}
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="/feed.xml" title="${escapeHtml(site)}">
</head><body>
<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">${escapeHtml(site)}</a>
<nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">关于</a><a class="page-link" href="/lists/">分类</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header">${title ? `<h1 class="post-title p-name" itemprop="name headline">${escapeHtml(title)}</h1>` : ''}
<p class="post-meta">${date ? `<time class="dt-published" datetime="${escapeHtml(date)}" itemprop="datePublished">${escapeHtml(date.slice(0, 10))}</time>` : ''}${author ? ` • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">${escapeHtml(author)}</span></span>` : ''}</p>
</header>
<div class="post-content e-content" itemprop="articleBody">
${markdown.render(body)}
</div><a class="u-url" href="${escapeHtml(url)}" hidden></a></article>
</div></main>
<footer class="site-footer h-card"><div class="wrapper"><h2 class="footer-heading">${escapeHtml(site)}</h2>
<ul class="contact-list"><li><a href="/feed.xml">订阅 RSS</a></li><li><a href="https://github.com/${escapeHtml(site)}">github</a></li></ul>
<p>墙外新闻，墙内可读。</p></div></footer>
</body></html>`;
}
