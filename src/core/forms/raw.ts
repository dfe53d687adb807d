import { splitFrontMatter } from '../source/split-front-matter';
import { renderMarkdown } from '../source/markdown';
import { looksLikeLatin1Mojibake, repairLatin1Mojibake } from '../source/mojibake';
import type { MirrorLocation } from '../detect';
import type { SourcePage } from '../page';
import { parseInertHtml } from '../dom';
import { nestsDeeperThan } from './depth';
import { normaliseToGithubShape } from './github-shape';
import type { PageReading } from './index';

/** Render Markdown/HTML source text into a normalised page in a fresh inert document. */
export function pageFromSource(source: string, location: MirrorLocation, win: Window & typeof globalThis): PageReading {
  const repaired = looksLikeLatin1Mojibake(source) ? repairLatin1Mojibake(source) : source;
  const { data, body: markdown } = splitFrontMatter(repaired);
  const doc = parseInertHtml(win, renderMarkdown(markdown));
  const body = doc.body;
  if (nestsDeeperThan(body)) return { reason: 'markup nested too deep' };
  normaliseToGithubShape(body);
  const page: SourcePage = {
    form: 'raw',
    location,
    doc,
    body,
    frontMatter: data,
    hostTitle: '',
    served: null,
    window: win,
  };
  return { page };
}
