import type { FixtureServer } from '../e2e/fixture-server';
import type { Proxy } from './proxy';
import type { AddonSession } from './session';

/** What run.ts gives each Firefox suite: its own fixture server and proxy, and a way to start Firefox. */
export interface FirefoxContext {
  server: FixtureServer;
  proxy: Proxy;
  dist: string;
  artifacts: string;
  report: Record<string, string>;
  /** Starts Firefox with the add-on; run.ts closes what is still open when the suite ends. */
  launch(options?: { profile?: string; uuid?: string; prefs?: Record<string, string | number | boolean> }): Promise<AddonSession>;
}
