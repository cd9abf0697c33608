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
import type { ApprovalRequest } from './approval';
import { ERROR_CODES } from './errors';
import { isPlainObject, type JsonSchema } from './json-schema';
import type { UserRequest } from './protocol';
import {
  array,
  boolean,
  described,
  guarded,
  type Infer,
  integer,
  literal,
  number,
  object,
  optional,
  parsedOrNull,
  refined,
  type Shape,
  shapeOf,
  string,
  union,
  unknown,
  variants,
  withDefault,
} from './shape';
import type { TaskResult, TaskStatus } from './task';

export const BRIDGE_PROTOCOL_VERSION = 1;
export const DEFAULT_BRIDGE_PORT = 17373;
/** WebSocket close code: the other side's proof did not match the pairing token. */
export const REFUSED_CLOSE_CODE = 4001;
/** WebSocket close code: the SDK is already paired with another browser. */
export const BUSY_CLOSE_CODE = 4009;
export const KEEPALIVE_INTERVAL_MS = 20_000;

const HEX_64 = string(/^[0-9a-f]{64}$/, '64 hex digits');

const HANDSHAKE_MESSAGE = variants('type', {
  /** `client`: a random id per SDK client, so the extension can tell a returning client from a new one. */
  hello: { version: integer(), nonce: HEX_64, client: HEX_64 },
  auth: { proof: HEX_64, nonce: HEX_64 },
  welcome: { proof: HEX_64 },
});
export type HandshakeMessage = Infer<typeof HANDSHAKE_MESSAGE>;

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

export function parseHandshakeMessage(raw: unknown): HandshakeMessage | null {
  return parsedOrNull(HANDSHAKE_MESSAGE, raw);
}

const MAX_CODE_CHARS = 100_000;
const MAX_PROMPT_CHARS = 10_000;
const MAX_URL_CHARS = 8_192;
const MAX_REASON_CHARS = 500;

const SESSION_ID = described(string(/^[\w-]{1,64}$/), '"sessionId" must be a session id.');
const URL_TEXT = described(
  refined(string(), (url) => url.trim().length > 0 && url.length <= MAX_URL_CHARS, 'a web address'),
  '"url" must be a web address.',
);
const SHORT_ID = string(/^[\w-]{1,100}$/);
const textUpTo = (chars: number) =>
  refined(string(), (text) => text.length <= chars, `text of at most ${chars} characters`);

/** A method's parameters: exactly these, so a misspelt or unsupported one is refused rather than ignored. */
const params = <P extends Record<string, Shape<unknown>>>(properties: P) =>
  object(properties, { unknownKey: (key) => `Unknown parameter "${key}".` });

/** A script's answer: text for a question, a decision for a confirmation, or none (the agent goes on without it). */
const BRIDGE_REPLY = described(
  union(
    params({ answer: textUpTo(MAX_PROMPT_CHARS) }),
    params({ approved: boolean(), remember: optional(boolean()) }),
    params({ declined: literal(true) }),
  ),
  '"reply" must be {answer: text}, {approved: true|false, remember?: true|false} or {declined: true}.',
);
export type BridgeReply = Infer<typeof BRIDGE_REPLY>;

/** Each method's parameters, as the extension checks them. Task options travel in the API's own (snake_case) names. */
const BRIDGE_PARAMS = {
  'session.create': params({ url: optional(URL_TEXT) }),
  'session.runTask': params({ sessionId: SESSION_ID, options: unknown() }),
  /** Checks task options as session.runTask would (schemas compiled, guards' rules), without running anything. */
  'task.check': params({ options: unknown() }),
  'session.extract': params({
    sessionId: SESSION_ID,
    schema: described(
      guarded((schema): schema is JsonSchema => isPlainObject(schema) || typeof schema === 'boolean', 'a JSON Schema'),
      '"schema" must be a JSON Schema object.',
    ),
    prompt: optional(
      described(textUpTo(MAX_PROMPT_CHARS), `"prompt" must be text of at most ${MAX_PROMPT_CHARS} characters.`),
    ),
  }),
  'session.goto': params({ sessionId: SESSION_ID, url: URL_TEXT }),
  'session.evaluateJs': params({
    sessionId: SESSION_ID,
    code: described(
      refined(textUpTo(MAX_CODE_CHARS), (code) => code.trim().length > 0, 'some JavaScript'),
      `"code" must be JavaScript of at most ${MAX_CODE_CHARS} characters.`,
    ),
    args: optional(unknown()),
  }),
  'session.close': params({ sessionId: SESSION_ID }),
  /** The SDK's answer to a ToolCallEvent (a CustomToolAnswer for one call). */
  'session.toolResult': params({
    callId: described(string(/^[\w-]{1,64}$/), '"callId" must be a tool call id.'),
    ok: described(boolean(), '"ok" must be true or false.'),
    output: withDefault(unknown(), null),
  }),
  /** Answers the pending question or confirmation of the session's task, as the panel would; first answer wins. */
  'session.answer': params({
    sessionId: SESSION_ID,
    taskId: described(SHORT_ID, '"taskId" and "requestId" must be ids.'),
    requestId: described(SHORT_ID, '"taskId" and "requestId" must be ids.'),
    reply: BRIDGE_REPLY,
  }),
  /** Stops the session's running task; `reason` becomes the result's message. */
  'session.cancel': params({
    sessionId: SESSION_ID,
    reason: optional(
      described(textUpTo(MAX_REASON_CHARS), `"reason" must be text of at most ${MAX_REASON_CHARS} characters.`),
    ),
  }),
};
const PARAMS_BY_METHOD = new Map<string, Shape<unknown>>(Object.entries(BRIDGE_PARAMS));

/** Each method's parameters and result. */
export type BridgeMethods = {
  [M in keyof typeof BRIDGE_PARAMS]: {
    params: Infer<(typeof BRIDGE_PARAMS)[M]>;
    result: Infer<(typeof BRIDGE_RESULTS)[M]>;
  };
};

export type BridgeMethod = keyof BridgeMethods;

export type BridgeRequest = {
  [M in BridgeMethod]: { id: number; method: M; params: BridgeMethods[M]['params'] };
}[BridgeMethod];

/** `bad_request`: the message itself did not parse; the other codes are the extension's own. */
const BRIDGE_ERROR_BODY = object({
  code: literal(...ERROR_CODES, 'bad_request'),
  message: string(),
  field: optional(string()),
});
export type BridgeErrorBody = Infer<typeof BRIDGE_ERROR_BODY>;
export type BridgeErrorCode = BridgeErrorBody['code'];

const RESPONSE_ID = integer(0);
const BRIDGE_RESPONSE = union(
  object({ id: RESPONSE_ID, error: BRIDGE_ERROR_BODY }),
  object({ id: RESPONSE_ID, result: refined(unknown(), (result) => result !== undefined, 'a result') }),
);
export type BridgeResponse = Infer<typeof BRIDGE_RESPONSE>;

const TASK_STATUS = literal('running', 'success', 'failed', 'max_steps', 'budget_exceeded', 'cancelled', 'error');
const TASK_RESULT = shapeOf<TaskResult>()(
  object({
    status: literal('success', 'failed', 'max_steps', 'budget_exceeded', 'cancelled', 'error'),
    output: unknown(),
    credits_used: number(),
    duration: number(),
    steps: integer(0),
    message: optional(string()),
  }),
);
const APPROVAL_REQUEST = shapeOf<ApprovalRequest>()(
  object({
    kind: literal('confirmation'),
    id: string(),
    action: string(),
    reason: optional(string()),
    category: optional(string()),
    member: optional(string()),
    site: optional(string()),
    target: optional(object({ role: string(), name: string() })),
    element: optional(string()),
    intent: optional(string()),
    picture: optional(string()),
    pictureWithheld: optional(string()),
  }),
);
/** What `session.create` reports about the session's tab. */
const SESSION_INFO = object({ sessionId: string(), tabId: integer(), url: string() });
export type SessionInfo = Infer<typeof SESSION_INFO>;

/** `extract`: one model call on the current page; `failed` when the answer does not match the schema. */
const EXTRACT_RESULT = object({
  status: literal('success', 'failed'),
  output: unknown(),
  credits_used: number(),
  /** Seconds. */
  duration: number(),
  message: optional(string()),
});
export type ExtractResult = Infer<typeof EXTRACT_RESULT>;

/** `goto` never calls the model: it always costs 0 credits. */
const GOTO_RESULT = object({ url: string(), title: string(), credits_used: literal(0), duration: number() });
export type GotoResult = Infer<typeof GOTO_RESULT>;

/** What each method answers, as the SDK checks it. */
const BRIDGE_RESULTS = {
  'session.create': SESSION_INFO,
  'session.runTask': TASK_RESULT,
  'task.check': object({ valid: literal(true) }),
  'session.extract': EXTRACT_RESULT,
  'session.goto': GOTO_RESULT,
  'session.evaluateJs': object({ value: unknown() }),
  'session.close': object({ closed: boolean() }),
  /** `delivered` is false when the call is no longer waited for. */
  'session.toolResult': object({ delivered: boolean() }),
  'session.answer': object({ delivered: boolean() }),
  'session.cancel': object({ cancelled: boolean() }),
} satisfies Record<keyof typeof BRIDGE_PARAMS, Shape<unknown>>;

/** The SDK's check of a method's result; a problem says what does not parse. */
export function parseBridgeResult<M extends BridgeMethod>(
  method: M,
  result: unknown,
): { ok: true; value: BridgeMethods[M]['result'] } | { ok: false; problem: string } {
  return (BRIDGE_RESULTS[method] as Shape<BridgeMethods[M]['result']>).parse(result, 'result');
}

const USER_REQUEST = shapeOf<UserRequest>()(
  union(
    object({ kind: literal('question'), id: string(), question: string(), choices: optional(array(string())) }),
    APPROVAL_REQUEST,
  ),
);

/** The latest step of a running task, for progress lines: small, unlike the whole TaskState. */
const TASK_PROGRESS = object({
  taskId: string(),
  status: shapeOf<TaskStatus>()(TASK_STATUS),
  step: integer(0),
  maxSteps: integer(0),
  credits_used: number(),
  thought: optional(string()),
  actions: array(object({ tool: string(), ok: boolean(), result: string() })),
  /** The tab after the latest step that has a picture: a small JPEG data URL, for live views. */
  screenshot: optional(string()),
  /** What the task waits on a person for (a question, or consent to an action), answered in Tabwright's panel. */
  pending: optional(USER_REQUEST),
  result: optional(TASK_RESULT),
});
export type TaskProgress = Infer<typeof TASK_PROGRESS>;

const BRIDGE_EVENT = variants('event', {
  task: { sessionId: string(), state: TASK_PROGRESS },
  /** The model called one of a session task's custom tools: the SDK runs it and answers with `session.toolResult`. */
  toolCall: { sessionId: string(), taskId: string(), callId: string(), name: string(), input: unknown() },
});
export type BridgeEvent = Infer<typeof BRIDGE_EVENT>;
export type TaskEvent = Extract<BridgeEvent, { event: 'task' }>;
export type ToolCallEvent = Extract<BridgeEvent, { event: 'toolCall' }>;

const KEEPALIVE = object({ type: literal('keepalive') });

/** Extension → SDK after the handshake. */
export type ExtensionMessage = Infer<typeof KEEPALIVE> | BridgeEvent | BridgeResponse;

/** Events carry `event`, keepalives `type`, answers neither: each is checked against its own shape alone. */
function extensionMessageShape(raw: unknown): Shape<ExtensionMessage> {
  if (isPlainObject(raw) && Object.hasOwn(raw, 'event')) return BRIDGE_EVENT;
  if (isPlainObject(raw) && Object.hasOwn(raw, 'type')) return KEEPALIVE;
  return BRIDGE_RESPONSE;
}

/** Where the extension's side of the bridge stands, in chrome.storage.session (bridgeStatusItem), for the options page. */
export interface BridgeStatus {
  state: 'off' | 'connecting' | 'connected' | 'waiting' | 'refused';
  port: number;
  message: string;
  /** Date.now() of the change. */
  since: number;
}

const REQUEST_ID = described(
  refined(integer(0), Number.isSafeInteger, 'a safe whole number'),
  'A request needs a whole-number "id".',
);
const REQUEST_ENVELOPE = object(
  {
    id: REQUEST_ID,
    method: described(string(), 'A request needs a "method".'),
    params: described(guarded(isPlainObject, 'an object'), '"params" must be an object.'),
  },
  { unknownKey: (key) => `Unknown request field "${key}".` },
);

/** Checks a request from the SDK; a problem says what is wrong with it (with the id to answer, when it has one). */
export function parseBridgeRequest(raw: unknown): BridgeRequest | { id?: number; problem: string } {
  if (!isPlainObject(raw)) return { problem: 'A request must be a JSON object.' };
  const id = REQUEST_ID.parse(Object.hasOwn(raw, 'id') ? raw.id : undefined);
  if (!id.ok) return { problem: id.problem };
  const envelope = REQUEST_ENVELOPE.parse(raw);
  if (!envelope.ok) return { id: id.value, problem: envelope.problem };
  const { method } = envelope.value;
  const shape = PARAMS_BY_METHOD.get(method);
  if (!shape) return { id: id.value, problem: `Unknown method "${method}".` };
  const params = shape.parse(envelope.value.params);
  if (!params.ok) return { id: id.value, problem: params.problem };
  // The map holds each method's own shape, so these params are that method's.
  return { id: id.value, method, params: params.value } as BridgeRequest;
}

/**
 * The SDK's check of a message from the extension: the message, or a problem (with the request id when the message
 * carries one, so the request waiting for it fails at once instead of never settling).
 */
export function parseExtensionMessage(raw: unknown): ExtensionMessage | { id?: number; problem: string } {
  const parsed = extensionMessageShape(raw).parse(raw);
  if (parsed.ok) return parsed.value;
  const id = isPlainObject(raw) && Object.hasOwn(raw, 'id') ? RESPONSE_ID.parse(raw.id) : undefined;
  return { ...(id?.ok ? { id: id.value } : {}), problem: parsed.problem };
}
