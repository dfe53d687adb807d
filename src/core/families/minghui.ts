import { outletOfUrl } from '../meta/outlet';
import { generatorArticleFamily } from './gfw-breaker-generator';
import { GFWBREAKER_RULES } from './gfwbreaker';

// 明慧网 articles by the same generator (mh-news). The site's HTML opens with its dateline as bare text
// before ~30 unclosed <p>s (the parser makes them siblings; the shared cleaning wraps the opening text);
// the dateline is written in Chinese numerals: 【明慧网二零二零年七月十日】.
const MINGHUI_DATELINE = /^【明慧[网網]/u;

export const minghui = generatorArticleFamily('minghui', {
  ...GFWBREAKER_RULES,
  accepts: (frame) => outletOfUrl(frame.originalUrl) === '明慧网' || MINGHUI_DATELINE.test(frame.openingText),
});
