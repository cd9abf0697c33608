import type { JsonSchema } from '../shared/json-schema';
import type { BridgeServer } from './bridge-server';
import {
  type ExtractRunResult,
  type GotoRunResult,
  type RunTaskOptions,
  type TaskRunResult,
  toExtractRunResult,
  toGotoRunResult,
  toTaskRunResult,
  toWireOptions,
} from './task-options';

export interface ExtractOptions {
  /** The JSON Schema of the data to extract; the output is validated against it. */
  schema: JsonSchema;
  /** What to extract, in words; the schema alone is often enough. */
  prompt?: string;
}

/**
 * One session in the browser: a window and tab of its own and the memory of its tasks. Each task starts on the page
 * the previous one left and is told what the earlier ones did and returned. One operation at a time.
 */
export class Session {
  constructor(
    private readonly server: BridgeServer,
    readonly id: string,
    /** The browser's id of the session's first tab. */
    readonly tabId: number,
    private readonly onClose: () => void,
  ) {}

  /** Runs a task with the agent; resolves when it ends, whatever its status (see `status` and `message`). */
  async runTask<T = unknown>(options: RunTaskOptions): Promise<TaskRunResult<T>> {
    const result = await this.server.request('session.runTask', { sessionId: this.id, options: toWireOptions(options) });
    return toTaskRunResult<T>(result);
  }

  /** One model call on the current page; `status` is `failed` when the answer does not match the schema. */
  async extract<T = unknown>(options: ExtractOptions): Promise<ExtractRunResult<T>> {
    const result = await this.server.request('session.extract', {
      sessionId: this.id,
      schema: options.schema,
      ...(options.prompt === undefined ? {} : { prompt: options.prompt }),
    });
    return toExtractRunResult<T>(result);
  }

  /** Opens a URL in the session's tab and waits for it to load; no model call, 0 credits. */
  async goto(url: string): Promise<GotoRunResult> {
    return toGotoRunResult(await this.server.request('session.goto', { sessionId: this.id, url }));
  }

  /**
   * Runs JavaScript in the page and returns its JSON value. `code` is an expression or a function (source or a
   * function value), which is called with `args`; a promise is awaited. Only when the user has allowed JavaScript in
   * Tabwright Settings.
   */
  async evaluateJs<T = unknown>(code: string | ((args: never) => unknown), args?: unknown): Promise<T> {
    const source = typeof code === 'function' ? `(${code.toString()})` : code;
    const { value } = await this.server.request('session.evaluateJs', { sessionId: this.id, code: source, ...(args === undefined ? {} : { args }) });
    return value as T;
  }

  /** Stops the session's running task, if any, and closes its window. */
  async close(): Promise<void> {
    this.onClose();
    await this.server.request('session.close', { sessionId: this.id });
  }
}
