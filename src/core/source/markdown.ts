import MarkdownIt from 'markdown-it';

// GitHub-flavoured rendering with raw HTML allowed: mirror files mix Markdown and HTML freely.
// The output is never trusted: it is parsed into an inert document and sanitised downstream.
let markdown: InstanceType<typeof MarkdownIt> | null = null;

export function renderMarkdown(source: string): string {
  // Built on first use, not when the bundle loads: the extraction bundle is injected into pages that
  // never render source text (blob views, Pages posts), and building it (linkify's patterns) is work
  // on the page's thread.
  markdown ??= new MarkdownIt({ html: true, linkify: true, breaks: false });
  return markdown.render(source);
}
