import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CdpPipe } from '../../src/sdk/cdp-pipe';
import { loadExtensionFlags } from '../../src/sdk/chromium-flags';
import { CHROMIUM_ARGS, chromiumPath, DIST } from './browser';

/**
 * Chromium driven over a bare CDP pipe, attaching only to the pages a test names. Playwright attaches to every
 * target, service workers included, which keeps an idle worker alive and hides lifetime bugs; this does not.
 */
export class RawChromium {
  private constructor(
    readonly pipe: CdpPipe,
    private readonly profile: string,
  ) {}

  static async launch(dist = DIST): Promise<RawChromium> {
    const profile = mkdtempSync(join(tmpdir(), 'tabwright-raw-'));
    const pipe = CdpPipe.spawn(chromiumPath(), [
      ...CHROMIUM_ARGS,
      '--headless',
      `--user-data-dir=${profile}`,
      ...loadExtensionFlags(dist),
      '--window-size=1280,800',
      'about:blank',
    ]);
    const browser = new RawChromium(pipe, profile);
    await browser.send('Target.setDiscoverTargets', { discover: true });
    return browser;
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    return this.pipe.send<T>(method, params, sessionId);
  }

  async targets(): Promise<Array<{ targetId: string; type: string; url: string }>> {
    const { targetInfos } = await this.send<{ targetInfos: Array<{ targetId: string; type: string; url: string }> }>(
      'Target.getTargets',
    );
    return targetInfos;
  }

  /** The extension's id, read from its service worker's target (the worker starts with the browser). */
  async extensionId(): Promise<string> {
    for (let i = 0; i < 50; i++) {
      const worker = (await this.targets()).find(
        (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
      );
      if (worker) return new URL(worker.url).host;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("The extension's service worker did not start within 5 s.");
  }

  /** chrome://serviceworker-internals, showing the extension's worker. */
  async workerInternals(extensionId: string): Promise<WorkerInternals> {
    const page = await this.open('chrome://serviceworker-internals/');
    await page.waitFor(`document.body.textContent.includes(${JSON.stringify(extensionId)})`);
    return new WorkerInternals(page, extensionId);
  }

  /** Opens a page and attaches to it (and only it). */
  async open(url: string): Promise<RawPage> {
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url });
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const page = new RawPage(this, sessionId, targetId);
    // The target starts as about:blank; wait for the requested document itself.
    await page.waitFor(
      `location.href.startsWith(${JSON.stringify(url.replace(/\/$/, ''))}) && document.readyState === "complete"`,
    );
    return page;
  }

  async close() {
    await this.pipe.kill();
    // Chromium's helper processes may still be writing to the profile for a moment; a temporary folder left behind
    // is harmless, so cleanup never fails a test.
    try {
      rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // Left for the system's temporary-file cleanup.
    }
  }
}

export class RawPage {
  constructor(
    private readonly browser: RawChromium,
    private readonly sessionId: string,
    readonly targetId: string,
  ) {}

  evaluate<T>(expression: string): Promise<T> {
    return this.browser.pipe.evaluate<T>(this.sessionId, expression);
  }

  /** Waits until `expression` (or the promise it gives) is truthy. */
  async waitFor(expression: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await this.evaluate<boolean>(`(async () => Boolean(await (${expression})))()`).catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Timed out waiting for ${expression}`);
  }

  async bringToFront() {
    await this.browser.send('Page.bringToFront', {}, this.sessionId);
  }
}

/** The extension's worker as chrome://serviceworker-internals shows it: its status, and the Stop a person presses. */
export class WorkerInternals {
  private readonly registration: string;

  constructor(
    private readonly page: RawPage,
    extensionId: string,
  ) {
    this.registration =
      "[...document.querySelectorAll('.serviceworker-registration')]" +
      `.find((element) => element.textContent.includes(${JSON.stringify(extensionId)}))`;
  }

  /** RUNNING, STOPPED, … ('none' when the extension has no registration). */
  status(): Promise<string> {
    return this.page.evaluate<string>(`${this.statusText} ?? 'none'`);
  }

  /** Stops the worker as Chrome may at any time. */
  async stop(): Promise<void> {
    await this.page.evaluate(`${this.registration}.querySelector('[data-command="stop"]').click()`);
  }

  waitForStatus(status: string, timeoutMs?: number): Promise<void> {
    return this.page.waitFor(`${this.statusText} === ${JSON.stringify(status)}`, timeoutMs);
  }

  private get statusText(): string {
    return `${this.registration}?.querySelector('.serviceworker-running-status .value')?.textContent?.trim()`;
  }
}
