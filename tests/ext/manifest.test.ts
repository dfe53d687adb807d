// The manifest the build writes takes its hosts from the registry (src/core/hosts.ts) and from nowhere
// else: the detector's matches and the host permissions are the registry's, in both browsers.
import { describe, expect, it } from 'vitest';
import { DETECTOR_MATCHES, MIRROR_HOST_PERMISSIONS } from '../../src/core/hosts';
import type { Manifest } from '../../scripts/manifest';
import { extensionFiles } from '../../vite.config';

/** The manifest.json the build's plugin emits for one browser. */
function builtManifest(browser: 'chrome' | 'firefox'): Manifest {
  const emitted = new Map<string, unknown>();
  const plugin = extensionFiles(browser);
  const generateBundle = plugin.generateBundle as (this: { emitFile(file: { fileName: string; source: unknown }): void }) => void;
  generateBundle.call({ emitFile: (file) => emitted.set(file.fileName, file.source) });
  return JSON.parse(String(emitted.get('manifest.json'))) as Manifest;
}

describe('the built manifest', () => {
  it.each(['chrome', 'firefox'] as const)('%s: host permissions and detector matches are the registry\'s', (browser) => {
    const manifest = builtManifest(browser);
    expect(manifest.host_permissions).toEqual(MIRROR_HOST_PERMISSIONS);
    expect(manifest.content_scripts[0]?.matches).toEqual(DETECTOR_MATCHES);
  });

  it('asks for the mirror hosts and nothing more (each one is an install warning)', () => {
    expect(MIRROR_HOST_PERMISSIONS).toEqual([
      'https://github.com/*',
      'https://*.githubusercontent.com/*',
      'https://cdn.jsdelivr.net/*',
      'https://*.github.io/*',
      'https://gitlab.com/*',
      'https://*.gitlab.io/*',
      'https://codeberg.org/*',
      'https://*.codeberg.page/*',
    ]);
  });

  it('runs the detector on every host with HTML pages, and on no raw or CDN host', () => {
    expect(DETECTOR_MATCHES).toEqual([
      'https://github.com/*',
      'https://*.github.io/*',
      'https://gitlab.com/*',
      'https://*.gitlab.io/*',
      'https://codeberg.org/*',
      'https://*.codeberg.page/*',
    ]);
    for (const match of DETECTOR_MATCHES) expect(MIRROR_HOST_PERMISSIONS).toContain(match);
  });
});
