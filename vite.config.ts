// Builds the extension for Chrome (`vite build` → dist/) or Firefox (`vite build --mode firefox`
// → dist-firefox/). Extension pages and the background are ES modules; content scripts are
// self-contained classic scripts built apart, so that no loader needs web_accessible_resources
// a page could probe to detect the extension.
import { readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import { manifestFor, type Browser } from './scripts/manifest.ts';

const ROOT = dirname(fileURLToPath(import.meta.url));
const at = (path: string): string => resolve(ROOT, path);

/** Content scripts: file in the extension ← entry. Each is bundled with all it imports. */
const CONTENT_SCRIPTS: Record<string, string> = {
  'content/detector.js': 'src/content/detector.ts',
  'content/user-site-flag.js': 'src/content/user-site-flag.ts',
  'content/extractor.js': 'src/content/extractor.ts',
  'content/source-reader.js': 'src/content/source-reader.ts',
};

const HTML_PAGES: Record<string, string> = {
  popup: 'src/ui/popup.html',
  reader: 'src/ui/reader.html',
  options: 'src/ui/options.html',
};
/** Chrome only: Firefox's background page has a DOM of its own. */
const OFFSCREEN_PAGE = { offscreen: 'src/offscreen/offscreen.html' };

const pagesFor = (browser: Browser): Record<string, string> => (browser === 'chrome' ? { ...HTML_PAGES, ...OFFSCREEN_PAGE } : HTML_PAGES);

function filesUnder(dir: string): string[] {
  return readdirSync(at(dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath.slice(ROOT.length + 1), entry.name));
}

/** Emits the manifest, locales, icons and licence, and builds the content scripts (exported for the manifest test). */
export function extensionFiles(browser: Browser): Plugin {
  let outDir = '';
  return {
    name: 'mirror-reader-extension',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify(manifestFor(browser), null, 2) });
      for (const file of [...filesUnder('_locales'), ...filesUnder('icons').filter((name) => name.endsWith('.png'))]) {
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(at(file)) });
      }
      // The shipped 楷体 (ui/shared/fonts.ts) travels with its licence.
      this.emitFile({ type: 'asset', fileName: 'licenses/LXGW-WenKai-OFL.txt', source: readFileSync(at('node_modules/lxgw-wenkai-lite-webfont/OFL.txt')) });
    },
    async writeBundle() {
      // Pages at the root of the extension: popup.html, reader.html?id=…, options.html, offscreen.html.
      for (const page of Object.values(pagesFor(browser))) renameSync(join(outDir, page), join(outDir, page.split('/').pop()!));
      rmSync(join(outDir, 'src'), { recursive: true, force: true });
      for (const [fileName, entry] of Object.entries(CONTENT_SCRIPTS)) {
        await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            outDir,
            emptyOutDir: false,
            target: 'es2022',
            lib: { entry: at(entry), formats: ['iife'], name: 'mirrorReader', fileName: () => fileName },
          },
        });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    base: '/',
    publicDir: false,
    plugins: [extensionFiles(browser)],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      // <link rel=modulepreload> flattens the pages' import waterfall; no polyfill (an inline script CSP forbids).
      modulePreload: { polyfill: false },
      // opencc-js's Simplified→Traditional tables (1.1 MB) load only when a reader picks 繁體.
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        input: {
          ...Object.fromEntries(Object.entries(pagesFor(browser)).map(([name, path]) => [name, at(path)])),
          background: at('src/background/index.ts'),
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  };
});
