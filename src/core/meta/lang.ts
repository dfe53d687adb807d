import { hanCount } from '../text';

// Characters whose forms differ between the two scripts and are common in news text.
const SIMPLIFIED_ONLY = /[这们说时国会对发经过还后来产们为与东书记门问间关头实现开见从长车学电话军]/gu;
const TRADITIONAL_ONLY = /[這們說時國會對發經過還後來產們為與東書記門問間關頭實現開見從長車學電話軍]/gu;

export function detectLang(text: string): 'zh-Hans' | 'zh-Hant' | 'en' | 'und' {
  const sample = text.slice(0, 4000);
  if (hanCount(sample) < 20) return /[a-z]{3,}/i.test(sample) ? 'en' : 'und';
  const simplified = sample.match(SIMPLIFIED_ONLY)?.length ?? 0;
  const traditional = sample.match(TRADITIONAL_ONLY)?.length ?? 0;
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}
