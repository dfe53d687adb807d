// A plain-text file (.txt, a SubRip subtitle file) is text, not Markdown: through the renderer its lines ran together
// and "~~~", "<…>", "#" or "1." took on meaning (a show's transcript with a line of "~~~", a drawn-out pause, read as a
// code block from there on), and a subtitle file's cue numbers and timings read as text.

/** Files read as plain text: archives keep transcripts as .txt next to the subtitle files they come from. */
export const PLAIN_TEXT_FILE = /\.(?:txt|srt)$/i;

// A SubRip cue: its number on a line of its own, then its timing ("00:00:01,020 --> 00:00:02,605"), then its text.
const CUE_TIMING = /^\d{1,3}:\d{2}:\d{2}[,.]\d{1,3} {0,4}--> {0,4}\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}/;
const CUE_NUMBER = /^\d{1,6}$/;

/**
 * The paragraphs of a plain-text file, each a list of its lines: blank lines part paragraphs, as the file shows them. A
 * subtitle file's cue numbers and timings are no text: its cues' lines run on as one paragraph, as its transcript does.
 */
export function plainTextParagraphs(source: string): string[][] {
  const lines = source.split(/\r?\n|\r/).map((line) => line.trim());
  const isSubtitle = lines.some((line) => CUE_TIMING.test(line));
  const paragraphs: string[][] = [[]];
  lines.forEach((line, i) => {
    if (CUE_TIMING.test(line) || (CUE_NUMBER.test(line) && CUE_TIMING.test(lines[i + 1] ?? ''))) return;
    if (line) paragraphs[paragraphs.length - 1]!.push(line);
    else if (!isSubtitle && paragraphs[paragraphs.length - 1]!.length > 0) paragraphs.push([]);
  });
  const kept = paragraphs.filter((paragraph) => paragraph.length > 0);
  return kept.length === 1 && !isSubtitle && isLinePerParagraph(kept[0]!) ? kept[0]!.map((line) => [line]) : kept;
}

/** A title line is no longer than this: a headline, not a sentence of the text. */
const MAX_TITLE_LINE_CHARS = 40;
// A line closing a sentence, in quotes or not, is the text's; a headline may end on a quote ("癌男削臉 「明年難團圓」").
const SENTENCE_CLOSE = /[。！？!?…][」』”]?$/u;
// A line that runs on into the next ("各位朋友，", "他說：") is the text's, no headline.
const RUN_ON_END = /[，,、：:；;]$/u;

/**
 * The file's title line, when its paragraphs are a line each (see `plainTextParagraphs`) and the first is a headline over
 * them: short and closing no sentence ("上工36小時 扛家男病癱" over "醫院大廳裡，39歲王志峯做完中風復健，…"); null when none.
 */
export function plainTextTitle(paragraphs: readonly (readonly string[])[]): string | null {
  const first = paragraphs[0];
  if (!first || first.length !== 1 || paragraphs.length < MIN_PARAGRAPH_LINES || !paragraphs.every((lines) => lines.length === 1)) return null;
  const line = first[0]!;
  return Array.from(line).length <= MAX_TITLE_LINE_CHARS && !SENTENCE_CLOSE.test(line) && !RUN_ON_END.test(line) ? line : null;
}

// A text export that leaves no blank line writes a paragraph a line: its lines close sentences ("…阿華說。", "…「不會」"),
// where a text wrapped to a width breaks them anywhere.
const PARAGRAPH_LINE_END = /[。！？!?」』”…]$/u;
/** Lines of a file with no blank line are its paragraphs when lines closing a sentence hold at least this share of its text
 * (its headline, subheads and a closing list of the charity's address and telephone close none). */
const MIN_CLOSED_LINE_SHARE = 0.5;
/** The fewest lines a file of paragraphs a line has: a title over a few paragraphs. */
const MIN_PARAGRAPH_LINES = 4;

/** The lines of a file with no blank line are its paragraphs (a title, subheads and paragraphs a line each). */
function isLinePerParagraph(lines: readonly string[]): boolean {
  const length = (text: string) => Array.from(text).length;
  const closed = lines.filter((line) => PARAGRAPH_LINE_END.test(line)).reduce((sum, line) => sum + length(line), 0);
  return lines.length >= MIN_PARAGRAPH_LINES && closed >= lines.reduce((sum, line) => sum + length(line), 0) * MIN_CLOSED_LINE_SHARE;
}
