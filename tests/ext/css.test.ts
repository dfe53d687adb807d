// The extension's style sheets: a custom property defined from itself (`--x: min(var(--x), …)`) is
// invalid at computed-value time, and every rule using it silently falls back (the popup reader's font
// size was stuck at 14 px that way).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const UI = resolve(import.meta.dirname, '../../src/ui');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cssFiles(join(dir, entry.name)) : entry.name.endsWith('.css') ? [join(dir, entry.name)] : [],
  );
}

test('no custom property is defined from itself', () => {
  const files = cssFiles(UI);
  expect(files.length).toBeGreaterThan(2);
  const cycles = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(--[\w-]{1,64})\s{0,4}:([^;}]{0,500})/g)]
      .filter(([, name, value]) => value!.includes(`var(${name})`) || value!.includes(`var(${name},`))
      .map(([declaration]) => `${relative(UI, file)}: ${declaration}`),
  );
  expect(cycles).toEqual([]);
});
