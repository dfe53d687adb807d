// What the export buttons of the reader's pages share: link labels in the UI's language, and the EPUB
// download in the reader's script (简/繁, the setting as it is now: the reader may have switched since
// the page opened).
import { t } from '../../shared/i18n';
import { loadSettings } from '../../shared/settings';
import type { EpubExportOptions, ExportLabels } from '../../store';
import { download } from './download';
import { library } from './library';

export function exportLabels(): ExportLabels {
  return { original: t('originalLink'), mirror: t('mirrorLink'), image: (alt: string) => (alt ? t('exportImage', alt) : t('exportImageNoAlt')) };
}

/** Writes the book and hands it to the browser's downloads as `name`.epub. */
export async function downloadEpub(ids: string[] | 'all', name: string, options: Pick<EpubExportOptions, 'title' | 'onProgress'> = {}): Promise<void> {
  const { reader } = await loadSettings();
  download(await (await library()).exportEpub(ids, reader.script, { ...options, labels: exportLabels() }), `${name}.epub`);
}
