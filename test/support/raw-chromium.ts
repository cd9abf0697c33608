import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, chromiumPath, DIST } from './browser';

/**
 * Chromium driven over a bare CDP pipe, attaching only to the pages a test names. Playwright attaches to every
 * target, service workers included, which keeps an idle worker alive and hides lifetime bugs; this does not.
 */
export class RawChromium {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private buffer = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const output = child.stdio[4] as Readable;
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
  }

  static async launch(dist = DIST): Promise<RawChromium> {
    const profile = mkdtempSync(join(tmpdir(), 'tabwright-raw-'));
    const child = spawn(
      chromiumPath(),
      [
        ...CHROMIUM_ARGS,
        '--headless',
        '--remote-debugging-pipe',
        `--user-data-dir=${profile}`,
        `--disable-extensions-except=${dist}`,
        `--load-extension=${dist}`,
        '--window-size=1280,800',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    const browser = new RawChromium(child, profile);
    await browser.send('Target.setDiscoverTargets', { discover: true });
    return browser;
  }

  private receive(chunk: string) {
    this.buffer += chunk;
    let end = this.buffer.indexOf('\0');
    while (end >= 0) {
      const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: unknown; error?: { message: string } };
      this.buffer = this.buffer.slice(end + 1);
      end = this.buffer.indexOf('\0');
      if (message.id === undefined) continue;
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
    }
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    const input = this.child.stdio[3] as Writable;
    input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  async targets(): Promise<Array<{ targetId: string; type: string; url: string }>> {
    const { targetInfos } = await this.send<{ targetInfos: Array<{ targetId: string; type: string; url: string }> }>('Target.getTargets');
    return targetInfos;
  }

  /** Opens a page and attaches to it (and only it). */
  async open(url: string): Promise<RawPage> {
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url });
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const page = new RawPage(this, sessionId, targetId);
    // The target starts as about:blank; wait for the requested document itself.
    await page.waitFor(`location.href.startsWith(${JSON.stringify(url.replace(/\/$/, ''))}) && document.readyState === "complete"`);
    return page;
  }

  async close() {
    this.child.kill('SIGKILL');
    await new Promise((resolve) => this.child.once('exit', resolve));
    // Chromium's helper processes may still be writing to the profile for a moment after the main one exits.
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

export class RawPage {
  constructor(
    private readonly browser: RawChromium,
    private readonly sessionId: string,
    readonly targetId: string,
  ) {}

  async evaluate<T>(expression: string): Promise<T> {
    const reply = await this.browser.send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      this.sessionId,
    );
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    return reply.result.value as T;
  }

  async waitFor(expression: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await this.evaluate<boolean>(`Boolean(${expression})`).catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Timed out waiting for ${expression}`);
  }

  async bringToFront() {
    await this.browser.send('Page.bringToFront', {}, this.sessionId);
  }
}
