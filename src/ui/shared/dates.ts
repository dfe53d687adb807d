// Dates shown in the UI language: the article's ISO date (YYYY-MM-DD) and save times.
import { uiLanguage } from '../../shared/i18n';

export function formatPublished(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(uiLanguage(), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}
