// Real mirror pages with a stranger's fragment put into their body, in every form the extension meets
// them: the raw source (raw.githubusercontent.com), the github.com blob view, a GitHub Pages post and
// the same post on a mirror site the user added. Shared by the Node tests and the browser tests.
import { JSDOM } from 'jsdom';
import { decodeBytes, extract, extractSource, type ExtractResult } from '../../src/core';
import { isArticleGold, loadCorpus, pagesUrlOf, rawUrlOf, type ArticleGold, type CorpusPage } from '../helpers/corpus';
import { renderGithubBlobPage } from '../helpers/github-page';
import { renderPagesPost } from '../helpers/pages-post';
import { probeText, type AttackVector } from './vectors';

export const FORMS = ['raw', 'blob', 'pages', 'user-site'] as const;
export type HostileForm = (typeof FORMS)[number];

/** The user-added mirror host of the e2e fixture server (tests/e2e/fixture-server.ts). */
export const USER_SITE = 'mirror.example.org';

export interface FamilyPage {
  family: string;
  page: CorpusPage & { gold: ArticleGold };
  source: string;
}

/** The shortest article page of each mirror family in the corpus: every family's rules get every vector. */
export function familyPages(): FamilyPage[] {
  const byFamily = new Map<string, FamilyPage>();
  for (const page of loadCorpus()) {
    if (!isArticleGold(page.gold)) continue;
    const candidate = { family: page.family, page: page as FamilyPage['page'], source: decodeBytes(page.bytes) };
    const current = byFamily.get(page.family);
    if (!current || candidate.source.length < current.source.length) byFamily.set(page.family, candidate);
  }
  return [...byFamily.values()];
}

/**
 * The source with `fragments` (each preceded by a probe paragraph naming it) written as their own
 * blocks right after the line that holds the article's first paragraph.
 */
export function injectIntoSource(source: string, gold: ArticleGold, fragments: ReadonlyArray<{ id: string; payload: string }>): string {
  const anchor = source.indexOf(gold.firstParagraphStart.slice(0, 8));
  const lineEnd = source.indexOf('\n', anchor === -1 ? source.length / 2 : anchor);
  const at = lineEnd === -1 ? source.length : lineEnd;
  const blocks = fragments.map(({ id, payload }) => `\n\n${probeText(id)}\n\n${payload}\n\n`).join('');
  return `${source.slice(0, at)}\n${blocks}${source.slice(at)}`;
}

/** The addresses a corpus page has in each form. */
export function formUrl(page: CorpusPage, form: HostileForm): string {
  if (form === 'raw') return rawUrlOf(page.url);
  if (form === 'blob') return page.url;
  const pages = pagesUrlOf(page.url);
  if (form === 'pages') return pages;
  const host = new URL(pages).hostname;
  return pages.replace(host, `${USER_SITE}/${host.split('.')[0]}`);
}

/** The same file in a repository of its own (`REPO-TAG`): a copy with its own address in every form. */
export function inOwnRepository<T extends CorpusPage>(page: T, tag: string): T {
  const url = new URL(page.url);
  const [owner, repo, ...rest] = url.pathname.split('/').filter(Boolean);
  return { ...page, url: `${url.origin}/${[owner, `${repo}-${tag}`, ...rest].join('/')}` };
}

/** What the host serves at `url` for `source` (raw: the source itself). */
export function servedHtml(source: string, form: HostileForm, url: string, blobUrl: string): string {
  if (form === 'blob') return renderGithubBlobPage(source, blobUrl);
  return renderPagesPost(source, url);
}

const host = new JSDOM('').window as unknown as Window & typeof globalThis;

/** Extracts the page as the extension does in that form: the fetch path for raw files, the served DOM otherwise. */
export function extractHostile(source: string, form: HostileForm, page: CorpusPage): ExtractResult {
  const url = formUrl(page, form);
  if (form === 'raw') return extractSource(source, url, host.document, { window: host });
  return extractServed(servedHtml(source, form, url, page.url), form, page);
}

/** Extracts an already served page (the HTML a host sent for the page in that form). */
export function extractServed(html: string, form: Exclude<HostileForm, 'raw'>, page: CorpusPage): ExtractResult {
  const url = formUrl(page, form);
  return extract(new host.DOMParser().parseFromString(html, 'text/html'), url, { window: host });
}

const AFTER = '检测后续';

/** Whether markup written after `payload` is still read as markup: it swallows nothing that follows. */
export function isSelfContained(payload: string): boolean {
  const template = host.document.createElement('template');
  template.innerHTML = `<div>${payload}</div><p>${AFTER}</p>`;
  const last = template.content.lastElementChild;
  return last?.localName === 'p' && last.textContent === AFTER && last.previousElementSibling?.localName === 'div';
}

/** Each batch goes into one family's page, the family rotating with the batch and the form. */
export function hostileCases(batches: readonly AttackVector[][], families: readonly FamilyPage[], form: HostileForm): Array<[name: string, batch: AttackVector[], family: FamilyPage]> {
  const offset = FORMS.indexOf(form);
  return batches.map((batch, i) => {
    const family = families[(i + offset) % families.length]!;
    const ids = batch.length > 1 ? `${batch[0]!.id} … ${batch.at(-1)!.id}` : batch[0]!.id;
    return [`${ids} in ${family.family}`, batch, family];
  });
}

/**
 * Vectors grouped to share one page: those that leave what follows them alone go `size` to a page, each
 * of the others (unclosed comments, <plaintext>, stray end tags…) on a page of its own.
 */
export function vectorBatches(vectors: readonly AttackVector[], size: number): AttackVector[][] {
  const contained = vectors.filter((vector) => isSelfContained(vector.payload));
  const batches: AttackVector[][] = [];
  for (let i = 0; i < contained.length; i += size) batches.push(contained.slice(i, i + size));
  return [...batches, ...vectors.filter((vector) => !contained.includes(vector)).map((vector) => [vector])];
}
