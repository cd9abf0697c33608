/**
 * Every message that crosses a context boundary, typed once here and checked by the receiver:
 * a message that does not parse is dropped, never half-trusted.
 */
import type { ErrorCode } from './errors';
import { isPlainObject } from './json-schema';

/** Extension pages (popup, side panel, options) → service worker. */
export type UiCommand =
  | { type: 'task/run'; options: unknown; tabId?: number }
  | { type: 'task/stop'; taskId: string }
  | { type: 'settings/test' };

export type CommandReply<T = unknown> =
  | ({ ok: true } & T)
  | { ok: false; error: { code: ErrorCode; message: string; field?: string } };

export function parseUiCommand(message: unknown): UiCommand | null {
  if (!isPlainObject(message)) return null;
  switch (message.type) {
    case 'task/run':
      if (message.tabId !== undefined && !Number.isInteger(message.tabId)) return null;
      return {
        type: 'task/run',
        options: message.options,
        ...(message.tabId === undefined ? {} : { tabId: message.tabId as number }),
      };
    case 'task/stop':
      return typeof message.taskId === 'string' ? { type: 'task/stop', taskId: message.taskId } : null;
    case 'settings/test':
      return { type: 'settings/test' };
    default:
      return null;
  }
}

/** Service worker → content script (one frame). */
export type ContentRequest =
  | { type: 'content/read_page'; filter?: 'interactive' | 'all' | null; depth?: number | null; ref?: string | null }
  | { type: 'content/find'; query: string }
  | { type: 'content/page_text' }
  | { type: 'content/act'; action: PageAction }
  | { type: 'content/ping' };

export type ElementAction =
  | { kind: 'click'; ref: string; button: 'left' | 'right' | 'middle'; count: number; modifiers: string[] }
  | { kind: 'hover'; ref: string }
  | { kind: 'form_input'; ref: string; value: string | number | boolean }
  | { kind: 'scroll_to'; ref: string }
  | { kind: 'locate'; ref: string };

export type PageAction =
  | ElementAction
  | { kind: 'click_at'; x: number; y: number; button: 'left' | 'right' | 'middle'; count: number; modifiers: string[] }
  | { kind: 'hover_at'; x: number; y: number }
  | { kind: 'type'; text: string }
  | { kind: 'key'; keys: string; repeat: number }
  | { kind: 'scroll'; x: number; y: number; dx: number; dy: number };

export type ContentReply =
  | { ok: true; text?: string; truncated?: boolean; url?: string; title?: string; rect?: Rect }
  | { ok: false; error: string };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const ACTION_KINDS = new Set(['click', 'hover', 'form_input', 'scroll_to', 'locate', 'click_at', 'hover_at', 'type', 'key', 'scroll']);

export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!isPlainObject(message) || typeof message.type !== 'string') return null;
  switch (message.type) {
    case 'content/read_page':
    case 'content/page_text':
    case 'content/ping':
      return message as ContentRequest;
    case 'content/find':
      return typeof message.query === 'string' ? (message as ContentRequest) : null;
    case 'content/act': {
      const action = message.action;
      if (!isPlainObject(action) || typeof action.kind !== 'string' || !ACTION_KINDS.has(action.kind)) return null;
      if ('ref' in action && typeof action.ref !== 'string') return null;
      return message as ContentRequest;
    }
    default:
      return null;
  }
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
