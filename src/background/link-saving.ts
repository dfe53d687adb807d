// "Save to Mirror Reader" on a link: the linked mirror is fetched and saved without opening it.
import { sourceUrlFor } from '../shared/hosts';
import type { SaveResponse } from '../shared/messages';
import { findSaved, saveArticle } from './saving';
import { extractFromUrl } from './source-extraction';

export async function saveLink(url: string): Promise<SaveResponse> {
  const existing = await findSaved([url]);
  if (existing) return { ok: true, id: existing, error: null };
  const result = await extractFromUrl(sourceUrlFor(url));
  if (result.kind !== 'article') return { ok: false, id: null, error: 'errorNoArticle' };
  try {
    return { ok: true, id: await saveArticle(result), error: null };
  } catch (error) {
    console.error('Mirror Reader: save failed', error);
    return { ok: false, id: null, error: 'errorSaveFailed' };
  }
}
