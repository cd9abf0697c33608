/**
 * A client of the hosted agent API's v1 that behaves as its Python and TypeScript SDKs do on the wire (written from
 * the protocol notes in /work/notes/smooth.md, not from their code): `apikey` header; the base URL ends in /api/ and
 * the SDK adds `v1`; every answer is `{ r }`, every error `{ detail }`; a task or session is created with the full
 * request body the SDKs send (defaults included); the handle polls `GET /task/{id}?event_t=<last event timestamp>`
 * and acts only on events that carry an id: `tool_call` runs the named tool and answers with a `tool_call` event of
 * the same id and `{ code, output }`; `browser_action`/`session_action` answers settle the action sent with that id
 * (200 → output, 400 → ToolCallError, 500 → Error). Polling stops when the status is neither running nor waiting,
 * without reading that poll's events and leaving any action still waiting unsettled, as the TypeScript SDK does (the
 * Python SDK fails them with "Task is not running"): an answer the server gives after it shows the end is lost.
 */
import { randomBytes } from 'node:crypto';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(`API Error ${status}: ${detail}`);
  }
}

/** What a client-side tool throws to answer with code 400 (a caller's mistake) instead of 500. */
export class ToolCallError extends Error {}

export interface WireEvent {
  id?: string | null;
  name: string;
  payload: Record<string, unknown>;
  timestamp?: number | null;
}

export interface TaskResponse {
  id: string;
  status: 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';
  output?: unknown;
  credits_used?: number | null;
  live_url?: string | null;
  recording_url?: string | null;
  downloads_url?: string | null;
  created_at?: number | null;
  events?: WireEvent[] | null;
  [extra: string]: unknown;
}

export interface ClientTool {
  name: string;
  description: string;
  inputs: Record<string, unknown>;
  output: string;
  /** As in the SDKs (default true): any other error than a ToolCallError answers 500, which stops the task. */
  essential?: boolean;
  /** Gets the task's handle too, as the SDKs' tools do (its session actions included). */
  fn: (input: Record<string, unknown>, handle: TaskHandle) => unknown;
}

/** The body the SDKs post for `run()`/`session()`: every field, with the SDKs' defaults. */
export function taskPayload(fields: Record<string, unknown>, tools: ClientTool[] = []): Record<string, unknown> {
  return {
    task: null,
    response_model: null,
    url: null,
    metadata: null,
    files: null,
    agent: 'smooth',
    max_steps: 32,
    device: 'desktop',
    allowed_urls: null,
    enable_recording: true,
    profile_id: null,
    profile_read_only: false,
    stealth_mode: false,
    proxy_server: null,
    proxy_username: null,
    proxy_password: null,
    certificates: null,
    use_adblock: true,
    use_captcha_solver: true,
    additional_tools: null,
    custom_tools: tools.length > 0 ? tools.map(({ fn: _fn, essential: _essential, ...signature }) => signature) : null,
    experimental_features: null,
    extensions: null,
    show_cursor: false,
    ...fields,
  };
}

export class ProtocolClient {
  readonly base: string;
  /** Every GET of a task, for assertions on the polling itself. */
  readonly polls: Array<{
    taskId: string;
    eventT: number;
    events: WireEvent[];
    status: string;
    recording_url: string | null | undefined;
  }> = [];

  constructor(
    baseUrl: string,
    private readonly apiKey: string,
    readonly pollIntervalMs = 250,
  ) {
    this.base = `${baseUrl.replace(/\/+$/, '')}/v1`;
  }

  async request(method: string, path: string, body?: unknown, form?: FormData): Promise<unknown> {
    const headers: Record<string, string> = { apikey: this.apiKey, 'User-Agent': 'protocol-test/1' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const data = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (!response.ok) {
      throw new ApiError(
        response.status,
        typeof data?.detail === 'string' ? data.detail : `HTTP ${response.status} error`,
      );
    }
    return data?.r;
  }

  async run(fields: Record<string, unknown>, tools: ClientTool[] = []): Promise<TaskHandle> {
    const created = (await this.request('POST', '/task', taskPayload(fields, tools))) as TaskResponse;
    return new TaskHandle(this, created.id, tools);
  }

  session(fields: Record<string, unknown> = {}, tools: ClientTool[] = []): Promise<TaskHandle> {
    return this.run({ ...fields, task: null }, tools);
  }

  async uploadFile(name: string, data: Buffer, purpose?: string): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)]), name);
    if (purpose) form.append('file_purpose', purpose);
    return ((await this.request('POST', '/file', undefined, form)) as { id: string }).id;
  }

  /** The SDKs' listExtensions/list_extensions: GET /extension, whose `r` they read as a list. */
  async listExtensions(): Promise<unknown[]> {
    return (await this.request('GET', '/extension')) as unknown[];
  }

  async getTask(taskId: string, eventT: number): Promise<TaskResponse> {
    const response = (await this.request('GET', `/task/${taskId}?event_t=${eventT}`)) as TaskResponse;
    this.polls.push({
      taskId,
      eventT,
      events: response.events ?? [],
      status: response.status,
      recording_url: response.recording_url,
    });
    return response;
  }
}

interface Deferred {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class TaskHandle {
  response: TaskResponse | undefined;
  private lastEventT = 0;
  private readonly waiting = new Map<string, Deferred>();
  private polling: Promise<void> | undefined;
  private readonly tools: Map<string, ClientTool>;
  /** Answers this client sent to tool calls, by event id. */
  readonly toolAnswers = new Map<string, { code: number; output: unknown }>();

  constructor(
    readonly client: ProtocolClient,
    readonly id: string,
    tools: ClientTool[],
  ) {
    this.tools = new Map(tools.map((tool) => [tool.name, tool]));
  }

  /** Polls until the task is over, then returns its last response. */
  async result(timeoutMs = 120_000): Promise<TaskResponse> {
    const deadline = Date.now() + timeoutMs;
    while (!this.finished()) {
      if (Date.now() > deadline) throw new Error(`Task ${this.id} did not complete in time.`);
      this.ensurePolling();
      await sleep(50);
    }
    return this.response!;
  }

  /**
   * The TypeScript SDK's recordingUrl() once the handle holds a response with recording_url set: "" is
   * ApiError 404 ("not available"), anything else the URL. (null makes it poll until the task is over.)
   */
  recordingUrl(): string {
    const url = this.response?.recording_url;
    if (url == null) throw new Error('recording_url is not set yet: the SDKs would keep polling');
    if (!url) throw new ApiError(404, `Recording URL not available for task ${this.id}.`);
    return url;
  }

  goto(url: string) {
    return this.send({ name: 'browser_action', payload: { name: 'goto', input: { url } } });
  }

  extract(schema: Record<string, unknown>, prompt: string | null = null) {
    return this.send({ name: 'browser_action', payload: { name: 'extract', input: { schema, prompt } } });
  }

  evaluateJs(code: string, args: Record<string, unknown> | null = null) {
    return this.send({ name: 'browser_action', payload: { name: 'evaluate_js', input: { js: code, args } } });
  }

  runTask(input: {
    task: string;
    max_steps?: number;
    response_model?: unknown;
    url?: string;
    metadata?: unknown;
    secrets?: unknown;
  }) {
    return this.send({
      name: 'session_action',
      payload: {
        name: 'run_task',
        input: {
          task: input.task,
          max_steps: input.max_steps ?? 32,
          response_model: input.response_model ?? null,
          url: input.url ?? null,
          metadata: input.metadata ?? null,
          secrets: input.secrets ?? null,
        },
      },
    });
  }

  /** force: DELETE the task; otherwise a `close` session action. */
  async close(force = true): Promise<unknown> {
    if (force) {
      await this.client.request('DELETE', `/task/${this.id}`);
      return { output: true, credits_used: 0, duration: 0 };
    }
    return this.send({ name: 'session_action', payload: { name: 'close' } });
  }

  /** Posts an event with a fresh id and waits for the event that answers it. */
  async send(event: WireEvent): Promise<unknown> {
    const id = newEventId();
    const answer = new Promise<unknown>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    try {
      await this.client.request('POST', `/task/${this.id}/event`, { ...event, id });
    } catch (error) {
      // A refused event gets no answer: nothing waits for one (the SDKs leave it waiting, unread).
      this.waiting.delete(id);
      throw error;
    }
    this.ensurePolling();
    return answer;
  }

  private finished(): boolean {
    return this.response !== undefined && this.response.status !== 'running' && this.response.status !== 'waiting';
  }

  private ensurePolling() {
    this.polling ??= this.poll().finally(() => {
      this.polling = undefined;
    });
  }

  private async poll(): Promise<void> {
    // The SDKs read the state once on connecting (events left for the next poll), then poll on an interval.
    this.response = await this.client.getTask(this.id, this.lastEventT);
    try {
      while (!this.finished()) {
        await sleep(this.client.pollIntervalMs);
        const response = await this.client.getTask(this.id, this.lastEventT);
        this.response = response;
        if (this.finished()) break;
        const events = response.events ?? [];
        const last = events[events.length - 1];
        if (last?.timestamp) this.lastEventT = last.timestamp;
        for (const event of events) if (event.id) this.process(event as WireEvent & { id: string });
        if (this.waiting.size === 0 && !this.expectsMore) break;
      }
    } catch (error) {
      for (const deferred of this.waiting.values()) deferred.reject(error as Error);
      this.waiting.clear();
    }
  }

  /** One-shot tasks are polled to their end; a session's poller stops when no action waits. */
  private get expectsMore(): boolean {
    return this.response !== undefined && this.tools.size > 0;
  }

  private process(event: WireEvent & { id: string }) {
    const tool = event.name === 'tool_call' ? this.tools.get(event.payload.name as string) : undefined;
    if (tool) {
      void this.answerTool(tool, event.id, (event.payload.input as Record<string, unknown>) ?? {});
      return;
    }
    if (event.name !== 'browser_action' && event.name !== 'session_action') return;
    const deferred = this.waiting.get(event.id);
    if (!deferred) return;
    this.waiting.delete(event.id);
    const { code, output } = event.payload;
    if (code === 200) deferred.resolve(output);
    else if (code === 400) deferred.reject(new ToolCallError(String(output ?? 'Unknown error.')));
    else deferred.reject(new Error(String(output ?? 'Unknown error.')));
  }

  private async answerTool(tool: ClientTool, eventId: string, input: Record<string, unknown>) {
    let payload: { code: number; output: unknown };
    try {
      payload = { code: 200, output: await tool.fn(input, this) };
    } catch (error) {
      const code = error instanceof ToolCallError || tool.essential === false ? 400 : 500;
      payload = { code, output: (error as Error).message };
    }
    this.toolAnswers.set(eventId, payload);
    await this.client.request('POST', `/task/${this.id}/event`, { id: eventId, name: 'tool_call', payload });
  }
}

function newEventId(): string {
  return randomBytes(16).toString('base64url').slice(0, 21);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
