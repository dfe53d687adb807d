import { textOf } from '../clean/clutter';
import { childElements, descendantsByTag, linksIn } from '../dom';
import { parseLooseDate } from './date';
import { TABLE_ROW_LABELS } from './labels';
import { addressesPage, asFollowed, isHttpUrl } from './original-url';
import { normaliseOutlet } from './outlet';

// The table of a page's metadata that the tool which saved the page writes under the text, one field a row under an
// "Attribute | Value" head (project-polymorph's MkDocs archive: "| Original Link | [https://…](…) |", "| Date | 2018-04-17 |",
// "| Author | 美国之音 |", with the file's name and size, the archiving date, a region and tags). Its original and its
// date are the page's; none of its rows is text.

/** A label cell is a word or two: a longer first cell is a data table's. */
const MAX_LABEL_CHARS = 24;
/** A table of fields has a few rows at least. */
const MIN_ROWS = 3;

export interface MetadataTable {
  table: Element;
  originalUrl: string;
  published: string | null;
  outlet: string | null;
  /** The site the saved file's name ends on (SAVED_FILE_SITE), null when it ends on none. */
  site: string | null;
  /** The saved file's name, the page's title as the tool wrote it ('' when the table gives none). */
  fileName: string;
}

/** The saving tool names a file by the page's title, spaces as underscores: the part after the last " - " is the site's name
 * ("…_-_ELLE中文网.md", "…_-_PeoPo_公民新聞.md"; in the table's cell an underscore may be gone, read as emphasis: "…专访-_ELLE中文网.md"). */
const SAVED_FILE_SITE = /-[_\s]((?:(?!-[_\s])[^/]){2,40})\.(?:md|markdown|html?)$/u;
/** A site's name says what it is: a known outlet, a name in Latin letters ("ETtoday", "NYU Shanghai"), or one ending on what a
 * site is ("…网", "…報", "…新聞", "…傳媒", "…論壇"); not a section ("采访") nor a headline's second half. */
const SITE_WORD = /(?:[网網报報刊台社讯訊闻聞]|传媒|傳媒|论坛|論壇|财经|財經|资讯|資訊)$/u;
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9 .,'&!-]{1,30}$/u;
const MAX_SITE_CHARS = 20;

/** The site a saved file's name ends on, or null. */
export function siteOfSavedFile(fileName: string): string | null {
  const name = SAVED_FILE_SITE.exec(fileName.trim())?.[1]?.replace(/_/gu, ' ').trim() ?? '';
  if (name === '' || name.length > MAX_SITE_CHARS) return null;
  return normaliseOutlet(name) ?? (SITE_WORD.test(name) || LATIN_NAME.test(name) ? name : null);
}

/** The two cells of each row of `table`, or null when a row has other than two or a label cell is no label. */
function labelledRows(table: Element): Array<[label: string, value: Element]> | null {
  const rows: Array<[string, Element]> = [];
  for (const row of descendantsByTag(table, ['tr'])) {
    const cells = childElements(row).filter((cell) => cell.localName === 'td' || cell.localName === 'th');
    const label = cells[0] ? textOf(cells[0]) : '';
    if (cells.length !== 2 || label.length > MAX_LABEL_CHARS) return null;
    rows.push([label, cells[1]!]);
  }
  return rows.length >= MIN_ROWS ? rows : null;
}

/** The address a value cell gives: its link's, else its text when that is one address. */
function addressIn(cell: Element): string | null {
  const href = linksIn(cell)[0]?.getAttribute('href') ?? textOf(cell);
  const url = asFollowed(href.trim());
  return url && isHttpUrl(url) && addressesPage(url) ? url : null;
}

/** The last table under `root` when it is a page-metadata table naming the original, with what it gives. */
export function readMetadataTable(root: Element): MetadataTable | null {
  const table = descendantsByTag(root, ['table']).at(-1);
  const rows = table && labelledRows(table);
  if (!table || !rows) return null;
  const value = (label: RegExp): Element | undefined => rows.find(([name]) => label.test(name))?.[1];
  const original = value(TABLE_ROW_LABELS.originalUrl);
  const originalUrl = original && addressIn(original);
  if (!originalUrl) return null;
  const date = value(TABLE_ROW_LABELS.published);
  const source = value(TABLE_ROW_LABELS.outlet);
  const file = value(TABLE_ROW_LABELS.fileName);
  return {
    table,
    originalUrl,
    published: date ? parseLooseDate(textOf(date)) : null,
    outlet: source ? normaliseOutlet(textOf(source)) : null,
    site: file ? siteOfSavedFile(textOf(file)) : null,
    fileName: file ? textOf(file).trim() : '',
  };
}
