// The reader's export buttons: Markdown, HTML, a self-contained HTML file with its images inlined, or
// an EPUB book of the article.
import { loadSettings } from '../../shared/settings';
import { library } from '../shared/library';
import type { ArticleExportFormat } from '../../store/types';
import { download } from '../shared/download';
import { downloadEpub, exportLabels } from '../shared/exports';

export type ReaderExportFormat = ArticleExportFormat | 'epub';

const EXTENSIONS: Record<ArticleExportFormat, string> = { markdown: 'md', html: 'html', 'single-html': 'html' };
const TYPES: Record<ArticleExportFormat, string> = { markdown: 'text/markdown', html: 'text/html', 'single-html': 'text/html' };

export async function exportArticle(id: string, title: string, format: ReaderExportFormat): Promise<void> {
  if (format === 'epub') return downloadEpub([id], fileName(title));
  // The settings as they are now: the reader may have switched 简/繁 since the page opened.
  const { reader } = await loadSettings();
  const exported = await (await library()).exportArticle(id, format, { script: reader.script, labels: exportLabels() });
  download(new Blob([exported], { type: `${TYPES[format]};charset=utf-8` }), `${fileName(title)}.${EXTENSIONS[format]}`);
}

/** A file name from a title: no path separators or characters file systems refuse. */
function fileName(title: string): string {
  const printable = [...title].filter((char) => char >= ' ').join('');
  return printable.replace(/[\\/:*?"<>|]+/g, ' ').trim().slice(0, 80) || 'article';
}
