import { closestByTag, descendantsByTag, HEADING_TAGS } from '../dom';
import { readMetadataTable } from '../meta/metadata-table';
import { removeFrom } from './blocks';
import { textOf, withText } from './clutter';

// What an archive appends under the text it saved: a machine-written summary with its note ("## 摘要与附加信息", the
// summary, "> 摘要与附加信息为自动生成，仅供检索与参考。…"), the saving tool's table of the page's metadata (read for the
// fields before it goes: meta/metadata-table.ts) and the archive's own line under it ("本文由…数字档案馆归档整理，仅供
// 浏览。版权归原作者所有。"). From the appendix's heading on, none of it is the article.

/** A line that opens by saying a summary was written by a machine: "摘要与附加信息为自动生成", "以下摘要由 AI 生成". */
const MACHINE_SUMMARY_NOTE = /^(?:以上|以下|本文|文章)?(?:摘要|概要|总结|總結|简介|簡介|summary)[^。！？\n]{0,24}(?:为|為|由|是|is|was)\s{0,2}(?:AI|人工智能|机器|機器|自动|自動|大模型|auto)[^。！？\n]{0,8}(?:生成|generated)/iu;
/** A note is a line or two. */
const MAX_NOTE_CHARS = 200;
const APPENDIX_BLOCKS = [...HEADING_TAGS, 'p', 'blockquote', 'table', 'ul', 'ol'];
/** The appendix closes the page: its marks are among the last blocks. */
const TAIL_BLOCKS = 8;
/** A machine summary runs a few paragraphs between its heading and its note (four on 搜狐's saved interview). */
const MAX_SUMMARY_BLOCKS = 6;

/** Blocks of `root` not inside another such block (a quote's paragraph is its quote's), in document order. */
function outerBlocks(root: Element): Element[] {
  return descendantsByTag(root, APPENDIX_BLOCKS).filter((block) => {
    const outer = block.parentElement && closestByTag(block.parentElement, APPENDIX_BLOCKS);
    return !outer || !root.contains(outer);
  });
}

/** Remove the archive's appendix: from its heading (the summary's, or the metadata table's right over it) to the end. */
export function cutArchiveAppendix(body: Element): void {
  const table = readMetadataTable(body)?.table ?? null;
  const blocks = outerBlocks(body);
  const tail = new Set(withText(blocks.slice().reverse(), TAIL_BLOCKS));
  const isNote = (block: Element) => {
    const text = textOf(block);
    return text.length <= MAX_NOTE_CHARS && MACHINE_SUMMARY_NOTE.test(text);
  };
  const first = blocks.findIndex((block) => tail.has(block) && (block === table || isNote(block)));
  if (first < 0) return;
  // The summary's heading a few paragraphs up; the table's right over it.
  const reach = blocks[first] === table ? 1 : MAX_SUMMARY_BLOCKS;
  const above = blocks.slice(Math.max(0, first - reach), first).reverse();
  const heading = above.find((block) => HEADING_TAGS.includes(block.localName));
  const between = heading ? above.slice(0, above.indexOf(heading)) : [];
  removeFrom(heading && between.every((block) => block.localName === 'p') ? heading : blocks[first]!, body);
}
