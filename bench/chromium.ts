// Debian's Chromium with an unpacked extension loaded, on a persistent profile: what the store and transfer
// benches measure the real extension in.
import { chromium, type BrowserContext } from 'playwright-core';

/** `extraArgs`: more switches for this bench (QUIC off, V8 flags). */
export function launchWithExtension(profile: string, extension: string, extraArgs: readonly string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
