import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { Refable } from './process-hold';

const CALL_TIMEOUT_MS = 30_000;

interface Waiter {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Chromium driven over a bare CDP pipe (--remote-debugging-pipe: requests on fd 3, replies on fd 4, NUL-separated).
 * Nothing is attached to any target unless asked, so the extension's worker lives and sleeps as it would for a person.
 */
export class CdpPipe {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter>();
  private buffer = '';
  /** Resolves when the browser process has exited. */
  readonly exited: Promise<void>;

  constructor(readonly child: ChildProcess) {
    const output = child.stdio[4] as Readable;
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
    this.exited = new Promise((resolve) => {
      child.once('exit', () => {
        for (const waiter of this.waiting.values()) waiter.reject(new Error('The browser exited.'));
        this.waiting.clear();
        resolve();
      });
    });
  }

  static spawn(executable: string, args: string[]): CdpPipe {
    // A process group of its own: Ctrl-C in the script's terminal must reach the script (which cancels the task and
    // closes the browser properly), not kill the browser under it.
    return new CdpPipe(
      spawn(executable, ['--remote-debugging-pipe', ...args], {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
        detached: true,
      }),
    );
  }

  private receive(chunk: string) {
    this.buffer += chunk;
    let end = this.buffer.indexOf('\0');
    while (end >= 0) {
      const message = JSON.parse(this.buffer.slice(0, end)) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
      };
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
    if (this.child.exitCode !== null || this.child.signalCode !== null)
      return Promise.reject(new Error('The browser exited.'));
    const id = this.nextId++;
    const input = this.child.stdio[3] as Writable;
    input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise((resolve, reject) => {
      // A browser that stops answering must fail the caller, not hang it.
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`The browser did not answer ${method} within ${CALL_TIMEOUT_MS / 1000} s.`));
      }, CALL_TIMEOUT_MS);
      this.waiting.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  }

  /** Evaluates an expression in an attached target and returns its JSON value; a thrown exception rejects. */
  async evaluate<T>(sessionId: string, expression: string): Promise<T> {
    const reply = await this.send<{
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (reply.exceptionDetails)
      throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    return reply.result.value as T;
  }

  /** The process, its pipes: what keeps Node running while the browser does (see ProcessHold). */
  private handles(): Array<Partial<Refable> | null | undefined> {
    // The pipes are net.Sockets, which can be unref'd, though ChildProcess types them as plain streams.
    return [this.child, this.child.stdio[3] as unknown as Refable, this.child.stdio[4] as unknown as Refable];
  }

  ref() {
    for (const handle of this.handles()) handle?.ref?.();
  }

  unref() {
    for (const handle of this.handles()) handle?.unref?.();
  }

  kill(): Promise<void> {
    this.child.kill('SIGKILL');
    return this.exited;
  }
}
