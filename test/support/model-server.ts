/**
 * A scripted stand-in for the Anthropic Messages API, for end-to-end tests and benchmarks.
 *
 * The real `@anthropic-ai/sdk`, pointed at `server.url` with `baseURL`, talks to it over HTTP on
 * 127.0.0.1. Each `POST /v1/messages` consumes the next scripted step; the reply is sent as JSON or
 * as the same SSE event sequence the API streams. Usage figures, including prompt caching, are
 * simulated from the request so that benchmarks can compare token costs. Requests the real API would reject
 * (api-rules.ts) are answered with the API's 400 `invalid_request_error`, so no test passes on one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messagesRequestProblem } from './api-rules';

export interface TextBlock {
  type: 'text';
  text: string;
}

export interface ToolUseBlock {
  type: 'tool_use';
  id: string;
  name: string;
  input: Record<string, unknown>;
  /** Set on members of a server-defined toolset (e.g. `"browser"`); absent on custom tools. */
  toolset_name?: string;
}

export type Block = TextBlock | ToolUseBlock;

export interface Usage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

export type StopReason =
  | 'end_turn'
  | 'max_tokens'
  | 'stop_sequence'
  | 'tool_use'
  | 'pause_turn'
  | 'refusal'
  | 'model_context_window_exceeded';

export interface MessageReply {
  content: Block[];
  /** Defaults to `"tool_use"` when `content` has a tool_use block, else `"end_turn"`. */
  stop_reason?: StopReason;
  /** Overrides the simulated figures field by field. */
  usage?: Partial<Usage>;
  delayMs?: number;
}

export interface ErrorReply {
  error: {
    status: number;
    /** Defaults to the API's error type for `status`. */
    type?: string;
    message?: string;
    /** Seconds, sent as the `retry-after` header. */
    retryAfter?: number;
  };
  delayMs?: number;
}

/** Never answers: the connection stays open, silent, until the client gives up (an endpoint that hangs). */
export interface HangReply {
  hang: true;
  delayMs?: number;
}

/** Answers 200 with a body that is not a Messages API reply (a misconfigured gateway or proxy). */
export interface GarbageReply {
  garbage: string;
  /** Default: text/event-stream for a streaming request, else application/json. */
  contentType?: string;
  delayMs?: number;
}

/**
 * A streamed answer that breaks off after it began (message_start and some text): with the API's mid-stream `error`
 * event (it sends `overloaded_error` this way under load), or with the connection cut. Non-streaming requests get the
 * event's error as a 529 instead, or the cut connection.
 */
export interface BrokenStreamReply {
  breakOff: 'error-event' | 'cut';
  /** The error event's content; default `overloaded_error`, "Overloaded". */
  error?: { type: string; message: string };
  delayMs?: number;
}

export type Reply = MessageReply | ErrorReply | HangReply | GarbageReply | BrokenStreamReply;

/** A reply, or a function of the request that builds one; if the function throws, the client gets a 500 with its message. */
export type Step = Reply | ((req: RecordedRequest) => Reply | Promise<Reply>);

export interface ContentBlockParam {
  type: string;
  text?: string;
  content?: string | ContentBlockParam[];
  cache_control?: unknown;
  [key: string]: unknown;
}

export interface MessageParam {
  role: 'user' | 'assistant';
  content: string | ContentBlockParam[];
}

/** The loosely typed request body; an empty object when the request had no (valid JSON) body. */
export interface RequestBody {
  model?: string;
  max_tokens?: number;
  stream?: boolean;
  system?: string | ContentBlockParam[];
  tools?: Array<Record<string, unknown>>;
  messages?: MessageParam[];
  [key: string]: unknown;
}

export interface RecordedRequest {
  method: string;
  /** The path without its query string, e.g. `/v1/messages`. */
  path: string;
  /** The query parameters, e.g. `{ beta: 'true' }` for the SDK's beta endpoints. */
  query: Record<string, string>;
  /** Header names are lowercase. */
  headers: Record<string, string>;
  body: RequestBody;
  /** True when the client disconnected before the response was complete. */
  aborted: boolean;
  /** Date.now() when the request arrived, for asserting on retry delays. */
  receivedAt: number;
}

export interface ModelServerOptions {
  /** Smallest prefix, in estimated tokens, that a cache breakpoint writes (the API's minimum is 1024). */
  minCacheTokens?: number;
}

export interface ModelServer {
  /** e.g. `http://127.0.0.1:54321`; pass it as the SDK's `baseURL`. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Number of scripted steps not yet consumed. */
  readonly pending: number;
  /** Replaces the queue of replies to `POST /v1/messages`. */
  script(steps: Step[]): void;
  /** The most recent request to any endpoint; throws if there was none. */
  lastRequest(): RecordedRequest;
  close(): Promise<void>;
}

const MODELS = [
  { id: 'claude-sonnet-5-5', display_name: 'Claude Sonnet 5.5' },
  { id: 'claude-haiku-5-5', display_name: 'Claude Haiku 5.5' },
];

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  504: 'timeout_error',
  529: 'overloaded_error',
};

// The API looks for cache hits at block boundaries up to about 20 blocks before each breakpoint,
// which is what lets a breakpoint that moves forward each turn still read the previous turn's entry.
const CACHE_LOOKBACK_BLOCKS = 20;

const STREAM_CHUNKS = 3;

export function text(s: string): TextBlock {
  return { type: 'text', text: s };
}

export function toolUse(
  name: string,
  input: Record<string, unknown>,
  options: { id?: string; toolset?: string } = {},
): ToolUseBlock {
  const block: ToolUseBlock = { type: 'tool_use', id: options.id ?? newId('toolu_01'), name, input };
  if (options.toolset !== undefined) block.toolset_name = options.toolset;
  return block;
}

/** All text of the last user message, including text inside tool_result blocks, joined by newlines. */
export function lastUserText(req: RecordedRequest): string {
  const last = [...(req.body.messages ?? [])].reverse().find((message) => message.role === 'user');
  return last ? contentText(last.content) : '';
}

/**
 * The `ref_N` on the first line of an accessibility snapshot that matches `pattern` and carries a
 * `[ref_N]` marker, e.g. `findRef(snapshot, 'textbox "Email"')` for the line ` textbox "Email" [ref_12]`. On an item
 * line (parts joined by " | ", several refs) it is the ref of the part that matches, else the line's first.
 */
export function findRef(snapshot: string, pattern: RegExp | string): string {
  // A copy without g/y, whose lastIndex would otherwise make test() skip matches on later lines.
  const regex =
    typeof pattern === 'string' ? undefined : new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  const matches = (line: string) => (regex ? regex.test(line) : line.includes(pattern as string));
  const lines = snapshot.split('\n');
  const refOf = (text: string) => /\[(ref_\w+)\]/.exec(text)?.[1];
  for (const line of lines) {
    const part = line.split(' | ').find((p) => refOf(p) !== undefined && matches(p));
    const ref = part === undefined ? refOf(line) : refOf(part);
    if (ref !== undefined && matches(line)) return ref;
  }
  const matchedAt = lines.findIndex(matches);
  const nearby =
    matchedAt >= 0
      ? lines.slice(Math.max(0, matchedAt - 3), matchedAt + 4)
      : lines.some((line) => /\[ref_\w+\]/.test(line))
        ? lines.filter((line) => /\[ref_\w+\]/.test(line)).slice(0, 40)
        : lines.slice(0, 40);
  const why = matchedAt >= 0 ? 'matching lines carry no [ref_N] marker' : 'no line matches';
  throw new Error(`findRef: ${why} for ${String(pattern)}; nearby lines:\n${nearby.join('\n')}`);
}

export async function startModelServer(options: ModelServerOptions = {}): Promise<ModelServer> {
  const minCacheTokens = options.minCacheTokens ?? 1024;
  const requests: RecordedRequest[] = [];
  const cachedPrefixes = new Set<string>();
  let steps: Step[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // Mostly a scripted step that threw: like an exhausted script, it must fail the test at once, unretried.
      if (!res.headersSent && !res.destroyed) {
        sendError(res, 500, 'api_error', `model-server: ${errorMessage(err)}`, { 'x-should-retry': 'false' });
      }
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(', ') : (value ?? ''),
        ]),
      ),
      body: {},
      aborted: false,
      receivedAt: Date.now(),
    };
    requests.push(recorded);
    res.once('close', () => {
      if (!res.writableFinished) recorded.aborted = true;
    });

    const raw = await readBody(req);
    const route = `${recorded.method} ${recorded.path}`;
    if (route === 'GET /v1/models') return sendJson(res, 200, modelList());

    let body: unknown;
    try {
      body = raw === '' ? {} : JSON.parse(raw);
    } catch {
      return sendError(res, 400, 'invalid_request_error', 'request body is not valid JSON');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return sendError(res, 400, 'invalid_request_error', 'request body must be a JSON object');
    }
    recorded.body = body as RequestBody;

    if (route === 'POST /v1/messages/count_tokens' || route === 'POST /v1/messages') {
      // The real API's rules: a request it would reject is rejected here too, before any scripted step is used.
      const problem = messagesRequestProblem(
        recorded.body,
        route === 'POST /v1/messages' ? 'messages' : 'count_tokens',
      );
      if (problem) return sendError(res, 400, 'invalid_request_error', problem);
      if (route === 'POST /v1/messages/count_tokens') {
        const tokens = promptParts(recorded.body).reduce((sum, part) => sum + part.tokens, 0);
        return sendJson(res, 200, { input_tokens: tokens });
      }
      return replyToMessages(recorded, res);
    }
    sendError(res, 404, 'not_found_error', `model-server: no route for ${route}`);
  }

  async function replyToMessages(recorded: RecordedRequest, res: ServerResponse): Promise<void> {
    const step = steps.shift();
    if (step === undefined) {
      const index = requests.filter((r) => r.method === 'POST' && r.path === '/v1/messages').length;
      // x-should-retry stops the SDK retrying, so the test fails at once with this message.
      return sendError(res, 500, 'api_error', `model-server: script ran out (no step for messages request #${index})`, {
        'x-should-retry': 'false',
      });
    }
    const reply = typeof step === 'function' ? await step(recorded) : step;
    if (reply.delayMs) await waitUnlessClosed(res, reply.delayMs);
    if (recorded.aborted) return;
    if ('hang' in reply) return new Promise((resolve) => res.once('close', () => resolve()));
    if ('garbage' in reply) {
      const type = reply.contentType ?? (recorded.body.stream === true ? 'text/event-stream' : 'application/json');
      res.writeHead(200, { 'content-type': type, 'request-id': newId('req_01') });
      res.end(reply.garbage);
      return;
    }

    if ('breakOff' in reply) return breakOffStream(res, recorded, reply);

    if ('error' in reply) {
      const { status, type, message, retryAfter } = reply.error;
      const headers: Record<string, string> = retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) };
      return sendError(
        res,
        status,
        type ?? ERROR_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error'),
        message ?? `scripted ${status} error`,
        headers,
      );
    }

    const usage: Usage = {
      ...accountPrompt(recorded.body),
      output_tokens: reply.content.reduce((sum, block) => sum + estimateTokens(JSON.stringify(block)), 0),
      ...reply.usage,
    };
    const message = {
      id: newId('msg_01'),
      type: 'message',
      role: 'assistant',
      model: recorded.body.model ?? MODELS[0]!.id,
      content: reply.content,
      stop_reason: reply.stop_reason ?? (reply.content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn'),
      stop_sequence: null,
      usage,
    };
    if (recorded.body.stream === true) return streamMessage(res, message);
    sendJson(res, 200, message);
  }

  /**
   * Simulates prompt caching over the prompt's blocks (tools, then system, then messages): reads the
   * longest prefix an earlier request cached, writes every breakpoint prefix of at least
   * `minCacheTokens`, and splits the prompt's tokens into read, created and uncached.
   */
  function accountPrompt(body: RequestBody): Omit<Usage, 'output_tokens'> {
    const parts = promptParts(body);
    const prefixTokens: number[] = [];
    const prefixHashes: string[] = [];
    let tokens = 0;
    let hash = createHash('sha256')
      .update(body.model ?? '')
      .digest('hex');
    for (const part of parts) {
      tokens += part.tokens;
      hash = createHash('sha256').update(`${hash}\0${part.role}\0${part.json}`).digest('hex');
      prefixTokens.push(tokens);
      prefixHashes.push(hash);
    }
    const breakpoints = parts.flatMap((part, i) => (part.breakpoint ? [i] : []));

    let readEnd = -1;
    for (const breakpoint of breakpoints) {
      for (let i = breakpoint; i > breakpoint - CACHE_LOOKBACK_BLOCKS && i > readEnd; i--) {
        if (cachedPrefixes.has(prefixHashes[i]!)) {
          readEnd = i;
          break;
        }
      }
    }
    const read = readEnd >= 0 ? prefixTokens[readEnd]! : 0;

    const writes = breakpoints.filter((i) => prefixTokens[i]! >= minCacheTokens);
    for (const i of writes) cachedPrefixes.add(prefixHashes[i]!);
    const lastWrite = writes.at(-1) ?? -1;
    const created = lastWrite > readEnd ? prefixTokens[lastWrite]! - read : 0;

    return {
      input_tokens: tokens - read - created,
      cache_creation_input_tokens: created,
      cache_read_input_tokens: read,
    };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get pending() {
      return steps.length;
    },
    script(next) {
      steps = [...next];
    },
    lastRequest() {
      const last = requests.at(-1);
      if (last === undefined) throw new Error('model-server: no request has been recorded yet');
      return last;
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // The SDK keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      });
    },
  };
}

interface PromptPart {
  role: string;
  /** The block's JSON without `cache_control`, so that moving a breakpoint does not change the prefix. */
  json: string;
  tokens: number;
  breakpoint: boolean;
}

function promptParts(body: RequestBody): PromptPart[] {
  const parts: PromptPart[] = [];
  const add = (role: string, block: Record<string, unknown>) => {
    const { cache_control, ...rest } = block;
    const json = JSON.stringify(rest);
    parts.push({ role, json, tokens: estimateTokens(json), breakpoint: cache_control != null });
  };
  for (const tool of body.tools ?? []) add('tool', tool);
  for (const block of asBlocks(body.system ?? [])) add('system', block);
  for (const message of body.messages ?? []) {
    for (const block of asBlocks(message.content)) add(message.role, block);
  }
  return parts;
}

function asBlocks(content: string | ContentBlockParam[]): ContentBlockParam[] {
  return typeof content === 'string' ? [{ type: 'text', text: content }] : content;
}

function contentText(content: string | ContentBlockParam[]): string {
  return asBlocks(content)
    .flatMap((block) => {
      if (block.type === 'text' && typeof block.text === 'string') return [block.text];
      if (block.type === 'tool_result' && block.content !== undefined) return [contentText(block.content)];
      return [];
    })
    .join('\n');
}

function estimateTokens(json: string): number {
  return Math.ceil(json.length / 4);
}

function streamMessage(res: ServerResponse, message: { content: Block[]; stop_reason: string; usage: Usage }): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'request-id': newId('req_01'),
  });
  const send = (event: Record<string, unknown> & { type: string }) =>
    res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);

  const { content, stop_reason, usage } = message;
  // Like the API, message_start carries the input usage and a provisional output count.
  send({
    type: 'message_start',
    message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } },
  });
  send({ type: 'ping' });
  content.forEach((block, index) => {
    if (block.type === 'text') {
      send({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
      for (const chunk of split(block.text)) {
        send({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: chunk } });
      }
    } else {
      send({ type: 'content_block_start', index, content_block: { ...block, input: {} } });
      for (const chunk of split(JSON.stringify(block.input))) {
        send({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: chunk } });
      }
    }
    send({ type: 'content_block_stop', index });
  });
  send({ type: 'message_delta', delta: { stop_reason, stop_sequence: null }, usage });
  send({ type: 'message_stop' });
  res.end();
}

function breakOffStream(res: ServerResponse, recorded: RecordedRequest, reply: BrokenStreamReply): void {
  const error = reply.error ?? { type: 'overloaded_error', message: 'Overloaded' };
  if (recorded.body.stream !== true) {
    if (reply.breakOff === 'cut') res.destroy();
    else sendError(res, 529, error.type, error.message);
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'request-id': newId('req_01') });
  const send = (event: Record<string, unknown> & { type: string }) =>
    res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  const usage = { input_tokens: 10, output_tokens: 1, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
  send({
    type: 'message_start',
    message: {
      id: newId('msg_01'),
      type: 'message',
      role: 'assistant',
      model: recorded.body.model ?? MODELS[0]!.id,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage,
    },
  });
  send({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
  send({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'I will look at' } });
  if (reply.breakOff === 'cut') {
    res.destroy();
    return;
  }
  send({ type: 'error', error });
  res.end();
}

/** Splits `s` into up to STREAM_CHUNKS non-empty pieces on code point boundaries. */
function split(s: string): string[] {
  const chars = Array.from(s);
  const size = Math.max(1, Math.ceil(chars.length / STREAM_CHUNKS));
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += size) pieces.push(chars.slice(i, i + size).join(''));
  return pieces;
}

function modelList() {
  const data = MODELS.map((model) => ({ type: 'model', ...model, created_at: '2026-01-01T00:00:00Z' }));
  return { data, has_more: false, first_id: data[0]!.id, last_id: data.at(-1)!.id };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': newId('req_01'), ...headers });
  res.end(JSON.stringify(body));
}

function sendError(
  res: ServerResponse,
  status: number,
  type: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { type: 'error', error: { type, message }, request_id: newId('req_01') }, headers);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Waits `ms`, or less if the client disconnects first. */
function waitUnlessClosed(res: ServerResponse, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.once('close', done);
  });
}

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function newId(prefix: string): string {
  return prefix + Array.from(randomBytes(22), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
