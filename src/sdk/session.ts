import type { JsonSchema } from '../shared/json-schema';
import type { TaskResult } from '../shared/task';
import type { BridgeServer } from './bridge-server';
import { type CustomTool, runCustomTool } from './custom-tools';
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
    return toTaskRunResult<T>(await this.runWireTask(toWireOptions(options), options.tools ?? []));
  }

  /**
   * Runs a task from options already in the API's own (snake_case) names, which the extension checks; `tools` answer
   * the calls the model makes to the custom tools those options define.
   */
  async runWireTask(options: Record<string, unknown>, tools: readonly CustomTool<never>[]): Promise<TaskResult> {
    const byName = new Map(tools.map((tool) => [tool.name, tool]));
    const stop = this.server.onToolCall((call) => {
      if (call.sessionId !== this.id) return;
      const tool = byName.get(call.name);
      const answer = tool
        ? runCustomTool(tool, call.input)
        : Promise.resolve({ ok: false, output: `This script has no tool named ${call.name}.` });
      void answer
        .then((result) => this.server.request('session.toolResult', { callId: call.callId, ...result }))
        .catch(() => undefined);
    });
    try {
      return await this.server.request('session.runTask', { sessionId: this.id, options });
    } finally {
      stop();
    }
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
