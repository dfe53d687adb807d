// The extension's manifest for one browser, written by the build (vite.config.ts): manifest.json, the
// package's version, and the mirror hosts from the host registry (src/core/hosts.ts), which alone says
// where the detector runs and what the extension may fetch.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DETECTOR_MATCHES, MIRROR_HOST_PERMISSIONS } from '../src/core/hosts.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type Browser = 'chrome' | 'firefox';
type ContentScript = Record<string, unknown> & { matches?: string[] };
export type Manifest = Record<string, unknown> & {
  permissions: string[];
  background: Record<string, unknown>;
  host_permissions: string[];
  content_scripts: ContentScript[];
};

const GECKO = {
  id: 'mirror-reader@mirror-reader',
  strict_min_version: '142.0',
  // Nothing leaves the browser: no telemetry, no accounts.
  data_collection_permissions: { required: ['none'] },
};

/** The top-level manifest.json with the registry's hosts, adapted to one browser. */
export function manifestFor(browser: Browser): Manifest {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  manifest.version = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  manifest.host_permissions = [...MIRROR_HOST_PERMISSIONS];
  manifest.content_scripts = manifest.content_scripts.map((script, index) => (index === 0 ? { ...script, matches: [...DETECTOR_MATCHES] } : script));
  // The end-to-end tests stand in for the user's "Allow" on the permission prompt, which no
  // automation can click: the fixture's user-added site is granted up front (tests/e2e/run.ts).
  if (process.env.MIRROR_READER_E2E_GRANTED_HOSTS) manifest.host_permissions.push(...process.env.MIRROR_READER_E2E_GRANTED_HOSTS.split(','));
  if (browser === 'firefox') {
    // Firefox runs the background as an event page (it has a DOM, so no offscreen document).
    manifest.background = { scripts: ['background.js'], type: 'module' };
    manifest.permissions = manifest.permissions.filter((permission) => permission !== 'offscreen');
    manifest.browser_specific_settings = { gecko: GECKO };
    delete manifest.minimum_chrome_version;
  }
  return manifest;
}
