// mirror-reader extract [--json] [--url URL] FILE… (or - for stdin)
// Exit codes: 0 every input is an article; 1 some input is an index or not an article; 2 unreadable input.
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { decodeBytes, extract, extractSource, type ExtractResult } from '../core';
import { MAX_SOURCE_CHARS } from '../core/extract';

const USAGE = `usage: mirror-reader extract [--json] [--url URL] FILE… (FILE may be - for standard input)`;

interface Options {
  json: boolean;
  url: string | null;
  files: string[];
}

export class UsageError extends Error {}

export function parseArgs(args: string[]): Options {
  const [command, ...rest] = args;
  if (command !== 'extract') throw new UsageError(USAGE);
  const options: Options = { json: false, url: null, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--url') {
      const url = rest[++i];
      if (!url || !URL.canParse(url)) throw new UsageError(`--url needs an absolute URL\n${USAGE}`);
      options.url = url;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError(USAGE);
  return options;
}

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') return new Uint8Array(await readFile(file));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

const DOCUMENT_START = /^<(?:!doctype\s+html|html[\s>])/i;

/** Leading whitespace and comments, then `<!doctype html>` or `<html>`: a full document. Comments are
 * skipped by indexOf: a pattern for them, `(?:<!--[\s\S]*?-->\s*)*`, backtracks quadratically. */
function isFullDocument(head: string): boolean {
  let rest = head.trimStart();
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->', 4);
    if (end < 0) return false;
    rest = rest.slice(end + 3).trimStart();
  }
  return DOCUMENT_START.test(rest);
}

/** A full HTML document is treated as a served page; anything else as a file's raw source. */
export function extractBytes(bytes: Uint8Array, url: string): ExtractResult {
  if (bytes.length > MAX_SOURCE_CHARS * 3) return { kind: 'not-article', reason: 'file too large' };
  const text = decodeBytes(bytes);
  if (isFullDocument(text.slice(0, 2000))) {
    return extract(new JSDOM(text, { url }).window.document, url);
  }
  return extractSource(text, url, new JSDOM('', { url }).window.document);
}

function describe(result: ExtractResult, file: string): string {
  switch (result.kind) {
    case 'article': {
      const meta = [result.outlet, result.published, result.author].filter(Boolean).join(' · ');
      const facts = [
        result.originalUrl && `original: ${result.originalUrl}`,
        `mirror: ${result.mirrorUrl}`,
        `${result.length} characters, ${result.images.length} images, ${result.readingMinutes} min`,
      ].filter(Boolean);
      return `# ${result.title}\n${meta}\n${facts.join('\n')}\n\n${result.text}\n`;
    }
    case 'index':
      return `${file}: index "${result.title}" with ${result.links.length} links\n${result.links.map((l) => `- ${l.title} <${l.url}>`).join('\n')}\n`;
    case 'not-article':
      return `${file}: not an article (${result.reason})\n`;
  }
}

export async function main(args: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  let exitCode = 0;
  for (const file of options.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(file);
    } catch (error) {
      process.stderr.write(`mirror-reader: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      exitCode = 2;
      continue;
    }
    const url = options.url ?? `file://${file === '-' ? '/dev/stdin' : new URL(file, `file://${process.cwd()}/`).pathname}`;
    const result = extractBytes(bytes, url);
    process.stdout.write(options.json ? `${JSON.stringify({ file, ...result })}\n` : describe(result, file));
    if (result.kind !== 'article' && exitCode === 0) exitCode = 1;
  }
  return exitCode;
}
