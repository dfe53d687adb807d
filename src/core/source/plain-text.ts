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
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}
