// Reporter and editor credits in the text of Chinese news articles.

// （看中国记者苗薇综合报导）, （大纪元记者洪宁综合报导）, （记者李明/台北报导）
const REPORTER = /[（(][^（()）]{0,12}?记者([\p{Script=Han}·]{2,8}?)(?:[\/、，,][^（()）]{0,20})?(?:综合|採訪|采访|报导|报道|報導|編譯|编译|整理)[^（()）]{0,6}[）)]/u;
// 文／王赫, 作者：王赫
const WRITTEN_BY = /(?:^|\n|\s)(?:文|作者)\s*[／/:：]\s*([\p{Script=Han}·]{2,8})/u;
// 责任编辑：林妍
const EDITOR = /[责責]任[编編][辑輯]\s*[：:]\s*([\p{Script=Han}·]{2,8})/u;
// Commentaries open with the author's name: "王赫：红二代…" in titles.
const COMMENTARY_TITLE = /^([\p{Script=Han}·]{2,4})[：:]\s*\S/u;

export function parseReporter(text: string): string | null {
  const head = text.slice(0, 800);
  return REPORTER.exec(head)?.[1] ?? WRITTEN_BY.exec(head)?.[1] ?? null;
}

export function parseEditor(text: string): string | null {
  return EDITOR.exec(text)?.[1] ?? null;
}

export function parseCommentaryAuthor(title: string): string | null {
  return COMMENTARY_TITLE.exec(title)?.[1] ?? null;
}
