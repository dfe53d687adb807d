// URL shapes of mirror hosts, read from the host registry (hosts.ts). Pure string work: the content
// script runs looksLikeMirrorUrl on every page load and every GitHub soft navigation, so it must cost
// next to nothing.
import { mirrorHostOf, type HostKind, type MirrorForm, type MirrorHost } from './hosts';
import { PLAIN_TEXT_FILE } from './source/plain-text';

export interface MirrorLocation {
  /** The registry's host kind, 'other' for any other host (a user-added site). */
  host: HostKind | 'other';
  /** How the host presents this address; 'other' for a page of a forge that is no file (issues, repository root). */
  form: MirrorForm | 'other';
  owner: string;
  repo: string;
  branch: string;
  /** The file's path inside the repository (decoded), or the URL path for other hosts. */
  path: string;
  /** The file's page on its forge where one can be derived (github.com blob for every GitHub form), else the URL without query/hash. */
  blobUrl: string;
}

const MARKUP_FILE = /\.(?:md|markdown|html?)$/i;
/** The files a forge or raw host may show an article in: Markdown, HTML, and the plain text archives keep transcripts in. */
export const isArticleFile = (path: string): boolean => MARKUP_FILE.test(path) || PLAIN_TEXT_FILE.test(path);

/** What a URL shape's slots matched: raw (still %-encoded) segments. */
type ShapeFields = Partial<Record<'owner' | 'repo' | 'ref' | 'refType' | 'path', string>>;
type FieldName = keyof ShapeFields;

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The URL, or null when it is none. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The address without its query and fragment (string work: a pattern ending in `[?#].*$` is quadratic). */
export function withoutQuery(url: string): string {
  const end = url.search(/[?#]/);
  return end < 0 ? url : url.slice(0, end);
}

const slotName = (slot: string): FieldName => slot.slice(1, -1) as FieldName;

/** Matches path segments against a URL shape (hosts.ts, `UrlShape`): its fields, or null. */
function matchShape(shape: string, parts: readonly string[]): ShapeFields | null {
  const slots = shape.split('/');
  const fields: ShapeFields = {};
  let at = 0;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot === '{path}') {
      if (at >= parts.length) return null;
      fields.path = parts.slice(at).join('/');
      return fields;
    }
    if (slot === '{owner+}') {
      // As many segments as put the template's next word where it stands (GitLab: the first "-").
      const gap = slots.slice(i + 1).findIndex((next) => !next.startsWith('{'));
      const word = parts.indexOf(slots[i + 1 + gap] ?? '', at + 1 + gap);
      if (gap < 0 || word < 0) return null;
      fields.owner = parts.slice(at, word - gap).join('/');
      at = word - gap;
      continue;
    }
    const part = parts[at++];
    if (part === undefined) return null;
    if (slot.includes('}@{')) {
      const [first = '', second = ''] = slot.split('@');
      const [before = '', after] = part.split('@');
      fields[slotName(first)] = before;
      // jsDelivr without a version serves the default branch, which mirrors of that time called master.
      fields[slotName(second)] = after ?? 'master';
    } else if (slot.startsWith('{')) {
      fields[slotName(slot)] = part;
    } else if (part !== slot) {
      return null;
    }
  }
  return at === parts.length ? fields : null;
}

/** A registry URL template filled in; the file path decoded and encoded again, so every spelling of it gives one address. */
function fillTemplate(template: string, fields: ShapeFields): string {
  const path = decodePath(fields.path ?? '').split('/').map(encodeURIComponent).join('/');
  return template.replace(/\{(owner|repo|ref|refType|path)\}/g, (_, name: FieldName) => (name === 'path' ? path : (fields[name] ?? '')));
}

function fileOn(entry: MirrorHost, parts: readonly string[]): { form: MirrorForm; fields: ShapeFields } | null {
  for (const shape of entry.shapes) {
    const fields = matchShape(shape.path, parts);
    if (fields) return { form: shape.form, fields };
  }
  return null;
}

/** Where a page sits: which host and form, which repository and file. */
export function locateMirror(url: string): MirrorLocation {
  const parsed = parseUrl(url);
  if (!parsed) return { host: 'other', form: 'other', owner: '', repo: '', branch: '', path: '', blobUrl: url };
  const hostname = parsed.hostname.toLowerCase();
  const bare = `${parsed.origin}${parsed.pathname}`;
  const entry = mirrorHostOf(hostname);
  const page: MirrorLocation = { host: entry?.kind ?? 'other', form: 'other', owner: '', repo: '', branch: '', path: decodePath(parsed.pathname), blobUrl: bare };
  if (!entry) return page;
  if (entry.shapes.length === 0) return { ...page, form: 'pages', owner: hostname.slice(0, -(entry.host.length - 1)) };
  const file = fileOn(entry, parsed.pathname.split('/').filter(Boolean));
  if (!file) return page;
  const { form, fields } = file;
  return {
    host: entry.kind,
    form,
    owner: fields.owner ?? '',
    repo: fields.repo ?? '',
    branch: fields.ref ?? '',
    path: decodePath(fields.path ?? ''),
    blobUrl: entry.fileUrl ? fillTemplate(entry.fileUrl, fields) : bare,
  };
}

/**
 * Cheap first gate for the content script: can this address be a mirrored article or index?
 * True for Markdown/HTML files on the registry's forges and CDN, and for every path of a Pages site.
 */
export function looksLikeMirrorUrl(url: string): boolean {
  const { form, path } = locateMirror(url);
  if (form === 'pages') return true;
  return form !== 'other' && isArticleFile(path);
}

/** Whether `url` serves a source file as raw text (sandboxed text/plain): the extension fetches it itself. */
export function isRawSourceUrl(url: string): boolean {
  const { form } = locateMirror(url);
  return form === 'raw' || form === 'cdn';
}

/**
 * The address of the raw source behind a mirror page, for fetching a linked article without opening
 * it: a forge's file view → its raw file; raw addresses and HTML pages as they are, without the fragment.
 */
export function sourceUrlFor(url: string): string {
  const parsed = parseUrl(url);
  const entry = parsed && mirrorHostOf(parsed.hostname.toLowerCase());
  const file = entry && parsed.protocol === 'https:' ? fileOn(entry, parsed.pathname.split('/').filter(Boolean)) : null;
  if (entry?.sourceUrl && file?.form === 'blob') return fillTemplate(entry.sourceUrl, file.fields);
  return url.split('#', 1)[0]!;
}
