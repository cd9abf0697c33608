/**
 * Every message that crosses a context boundary, typed once here and checked by the receiver:
 * a message that does not parse is dropped, never half-trusted.
 */
import type { ApprovalRequest } from './approval';
import type { ElementFacts } from './element-facts';
import type { ErrorCode } from './errors';
import { isPlainObject } from './json-schema';

/** Extension pages (popup, side panel, options) → service worker. */
export type UiCommand =
  /** `continueFrom`: a finished task whose tab and memory the new one carries on with ("Continue"). */
  | { type: 'task/run'; options: unknown; tabId?: number; continueFrom?: string }
  | { type: 'task/stop'; taskId: string }
  | { type: 'settings/test' }
  /** Whether a response schema compiles (ajv cannot compile in extension pages) → `{ valid, errors }`. */
  | { type: 'schema/check'; schema: unknown }
  /** The models the configured API offers → `{ models: ModelInfo[] }`. */
  | { type: 'models/list' }
  /** A person's reply to the agent's pending question (`TaskState.pending`, kind `question`). */
  | { type: 'task/answer'; taskId: string; requestId: string; answer: string }
  /** A person's decision on the agent's pending confirmation (`TaskState.pending`, kind `confirmation`). */
  | { type: 'task/confirm'; taskId: string; requestId: string; approved: boolean; remember?: boolean };

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
export type UserRequest =
  | { kind: 'question'; id: string; question: string; choices?: string[] }
  | ApprovalRequest;

export type CommandReply<T = unknown> =
  | ({ ok: true } & T)
  | { ok: false; error: { code: ErrorCode; message: string; field?: string } };

export function parseUiCommand(message: unknown): UiCommand | null {
  if (!isPlainObject(message)) return null;
  switch (message.type) {
    case 'task/run':
      if (message.tabId !== undefined && !Number.isInteger(message.tabId)) return null;
      if (message.continueFrom !== undefined && typeof message.continueFrom !== 'string') return null;
      return {
        type: 'task/run',
        options: message.options,
        ...(message.tabId === undefined ? {} : { tabId: message.tabId as number }),
        ...(typeof message.continueFrom === 'string' ? { continueFrom: message.continueFrom } : {}),
      };
    case 'task/stop':
      return typeof message.taskId === 'string' ? { type: 'task/stop', taskId: message.taskId } : null;
    case 'settings/test':
      return { type: 'settings/test' };
    case 'schema/check':
      return 'schema' in message ? { type: 'schema/check', schema: message.schema } : null;
    case 'models/list':
      return { type: 'models/list' };
    case 'task/answer':
      return typeof message.taskId === 'string' && typeof message.requestId === 'string' && typeof message.answer === 'string'
        ? { type: 'task/answer', taskId: message.taskId, requestId: message.requestId, answer: message.answer }
        : null;
    case 'task/confirm':
      return typeof message.taskId === 'string' && typeof message.requestId === 'string' && typeof message.approved === 'boolean'
        ? {
            type: 'task/confirm',
            taskId: message.taskId,
            requestId: message.requestId,
            approved: message.approved,
            ...(message.remember === true ? { remember: true } : {}),
          }
        : null;
    default:
      return null;
  }
}

/** Service worker → content script (one frame). */
export type ContentRequest =
  /** `namespace`: the ref namespace a cross-origin frame mints in (see frames.ts in the service worker). */
  | { type: 'content/read_page'; filter?: 'interactive' | 'all' | null; depth?: number | null; ref?: string | null; namespace?: string; refFloor?: number }
  | { type: 'content/find'; query: string; refFloor?: number }
  | { type: 'content/page_text' }
  /** Performs one action; it also starts watching the page so that the next settle can say what changed. */
  | { type: 'content/act'; action: PageAction }
  /** Waits until the page is quiet (DOM and requests) and reports what changed since the last act. */
  | { type: 'content/settle' }
  /** What the element at a ref or point (or the focused element, for null) really is, for the confirmation gate. */
  | { type: 'content/describe'; target: PointTarget | null }
  /** Shows (or removes) numbered marks over the last snapshot's elements, for a vision-mode screenshot. */
  | { type: 'content/marks'; show: boolean }
  /** The live view (frame and badge) while a task drives the tab: on, off, or concealed for a screenshot. */
  | { type: 'content/live'; mode: LiveViewMode }
  | { type: 'content/ping' };

export type LiveViewMode = 'on' | 'off' | 'conceal' | 'reveal';
const LIVE_VIEW_MODES = new Set<string>(['on', 'off', 'conceal', 'reveal']);

export type MouseButton = 'left' | 'right' | 'middle';
export type Modifier = 'ctrl' | 'shift' | 'alt' | 'meta';

/** An element by ref, or a point in this frame's viewport (CSS pixels). */
export type PointTarget = { ref: string } | { x: number; y: number };

export interface Point {
  x: number;
  y: number;
}

/** A file the user attached to the task (the task option `files`), carried to the page inline. */
export interface UploadFile {
  name: string;
  type: string;
  /** Base64 without the `data:` prefix. */
  data: string;
}

export type PageAction =
  | { kind: 'click'; target: PointTarget; button: MouseButton; count: number; modifiers: Modifier[] }
  | { kind: 'hover'; target: PointTarget }
  | { kind: 'mouse'; phase: 'down' | 'up' | 'move'; x: number; y: number }
  | { kind: 'drag'; from: Point; to: Point }
  | { kind: 'type'; text: string }
  | { kind: 'key'; keys: string; repeat: number }
  | { kind: 'hold_key'; keys: string; phase: 'down' | 'up' }
  | { kind: 'form_input'; ref: string; value: string | number | boolean }
  | { kind: 'scroll'; x: number; y: number; dx: number; dy: number }
  | { kind: 'scroll_to'; ref: string }
  | { kind: 'upload'; ref: string; files: UploadFile[] }
  /**
   * Checks a target as a click would (exists, enabled, scrolled into view, on top) without acting, and returns the
   * point in top-viewport coordinates: trusted input then presses there. `press`: a disabled element is refused;
   * `draggable`: an element that is not draggable is refused.
   */
  | { kind: 'locate'; target: PointTarget; press?: boolean; draggable?: boolean }
  /** Checks that typing has somewhere to go: the focused element accepts text. */
  | { kind: 'focus_check' };

/** What an action changed in the page, seen from inside it. */
export interface PageChanges {
  /** Elements added to the document and still attached. */
  added: number;
  /** A dialog that opened (modal, role=dialog, <dialog open>), described for the model. */
  dialog?: string;
  /** alert/confirm/prompt calls the page made, answered as dismissed (see native-dialogs.ts). */
  nativeDialogs?: Array<{ kind: string; message: string }>;
}

export type ContentReply =
  | {
      ok: true;
      text?: string;
      /** read_page/find: the highest ref number the document has minted (see raiseRefFloor). */
      refMax?: number;
      /** `content/describe`: the element, or none at that point. */
      facts?: ElementFacts | null;
      truncated?: boolean;
      url?: string;
      title?: string;
      /** `locate`: where to press, in top-viewport CSS pixels. */
      point?: Point;
      /**
       * The point lies in a cross-origin frame this frame cannot act in: the service worker forwards the action to the
       * frame that reports this ref and nonce (its frame hello), at this point in that frame's viewport.
       */
      forward?: { ref: string; nonce: string; x: number; y: number };
      changes?: PageChanges;
      /**
       * `click`: the link it followed opens in a new tab (target=_blank, or a middle/ctrl click). The browser may block
       * that for synthetic clicks, so the service worker opens it when no tab appeared.
       */
      opensTab?: string;
      /** `read_page`: the cross-origin frames whose slots the text holds, announced with this nonce. */
      frames?: { refs: string[]; nonce: string };
    }
  | { ok: false; error: string };

const ACTION_KINDS = new Set([
  'click',
  'hover',
  'mouse',
  'drag',
  'type',
  'key',
  'hold_key',
  'form_input',
  'scroll',
  'scroll_to',
  'upload',
  'locate',
  'focus_check',
]);

export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!isPlainObject(message) || typeof message.type !== 'string') return null;
  switch (message.type) {
    case 'content/read_page':
      return (message.namespace === undefined || (typeof message.namespace === 'string' && /^[a-z0-9]*$/i.test(message.namespace))) &&
        isRefFloor(message.refFloor)
        ? (message as ContentRequest)
        : null;
    case 'content/page_text':
    case 'content/ping':
    case 'content/settle':
      return message as ContentRequest;
    case 'content/find':
      return typeof message.query === 'string' && isRefFloor(message.refFloor) ? (message as ContentRequest) : null;
    case 'content/act':
      return isPageAction(message.action) ? (message as ContentRequest) : null;
    case 'content/describe':
      return message.target === null || isPointTarget(message.target) ? (message as ContentRequest) : null;
    case 'content/marks':
      return typeof message.show === 'boolean' ? (message as ContentRequest) : null;
    case 'content/live':
      return typeof message.mode === 'string' && LIVE_VIEW_MODES.has(message.mode) ? (message as ContentRequest) : null;
    default:
      return null;
  }
}

/** Content script → service worker: the person pressed Stop on the page's live-view badge (a trusted click). */
export type PageStopMessage = { type: 'page/stop' };

export function parsePageStop(message: unknown): PageStopMessage | null {
  return isPlainObject(message) && message.type === 'page/stop' ? { type: 'page/stop' } : null;
}

function isPageAction(action: unknown): action is PageAction {
  if (!isPlainObject(action) || typeof action.kind !== 'string' || !ACTION_KINDS.has(action.kind)) return false;
  if ('ref' in action && typeof action.ref !== 'string') return false;
  if ('target' in action && !isPointTarget(action.target)) return false;
  for (const field of ['x', 'y', 'dx', 'dy', 'count', 'repeat'] as const) {
    if (field in action && !Number.isFinite(action[field])) return false;
  }
  for (const field of ['text', 'keys'] as const) {
    if (field in action && typeof action[field] !== 'string') return false;
  }
  if ('from' in action && !isPoint(action.from)) return false;
  if ('to' in action && !isPoint(action.to)) return false;
  if ('files' in action && !(Array.isArray(action.files) && action.files.every(isUploadFile))) return false;
  return true;
}

function isRefFloor(floor: unknown): boolean {
  return floor === undefined || (Number.isInteger(floor) && (floor as number) >= 0);
}

function isPointTarget(target: unknown): boolean {
  return isPlainObject(target) && (typeof target.ref === 'string' || isPoint(target));
}

function isPoint(point: unknown): boolean {
  return isPlainObject(point) && Number.isFinite(point.x) && Number.isFinite(point.y);
}

function isUploadFile(file: unknown): boolean {
  return isPlainObject(file) && typeof file.name === 'string' && typeof file.type === 'string' && typeof file.data === 'string';
}

/**
 * Content script → service worker, sent by a cross-origin frame when its parent announced it (the snapshotter's frame
 * hello: the parent's ref for the <iframe> and a nonce). The service worker learns the frame's id from the sender, which
 * no page can forge, and answers with the ref namespace the frame must use from then on.
 */
export type FrameHelloMessage = { type: 'frame/hello'; ref: string; nonce: string };
export type FrameHelloReply = { namespace: string };

export function parseFrameHello(message: unknown): FrameHelloMessage | null {
  if (!isPlainObject(message) || message.type !== 'frame/hello') return null;
  if (typeof message.ref !== 'string' || typeof message.nonce !== 'string') return null;
  return { type: 'frame/hello', ref: message.ref, nonce: message.nonce };
}

/** Service worker ↔ offscreen document (which hosts the schema sandbox and keeps the worker alive). */
export type OffscreenRequest =
  | { target: 'offscreen'; type: 'schema/check'; schema: unknown }
  | { target: 'offscreen'; type: 'schema/validate'; schema: unknown; data: unknown };

export type SchemaReply = { ok: true; valid: boolean; errors: string[] } | { ok: false; error: string };

export function parseOffscreenRequest(message: unknown): OffscreenRequest | null {
  if (!isPlainObject(message) || message.target !== 'offscreen') return null;
  if (message.type === 'schema/check') return { target: 'offscreen', type: 'schema/check', schema: message.schema };
  if (message.type === 'schema/validate') {
    return { target: 'offscreen', type: 'schema/validate', schema: message.schema, data: message.data };
  }
  return null;
}

export const KEEPALIVE_PORT = 'tabwright-keepalive';
