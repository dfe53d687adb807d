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
  return { table, originalUrl, published: date ? parseLooseDate(textOf(date)) : null, outlet: source ? normaliseOutlet(textOf(source)) : null };
}
