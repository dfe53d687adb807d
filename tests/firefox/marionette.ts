// Drives Debian's firefox-esr over Marionette, the remote protocol built into Firefox: no geckodriver,
// no npm dependency. Frames are "<byte length>:<json>"; a command is [0, id, name, params] and its
// reply [1, id, error, result]. WebDriver BiDi is not used: it leaves extension pages (moz-extension:)
// out, while Marionette's content context reaches them once Firefox runs with --remote-allow-system-access.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

type Pref = string | number | boolean;

interface Waiter {
  name: string;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class Marionette {
  #socket: Socket;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  #pending = new Map<number, Waiter>();
  #greeted: Promise<void>;

  private constructor(socket: Socket) {
    this.#socket = socket;
    let greet!: () => void;
    this.#greeted = new Promise((resolve) => (greet = resolve));
    let first = true;
    socket.on('data', (chunk) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      for (let colon = this.#buffer.indexOf(0x3a); colon >= 0; colon = this.#buffer.indexOf(0x3a)) {
        const length = Number(this.#buffer.subarray(0, colon).toString('latin1'));
        if (this.#buffer.length < colon + 1 + length) return;
        const message: unknown = JSON.parse(this.#buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
        this.#buffer = this.#buffer.subarray(colon + 1 + length);
        if (first) {
          first = false; // {"applicationType":"gecko","marionetteProtocol":3}
          greet();
          continue;
        }
        const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
        const waiter = this.#pending.get(id);
        if (!waiter) continue;
        this.#pending.delete(id);
        if (error) waiter.reject(new Error(`${waiter.name}: ${error.error}: ${error.message}`));
        else waiter.resolve(result);
      }
    });
    socket.on('close', () => {
      for (const waiter of this.#pending.values()) waiter.reject(new Error(`${waiter.name}: connection closed`));
      this.#pending.clear();
    });
  }

  static async connect(port: number): Promise<Marionette> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const opened = connect(port, '127.0.0.1', () => resolve(opened));
      opened.once('error', reject);
    });
    const client = new Marionette(socket);
    await client.#greeted;
    return client;
  }

  send<T = Record<string, unknown>>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.#nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { name, resolve: resolve as (value: unknown) => void, reject });
      this.#socket.write(Buffer.concat([Buffer.from(`${body.length}:`, 'latin1'), body]));
    });
  }

  /** Runs `body` (a function body; `arguments` holds `args`) in the current context; a returned promise is awaited. */
  async exec<T = unknown>(body: string, ...args: unknown[]): Promise<T> {
    return (await this.send<{ value: T }>('WebDriver:ExecuteScript', { script: body, args })).value;
  }

  /** The WebDriver element reference of the first match, for the commands that act like a user. */
  async element(selector: string): Promise<string> {
    const found = await this.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: selector });
    return Object.values(found.value)[0]!;
  }

  close(): void {
    this.#socket.destroy();
  }
}

export interface Firefox {
  client: Marionette;
  profile: string;
  process: ChildProcess;
  /** Closes the browser (waiting for it to exit, so that its files are complete); the profile is removed unless kept. */
  quit(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Starts firefox-esr headless with Marionette on a free port; `prefs` go into the profile's user.js
 * (a new profile unless `profile` names one to reuse). */
export async function launchFirefox(prefs: Record<string, Pref>, logFile: string, profile = mkdtempSync(join(tmpdir(), 'mirror-reader-firefox-'))): Promise<Firefox> {
  const all: Record<string, Pref> = {
    'marionette.port': 0, // any free port; Firefox writes it to <profile>/MarionetteActivePort
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.disabledForTesting': true,
    'network.trr.mode': 5,
    'browser.download.dir': join(profile, 'downloads'),
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    ...prefs,
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(all).map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});\n`).join(''));
  const portFile = join(profile, 'MarionetteActivePort');
  rmSync(portFile, { force: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(FIREFOX, ['--headless', '--marionette', '--remote-allow-system-access', '--no-remote', '--profile', profile, '--width', '1100', '--height', '800'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const deadline = Date.now() + 60_000;
  while (!existsSync(portFile) || !readFileSync(portFile, 'utf8').trim()) {
    if (child.exitCode !== null) throw new Error(`Firefox exited (${child.exitCode}) before Marionette started; see ${logFile}`);
    if (Date.now() > deadline) throw new Error(`Marionette did not start within 60 s; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const client = await Marionette.connect(Number(readFileSync(portFile, 'utf8').trim()));
  return {
    client,
    profile,
    process: child,
    quit: async ({ keepProfile = false } = {}) => {
      if (child.exitCode !== null || child.signalCode !== null) return; // quit already
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await client.send('Marionette:Quit', { flags: ['eAttemptQuit'] }).catch(() => undefined);
      client.close();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
