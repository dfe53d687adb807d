// The bench bundle (entry.ts): built here with Vite, evaluated in a served page by the browser bench and by
// `npm run check:repos -- --browser`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import type { SourceMap } from './profile';

const here = dirname(fileURLToPath(import.meta.url));

/** The bench bundle: one classic script, unminified, and its source map (for the profile). */
export async function buildBenchBundle(): Promise<{ code: string; map: SourceMap }> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    root: join(here, '../..'),
    build: {
      write: false,
      minify: false,
      sourcemap: true,
      target: 'es2022',
      lib: { entry: join(here, 'entry.ts'), formats: ['iife'], name: 'mirrorReaderBench', fileName: () => 'bench.js' },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]?.output[0];
  if (!chunk || chunk.type !== 'chunk' || !chunk.map) throw new Error('the bench bundle was not built');
  return { code: chunk.code, map: chunk.map };
}

