/**
 * The bridge between the Node SDK and the extension. A service worker cannot listen on a socket, so the SDK hosts a
 * WebSocket server on 127.0.0.1 and the extension connects to it as a client when the user has enabled the bridge.
 *
 * 1. Handshake: both sides prove they hold the pairing token without sending it. The SDK sends a nonce (`hello`);
 *    the extension answers HMAC(token, "extension" + nonce) and a nonce of its own (`auth`); the SDK answers
 *    HMAC(token, "sdk" + that nonce) (`welcome`). The role label keeps either side from replaying the other's proof.
 *    The SDK closes with REFUSED_CLOSE_CODE on a wrong proof; the extension closes on one from the SDK.
 * 2. Then the SDK sends requests `{id, method, params}`, the extension answers `{id, result}` or `{id, error}`, and
 *    reports task progress as `{event: 'task', sessionId, state}`. It also sends `keepalive` messages, because
 *    WebSocket traffic is what keeps an MV3 service worker from being stopped while it is idle.
 *
 * Every message is checked by its receiver; the worker refuses anything that does not parse exactly.
 */
import type { CustomToolAnswer } from './custom-tools';
import type { ErrorCode } from './errors';
import { isPlainObject, type JsonSchema } from './json-schema';
import type { UserRequest } from './protocol';
import type { TaskResult, TaskStatus } from './task';

export const BRIDGE_PROTOCOL_VERSION = 1;
export const DEFAULT_BRIDGE_PORT = 17373;
/** WebSocket close code: the other side's proof did not match the pairing token. */
export const REFUSED_CLOSE_CODE = 4001;
/** WebSocket close code: the SDK is already paired with another browser. */
export const BUSY_CLOSE_CODE = 4009;
export const KEEPALIVE_INTERVAL_MS = 20_000;

export type HandshakeMessage =
  /** `client`: a random id per SDK client, so the extension can tell a returning client from a new one. */
  | { type: 'hello'; version: number; nonce: string; client: string }
  | { type: 'auth'; proof: string; nonce: string }
  | { type: 'welcome'; proof: string };

export type ProofRole = 'extension' | 'sdk';

/** HMAC-SHA256(token, role + nonce) in hex; WebCrypto, so the worker and Node compute it with the same code. */
export async function bridgeProof(token: string, role: ProofRole, nonce: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(token), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const signature = await crypto.subtle.sign('HMAC', key, encoder.encode(`${role}\n${nonce}`));
  return toHex(new Uint8Array(signature));
}

/** Compares proofs in time that does not depend on where they differ. */
export function sameProof(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

export function newNonce(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(32)));
}

/** A pairing token a person can copy: 24 random bytes, base64url. */
export function newPairingToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_');
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const HEX_64 = /^[0-9a-f]{64}$/;

export function parseHandshakeMessage(raw: unknown): HandshakeMessage | null {
  if (!isPlainObject(raw)) return null;
  switch (raw.type) {
    case 'hello':
      return Number.isInteger(raw.version) && isHex64(raw.nonce) && isHex64(raw.client)
        ? { type: 'hello', version: raw.version as number, nonce: raw.nonce, client: raw.client }
        : null;
    case 'auth':
      return isHex64(raw.proof) && isHex64(raw.nonce) ? { type: 'auth', proof: raw.proof, nonce: raw.nonce } : null;
    case 'welcome':
      return isHex64(raw.proof) ? { type: 'welcome', proof: raw.proof } : null;
    default:
      return null;
  }
}

function isHex64(value: unknown): value is string {
  return typeof value === 'string' && HEX_64.test(value);
}

/** What `session.create` reports about the session's tab. */
export interface SessionInfo {
  sessionId: string;
  tabId: number;
  url: string;
}

/** `extract`: one model call on the current page; `failed` when the answer does not match the schema. */
export interface ExtractResult {
  status: 'success' | 'failed';
  output: unknown;
  credits_used: number;
  /** Seconds. */
  duration: number;
  message?: string;
}

/** `goto` never calls the model: it always costs 0 credits. */
export interface GotoResult {
  url: string;
  title: string;
  credits_used: 0;
  duration: number;
}

/** Each method's parameters and result. Task options travel in the API's own (snake_case) names. */
export interface BridgeMethods {
  'session.create': { params: { url?: string }; result: SessionInfo };
  'session.runTask': { params: { sessionId: string; options: unknown }; result: TaskResult };
  'session.extract': { params: { sessionId: string; schema: JsonSchema; prompt?: string }; result: ExtractResult };
  'session.goto': { params: { sessionId: string; url: string }; result: GotoResult };
  'session.evaluateJs': { params: { sessionId: string; code: string; args?: unknown }; result: { value: unknown } };
  'session.close': { params: { sessionId: string }; result: { closed: boolean } };
  /** The SDK's answer to a ToolCallEvent; `delivered` is false when the call is no longer waited for. */
  'session.toolResult': { params: { callId: string } & CustomToolAnswer; result: { delivered: boolean } };
  /** Answers the pending question or confirmation of the session's task, as the panel would; first answer wins. */
  'session.answer': {
    params: { sessionId: string; taskId: string; requestId: string; reply: BridgeReply };
    result: { delivered: boolean };
  };
  /** Stops the session's running task; `reason` becomes the result's message. */
  'session.cancel': { params: { sessionId: string; reason?: string }; result: { cancelled: boolean } };
}

/** A script's answer: text for a question, a decision for a confirmation, or none (the agent goes on without it). */
export type BridgeReply = { answer: string } | { approved: boolean; remember?: boolean } | { declined: true };

export type BridgeMethod = keyof BridgeMethods;

export type BridgeRequest = {
  [M in BridgeMethod]: { id: number; method: M; params: BridgeMethods[M]['params'] };
}[BridgeMethod];

/** `bad_request`: the message itself did not parse; the other codes are the extension's own. */
export type BridgeErrorCode = ErrorCode | 'bad_request';

export interface BridgeErrorBody {
  code: BridgeErrorCode;
  message: string;
  field?: string;
}

export type BridgeResponse = { id: number; result: unknown } | { id: number; error: BridgeErrorBody };

/** The latest step of a running task, for progress lines: small, unlike the whole TaskState. */
export interface TaskProgress {
  taskId: string;
  status: TaskStatus;
  step: number;
  maxSteps: number;
  credits_used: number;
  thought?: string;
  actions: Array<{ tool: string; ok: boolean; result: string }>;
  /** The tab after the latest step that has a picture: a small JPEG data URL, for live views. */
  screenshot?: string;
  /** What the task waits on a person for (a question, or consent to an action), answered in Tabwright's panel. */
  pending?: UserRequest;
  result?: TaskResult;
}

export interface TaskEvent {
  event: 'task';
  sessionId: string;
  state: TaskProgress;
}

/** The model called one of a session task's custom tools: the SDK runs it and answers with `session.toolResult`. */
export interface ToolCallEvent {
  event: 'toolCall';
  sessionId: string;
  taskId: string;
  callId: string;
  name: string;
  input: unknown;
}

/** Extension → SDK after the handshake. */
export type ExtensionMessage = BridgeResponse | TaskEvent | ToolCallEvent | { type: 'keepalive' };

/** Where the extension's side of the bridge stands, in chrome.storage.session (bridgeStatusItem), for the options page. */
export interface BridgeStatus {
  state: 'off' | 'connecting' | 'connected' | 'waiting' | 'refused';
  port: number;
  message: string;
  /** Date.now() of the change. */
  since: number;
}

const MAX_CODE_CHARS = 100_000;
const MAX_PROMPT_CHARS = 10_000;
const MAX_URL_CHARS = 8_192;
const MAX_REASON_CHARS = 500;

type Checked<T> = T | string;

/** Checks a request from the SDK; a string says what is wrong with it. */
export function parseBridgeRequest(raw: unknown): BridgeRequest | { id?: number; problem: string } {
  if (!isPlainObject(raw)) return { problem: 'A request must be a JSON object.' };
  const id = raw.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0)
    return { problem: 'A request needs a whole-number "id".' };
  const unknownKey = Object.keys(raw).find((key) => key !== 'id' && key !== 'method' && key !== 'params');
  if (unknownKey) return { id, problem: `Unknown request field "${unknownKey}".` };
  if (typeof raw.method !== 'string') return { id, problem: 'A request needs a "method".' };
  if (!isPlainObject(raw.params)) return { id, problem: '"params" must be an object.' };
  const method = raw.method as BridgeMethod;
  const params = checkParams(method, raw.params);
  if (typeof params === 'string') return { id, problem: params };
  return { id, method, params } as BridgeRequest;
}

function checkParams(method: BridgeMethod, params: Record<string, unknown>): Checked<BridgeRequest['params']> {
  switch (method) {
    case 'session.create':
      return onlyKeys(params, ['url']) ?? optionalUrl(params);
    case 'session.runTask':
      return (
        onlyKeys(params, ['sessionId', 'options']) ??
        sessionId(params) ?? { sessionId: params.sessionId as string, options: params.options }
      );
    case 'session.extract': {
      const problem = onlyKeys(params, ['sessionId', 'schema', 'prompt']) ?? sessionId(params);
      if (problem) return problem;
      if (!isPlainObject(params.schema) && typeof params.schema !== 'boolean')
        return '"schema" must be a JSON Schema object.';
      if (
        params.prompt !== undefined &&
        (typeof params.prompt !== 'string' || params.prompt.length > MAX_PROMPT_CHARS)
      ) {
        return `"prompt" must be text of at most ${MAX_PROMPT_CHARS} characters.`;
      }
      return {
        sessionId: params.sessionId as string,
        schema: params.schema as JsonSchema,
        ...(params.prompt === undefined ? {} : { prompt: params.prompt as string }),
      };
    }
    case 'session.goto': {
      const problem = onlyKeys(params, ['sessionId', 'url']) ?? sessionId(params);
      if (problem) return problem;
      return isUrlText(params.url)
        ? { sessionId: params.sessionId as string, url: params.url }
        : '"url" must be a web address.';
    }
    case 'session.evaluateJs': {
      const problem = onlyKeys(params, ['sessionId', 'code', 'args']) ?? sessionId(params);
      if (problem) return problem;
      if (typeof params.code !== 'string' || !params.code.trim() || params.code.length > MAX_CODE_CHARS) {
        return `"code" must be JavaScript of at most ${MAX_CODE_CHARS} characters.`;
      }
      return {
        sessionId: params.sessionId as string,
        code: params.code,
        ...(params.args === undefined ? {} : { args: params.args }),
      };
    }
    case 'session.close':
      return onlyKeys(params, ['sessionId']) ?? sessionId(params) ?? { sessionId: params.sessionId as string };
    case 'session.toolResult': {
      const problem = onlyKeys(params, ['callId', 'ok', 'output']);
      if (problem) return problem;
      if (typeof params.callId !== 'string' || !/^[\w-]{1,64}$/.test(params.callId)) {
        return '"callId" must be a tool call id.';
      }
      if (typeof params.ok !== 'boolean') return '"ok" must be true or false.';
      return { callId: params.callId, ok: params.ok, output: params.output ?? null };
    }
    case 'session.answer': {
      const problem = onlyKeys(params, ['sessionId', 'taskId', 'requestId', 'reply']) ?? sessionId(params);
      if (problem) return problem;
      if (!isShortId(params.taskId) || !isShortId(params.requestId)) return '"taskId" and "requestId" must be ids.';
      const reply = checkReply(params.reply);
      if (typeof reply === 'string') return reply;
      return { sessionId: params.sessionId as string, taskId: params.taskId, requestId: params.requestId, reply };
    }
    case 'session.cancel': {
      const problem = onlyKeys(params, ['sessionId', 'reason']) ?? sessionId(params);
      if (problem) return problem;
      if (
        params.reason !== undefined &&
        (typeof params.reason !== 'string' || params.reason.length > MAX_REASON_CHARS)
      ) {
        return `"reason" must be text of at most ${MAX_REASON_CHARS} characters.`;
      }
      return {
        sessionId: params.sessionId as string,
        ...(params.reason === undefined ? {} : { reason: params.reason }),
      };
    }
    default:
      return `Unknown method "${String(method)}".`;
  }
}

function isShortId(value: unknown): value is string {
  return typeof value === 'string' && /^[\w-]{1,100}$/.test(value);
}

function checkReply(reply: unknown): Checked<BridgeReply> {
  const problem = '"reply" must be {answer: text}, {approved: true|false, remember?: true|false} or {declined: true}.';
  if (!isPlainObject(reply)) return problem;
  const keys = Object.keys(reply).sort().join(',');
  if (keys === 'answer' && typeof reply.answer === 'string' && reply.answer.length <= MAX_PROMPT_CHARS)
    return { answer: reply.answer };
  if (
    (keys === 'approved' || keys === 'approved,remember') &&
    typeof reply.approved === 'boolean' &&
    (reply.remember === undefined || typeof reply.remember === 'boolean')
  ) {
    return { approved: reply.approved, ...(reply.remember === true ? { remember: true } : {}) };
  }
  if (keys === 'declined' && reply.declined === true) return { declined: true };
  return problem;
}

function onlyKeys(params: Record<string, unknown>, allowed: string[]): string | undefined {
  const extra = Object.keys(params).find((key) => !allowed.includes(key));
  return extra === undefined ? undefined : `Unknown parameter "${extra}".`;
}

function sessionId(params: Record<string, unknown>): string | undefined {
  return typeof params.sessionId === 'string' && /^[\w-]{1,64}$/.test(params.sessionId)
    ? undefined
    : '"sessionId" must be a session id.';
}

function optionalUrl(params: Record<string, unknown>): Checked<{ url?: string }> {
  if (params.url === undefined) return {};
  return isUrlText(params.url) ? { url: params.url } : '"url" must be a web address.';
}

function isUrlText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_URL_CHARS;
}

/** Checks a message from the extension; null when it is none of the known shapes. */
export function parseExtensionMessage(raw: unknown): ExtensionMessage | null {
  if (!isPlainObject(raw)) return null;
  if (raw.type === 'keepalive') return { type: 'keepalive' };
  if (raw.event === 'toolCall') {
    const valid = ['sessionId', 'taskId', 'callId', 'name'].every((key) => typeof raw[key] === 'string');
    return valid ? (raw as unknown as ToolCallEvent) : null;
  }
  if (raw.event === 'task') {
    return typeof raw.sessionId === 'string' && isPlainObject(raw.state) && typeof raw.state.taskId === 'string'
      ? (raw as unknown as TaskEvent)
      : null;
  }
  if (typeof raw.id !== 'number') return null;
  if ('result' in raw) return { id: raw.id, result: raw.result };
  if (isPlainObject(raw.error) && typeof raw.error.code === 'string' && typeof raw.error.message === 'string') {
    return { id: raw.id, error: raw.error as unknown as BridgeErrorBody };
  }
  return null;
}
