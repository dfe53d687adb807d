import { generatorArticleFamily, generatorIndexFamily, type GeneratorRules } from './gfw-breaker-generator';

// gfw-breaker pages from 2019 on (banned-news*, goodnews, mh-news): 看中国, 大纪元, 新唐人, 希望之声, 自由亚洲电台.
// The footer is a share line with the page's own URL and QR code, then 原文地址（需翻墙访问）：URL.
// The repositories' README portals and indexes/*.md channel lists are indexes of these pages.
export const GFWBREAKER_RULES: GeneratorRules = {
  footerMarkers: [/手机上长按并复制/, /原文地址（需翻墙访问）/],
};

export const gfwbreaker = generatorArticleFamily('gfwbreaker', GFWBREAKER_RULES);
export const gfwbreakerIndexes = generatorIndexFamily('gfwbreaker');
