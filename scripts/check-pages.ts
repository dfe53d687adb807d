// npm run check:pages GIT_DIR[:PREFIX] [COUNT] — the Pages form with a site's own layouts (a tool, not part of CI).
// A mirror that is a Jekyll site serves each post inside its own _layouts and _includes, which no fixture theme
// imitates. This renders COUNT posts (20 by default, spread over the files under PREFIX, `_posts/` by default) with
// the repository's layouts, extracts each as the served page at its Pages address, and compares the result with the
// post's source form: title, date, outlet, original, author and the first and last paragraphs. It prints each post
// that differs and how many read the same.
//
// The layouts go through a small part of Liquid: includes, `{{ page.… }}` / `{{ site.… }}` / `{{ content }}` (with
// `date`, `first`, `last`, `[n]`), `for` over a list of the page, `if`/`unless` on one value; other tags render
// nothing. The previous and next posts are placeholders, and plugins' tags (`{% seo %}`) give nothing: a difference
// can be the renderer's, so read the differences before calling them the extractor's.
import { execFileSync } from 'node:child_process';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { decodeBytes, extract, extractSource, type ExtractResult } from '../src/core';
import { splitFrontMatter } from '../src/core/source/split-front-matter';

type Vars = Record<string, unknown>;

/** Layouts include layouts and includes include includes: deeper than this is a loop. */
const MAX_TEMPLATE_DEPTH = 8;
/** Each pass renders the innermost block; a template has far fewer. */
const MAX_BLOCKS = 500;
const DEFAULT_COUNT = 20;
const POST_FILE = /\.(?:md|markdown)$/i;
const DATED_POST = /(\d{4})-(\d{2})-(\d{2})-(.+)\.(?:md|markdown)$/;
// The innermost block: an opening tag whose body holds no other opening tag.
const INNERMOST_BLOCK =
  /\{%-?\s{0,4}(for|if|unless|case|capture)\b([^%]{0,400})-?%\}((?:(?!\{%-?\s{0,4}(?:for|if|unless|case|capture)\b)[\s\S]){0,200000}?)\{%-?\s{0,4}end(?:for|if|unless|case|capture)\s{0,4}-?%\}/;

const markdown = new MarkdownIt({ html: true, linkify: true });

function gitShow(gitDir: string, path: string): string | null {
  try {
    return decodeBytes(new Uint8Array(execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:${path}`], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })));
  } catch {
    return null;
  }
}

/** `page.tags[0]`, `page.categories.last`, `site.name`: a value of the variables, or undefined. */
function lookup(expression: string, vars: Vars): unknown {
  let value: unknown = vars;
  for (const part of expression.trim().replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (Array.isArray(value) && (part === 'first' || part === 'last')) value = part === 'first' ? value[0] : value[value.length - 1];
    else if (typeof value === 'string' && (part === 'first' || part === 'last' || part === '0')) continue;
    else value = value && typeof value === 'object' ? (value as Vars)[part] : undefined;
  }
  return value;
}

function output(expression: string, vars: Vars): string {
  const [head = '', ...filters] = expression.split('|');
  let value = /^\s*["']/.test(head) ? head.trim().slice(1, -1) : lookup(head, vars);
  if (filters.some((filter) => /^\s*date\b/.test(filter)) && value) value = String(value instanceof Date ? value.toISOString() : value).slice(0, 10);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value == null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
}

function renderTemplate(template: string, vars: Vars, gitDir: string, depth: number): string {
  if (depth > MAX_TEMPLATE_DEPTH) return '';
  let text = template
    .replace(/\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g, '')
    .replace(/\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g, '$1')
    .replace(/\{%-?\s*include\s+([\w./-]+)[^%]*%\}/g, (_, name: string) => renderTemplate(gitShow(gitDir, `_includes/${name}`) ?? '', vars, gitDir, depth + 1));
  for (let i = 0; i < MAX_BLOCKS; i++) {
    const block = INNERMOST_BLOCK.exec(text);
    if (!block) break;
    const [whole, kind, args = '', body = ''] = block;
    let rendered = '';
    if (kind === 'for') {
      const loop = /(\w+)\s+in\s+(page\.[\w.]+)/.exec(args);
      const list = loop ? lookup(loop[2]!, vars) : undefined;
      if (Array.isArray(list)) rendered = list.map((item) => renderTemplate(body, { ...vars, [loop![1]!]: item }, gitDir, depth + 1)).join('');
    } else if (kind === 'if' || kind === 'unless') {
      const [yes = '', no = ''] = body.split(/\{%-?\s*(?:else|elsif[^%]*)\s*-?%\}/);
      const single = /^\s*([\w.]+)\s*$/.exec(args);
      const truthy = single ? Boolean(lookup(single[1]!, vars)) : true;
      rendered = (kind === 'if') === truthy ? yes : no;
    }
    text = text.replace(whole, () => rendered);
  }
  return text.replace(/\{%[\s\S]*?%\}/g, '').replace(/\{\{-?([\s\S]*?)-?\}\}/g, (_, expression: string) => output(expression, vars));
}

/** The post as its site serves it: the Markdown rendered, then each layout around it, innermost first. */
function renderWithOwnLayouts(gitDir: string, path: string, source: string, owner: string): { html: string; url: string } {
  const { data, body } = splitFrontMatter(source);
  const frontMatter = (data ?? {}) as Vars;
  const dated = DATED_POST.exec(path.split('/').pop() ?? '');
  const slug = dated ? dated[4]! : path.replace(/\.\w+$/, '');
  const url = `https://${owner.toLowerCase()}.github.io/${dated ? `${dated[1]}/${dated[2]}/${dated[3]}/` : ''}${encodeURI(slug)}.html`;
  const page = {
    ...frontMatter,
    title: frontMatter.title ?? slug,
    date: frontMatter.date ?? (dated ? `${dated[1]}-${dated[2]}-${dated[3]}` : ''),
    path,
    url,
    previous: { url: '/2000/01/01/previous.html', title: '上一篇文章的标题' },
    next: { url: '/2000/01/02/next.html', title: '下一篇文章的标题' },
  };
  const config = (parseYaml(gitShow(gitDir, '_config.yml') ?? '') ?? {}) as Vars;
  const vars: Vars = { page, post: page, site: { ...config, baseurl: config.baseurl ?? '' } };
  let html = markdown.render(body);
  let layout = typeof frontMatter.layout === 'string' ? frontMatter.layout : 'post';
  for (let depth = 0; layout && depth < MAX_TEMPLATE_DEPTH; depth++) {
    const file = gitShow(gitDir, `_layouts/${layout}.html`);
    if (file === null) break;
    const parts = splitFrontMatter(file);
    html = renderTemplate(parts.body, { ...vars, content: html }, gitDir, 0);
    const outer = (parts.data ?? {}) as Vars;
    layout = typeof outer.layout === 'string' ? outer.layout : '';
  }
  return { html, url };
}

const fieldsOf = (result: ExtractResult) =>
  result.kind === 'article'
    ? { title: result.title, published: result.published, outlet: result.outlet, originalUrl: result.originalUrl, author: result.author }
    : { kind: result.kind, reason: 'reason' in result ? result.reason : '' };
const paragraphsOf = (result: ExtractResult): string[] => (result.kind === 'article' ? result.text.split(/\n\n+/) : []);
const clip = (text: string | undefined): string => (text ?? '').slice(0, 100);

function main(): void {
  const [target = '', countArg] = process.argv.slice(2);
  if (!target) {
    console.error('usage: npm run check:pages -- GIT_DIR[:PREFIX] [COUNT]');
    process.exit(2);
  }
  const [gitDir = '', prefix = '_posts/'] = target.split(':');
  const count = Number(countArg ?? DEFAULT_COUNT);
  const repo = gitDir.split('/').slice(-2, -1)[0]!.replace('+', '/');
  const owner = repo.split('/')[0]!;
  const listing = execFileSync('git', ['--git-dir', gitDir, '-c', 'core.quotepath=false', 'ls-tree', '-r', '--name-only', 'HEAD'], { maxBuffer: 1 << 28 }).toString();
  const paths = listing.split('\n').filter((path) => path.startsWith(prefix) && POST_FILE.test(path));
  const step = Math.max(1, paths.length / count);
  const picked = Array.from({ length: Math.min(count, paths.length) }, (_, i) => paths[Math.floor(i * step)]!);
  let same = 0;
  for (const path of picked) {
    const source = gitShow(gitDir, path) ?? '';
    const { html, url } = renderWithOwnLayouts(gitDir, path, source, owner);
    const served = extract(new JSDOM(html, { url }).window.document, url);
    const fetched = extractSource(source, `https://raw.githubusercontent.com/${repo}/HEAD/${encodeURI(path)}`, new JSDOM('').window.document);
    const [pagesText, sourceText] = [paragraphsOf(served), paragraphsOf(fetched)];
    const fieldsSame = JSON.stringify(fieldsOf(served)) === JSON.stringify(fieldsOf(fetched));
    const firstSame = pagesText[0] === sourceText[0];
    const lastSame = pagesText.at(-1) === sourceText.at(-1);
    if (fieldsSame && firstSame && lastSame) {
      same++;
      continue;
    }
    console.log(`## ${path}\n  pages:  ${JSON.stringify(fieldsOf(served))}\n  source: ${JSON.stringify(fieldsOf(fetched))}`);
    if (!firstSame) console.log(`  first, pages:  ${clip(pagesText[0])}\n  first, source: ${clip(sourceText[0])}`);
    if (!lastSame) console.log(`  last, pages:  ${clip(pagesText.at(-1))}\n  last, source: ${clip(sourceText.at(-1))}`);
  }
  console.log(`${repo} (${prefix}): ${same}/${picked.length} posts read the same in the Pages form with the site's own layouts as in the source form`);
}

main();
