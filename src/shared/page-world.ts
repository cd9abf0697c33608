/**
 * Everything Tabwright shares with a page's own world, named once. The main world belongs to the page: it can read
 * and write anything there, so nothing in it carries a fixed, guessable name, and nothing read back from it is
 * trusted — it is validated, capped and shown to the model as page content.
 */
import { isPlainObject } from './json-schema';
import { type Infer, literal, object, parsedOrNull, string } from './shape';

/** Message types the content scripts of a page's frames post to each other (the page sees these too). */
export const FRAME_HELLO = 'tabwright:frame-ref';
export const FRAME_OFFSET_ASK = 'tabwright:frame-offset?';

/** A child frame asks its parent where it sits (see frame-offset.ts in the content script); anyone can post one. */
const FRAME_OFFSET_QUESTION = object({
  type: literal(FRAME_OFFSET_ASK),
  token: string(/^[0-9a-f]{32}$/, '32 hex digits'),
});
export type FrameOffsetQuestion = Infer<typeof FRAME_OFFSET_QUESTION>;

export function parseFrameOffsetQuestion(data: unknown): FrameOffsetQuestion | null {
  return parsedOrNull(FRAME_OFFSET_QUESTION, data);
}

/** The dialogs a page may report through the dialog guard's channel: the kinds that exist, nothing else. */
export const DIALOG_KINDS = ['alert', 'confirm', 'prompt'] as const;
export type DialogKind = (typeof DIALOG_KINDS)[number];
export interface DialogNote {
  kind: DialogKind;
  message: string;
}
/** At most this many dialogs are reported per action, each message cut to DIALOG_MESSAGE_CHARS. */
export const MAX_DIALOG_NOTES = 3;
export const DIALOG_MESSAGE_CHARS = 200;
/** A value longer than this is not read at all: the guard never hands out more. */
export const MAX_DIALOG_NOTES_CHARS = 4_000;

/**
 * A token nobody can guess, made per service-worker run from random bytes and handed to main-world scripts as an
 * argument: never a global, an attribute or an event name the page could look for.
 */
export function secretToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0')).join('');
}

/**
 * The dialog notes a main-world answer holds, whoever gave it (the guard, or a page that replaced it): only
 * well-formed notes of real kinds, at most MAX_DIALOG_NOTES, messages cut and on one line.
 */
export function parseDialogNotes(raw: unknown): DialogNote[] {
  if (typeof raw !== 'string' || raw.length > MAX_DIALOG_NOTES_CHARS) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const notes: DialogNote[] = [];
  for (const entry of parsed) {
    if (notes.length >= MAX_DIALOG_NOTES) break;
    if (!isPlainObject(entry) || !DIALOG_KINDS.includes(entry.kind as DialogKind) || typeof entry.message !== 'string')
      continue;
    notes.push({
      kind: entry.kind as DialogKind,
      message: entry.message.replace(/\s+/g, ' ').trim().slice(0, DIALOG_MESSAGE_CHARS),
    });
  }
  return notes;
}
