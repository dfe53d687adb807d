// The content script on mirror hosts. It must cost next to nothing on the many pages that are not
// articles: a URL-shape test, then a few markers, and only for candidates the extraction bundle,
// injected on demand by the background. It never changes the page.
import { isRawSourceUrl, looksLikeMirrorUrl } from '../core/detect';
import { fingerprint } from './candidate';
import { detectorGlobal } from './detector-global';
import { extractorGlobal } from './extractor-global';
import { watchNavigations } from './navigation';
import { send } from './send';
import { waitForArticle } from './wait-for-article';

/** The text of the last page extracted, to tell it apart from the next one while GitHub renders. */
let lastFingerprint: string | null = null;

async function detect(url: string, signal: AbortSignal): Promise<void> {
  // A raw file (GitLab's /-/raw/, Codeberg's /raw/) is the background's to fetch and decode (fetch path).
  if (isRawSourceUrl(url) || (!detectorGlobal.mirrorReaderUserSite && !looksLikeMirrorUrl(url))) return;
  const root = await waitForArticle(document, lastFingerprint, signal);
  if (!root || signal.aborted) return;
  lastFingerprint = fingerprint(root);
  if (!extractorGlobal.mirrorReaderExtract) await send({ type: 'inject-extractor' });
  const extract = extractorGlobal.mirrorReaderExtract;
  if (!extract || signal.aborted) return;
  const result = await extract(document, url);
  if (!signal.aborted) await send({ type: 'page-extracted', url, result });
}

if (!detectorGlobal.mirrorReaderDetector) {
  detectorGlobal.mirrorReaderDetector = true;
  watchNavigations((url, signal) => void detect(url, signal).catch(() => undefined));
}
