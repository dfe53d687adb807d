// Every regular expression in src/ is linear: a page's text is matched on the reader's main thread,
// and one super-linear pattern let a crafted page freeze the tab for seconds (issue #9, §4). The
// patterns are found by parsing the sources (regex literals and `new RegExp` of a literal), each is
// checked by recheck (automaton and fuzz analysis), and a pattern built from something other than a
// literal must be listed here with the reason it is safe.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

interface FoundPattern {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Patterns recheck calls polynomial that only ever see a short text: file → the pattern's start, and
 * where the text is cut (the adversarial tests below run them on long inputs through that code). */
const BOUNDED_INPUT: Array<[file: string, start: string, why: string]> = [
  ['src/core/meta/date.ts', '[【\\[（(]', 'DATELINE: parseDateline reads the first 600 characters'],
  ['src/core/meta/labels.ts', '(?:原文(?:地址', 'LINK_CREDIT_LABEL: original-url reads the last 80 characters before a link (LABEL_WINDOW)'],
];

/** `new RegExp(x)` calls whose pattern is neither a literal nor folded from the file's string constants:
 * where each is (file) and why it is safe. */
const DYNAMIC_PATTERNS: Record<string, string> = {};

/** The string value of an expression made of literals, templates, `+` and the file's `const` strings. */
function foldString(node: ts.Expression, constants: Map<string, ts.Expression>, depth = 0): string | null {
  if (depth > 20) return null;
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return foldString(node.expression, constants, depth + 1);
  if (ts.isIdentifier(node)) {
    const value = constants.get(node.text);
    return value ? foldString(value, constants, depth + 1) : null;
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source' && ts.isIdentifier(node.expression)) {
    const value = constants.get(node.expression.text);
    return value && ts.isRegularExpressionLiteral(value) ? value.text.slice(1, value.text.lastIndexOf('/')) : null;
  }
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const part = foldString(span.expression, constants, depth + 1);
      if (part === null) return null;
      out += part + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [foldString(node.left, constants, depth + 1), foldString(node.right, constants, depth + 1)];
    return left === null || right === null ? null : left + right;
  }
  return null;
}

function patternsIn(path: string): { literal: FoundPattern[]; dynamic: string[] } {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const constants = new Map<string, ts.Expression>();
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isVariableDeclarationList(node.parent) && node.parent.flags & ts.NodeFlags.Const) {
      constants.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, collect);
  };
  collect(file);
  const literal: FoundPattern[] = [];
  const dynamic: string[] = [];
  const where = (node: ts.Node): string => `${relative(ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const raw = node.text;
      const slash = raw.lastIndexOf('/');
      literal.push({ where: where(node), source: raw.slice(1, slash), flags: raw.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const source = pattern && foldString(pattern, constants);
      const flagText = flags ? foldString(flags, constants) : '';
      if (typeof source === 'string' && flagText !== null) {
        literal.push({ where: where(node), source, flags: flagText });
      } else {
        dynamic.push(where(node));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { literal, dynamic };
}

const found = sourceFiles(SRC).map(patternsIn);
const literals = found.flatMap((file) => file.literal);
const dynamics = found.flatMap((file) => file.dynamic);

/** Per pattern: a check takes well under a second on an idle machine. */
const CHECK_TIMEOUT_MS = 10_000;
const RECHECK_TIMEOUT_MS = 60_000;
/**
 * The checker's limits on a trial match counted in steps only: its time limits (a match over 1 s is an attack by
 * default) turn a loaded machine's slowness into a finding, and a linear pattern was once reported vulnerable so.
 */
const STEPS_ONLY = { attackTimeout: null, incubationTimeout: null, seedingTimeout: null } as const;

describe('every regular expression in src/ is linear (recheck)', () => {
  test('the sources hold patterns to check', () => {
    expect(literals.length).toBeGreaterThan(100);
  });

  test('no pattern is vulnerable or unknown', () => {
    let bounded = 0;
    const unsafe = literals.flatMap(({ where, source, flags }) => {
      if (BOUNDED_INPUT.some(([file, start]) => where.startsWith(`${file}:`) && source.startsWith(start))) {
        bounded++;
        return [];
      }
      // A shared machine's load can stretch a check past its time: that is no finding, so it is checked again with
      // time enough. A pattern the checker cannot decide in that time still fails.
      const first = checkSync(source, flags, { ...STEPS_ONLY, timeout: CHECK_TIMEOUT_MS });
      const result = first.status === 'unknown' && first.error.kind === 'timeout' ? checkSync(source, flags, { ...STEPS_ONLY, timeout: RECHECK_TIMEOUT_MS }) : first;
      return result.status === 'safe' ? [] : [`${where} /${source}/${flags}: ${result.status}${'attack' in result && result.attack ? ` (attack ${JSON.stringify(result.attack.pattern)})` : ''}`];
    });
    console.log(`ReDoS check: ${literals.length - unsafe.length - bounded} of ${literals.length} patterns in src/ safe, ${bounded} on bounded input`);
    expect(unsafe).toEqual([]);
  }, 600_000);

  test('a pattern built at run time is listed with the reason it is safe', () => {
    expect(dynamics.filter((where) => !DYNAMIC_PATTERNS[where.replace(/:\d+$/, '')])).toEqual([]);
  });
});
