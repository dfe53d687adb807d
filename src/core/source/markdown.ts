import MarkdownIt from 'markdown-it';

// GitHub-flavoured rendering with raw HTML allowed: mirror files mix Markdown and HTML freely.
// The output is never trusted: it is parsed into an inert document and sanitised downstream.
const markdown = new MarkdownIt({ html: true, linkify: true, breaks: false });

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
