// The page folders of tests/pages: tests/pages/<family>/<case>/ holds one `source.*` file (the file as the
// mirror holds it, or the HTML page as a host serves it) and `expected.json` (schema: tests/pages/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RelatedLink } from '../../src/core';
import { locateMirror } from '../../src/core/detect';
import { PLAIN_TEXT_FILE } from '../../src/core/source/plain-text';
import type { ArticleGold } from './corpus';

export const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../pages');

/** The ways a reader meets a page: a repository file in six forms, or an HTML page as served. */
export type Form = 'source' | 'raw-page' | 'blob' | 'pages' | 'codeberg' | 'gitlab-pages' | 'served';
export const FILE_FORMS: Form[] = ['source', 'raw-page', 'blob', 'pages', 'codeberg', 'gitlab-pages'];
/** A code file is shown as text, never rendered: it is met as the fetched source or the raw page. */
const TEXT_FILE_FORMS: Form[] = ['source', 'raw-page'];

export interface ImageExpectation {
  /** The last path segment of the image's canonical URL. */
  file?: string;
  /** The canonical URL, whole. */
  url?: string;
  alt?: string;
  caption?: string;
}

/** An article's expectations: the corpus gold's fields, and optional ones the gold does not have. */
export interface ArticleExpectation extends Omit<ArticleGold, 'images'> {
  kind?: 'article';
  author?: string | null;
  editor?: string | null;
  /** How many images, or each image in order. */
  images?: number | ImageExpectation[];
  /** How many related links, their titles, or the links. */
  related?: number | string[] | RelatedLink[];
  /** Exact phrases of the text (spaces count). */
  mustContain?: string[];
  /** The text's paragraphs, image captions included, exactly. */
  paragraphList?: string[];
  /** The last body paragraph is the one starting with lastParagraphStart: no credit line follows it. */
  endsAtLastParagraph?: boolean;
  /** The links of the body, in order. */
  contentLinks?: RelatedLink[];
  /** Phrases each found inside one quote (blockquote) of the body: a quoted post kept with its attribution. */
  quotes?: string[];
}

export interface IndexExpectation {
  kind: 'index';
  title?: string;
  /** How many links, their titles, or the links. */
  links?: number | string[] | RelatedLink[];
  /** Titles that must not be among the links (navigation). */
  mustNotList?: string[];
}

export interface OtherExpectation {
  kind: 'other';
  /** The not-article reason. */
  reason?: string;
}

export type Expectation = ArticleExpectation | IndexExpectation | OtherExpectation;

/** An expectation as checked in one form: an article's may leave fields out (see `unchecked`). */
export type FormExpectation = (Partial<ArticleExpectation> | IndexExpectation | OtherExpectation) & { family: string };

/** The fields of the corpus gold: a folder's article states each of them, or names it in `unchecked`. */
const GOLD_FIELDS = ['title', 'published', 'outlet', 'originalUrl', 'firstParagraphStart', 'lastParagraphStart', 'mustNotContain'];

/** Every field expected.json may hold: a misspelt one would check nothing, so it is refused. */
const KNOWN_FIELDS = new Set([
  ...GOLD_FIELDS,
  ...['kind', 'family', 'author', 'editor', 'images', 'related', 'mustContain', 'paragraphList', 'endsAtLastParagraph', 'contentLinks', 'quotes'],
  ...['links', 'mustNotList', 'reason', 'url', 'forms', 'byForm', 'sourceContains', 'unchecked', 'note'],
]);

function checkFields(where: string, fields: Record<string, unknown>): void {
  const unknown = Object.keys(fields).filter((field) => !KNOWN_FIELDS.has(field));
  const uncheckedUnknown = ((fields.unchecked as string[] | undefined) ?? []).filter((field) => !KNOWN_FIELDS.has(field));
  const formsUnknown = ((fields.forms as string[] | undefined) ?? []).filter((form) => !FILE_FORMS.includes(form as Form) && form !== 'served');
  const byFormUnknown = Object.keys((fields.byForm as object | undefined) ?? {}).filter((form) => !FILE_FORMS.includes(form as Form) && form !== 'served');
  const wrong = [...unknown, ...uncheckedUnknown, ...formsUnknown, ...byFormUnknown];
  if (wrong.length > 0) throw new Error(`${where}: unknown ${wrong.join(', ')} in expected.json`);
  for (const [form, changes] of Object.entries((fields.byForm as Record<string, Record<string, unknown>> | undefined) ?? {})) checkFields(`${where} (${form})`, changes);
}

/** Fields of an expectation a case leaves unchecked: what one form cannot read, or what the rule under test leaves open. */
type Unchecked = { unchecked?: string[] };

/** What expected.json holds: one expectation, the address the file is read at, and where it applies. */
export type PageCase = Expectation & Unchecked & {
  /** The file's github.com blob URL, or the served page's URL. */
  url: string;
  /** The family the result reports; the folder's family by default. */
  family?: string;
  /** The forms to read the page in; by default every form of its file type. */
  forms?: Form[];
  /** Changes to the expectation in one form (a theme that drops what another form keeps). */
  byForm?: Partial<Record<Form, Partial<Expectation> & Unchecked & { family?: string }>>;
  /** Text the file itself holds, so that the case keeps exercising its rule (a fixture "repaired" by an editor would not). */
  sourceContains?: string[];
  note?: string;
};

export interface FolderPage {
  /** family/case, and #n when expected.json lists several cases for one file. */
  name: string;
  family: string;
  url: string;
  bytes: Uint8Array;
  forms: Form[];
  sourceContains: string[];
  /** The expectation in a form, with its byForm changes applied and its unchecked fields left out. */
  expectationIn(form: Form): FormExpectation;
}

/** An .html or plain-text file of a repository: fetched, shown as text by a raw host, and as code by github.com's and
 * codeberg.org's file views. */
const REPOSITORY_CODE_VIEW_FORMS: Form[] = ['source', 'raw-page', 'blob', 'codeberg'];

function defaultForms(file: string, url: string): Form[] {
  const extension = extname(file).toLowerCase();
  const inRepository = locateMirror(url).form === 'blob';
  if (extension === '.html') return inRepository ? REPOSITORY_CODE_VIEW_FORMS : ['served'];
  if (extension === '.md' || extension === '.markdown') return FILE_FORMS;
  return inRepository && PLAIN_TEXT_FILE.test(file) ? REPOSITORY_CODE_VIEW_FORMS : TEXT_FILE_FORMS;
}

function folderPage(family: string, caseName: string, file: string, bytes: Uint8Array, pageCase: PageCase): FolderPage {
  const { url, family: reported = family, forms = defaultForms(file, pageCase.url), byForm = {}, sourceContains = [], unchecked = [], note: _note, ...expectation } = pageCase;
  const unstated = expectation.kind === undefined || expectation.kind === 'article' ? GOLD_FIELDS.filter((field) => !(field in expectation) && !unchecked.includes(field)) : [];
  if (unstated.length > 0) throw new Error(`${family}/${caseName}: state ${unstated.join(', ')}, or name them in "unchecked"`);
  return {
    name: `${family}/${caseName}`,
    family: reported,
    url,
    bytes,
    forms,
    sourceContains,
    expectationIn: (form) => {
      const { unchecked: uncheckedInForm = [], ...changes } = byForm[form] ?? {};
      const inForm: Record<string, unknown> = { family: reported, ...expectation, ...changes };
      for (const field of [...unchecked, ...uncheckedInForm]) delete inForm[field];
      return inForm as FormExpectation;
    },
  };
}

/** Every page folder under tests/pages, one entry per case. */
export function loadPageFolders(): FolderPage[] {
  const pages: FolderPage[] = [];
  for (const family of readdirSync(PAGES, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const folder of readdirSync(join(PAGES, family.name), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const path = join(PAGES, family.name, folder.name);
      const files = readdirSync(path);
      const sources = files.filter((file) => file.startsWith('source.'));
      if (sources.length !== 1 || !files.includes('expected.json')) throw new Error(`${path}: needs one source.* file and expected.json`);
      const [source = ''] = sources;
      const bytes = new Uint8Array(readFileSync(join(path, source)));
      const expected = JSON.parse(readFileSync(join(path, 'expected.json'), 'utf8')) as Record<string, unknown> | Record<string, unknown>[];
      const cases = Array.isArray(expected) ? expected : [expected];
      cases.forEach((pageCase, i) => {
        const caseName = cases.length > 1 ? `${folder.name} #${i + 1}` : folder.name;
        checkFields(`${family.name}/${caseName}`, pageCase);
        pages.push(folderPage(family.name, caseName, source, bytes, pageCase as unknown as PageCase));
      });
    }
  }
  return pages;
}
