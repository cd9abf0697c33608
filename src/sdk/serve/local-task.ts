import { randomBytes, randomUUID } from 'node:crypto';
import type { TaskProgress } from '../../shared/bridge-protocol';
import type { CustomToolSpec } from '../../shared/custom-tools';
import { isPlainObject } from '../../shared/json-schema';
import { specBySdkName } from '../../shared/task-options';
import type { TaskResult } from '../../shared/task';
import type { TabwrightClient } from '../client';
import type { CustomTool } from '../custom-tools';
import { TabwrightSdkError } from '../errors';
import type { Session } from '../session';
import { BadRequest } from './bad-request';
import { EventLog, type WireEvent } from './event-log';
import { toTabwrightSecrets } from './secrets';
import { checkOptions, type TaskRequest } from './task-request';

export type ApiStatus = 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';

/** The event names the hosted API's SDKs send and wait on; answers reuse the request's id and name. */
const ACTION_EVENTS = new Set(['browser_action', 'session_action']);
/**
 * The SDKs stop reading events once a poll shows a task over: the TypeScript SDK then leaves an action waiting
 * forever, the Python SDK fails it with "Task is not running". So a task that ends (a close, a DELETE, a window that
 * would not open) keeps showing "running" while one of its actions is still being answered (every action is answered,
 * if only with an error), and then until its client has read every answer, or for this long at most.
 */
const ANSWER_GRACE_MS = 5_000;
/** Errors about the request rather than the machinery: the SDKs raise them as ToolCallError (code 400). */
const CALLER_ERRORS = new Set([
  'invalid_option',
  'busy',
  'page_forbidden',
  'tab_closed',
  'no_api_key',
  'invalid_api_key',
]);

/** What the live view shows of one Tabwright task in the API task. */
export interface TimelineTask {
  taskId: string;
  progress: TaskProgress;
  steps: Map<number, TaskProgress>;
}

/**
 * One task of the local API: a one-shot task, or a session (task null) that performs the actions sent as events.
 * Either way it is a Tabwright session underneath: a window of its own in the browser, with the memory of its tasks.
 */
export class LocalTask {
  readonly id = `task-${randomUUID()}`;
  /** Opens the live view without the API key, so the link can be given to a person. */
  readonly liveKey = randomBytes(18).toString('base64url');
  readonly createdAt = Math.floor(Date.now() / 1000);
  readonly events = new EventLog();
  readonly timeline: TimelineTask[] = [];
  status: ApiStatus = 'waiting';
  output: unknown = null;
  message: string | undefined;
  /** The tab after the latest step, for the live view (a small JPEG data URL). */
  screenshot: string | undefined;
  /** Credits as Tabwright counts them (1 credit = US$0.01), summed over the task's model calls. */
  credits = 0;
  private session: Session | undefined;
  /** Custom tool calls waiting for the client's answer, by event id. */
  private readonly toolCalls = new Map<string, { name: string; answer: (payload: Record<string, unknown>) => void }>();
  private actions: Promise<void> = Promise.resolve();
  /** The latest answer to an action, and when the task ended: the terminal status waits until it has been read. */
  private lastAnswer: { timestamp: number; at: number } | undefined;
  private endedAt = 0;
  /** Why the session's current task was stopped by an essential custom tool's failure, for its run_task answer. */
  private toolFailure: string | undefined;
  /** Actions received and not answered yet (run one after another). */
  private unanswered = 0;
  private readonly tools: CustomTool<never>[];

  constructor(
    private readonly client: TabwrightClient,
    readonly request: TaskRequest,
  ) {
    // The API client runs its tools: each call here becomes a tool_call event it answers.
    const specs = (request.options.custom_tools ?? []) as CustomToolSpec[];
    this.tools = specs.map((spec) => ({
      name: spec.name,
      description: spec.description,
      inputSchema: spec.input_schema,
      run: (input: never) => this.callClientTool(spec.name, input),
    }));
    if (request.ignored.length > 0) {
      this.events.append('ignored_fields', {
        message: `Accepted and ignored (no meaning here): ${request.ignored.map((item) => item.field).join(', ')}.`,
        fields: request.ignored,
      });
    }
  }

  get sessionId(): string | undefined {
    return this.session?.id;
  }

  get isSession(): boolean {
    return this.request.task === null;
  }

  get finished(): boolean {
    return this.status === 'done' || this.status === 'failed' || this.status === 'cancelled';
  }

  /** Opens the browser session, then runs the task (one-shot) or waits for actions (session). */
  start(): void {
    // Actions sent while the window is still opening wait for it.
    this.actions = this.open();
  }

  private async open(): Promise<void> {
    try {
      const url = this.request.options.url as string | undefined;
      const session = await this.client.createSession(this.isSession && url ? { url } : {});
      this.session = session;
      if (this.status === 'cancelled') {
        await session.close().catch(() => undefined);
        return;
      }
      this.status = 'running';
      if (this.isSession) return;
      const result = await session.runWireTask({ ...this.request.options, task: this.request.task }, this.tools);
      this.credits += result.credits_used;
      this.end(
        result.status === 'success' ? 'done' : result.status === 'cancelled' ? 'cancelled' : 'failed',
        result.output,
        result.message,
      );
      await session.close().catch(() => undefined);
    } catch (error) {
      const refused = callerError(error);
      this.end('failed', null, refused?.message ?? (error instanceof Error ? error.message : String(error)));
      await this.session?.close().catch(() => undefined);
    }
  }

  /** DELETE: stops whatever runs and closes the window. */
  async cancel(): Promise<void> {
    if (this.finished) return;
    this.end('cancelled', this.output, 'Cancelled (DELETE).');
    await this.session?.close().catch(() => undefined);
  }

  /** An event the client sent; returns its id. */
  receive(event: { id: string; name: string; payload: Record<string, unknown> }): string {
    if (event.name === 'tool_call') {
      // A late answer (the call timed out, or the task ended) is accepted and dropped: the SDKs treat a refusal
      // of their answer as a failure of the whole poll.
      this.toolCalls.get(event.id)?.answer(event.payload);
      return event.id;
    }
    if (!ACTION_EVENTS.has(event.name)) {
      throw new BadRequest(`Unknown event "${event.name}": send browser_action, session_action or tool_call.`);
    }
    if (!this.isSession) {
      throw new BadRequest(`Task ${this.id} is not a session: actions need a task opened with task null.`);
    }
    if (this.finished) throw new BadRequest(`Session ${this.id} is ${this.status}${this.reason()}.`);
    // An action queues behind the running task, which waits for the tool: sent from inside the tool (its handle's
    // goto, extract, evaluate_js), it would wait for itself until the tool's time ran out.
    const waiting = [...this.toolCalls.values()][0];
    if (waiting) {
      throw new BadRequest(
        `The custom tool "${waiting.name}" has not answered yet: the page cannot be used from inside a custom tool ` +
          'while its task runs; return what the tool needs and let the agent act.',
      );
    }
    this.unanswered++;
    this.actions = this.actions.then(() => this.perform(event));
    return event.id;
  }

  /** The status as a client that has read the events up to `eventT` may see it (see ANSWER_GRACE_MS). */
  currentStatus(eventT: number): ApiStatus {
    if (!this.finished) return this.status;
    if (this.unanswered > 0) return 'running';
    const unread = this.lastAnswer !== undefined && eventT < this.lastAnswer.timestamp;
    const since = Math.max(this.lastAnswer?.at ?? 0, this.endedAt);
    return unread && Date.now() - since <= ANSWER_GRACE_MS ? 'running' : this.status;
  }

  progress(progress: TaskProgress) {
    let entry = this.timeline.find((task) => task.taskId === progress.taskId);
    if (!entry) {
      entry = { taskId: progress.taskId, progress, steps: new Map() };
      this.timeline.push(entry);
    }
    const before = entry.steps.get(progress.step);
    entry.progress = progress;
    if (progress.screenshot) this.screenshot = progress.screenshot;
    if (progress.step > 0) entry.steps.set(progress.step, progress);
    if (before && before.actions.length === progress.actions.length && !progress.result) return;
    this.events.append('progress', {
      task_id: progress.taskId,
      step: progress.step,
      max_steps: progress.maxSteps,
      credits_used: progress.credits_used,
      ...(progress.thought ? { thought: progress.thought } : {}),
      actions: progress.actions,
    });
  }

  private end(status: ApiStatus, output: unknown, message?: string) {
    if (this.finished) return;
    this.status = status;
    this.output = output;
    this.message = message;
    this.endedAt = Date.now();
    for (const call of this.toolCalls.values())
      call.answer({ code: 500, output: 'The task ended before the tool answered.' });
  }

  /** Why the task ended, for the errors of actions sent after it (e.g. the window's start page did not load). */
  private reason(): string {
    return this.finished && this.message ? `: ${this.message.replace(/\.$/, '')}` : '';
  }

  /** A custom tool call goes to the API client as a tool_call event; its tool_call event with the same id answers. */
  private callClientTool(name: string, input: unknown): Promise<unknown> {
    const event = this.events.append('tool_call', { name, input: isPlainObject(input) ? input : {} });
    return new Promise((resolve, reject) => {
      const answer = (payload: Record<string, unknown>) => {
        this.toolCalls.delete(event.id);
        if (payload.code === 200) {
          resolve(payload.output ?? null);
          return;
        }
        const raw = payload.output ?? 'The tool failed.';
        const output = typeof raw === 'string' ? raw : JSON.stringify(raw);
        // Code 500 is an essential tool's failure (the SDKs' default): it interrupts the task. 400 is an error the
        // model reads and works around.
        if (payload.code === 500 && !this.finished) void this.stopForTool(`custom tool ${name} failed: ${output}`);
        reject(new Error(output));
      };
      this.toolCalls.set(event.id, { name, answer });
    });
  }

  /**
   * An essential tool failed: a one-shot task ends failed with why, and its window closes; in a session, the running
   * task is stopped and its run_task answered with why, and the session stays open for the script's next action.
   */
  private async stopForTool(message: string): Promise<void> {
    if (this.isSession) {
      this.toolFailure = message;
      await this.session?.stopTask(message).catch(() => false);
      return;
    }
    this.end('failed', null, message);
    await this.session?.close().catch(() => undefined);
  }

  private async perform(event: { id: string; name: string; payload: Record<string, unknown> }): Promise<void> {
    const action = typeof event.payload.name === 'string' ? event.payload.name : '';
    const input = isPlainObject(event.payload.input) ? event.payload.input : {};
    let answer: Omit<WireEvent['payload'], 'name'>;
    try {
      answer = { code: 200, output: await this.act(action, input) };
    } catch (error) {
      const refused = error instanceof BadRequest ? error : callerError(error);
      answer = refused
        ? { code: 400, output: refused.message }
        : { code: 500, output: error instanceof Error ? error.message : String(error) };
    }
    const reply = this.events.append(event.name, { name: action, ...answer }, event.id);
    this.lastAnswer = { timestamp: reply.timestamp, at: Date.now() };
    this.unanswered--;
    if (action === 'close' && answer.code === 200) this.end('done', this.output);
  }

  private async act(action: string, input: Record<string, unknown>): Promise<Record<string, unknown>> {
    const session = this.session;
    if (!session || this.finished) throw new BadRequest(`Session ${this.id} is not open${this.reason()}.`);
    const started = Date.now();
    const seconds = () => Math.round((Date.now() - started) / 100) / 10;
    switch (action) {
      case 'goto': {
        if (typeof input.url !== 'string') throw new BadRequest('goto needs a "url".');
        const page = await session.goto(input.url);
        return { url: page.url, title: page.title, credits_used: 0, duration: page.duration };
      }
      case 'extract': {
        if (!isPlainObject(input.schema) && typeof input.schema !== 'boolean') {
          throw new BadRequest('extract needs a JSON Schema in "schema".');
        }
        const prompt = typeof input.prompt === 'string' ? input.prompt : undefined;
        const result = await session.extract({
          schema: input.schema as Record<string, unknown>,
          ...(prompt ? { prompt } : {}),
        });
        this.credits += result.creditsUsed;
        if (result.status !== 'success') {
          throw new BadRequest(result.message ?? 'The page did not yield data matching the schema.');
        }
        // `output` for the TypeScript SDK, `data` for older Python SDKs.
        return {
          output: result.output,
          data: result.output,
          ...wholeCredits(result.creditsUsed),
          duration: result.duration,
        };
      }
      case 'evaluate_js':
      case 'exec_js': {
        if (typeof input.js !== 'string') throw new BadRequest(`${action} needs the code in "js".`);
        const value = await session.evaluateJs(input.js, input.args ?? undefined);
        return { output: value, result: value, credits_used: 0, duration: seconds() };
      }
      case 'run_task':
        return this.runTask(session, input);
      case 'close':
        await session.close();
        return { output: true, credits_used: 0, duration: seconds() };
      default:
        throw new BadRequest(`Unknown action "${action}": goto, extract, evaluate_js, run_task or close.`);
    }
  }

  private async runTask(session: Session, input: Record<string, unknown>): Promise<Record<string, unknown>> {
    // The session's own fields (allowed sites, files, tools, secrets) apply to each of its tasks.
    const { url: _start, ...defaults } = this.request.options;
    const options: Record<string, unknown> = { ...defaults };
    for (const field of ['task', 'max_steps', 'response_model', 'url', 'metadata'] as const) {
      if (input[field] !== undefined && input[field] !== null) options[field] = input[field];
    }
    const secrets = toTabwrightSecrets(input.secrets);
    if (secrets) options.secrets = { ...(defaults.secrets as object | undefined), ...secrets };
    checkOptions(options);
    this.toolFailure = undefined;
    const result: TaskResult = await session.runWireTask(options, this.tools);
    this.credits += result.credits_used;
    const toolFailure = this.toolFailure;
    this.toolFailure = undefined;
    if (toolFailure) throw new BadRequest(`failed: ${toolFailure}`);
    if (result.status !== 'success') {
      throw new BadRequest(`${result.status}: ${result.message ?? 'the task did not finish'}`);
    }
    return { output: result.output, ...wholeCredits(result.credits_used), duration: result.duration };
  }
}

/**
 * An error about the request rather than the machinery, as the API reports it: a 400 whose message starts with the
 * task option it names, in the API's own name (`response_model: Response schema is not a valid JSON Schema: …`).
 */
export function callerError(error: unknown): BadRequest | undefined {
  if (!(error instanceof TabwrightSdkError) || !CALLER_ERRORS.has(error.code)) return undefined;
  const wire = error.field === undefined ? undefined : specBySdkName(error.field)?.wire;
  return new BadRequest(wire && !error.message.startsWith(`${wire}:`) ? `${wire}: ${error.message}` : error.message);
}

/**
 * The hosted API counts credits in whole numbers (its Python SDK types them as integers); Tabwright's are
 * fractions of a cent. Rounded up, so the whole number never hides a cost; the exact figure rides along.
 */
export function wholeCredits(credits: number): { credits_used: number; credits_used_exact: number } {
  return { credits_used: Math.ceil(credits - 1e-9), credits_used_exact: credits };
}
