import type { IndexPage, NotArticle, RelatedLink } from './article';
import type { SourcePage } from './page';
import { cjkLength } from './text';

// A mirror family is data, after Postlight Parser's custom extractors: how it recognises a page (markers of
// the layout, never the mirror account's name), which of its pages are no articles, and how an article is
// read — the part of the page it takes, the steps that clean it, and where each field comes from. One
// interpreter (`readArticle`) applies them in one fixed order; the shared finalisation (`finalize.ts`)
// alone owns the fallbacks every page shares.

/** The metadata fields a family may know better than the shared parsers, resolved in this order. */
export const FIELDS = ['originalUrl', 'title', 'outlet', 'published', 'author', 'editor'] as const;
export type Field = (typeof FIELDS)[number];

/** Values the steps read off the page before cutting the lines that held them ("原文地址：…", a date block). */
export type Notes = Record<string, string | null | undefined>;

/** A family at work on one page: the page as served, the frame its recognition found, its own copy of the article. */
export interface Reading<Frame> {
  readonly page: SourcePage;
  readonly frame: Frame;
  /** The family's own copy of the article part: the steps change it; the page stays as served for the next family. */
  readonly body: HTMLElement;
  readonly notes: Notes;
  /** Related links taken out of the text, in page order. */
  readonly related: RelatedLink[];
}

/** One cleaning or reading step over the family's copy. */
export type Step<Frame> = (reading: Reading<Frame>) => void;

/** One place a field may come from: a value, or null / '' / undefined when the page does not say. */
export type Source<Frame> = (reading: Reading<Frame>, found: Readonly<Partial<Record<Field, string | null>>>) => string | null | undefined;

/** What `select` takes from the page: a copy of the article part, and what it read around it (a tail it left out). */
export interface Selection {
  body: HTMLElement;
  notes?: Notes;
  related?: RelatedLink[];
}

/** How a family reads an article. */
export interface ArticleRules<Frame> {
  /** The article part of the page, as a fresh copy the steps may change; null when there is none. */
  select(page: SourcePage, frame: Frame): Selection | null;
  /** Applied in order to the copy. */
  steps: readonly Step<Frame>[];
  /** The least text (non-space characters) the steps may leave: less, and the page is not the family's article. */
  minTextChars: number;
  /** Ordered sources per field; the first that gives a value wins, the shared fallbacks come after. */
  fields: { readonly [F in Field]?: readonly Source<Frame>[] };
}

export interface Family<Frame> {
  id: string;
  /** Cheap markers on the page as served; the frame they found, or null when the page is not the family's. */
  recognise(page: SourcePage): Frame | null;
  /** Index and other non-article pages of the family; null for an article. */
  classify?(page: SourcePage, frame: Frame): IndexPage | NotArticle | null;
  /** Absent for a family that only knows index pages. */
  article?: ArticleRules<Frame>;
}

/** What a family read; the shared finalisation fills the gaps and builds the Article. */
export interface FamilyDraft {
  title: string;
  /** The cleaned article body (in page.doc). */
  body: HTMLElement;
  outlet?: string | null;
  published?: string | null;
  author?: string | null;
  editor?: string | null;
  originalUrl?: string | null;
  related?: RelatedLink[];
}

/** A family's verdict on a page: not its page, a non-article, or its article's draft (null when it gave up). */
export type FamilyOutcome = { kind: 'not-recognised' } | { kind: 'verdict'; verdict: IndexPage | NotArticle } | { kind: 'draft'; draft: FamilyDraft | null };

/** A family with its frame's type sealed in: a frame only ever goes back to the family that found it. */
export interface RegisteredFamily {
  id: string;
  /** `asked`: the reader asked to read the page anyway, so its verdict is not asked for. */
  read(page: SourcePage, asked?: boolean): FamilyOutcome;
}

function sourceValue<Frame>(sources: readonly Source<Frame>[] | undefined, reading: Reading<Frame>, found: Partial<Record<Field, string | null>>): string | null {
  for (const source of sources ?? []) {
    const value = source(reading, found);
    if (value) return value;
  }
  return null;
}

/** The interpreter: select, every step in order, the text check, then each field from its sources. */
export function readArticle<Frame>(rules: ArticleRules<Frame>, page: SourcePage, frame: Frame): FamilyDraft | null {
  const selection = rules.select(page, frame);
  if (!selection) return null;
  const reading: Reading<Frame> = { page, frame, body: selection.body, notes: { ...selection.notes }, related: [...(selection.related ?? [])] };
  for (const step of rules.steps) step(reading);
  if (cjkLength(reading.body.textContent ?? '') < rules.minTextChars) return null;
  const found: Partial<Record<Field, string | null>> = {};
  for (const field of FIELDS) found[field] = sourceValue(rules.fields[field], reading, found);
  return { ...found, title: found.title ?? '', body: reading.body, related: reading.related };
}

export function registerFamily<Frame>(family: Family<Frame>): RegisteredFamily {
  return {
    id: family.id,
    read(page, asked = false) {
      const frame = family.recognise(page);
      if (frame === null) return { kind: 'not-recognised' };
      const verdict = asked ? null : (family.classify?.(page, frame) ?? null);
      if (verdict) return { kind: 'verdict', verdict };
      return { kind: 'draft', draft: family.article ? readArticle(family.article, page, frame) : null };
    },
  };
}
