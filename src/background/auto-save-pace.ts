// Auto-save saves what a page shows without asking; a page that keeps changing what it shows (a Pages
// site looping history.pushState) must not be able to plant articles without end. Past these paces an
// article is only detected, and the popup asks (its Save button works as ever). Kept in the worker's
// memory: a loop keeps the worker awake, and a reader's pace never comes near.
import { locateMirror } from '../core/detect';

export const AUTO_SAVE_PACE = {
  /** A reader moving through articles one by one in a tab: about one every few seconds at most. */
  perTab: { saves: 10, windowMs: 60_000 },
  /** One mirror repository or site: a whole channel read in an hour stays well under this. */
  perSite: { saves: 60, windowMs: 60 * 60_000 },
} as const;

const byTab = new Map<number, number[]>();
const bySite = new Map<string, number[]>();

/** The unit a site's pace is counted in: a repository on GitHub's hosts (on Pages, the project site:
 * the first folder of the path), else the host. */
export function siteOf(url: string): string {
  const location = locateMirror(url);
  if (location.owner && location.repo) return `${location.owner}/${location.repo}`;
  if (location.form === 'pages') return `${location.owner}/${location.path.split('/').find(Boolean) ?? ''}`;
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function recent(times: number[] | undefined, windowMs: number, now: number): number[] {
  return (times ?? []).filter((time) => now - time < windowMs);
}

/** Whether an auto-save in this tab, of this address, keeps to the pace; if so it is counted. */
export function mayAutoSave(tabId: number, url: string, now = Date.now()): boolean {
  const site = siteOf(url);
  const tabTimes = recent(byTab.get(tabId), AUTO_SAVE_PACE.perTab.windowMs, now);
  const siteTimes = recent(bySite.get(site), AUTO_SAVE_PACE.perSite.windowMs, now);
  if (tabTimes.length >= AUTO_SAVE_PACE.perTab.saves || siteTimes.length >= AUTO_SAVE_PACE.perSite.saves) return false;
  byTab.set(tabId, [...tabTimes, now]);
  bySite.set(site, [...siteTimes, now]);
  return true;
}

/** A closed tab's count goes with it. */
export function forgetTabPace(tabId: number): void {
  byTab.delete(tabId);
}
