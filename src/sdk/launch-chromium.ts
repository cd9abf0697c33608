import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_KEYS } from '../shared/storage/keys';
import { loadExtensionFlags, QUIET_CHROMIUM_FLAGS } from './chromium-flags';
import { findChromium } from './chromium-path';
import { CdpPipe } from './cdp-pipe';
import { TabwrightSdkError } from './errors';
import { createTemporaryProfile } from './temporary-profile';

export interface LaunchOptions {
  /** Default: CHROME_PATH, else Chromium or Chrome in the usual places. */
  chromePath?: string;
  /** The built extension (the `dist/` of `npm run build`). Default: TABWRIGHT_DIST, else `dist/` beside the SDK. */
  extensionPath?: string;
  /** Default true: the launched browser is a throwaway profile that nobody needs to see. */
  headless?: boolean;
}

/** What the launched profile's Tabwright settings are set to, so it pairs with this SDK and reaches the model. */
export interface LaunchSettings {
  bridgePort: number;
  pairingToken: string;
  apiKey?: string;
  baseUrl?: string;
  model?: string;
  allowJavascript?: boolean;
  modelTimeoutSeconds?: number;
}

const WORKER_TIMEOUT_MS = 15_000;

/** A Chromium of the SDK's own, in a temporary profile, with the extension loaded and paired. */
export class LaunchedChromium {
  private closing: Promise<void> | undefined;
  /** Tabwright's id in this browser, known once it is set up: the only extension the bridge then accepts. */
  extensionId: string | undefined;

  private constructor(
    readonly pipe: CdpPipe,
    private readonly profile: string,
  ) {}

  static async launch(options: LaunchOptions, settings: LaunchSettings): Promise<LaunchedChromium> {
    const executable = options.chromePath ?? findChromium();
    if (!executable) {
      throw new TabwrightSdkError(
        'launch_failed',
        'No Chrome or Chromium found to launch: install one, or set CHROME_PATH (or the chromePath launch option).',
      );
    }
    const extension = resolve(options.extensionPath ?? defaultExtensionPath());
    if (!existsSync(join(extension, 'manifest.json'))) {
      throw new TabwrightSdkError(
        'launch_failed',
        `No built Tabwright extension in ${extension}: run "npm run build", or give extensionPath.`,
      );
    }
    const profile = createTemporaryProfile();
    const pipe = CdpPipe.spawn(executable, [
      `--user-data-dir=${profile}`,
      ...loadExtensionFlags(extension),
      ...QUIET_CHROMIUM_FLAGS,
      '--window-size=1280,800',
      // A throwaway automation browser: pages may open windows from the agent's (synthetic) clicks, as they do in a
      // browser automation tool; a person's own Chrome keeps its popup blocker (see the README).
      '--disable-popup-blocking',
      ...(options.headless === false ? [] : ['--headless', '--disable-gpu']),
      // Chromium refuses to start sandboxed as root (containers, CI).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'about:blank',
    ]);
    const browser = new LaunchedChromium(pipe, profile);
    // A script that ends without client.close() must not leave a browser behind: when nothing else is left to do,
    // the browser is closed properly; on a hard exit (process.exit, a signal) it is killed.
    process.once('beforeExit', browser.closeAtEnd);
    process.once('exit', browser.killNow);
    try {
      await browser.writeSettings(extension, settings);
    } catch (error) {
      await browser.close();
      throw new TabwrightSdkError(
        'launch_failed',
        `Chromium (${executable}) started but Tabwright could not be set up in it: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return browser;
  }

  /**
   * Writes the pairing (and model) settings into the extension's storage from one of its own pages (its options page;
   * the service worker's global scope has no `chrome` when reached over CDP). The worker sees the change and connects.
   */
  private async writeSettings(extension: string, settings: LaunchSettings) {
    const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as {
      background?: { service_worker?: string };
      options_page?: string;
    };
    const extensionId = await this.findExtensionId(`/${manifest.background?.service_worker ?? ''}`);
    this.extensionId = extensionId;
    const { targetId } = await this.pipe.send<{ targetId: string }>('Target.createTarget', {
      url: `chrome-extension://${extensionId}/${manifest.options_page ?? ''}`,
      background: true,
    });
    const { sessionId } = await this.pipe.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    const deadline = Date.now() + WORKER_TIMEOUT_MS;
    while (
      !(await this.pipe
        .evaluate<boolean>(
          sessionId,
          `location.protocol === 'chrome-extension:' && typeof chrome.storage?.local === 'object'`,
        )
        .catch(() => false))
    ) {
      if (Date.now() > deadline) throw new Error("the extension's options page did not load");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const patch = JSON.stringify({ ...settings, bridgeEnabled: true });
    await this.pipe.evaluate(
      sessionId,
      `(async () => { const key = ${JSON.stringify(LOCAL_KEYS.settings)};` +
        ` const stored = (await chrome.storage.local.get(key))[key];` +
        ` await chrome.storage.local.set({ [key]: { ...stored, ...${patch} } }); })()`,
    );
    await this.pipe.send('Target.closeTarget', { targetId });
  }

  /** Chromium runs service workers of its own component extensions too: Tabwright's is the one at its manifest's path. */
  private async findExtensionId(workerPath: string): Promise<string> {
    await this.pipe.send('Target.setDiscoverTargets', { discover: true });
    const deadline = Date.now() + WORKER_TIMEOUT_MS;
    for (;;) {
      const { targetInfos } = await this.pipe.send<{ targetInfos: Array<{ type: string; url: string }> }>(
        'Target.getTargets',
      );
      const worker = targetInfos.find(
        (target) =>
          target.type === 'service_worker' &&
          target.url.startsWith('chrome-extension://') &&
          new URL(target.url).pathname === workerPath,
      );
      if (worker) return new URL(worker.url).host;
      if (Date.now() > deadline)
        throw new Error(`the extension's service worker did not start within ${WORKER_TIMEOUT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private readonly closeAtEnd = () => {
    this.pipe.ref();
    void this.close();
  };

  private readonly killNow = () => {
    this.pipe.child.kill('SIGKILL');
    try {
      rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // Helper processes may still hold the profile; a leftover temporary folder must not fail the script's exit.
    }
  };

  /** Closes the browser (gracefully, then by force) and deletes its profile. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      process.off('beforeExit', this.closeAtEnd);
      process.off('exit', this.killNow);
      const closed = this.pipe.send('Browser.close').catch(() => undefined);
      const timer = setTimeout(() => this.pipe.child.kill('SIGKILL'), 5_000);
      await Promise.race([closed.then(() => this.pipe.exited), this.pipe.exited]);
      clearTimeout(timer);
      // Chromium's helper processes may still be writing to the profile for a moment after the main one exits.
      rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    })();
    return this.closing;
  }
}

/** TABWRIGHT_DIST, else the `dist/` next to the SDK bundle (dist-sdk/ and dist/ are siblings in the package). */
function defaultExtensionPath(): string {
  return process.env.TABWRIGHT_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url));
}
