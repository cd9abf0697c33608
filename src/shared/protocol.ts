/**
 * Every message that crosses a context boundary inside the extension, typed once here (a shape each) and checked by
 * its receiver: a message that does not parse is dropped, or refused with what is wrong, never half-trusted.
 */
import type { ApprovalRequest } from './approval';
import type { ElementFacts } from './element-facts';
import { ERROR_CODES, type ErrorCode } from './errors';
import { FIND_LIMIT, type Found } from './found-elements';
import { isPlainObject } from './json-schema';
import { MODIFIER_NAMES } from './keys';
import { FRAME_HELLO } from './page-world';
import {
  array,
  boolean,
  type Infer,
  type Shape,
  integer,
  literal,
  nullable,
  number,
  object,
  optional,
  parsedOrNull,
  refined,
  shapeOf,
  string,
  union,
  unknown,
  variants,
} from './shape';

/** Extension pages (popup, side panel, options) → service worker. */
const UI_COMMAND = variants('type', {
  /** `continueFrom`: a finished task whose tab and memory the new one carries on with ("Continue"). */
  'task/run': { options: unknown(), tabId: optional(integer()), continueFrom: optional(string()) },
  'task/stop': { taskId: string() },
  'settings/test': {},
  /** Whether a response schema compiles (ajv cannot compile in extension pages) → `{ valid, errors }`. */
  'schema/check': { schema: refined(unknown(), (schema) => schema !== undefined, 'a JSON Schema') },
  /** The models the configured API offers → `{ models: ModelInfo[] }`. */
  'models/list': {},
  /** A person's reply to the agent's pending question (`TaskState.pending`, kind `question`). */
  'task/answer': { taskId: string(), requestId: string(), answer: string() },
  /** A person's decision on the agent's pending confirmation (`TaskState.pending`, kind `confirmation`). */
  'task/confirm': { taskId: string(), requestId: string(), approved: boolean(), remember: optional(boolean()) },
});
export type UiCommand = Infer<typeof UI_COMMAND>;

/**
 * The service worker's check of a message from an extension page: null when it names no UI command (another
 * listener's message), a problem when it names one but does not parse (the sender is told, not left waiting).
 */
export function parseUiCommand(message: unknown): UiCommand | { problem: string } | null {
  const type = isPlainObject(message) && Object.hasOwn(message, 'type') ? message.type : undefined;
  if (typeof type !== 'string' || !UI_COMMAND.names.has(type)) return null;
  const parsed = UI_COMMAND.parse(message);
  return parsed.ok ? parsed.value : { problem: `The "${type}" command is malformed: ${parsed.problem}.` };
}

/** One entry of the `models/list` reply; `price` is US$ per million tokens when Tabwright knows it. */
export interface ModelInfo {
  id: string;
  display_name: string;
  price?: { input: number; output: number; cache_write: number; cache_read: number };
}

/**
 * What a running task waits on a person for, published as `TaskState.pending` until answered: a question from the
 * agent (answered with task/answer) or an action that needs consent first (answered with task/confirm).
 */
export type UserRequest = { kind: 'question'; id: string; question: string; choices?: string[] } | ApprovalRequest;

export type CommandReply<T = unknown> =
  | ({ ok: true } & T)
  | { ok: false; error: { code: ErrorCode; message: string; field?: string } };

const MODEL_INFO = shapeOf<ModelInfo>()(
  object({
    id: string(),
    display_name: string(),
    price: optional(object({ input: number(), output: number(), cache_write: number(), cache_read: number() })),
  }),
);

/**
 * What the service worker answers each UI command with when it succeeds (`ok: true` and these fields): the worker's
 * handlers are typed by it, and the extension page checks the answer with it.
 */
const UI_REPLIES = {
  'task/run': object({ taskId: string() }),
  'task/stop': object({ stopped: boolean() }),
  'settings/test': object({ connected: boolean(), message: string() }),
  'schema/check': object({ valid: boolean(), errors: array(string()) }),
  'models/list': object({ models: array(MODEL_INFO) }),
  'task/answer': object({ delivered: boolean() }),
  'task/confirm': object({ delivered: boolean() }),
} satisfies Record<UiCommand['type'], Shape<object>>;
export type UiReply<K extends UiCommand['type']> = Infer<(typeof UI_REPLIES)[K]>;

const COMMAND_FAILURE = object({
  ok: literal(false),
  error: object({ code: literal(...ERROR_CODES), message: string(), field: optional(string()) }),
});

/** The extension page's check of the worker's answer to a `type` command. */
export function parseUiReply<K extends UiCommand['type']>(
  type: K,
  reply: unknown,
): CommandReply<UiReply<K>> | { problem: string } {
  const failed = isPlainObject(reply) && reply.ok === false;
  const parsed = failed ? COMMAND_FAILURE.parse(reply) : UI_REPLIES[type].parse(reply);
  if (!parsed.ok) return { problem: `The answer to "${type}" does not parse: ${parsed.problem}.` };
  if (failed) return parsed.value as CommandReply<UiReply<K>>;
  if (!isPlainObject(reply) || reply.ok !== true)
    return { problem: `The answer to "${type}" is neither ok nor an error.` };
  return { ok: true, ...(parsed.value as UiReply<K>) };
}

const MOUSE_BUTTON = literal('left', 'right', 'middle');
export type MouseButton = Infer<typeof MOUSE_BUTTON>;

const POINT = object({ x: number(), y: number() });
export type Point = Infer<typeof POINT>;

/** An element by ref, or a point in this frame's viewport (CSS pixels). */
const POINT_TARGET = union(object({ ref: string() }), POINT);
export type PointTarget = Infer<typeof POINT_TARGET>;

/** A file the user attached to the task (the task option `files`), carried to the page inline. */
const UPLOAD_FILE = object({
  name: string(),
  type: string(),
  /** Base64 without the `data:` prefix. */
  data: string(),
  /** What the file is for, in the words of whoever attached it (the local API's `file_purpose`); shown beside its name. */
  purpose: optional(string()),
});
export type UploadFile = Infer<typeof UPLOAD_FILE>;

/** How far a trusted sequence (keys, characters, a double click's presses) got before a check between its parts. */
const PROGRESS = object({ done: integer(1), total: integer(1), unit: literal('keys', 'characters', 'presses') });

const POINT_ACTION = variants('kind', {
  click: {
    target: POINT_TARGET,
    button: MOUSE_BUTTON,
    count: integer(1),
    modifiers: array(literal(...MODIFIER_NAMES)),
  },
  hover: { target: POINT_TARGET },
  mouse: { phase: literal('down', 'up', 'move'), x: number(), y: number() },
  drag: { from: POINT, to: POINT },
  type: { text: string() },
  key: { keys: string(), repeat: integer(1) },
  hold_key: { keys: string(), phase: literal('down', 'up') },
  form_input: { ref: string(), value: union(string(), number(), boolean()) },
  scroll: { x: number(), y: number(), dx: number(), dy: number() },
  /** Plans a trusted scroll at a point: the wheel to send (bounded in an inner region) and the note that goes with it. */
  scroll_step: { x: number(), y: number(), dx: number(), dy: number() },
  scroll_to: { ref: string() },
  upload: { ref: string(), files: array(UPLOAD_FILE) },
  /**
   * Checks a target as a click would (exists, enabled, scrolled into view, on top) without acting, and returns the
   * point in top-viewport coordinates: trusted input then presses there. `press`: a disabled element is refused;
   * `draggable`: an element that is not draggable is refused.
   */
  locate: {
    target: POINT_TARGET,
    press: optional(boolean()),
    draggable: optional(boolean()),
    /** Between the presses of a trusted double or triple click: how many went through, of how many. */
    after: optional(PROGRESS),
  },
  /** Checks that typing has somewhere to go: the focused element accepts text. */
  focus_check: {},
  /**
   * Finds where keys go: answered here, or forwarded to the cross-origin frame holding the focus. `after`: between
   * the keys (or characters) of a trusted key or type call, how many went through; when the focus has left the
   * element judged, the answer is `halted` and says so, and the rest are not sent.
   */
  focus_frame: { after: optional(PROGRESS) },
});
/** Scrolls the element itself (a scrollable region named by its ref), else what a wheel over it would scroll. */
const SCROLL_REGION = object({ kind: literal('scroll'), ref: string(), dx: number(), dy: number() });
const PAGE_ACTION = union(POINT_ACTION, SCROLL_REGION);
export type PageAction = Infer<typeof PAGE_ACTION>;

const LIVE_VIEW_MODE = literal('on', 'off', 'conceal', 'reveal');
export type LiveViewMode = Infer<typeof LIVE_VIEW_MODE>;

/** Covers sent with a cross-origin frame's read: a page laying more over one frame is judged by its first ones. */
export const MAX_FRAME_COVERS = 32;
/** A box in a frame's viewport, CSS pixels. */
const BOX = object({ left: number(), top: number(), right: number(), bottom: number() });
/** Parts of a frame's viewport its parents paint over. */
const FRAME_COVERS = refined(
  array(BOX),
  (boxes) => boxes.length <= MAX_FRAME_COVERS,
  `at most ${MAX_FRAME_COVERS} boxes`,
);

/** Frame nonces and offset tokens: issued by Tabwright, so anything else is forged. */
const HEX_32 = string(/^[0-9a-f]{32}$/, '32 hex digits');
const REF_NAMESPACE = string(/^[a-z0-9]*$/i, 'letters and digits');

/** Service worker → content script (one frame): typed and checked from this one definition. */
const CONTENT_REQUEST = variants('type', {
  'content/read_page': {
    filter: optional(nullable(literal('interactive', 'all'))),
    depth: optional(nullable(integer(1))),
    ref: optional(nullable(string())),
    /** The ref namespace a cross-origin frame mints in (see frames.ts in the service worker). */
    namespace: optional(REF_NAMESPACE),
    refFloor: optional(integer(0)),
    /** Issued by the service worker; cross-origin frames are announced with it (forged hellos carry no such nonce). */
    frameNonce: optional(HEX_32),
    /** A cross-origin frame's read: what its parent's snapshot found painted over it (`frames.covers` there). */
    coveredByParent: optional(FRAME_COVERS),
    /** A cross-origin frame's read: the part of its viewport that can be seen (`frames.views` there). */
    shownPart: optional(BOX),
  },
  /** `namespace`, `frameNonce`, `coveredByParent`, `shownPart`: as for read_page, for a cross-origin frame's own find or text. */
  'content/find': {
    query: string(),
    refFloor: optional(integer(0)),
    namespace: optional(REF_NAMESPACE),
    frameNonce: optional(HEX_32),
    coveredByParent: optional(FRAME_COVERS),
    shownPart: optional(BOX),
  },
  'content/page_text': {
    refFloor: optional(integer(0)),
    namespace: optional(REF_NAMESPACE),
    frameNonce: optional(HEX_32),
    coveredByParent: optional(FRAME_COVERS),
    shownPart: optional(BOX),
  },
  /** Performs one action; it also starts watching the page so that the next settle can say what changed. */
  /** `judged`: the token `content/describe` gave for what the gate judged; the action runs only on that element. */
  'content/act': {
    action: PAGE_ACTION,
    frameNonce: optional(HEX_32),
    judged: optional(HEX_32),
    /** A drag's press point: the token of what was judged there. */
    judgedPress: optional(HEX_32),
    /**
     * A check between the parts of one trusted call (its keys, or the moves and presses of a click): the change watch
     * and outline its first message started go on.
     */
    recheck: optional(boolean()),
  },
  /** Waits until the page is quiet (DOM and requests) and reports what changed since the last act. */
  /** `rewatch`: keep recording changes after this report, for a second settle once the page's requests ended. */
  'content/settle': { rewatch: optional(boolean()) },
  /** What the element at a ref or point (or the focused element, for null) really is, for the confirmation gate. */
  'content/describe': { target: nullable(POINT_TARGET) },
  /** Shows (or removes) numbered marks over the last snapshot's elements, for a vision-mode screenshot. */
  'content/marks': { show: boolean() },
  /** The live view (frame and badge) while a task drives the tab: on, off, or concealed for a screenshot. */
  'content/live': { mode: LIVE_VIEW_MODE },
  'content/ping': {},
});
export type ContentRequest = Infer<typeof CONTENT_REQUEST>;

/** What an action changed in the page, seen from inside it. */
const PAGE_CHANGES = object({
  /** Elements added to the document and still attached. */
  added: integer(0),
  /** A dialog that opened (modal, role=dialog, <dialog open>), described for the model. */
  dialog: optional(string()),
  /** The document started loading a new one in its place (which the browser may report a moment later). */
  leaving: optional(boolean()),
});
export type PageChanges = Infer<typeof PAGE_CHANGES>;

const RECT = object({ x: number(), y: number(), width: number(), height: number() });
const ELEMENT_FACTS = shapeOf<ElementFacts>()(
  object({
    role: string(),
    name: string(),
    tag: string(),
    type: optional(string()),
    form: optional(
      object({
        action: string(),
        method: string(),
        hasPassword: boolean(),
        fieldNames: array(string()),
        submitter: optional(string()),
      }),
    ),
    href: optional(string()),
    download: optional(boolean()),
    editable: optional(boolean()),
    labels: optional(string()),
    choices: optional(array(string())),
    accessKeys: optional(array(object({ key: string(), name: string() }))),
    context: optional(string()),
    nearby: optional(string()),
    rect: optional(RECT),
    documentUrl: optional(string()),
  }),
);

const FOUND = shapeOf<Found>()(
  object({
    matches: refined(
      array(object({ score: number(), line: string(), ref: optional(string()), points: optional(string()) })),
      (matches) => matches.length <= FIND_LIMIT,
      `at most ${FIND_LIMIT} matches`,
    ),
    text: boolean(),
    among: integer(0),
  }),
);

/** Content script → service worker: the answer to a ContentRequest. */
const CONTENT_ANSWER = object({
  ok: literal(true),
  text: optional(string()),
  /** read_page/find: the highest ref number the document has minted (see raiseRefFloor). */
  refMax: optional(integer(0)),
  /** `content/describe`: the element, or none at that point. */
  facts: optional(nullable(ELEMENT_FACTS)),
  /** `content/describe`: the page made its element's facts unreadable (the gate judges it as unknown). */
  unreadable: optional(literal(true)),
  /** `find`: this document's matches, for the service worker to merge with its frames' (describeFound). */
  found: optional(FOUND),
  /** `content/describe` at a point or the focus: a token for the element judged, for the action to carry back. */
  judged: optional(HEX_32),
  truncated: optional(boolean()),
  url: optional(string()),
  title: optional(string()),
  /** `focus_frame` between trusted keys: the focus left the element judged, so the rest are not sent (`text` says so). */
  halted: optional(boolean()),
  /** `locate`: where to press, in top-viewport CSS pixels. */
  point: optional(POINT),
  /** `scroll_step`: the wheel delta to send. */
  step: optional(object({ dx: number(), dy: number() })),
  /**
   * The point lies in a cross-origin frame this frame cannot act in: the service worker forwards the action to the
   * frame that reports this ref and nonce (its frame hello), at this point in that frame's viewport.
   */
  forward: optional(object({ ref: string(), nonce: string(), x: number(), y: number() })),
  changes: optional(PAGE_CHANGES),
  /**
   * `click`: the link it followed opens in a new tab (target=_blank, or a middle/ctrl click). The browser may block
   * that for synthetic clicks, so the service worker opens it when no tab appeared.
   */
  opensTab: optional(string()),
  /**
   * `read_page`, `page_text`: the cross-origin frames whose slots the text holds (`find`: all those in the page),
   * announced with this nonce; with the address each was told to load, so a frame whose load failed (its hello never
   * comes) is not waited for.
   */
  frames: optional(
    object({
      refs: array(string()),
      nonce: string(),
      sources: optional(array(string())),
      /** Per frame: what this frame paints over it, for the frame's own read (a banner over part of an embed). */
      covers: optional(array(FRAME_COVERS)),
      /** Per frame: the part of it that can be seen, for the frame's own read (an embed half below the fold). */
      views: optional(array(BOX)),
    }),
  ),
});
const CONTENT_REFUSAL = object({ ok: literal(false), error: string() });
export type ContentReply = Infer<typeof CONTENT_ANSWER> | Infer<typeof CONTENT_REFUSAL>;

/**
 * The service worker's check of a content script's answer (the content script runs in the page's renderer): null
 * when there was none, a problem when it does not parse.
 */
export function parseContentReply(reply: unknown): ContentReply | { problem: string } | null {
  if (reply === undefined || reply === null) return null;
  const shape = isPlainObject(reply) && reply.ok === false ? CONTENT_REFUSAL : CONTENT_ANSWER;
  const parsed = shape.parse(reply);
  return parsed.ok ? parsed.value : { problem: `The content script's answer does not parse: ${parsed.problem}.` };
}

/** The content script's check of what the service worker sent; null when it does not parse. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  return parsedOrNull(CONTENT_REQUEST, message);
}

/** Content script → service worker: the person pressed Stop on the page's live-view badge (a trusted click). */
const PAGE_STOP = object({ type: literal('page/stop') });
export type PageStopMessage = Infer<typeof PAGE_STOP>;

export function parsePageStop(message: unknown): PageStopMessage | null {
  return parsedOrNull(PAGE_STOP, message);
}

/** A ref the parent's snapshot gave an <iframe> element (the namespace part included). */
const FRAME_REF = string(/^ref_[a-z0-9_]{1,40}$/i, 'a ref like ref_12');

/**
 * Content script → service worker, sent by a cross-origin frame when its parent announced it (the snapshotter's frame
 * hello: the parent's ref for the <iframe> and a nonce). The service worker learns the frame's id from the sender,
 * which no page can forge, and answers with the ref namespace the frame must use from then on.
 */
const FRAME_HELLO_MESSAGE = object({ type: literal('frame/hello'), ref: FRAME_REF, nonce: HEX_32 });
export type FrameHelloMessage = Infer<typeof FRAME_HELLO_MESSAGE>;
const FRAME_HELLO_REPLY = object({ namespace: REF_NAMESPACE });
export type FrameHelloReply = Infer<typeof FRAME_HELLO_REPLY>;

export function parseFrameHello(message: unknown): FrameHelloMessage | null {
  return parsedOrNull(FRAME_HELLO_MESSAGE, message);
}

/**
 * Parent frame → child frame, through the page world (`postMessage`): the parent's ref for the child's <iframe> and
 * the nonce the worker issued. Any page can post one, so the child checks its shape and the worker its nonce.
 */
const PAGE_FRAME_HELLO = object({ type: literal(FRAME_HELLO), ref: FRAME_REF, nonce: HEX_32 });
export type PageFrameHello = Infer<typeof PAGE_FRAME_HELLO>;

export function parsePageFrameHello(message: unknown): PageFrameHello | null {
  return parsedOrNull(PAGE_FRAME_HELLO, message);
}

/** The content script's check of the worker's answer to its hello. */
export function parseFrameHelloReply(reply: unknown): FrameHelloReply | null {
  return parsedOrNull(FRAME_HELLO_REPLY, reply);
}

/** Service worker → offscreen document (which hosts the schema sandbox and keeps the worker alive). */
const OFFSCREEN_REQUEST = variants('type', {
  'schema/check': { target: literal('offscreen'), schema: unknown() },
  'schema/validate': { target: literal('offscreen'), schema: unknown(), data: unknown() },
});
export type OffscreenRequest = Infer<typeof OFFSCREEN_REQUEST>;

/** What the schema sandbox answers, through the offscreen document, to the service worker. */
const SCHEMA_REPLY = union(
  object({ ok: literal(true), valid: boolean(), errors: array(string()) }),
  object({ ok: literal(false), error: string() }),
);
export type SchemaReply = Infer<typeof SCHEMA_REPLY>;

/**
 * The offscreen document's check: null when the message is not addressed to it (every extension page hears the UI's
 * messages too), a problem when it is but does not parse.
 */
export function parseOffscreenRequest(message: unknown): OffscreenRequest | { problem: string } | null {
  if (!isPlainObject(message) || !Object.hasOwn(message, 'target') || message.target !== 'offscreen') return null;
  const parsed = OFFSCREEN_REQUEST.parse(message);
  return parsed.ok ? parsed.value : { problem: `The offscreen request is malformed: ${parsed.problem}.` };
}

/** The service worker's check of the offscreen document's answer. */
export function parseSchemaReply(reply: unknown): SchemaReply | null {
  return parsedOrNull(SCHEMA_REPLY, reply);
}

/** Offscreen document → schema sandbox (a manifest sandbox page, which alone may compile schemas). */
const SANDBOX_JOB = variants('kind', {
  check: { id: integer(0), schema: unknown() },
  validate: { id: integer(0), schema: unknown(), data: unknown() },
});
export type SandboxJob = Infer<typeof SANDBOX_JOB>;
const SANDBOX_ANSWER = object({ id: integer(0), reply: SCHEMA_REPLY });
export type SandboxAnswer = Infer<typeof SANDBOX_ANSWER>;

export function parseSandboxJob(message: unknown): SandboxJob | null {
  return parsedOrNull(SANDBOX_JOB, message);
}

export function parseSandboxAnswer(message: unknown): SandboxAnswer | null {
  return parsedOrNull(SANDBOX_ANSWER, message);
}

export const KEEPALIVE_PORT = 'tabwright-keepalive';

/**
 * Where a cross-origin frame sits in the top viewport, for trusted input, without trusting the page: the child's
 * content script asks the service worker to wait for its answer (`frame/offset-wait`) and asks its parent frame over
 * postMessage; the parent's content script answers through the service worker (`frame/offset`), which hands the
 * answer to the child only when it comes from the child's real parent frame. A page sees the question but cannot
 * answer it. Tokens are 32 hex characters.
 */
const FRAME_OFFSET_WAIT = object({ type: literal('frame/offset-wait'), token: HEX_32 });
export type FrameOffsetWait = Infer<typeof FRAME_OFFSET_WAIT>;
const FRAME_OFFSET_ANSWER = object({ type: literal('frame/offset'), token: HEX_32, x: number(), y: number() });
export type FrameOffsetAnswer = Infer<typeof FRAME_OFFSET_ANSWER>;
export type FrameOffsetReply = Point | null;

export function parseFrameOffsetWait(message: unknown): FrameOffsetWait | null {
  return parsedOrNull(FRAME_OFFSET_WAIT, message);
}

export function parseFrameOffsetAnswer(message: unknown): FrameOffsetAnswer | null {
  return parsedOrNull(FRAME_OFFSET_ANSWER, message);
}

/** The child frame's check of the worker's answer to its wait (null also when nobody could place it). */
export function parseFrameOffsetReply(reply: unknown): FrameOffsetReply {
  return parsedOrNull(POINT, reply);
}
