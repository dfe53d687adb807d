// Article HTML (sanitised, see htmlTokens.ts) to Markdown, for the one-article export.
import { decodeEntities, tokenizeHtml, type HtmlToken } from './htmlTokens';

const BLOCKS = new Set(['p', 'div', 'figure', 'figcaption', 'table', 'tr', 'ul', 'ol', 'dl', 'dt', 'dd', 'caption', 'pre', 'blockquote', 'hr', 'li']);
const HEADING = /^h([1-6])$/;
const STRONG = new Set(['strong', 'b']);
const EMPHASIS = new Set(['em', 'i']);

function attribute(token: Extract<HtmlToken, { kind: 'start' }>, name: string): string {
  const raw = token.attributes.find(([key]) => key === name)?.[1] ?? '';
  return decodeEntities(raw) ?? raw;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}

/** Markdown link destinations: angle brackets allow spaces; escape what would end them. */
function destination(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

export function htmlToMarkdown(html: string): string {
  const tokens = tokenizeHtml(html) ?? [{ kind: 'text', text: html.replace(/<[^<>]*>/g, ' ') }];
  const blocks: string[] = [];
  let line = '';
  let prefix = ''; // "> " inside quotes
  const lists: { ordered: boolean; count: number }[] = [];
  const links: string[] = [];
  let inPre = false;
  let inCode = false;

  const endBlock = (): void => {
    // Per line, not /[ \t]+\n/g: that pattern is retried from every space of a long run.
    const trimmed = line.split('\n').map((row) => row.trimEnd()).join('\n').trim();
    if (trimmed) blocks.push(trimmed.split('\n').map((row) => prefix + row).join('\n'));
    line = '';
  };

  for (const token of tokens) {
    if (token.kind === 'text') {
      const decoded = decodeEntities(token.text) ?? token.text;
      if (inPre) line += decoded;
      else line += inCode ? decoded.replace(/\s+/g, ' ') : escapeMarkdown(decoded.replace(/\s+/g, ' '));
      continue;
    }
    const { name } = token;
    const heading = HEADING.exec(name);
    if (token.kind === 'start') {
      if (heading) {
        endBlock();
        line = `${'#'.repeat(Number(heading[1]))} `;
      } else if (name === 'br') line += '\\\n';
      else if (name === 'hr') {
        endBlock();
        blocks.push('---');
      } else if (name === 'img') {
        const src = attribute(token, 'src');
        if (src) line += `![${escapeMarkdown(attribute(token, 'alt'))}](${destination(src)})`;
      } else if (name === 'a') {
        links.push(attribute(token, 'href'));
        line += '[';
      } else if (STRONG.has(name)) line += '**';
      else if (EMPHASIS.has(name)) line += '*';
      else if (name === 'code' && !inPre) {
        inCode = true;
        line += '`';
      } else if (name === 'td' || name === 'th') line += ' ';
      else if (BLOCKS.has(name)) {
        endBlock();
        if (name === 'blockquote') prefix += '> ';
        else if (name === 'ul' || name === 'ol') lists.push({ ordered: name === 'ol', count: 0 });
        else if (name === 'li') {
          const list = lists.at(-1);
          const marker = list?.ordered ? `${++list.count}. ` : '- ';
          line = '  '.repeat(Math.max(lists.length - 1, 0)) + marker;
        } else if (name === 'pre') {
          inPre = true;
          line = '```\n';
        }
      }
      continue;
    }
    if (heading) endBlock();
    else if (name === 'a') {
      const href = links.pop();
      line += href ? `](${destination(href)})` : ']';
    } else if (STRONG.has(name)) line += '**';
    else if (EMPHASIS.has(name)) line += '*';
    else if (name === 'code' && !inPre) {
      inCode = false;
      line += '`';
    } else if (BLOCKS.has(name)) {
      if (name === 'pre') {
        line += '\n```';
        inPre = false;
      }
      endBlock();
      if (name === 'blockquote') prefix = prefix.slice(2);
      else if (name === 'ul' || name === 'ol') lists.pop();
    }
  }
  endBlock();
  return blocks.join('\n\n');
}
