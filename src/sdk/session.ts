import type { JsonSchema } from '../shared/json-schema';
import type { TaskResult } from '../shared/task';
import type { BridgeServer } from './bridge-server';
import { type CustomTool, runCustomTool } from './custom-tools';
import { TabwrightSdkError } from './errors';
import { inLaunchedBrowser } from './launched-settings';
import { TaskRequests } from './task-requests';
import {
  type ExtractRunResult,
  type GotoRunResult,
  type PreparedTask,
  prepareTask,
  type RunTaskOptions,
  type TaskDefaults,
  type TaskRunResult,
  toExtractRunResult,
  toGotoRunResult,
  toTaskRunResult,
} from './task-options';

export interface ExtractOptions {
  /** The JSON Schema of the data to extract; the output is validated against it. */
  schema: JsonSchema;
  /** What to extract, in words; the schema alone is often enough. */
  prompt?: string;
}

/**
 * A running task: await it for the result, or `cancel()` it; the task then ends with status `cancelled` and the
 * reason as its message, and the promise still resolves with that result.
 */
export interface TaskRun<T = unknown> extends Promise<TaskRunResult<T>> {
  cancel(reason?: string): Promise<void>;
}

/** How the session was opened: what its tasks inherit, and whether anyone but the script can answer them. */
export interface SessionContext {
  defaults: TaskDefaults;
  /** A launched browser has no panel to answer in. */
  launched: boolean;
}

const DEFAULT_CANCEL_REASON = 'Cancelled by the script.';
const CLOSED_REASON = 'Cancelled: the session was closed (session.close() or client.close()) while the task ran.';
/** How long closing waits for a running task to end as cancelled before it closes the window anyway. */
const CLOSE_WAIT_MS = 5_000;
const CANCEL_RETRY_MS = 100;

/**
 * One session in the browser: a window and tab of its own and the memory of its tasks. Each task starts on the page
 * the previous one left and is told what the earlier ones did and returned. One operation at a time.
 */
export class Session {
  private running: TaskRun | undefined;

  constructor(
    private readonly server: BridgeServer,
    readonly id: string,
    /** The browser's id of the session's first tab. */
    readonly tabId: number,
    private readonly context: SessionContext,
    private readonly onClose: () => void,
  ) {}

  /**
   * Runs a task with the agent. The returned promise resolves when the task ends, whatever its status (see `status`
   * and `message`); its `cancel()` stops the task.
   */
  /** Whether the session is in a browser the SDK launched, where no panel can answer the agent. */
  get inLaunchedBrowser(): boolean {
    return this.context.launched;
  }

  runTask<T = unknown>(options: RunTaskOptions): TaskRun<T> {
    let cancelReason: string | undefined;
    let taskId: string | undefined;
    let cancelling = false;
    let ended = false;
    // The task's first event can reach the script before the browser has filed the task under its session: a cancel
    // it does not find yet is sent again shortly, until the task is stopped or has ended.
    const sendCancel = () => {
      if (cancelReason === undefined || taskId === undefined || cancelling || ended) return;
      cancelling = true;
      void this.server.request('session.cancel', { sessionId: this.id, reason: cancelReason }).then(
        ({ cancelled }) => {
          if (cancelled) return;
          cancelling = false;
          setTimeout(sendCancel, CANCEL_RETRY_MS);
        },
        () => undefined,
      );
    };
    const result = (async () => {
      const prepared = await prepareTask(options, this.context.defaults);
      try {
        const result = await this.runOnBridge(prepared.wire, prepared.tools ?? [], prepared, (id) => {
          taskId = id;
          sendCancel();
        });
        const message = result.message && this.context.launched ? inLaunchedBrowser(result.message) : result.message;
        return toTaskRunResult<T>(message === undefined ? result : { ...result, message });
      } finally {
        ended = true;
      }
    })();
    const run = Object.assign(result, {
      cancel: async (reason = DEFAULT_CANCEL_REASON) => {
        cancelReason = reason;
        sendCancel();
      },
    });
    this.running = run;
    void result
      .finally(() => {
        if (this.running === run) this.running = undefined;
      })
      .catch(() => undefined);
    return run;
  }

  /**
   * Runs a task from options already in the API's own (snake_case) names, which the extension checks; `tools` answer
   * the calls the model makes to the custom tools those options define. Approvals and questions go to the browser's
   * panel, or are denied and left unanswered in a launched browser.
   */
  runWireTask(options: Record<string, unknown>, tools: readonly CustomTool<never>[]): Promise<TaskResult> {
    return this.runOnBridge(options, tools, {});
  }

  /** One task in the browser, with the script's answers to its requests and to its custom tools' calls. */
  private async runOnBridge(
    wire: Record<string, unknown>,
    tools: readonly CustomTool<never>[],
    answerers: Pick<PreparedTask, 'confirm' | 'onQuestion'>,
    onTask?: (taskId: string) => void,
  ): Promise<TaskResult> {
    let taskId: string | undefined;
    const requests = new TaskRequests(this.server, this.id, {
      ...(answerers.confirm ? { confirm: answerers.confirm } : {}),
      ...(answerers.onQuestion ? { onQuestion: answerers.onQuestion } : {}),
      nobodyElse: this.context.launched,
    });
    const stopWatching = this.server.onTaskEvent((event) => {
      if (event.sessionId !== this.id || (taskId !== undefined && event.state.taskId !== taskId)) return;
      if (taskId === undefined && event.state.result) return;
      taskId = event.state.taskId;
      onTask?.(taskId);
      requests.update(event.state);
    });
    const byName = new Map(tools.map((tool) => [tool.name, tool]));
    const stopTools = this.server.onToolCall((call) => {
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
      return await this.server.request('session.runTask', { sessionId: this.id, options: wire });
    } finally {
      stopWatching();
      stopTools();
      requests.end();
    }
  }

  /**
   * Stops whatever task runs in the session, one started with runWireTask too: it ends cancelled with the reason as
   * its message. False when no task runs.
   */
  async stopTask(reason: string): Promise<boolean> {
    const { cancelled } = await this.server.request('session.cancel', { sessionId: this.id, reason });
    return cancelled;
  }

  /** Cancels the session's running task, if any (see TaskRun.cancel). */
  async cancel(reason?: string): Promise<void> {
    await this.running?.cancel(reason);
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
   * function value), which is called with `args`; a promise is awaited. Only when JavaScript is allowed: the
   * `allowJavaScript` client option for a launched browser, "Allow JavaScript" in Tabwright Settings for yours.
   */
  async evaluateJs<T = unknown>(code: string | ((args: never) => unknown), args?: unknown): Promise<T> {
    const source = typeof code === 'function' ? `(${code.toString()})` : code;
    try {
      const { value } = await this.server.request('session.evaluateJs', {
        sessionId: this.id,
        code: source,
        ...(args === undefined ? {} : { args }),
      });
      return value as T;
    } catch (error) {
      if (this.context.launched && error instanceof TabwrightSdkError && error.field === 'allowJavascript') {
        throw new TabwrightSdkError(
          error.code,
          'Running JavaScript in pages is off in the launched browser: pass allowJavaScript: true to new TabwrightClient() ' +
            '(CLI: --allow-javascript).',
          'allowJavaScript',
        );
      }
      throw error;
    }
  }

  /**
   * Stops the session's running task, if any, and closes its window. A task still running ends first, as cancelled
   * with the reason, so the script's `runTask` promise gets that result instead of a lost connection.
   */
  async close(): Promise<void> {
    this.onClose();
    const running = this.running;
    if (running) {
      await running.cancel(CLOSED_REASON);
      await Promise.race([running.catch(() => undefined), delay(CLOSE_WAIT_MS)]);
    }
    await this.server.request('session.close', { sessionId: this.id });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
