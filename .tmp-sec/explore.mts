import { JSDOM } from 'jsdom';
import { extractSource, decodeBytes } from '../src/core/index.ts';
import { sourceTooLarge } from '../src/core/source/size-guard.ts';
const win = new JSDOM('').window as any;
const URL_ = 'https://raw.githubusercontent.com/someone/news/master/gb/20/1/2/n1.md';
const P = '【大纪元2020年01月02日讯】这是一段足够长的新闻正文，用来组成一篇文章的内容。'.repeat(3);
const js = `const a = require('x');\nfunction f(x) { return x + 1; }\nexport default class Foo { constructor() { this.x = [1,2,3]; } }\nimport y from 'z';\nlet q = () => { if (a) { return b; } };\n`.repeat(40);
const cases: Record<string,string> = {
  ltA: '<a '.repeat(300000),
  ltAshort: '<a '.repeat(30000),
  quote: '<a href="'.repeat(100000),
  bq: '>'.repeat(5000) + ' 引用',
  lists: Array.from({length: 2000}, (_, i) => ' '.repeat(i*2) + '- 项').join('\n'),
  emph: '*'.repeat(100000) + '文' + '*'.repeat(100000),
  links: '[a](b) '.repeat(100000),
  mdparas: Array.from({length: 100000}, () => '段落').join('\n\n'),
  mdtable: '| a | b |\n|---|---|\n' + '| 甲 | 乙 |\n'.repeat(10000),
  js, fence: '```\n' + js + '\n```\n', bigline: '文'.repeat(3_900_000),
  inlineDeep: '<b>'.repeat(5000) + P + '</b>'.repeat(5000),
  brackets: '['.repeat(100000) + ']('.repeat(1),
  entity: '&#x'.repeat(200000),
};
for (const [name, src] of Object.entries(cases)) {
  const t = performance.now();
  let r: any; try { r = extractSource(src, URL_, win.document, { window: win }); } catch (e) { r = { kind: 'THROW ' + e }; }
  console.log(name, src.length, (performance.now() - t).toFixed(0), 'ms', r.kind, r.reason ?? r.title?.slice(0, 30));
}
