import { withinAnswerTime } from './answer-time';
import { briefly } from './brief-wait';
import { type DialogNote, parseDialogNotes, secretToken } from '../../shared/page-world';

/**
 * alert(), confirm() and prompt() stop a page's thread until someone answers, which would freeze the content script
 * and the task with it. In the task's tabs they are replaced, in the page's own world, by versions that answer at once
 * as "dismissed" (confirm → false, prompt → null) and keep a note of the dialog, which the worker takes after each
 * action. The originals come back when the task ends.
 *
 * The main world is the page's: it must not be able to tell the guard is there by a name (no globals, no
 * `Symbol.for` keys, no attributes: the notes stay in the guard's closure), nor by the functions (name, length,
 * `toString` and construct behaviour match the browser's own). The guard is reached only by calling it with a token
 * made per worker run as `this`. What it answers is still treated as page content (a page may have replaced it): the
 * worker validates and caps it, and the model reads it inside the untrusted-content envelope.
 */
const TOKEN = secretToken();

export class NativeDialogs {
  private readonly guarded: () => number[];

  constructor(guarded: () => number[]) {
    this.guarded = guarded;
    chrome.webNavigation.onCommitted.addListener(this.onCommitted);
  }

  private readonly onCommitted = (details: { tabId: number; frameId: number }) => {
    if (this.guarded().includes(details.tabId)) void inject(details.tabId, details.frameId, true);
  };

  async guard(tabId: number): Promise<void> {
    await inject(tabId, undefined, true);
  }

  async dispose(): Promise<void> {
    chrome.webNavigation.onCommitted.removeListener(this.onCommitted);
    await Promise.all(this.guarded().map((tabId) => briefly(inject(tabId, undefined, false))));
  }
}

async function inject(tabId: number, frameId: number | undefined, install: boolean): Promise<void> {
  await chrome.scripting
    .executeScript({
      target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
      world: 'MAIN',
      injectImmediately: true,
      func: install ? installDialogGuard : removeDialogGuard,
      args: [TOKEN],
    })
    // A page that forbids scripts (or a tab that closed) has no dialogs for us to guard.
    .catch(() => undefined);
}

/** The dialogs these frames of a tab opened since the last take, answered as dismissed. */
export async function takeDialogNotes(tabId: number, frameIds: number[]): Promise<DialogNote[]> {
  const taken = chrome.scripting.executeScript({
    target: { tabId, frameIds },
    world: 'MAIN',
    injectImmediately: true,
    func: takeNotes,
    args: [TOKEN],
  });
  // A page busy since the action answers no script: its notes are read after the next action instead.
  const results = await withinAnswerTime(taken).catch(() => []);
  return results.flatMap((result) => parseDialogNotes(result.result));
}

/**
 * Runs in the page (serialized by executeScript), so it must be self-contained. Called with the token as `this`, a
 * guard function answers with its uninstaller (how a second install or the removal finds it without any global), and
 * with the token and "?" with its notes; with any other `this` than the window it throws like the browser's own.
 */
function installDialogGuard(token: string) {
  const win = window;
  const apply = Reflect.apply;
  const stringValue = String.prototype.valueOf;
  const nativeToString = Function.prototype.toString;
  const toStringDescriptor = Object.getOwnPropertyDescriptor(Function.prototype, 'toString');
  const captureStack = (Error as { captureStackTrace?: (error: Error, above: unknown) => void }).captureStackTrace;
  const tokenIn = (self: unknown) => {
    try {
      return apply(stringValue, self, []) as string;
    } catch {
      return undefined;
    }
  };
  try {
    if (typeof apply(win.alert, token, []) === 'function') return;
  } catch {
    // The browser's own alert refuses a string as `this`: not installed yet.
  }
  const originals = { alert: win.alert, confirm: win.confirm, prompt: win.prompt };
  let notes: Array<{ kind: string; message: string }> = [];
  const note = (kind: string, message: unknown) => {
    notes.push({ kind, message: String(message ?? '').slice(0, 300) });
    if (notes.length > 5) notes = notes.slice(-5);
  };
  const take = () => {
    const taken = JSON.stringify(notes);
    notes = [];
    return taken;
  };
  const restore = () => {
    win.alert = originals.alert;
    win.confirm = originals.confirm;
    win.prompt = originals.prompt;
    if (toStringDescriptor) Object.defineProperty(Function.prototype, 'toString', toStringDescriptor);
  };
  // Method shorthand makes functions that, like the browser's, have no prototype and cannot be constructed.
  const answer = (self: unknown, kind: 'alert' | 'confirm' | 'prompt', message: unknown) => {
    const called = tokenIn(self);
    if (called === token) return restore;
    if (called === `${token}?`) return take();
    if (self !== undefined && self !== null && self !== win) {
      // Like the browser's own: no frame of the guard in the stack the page sees.
      const error = new TypeError('Illegal invocation');
      captureStack?.(error, guards[kind]);
      throw error;
    }
    note(kind, message);
    return undefined;
  };
  const guards = {
    alert(...args: unknown[]) {
      return answer(this, 'alert', args[0]);
    },
    confirm(...args: unknown[]) {
      return answer(this, 'confirm', args[0]) ?? false;
    },
    prompt(...args: unknown[]) {
      return answer(this, 'prompt', args[0]) ?? null;
    },
  };
  // Function.prototype.toString answers for the guards (and for itself) with the browser's own text.
  const masked = {
    toString() {
      for (let i = 0; i < replaced.length; i++) if (this === replaced[i]) return texts[i];
      return apply(nativeToString, this, []) as string;
    },
  };
  const replaced: unknown[] = [guards.alert, guards.confirm, guards.prompt, masked.toString];
  const texts = [originals.alert, originals.confirm, originals.prompt, nativeToString].map(
    (fn) => apply(nativeToString, fn, []) as string,
  );
  if (toStringDescriptor)
    Object.defineProperty(Function.prototype, 'toString', { ...toStringDescriptor, value: masked.toString });
  win.alert = guards.alert as typeof win.alert;
  win.confirm = guards.confirm as typeof win.confirm;
  win.prompt = guards.prompt as typeof win.prompt;
}

function removeDialogGuard(token: string) {
  try {
    const restore: unknown = Reflect.apply(window.alert, token, []);
    if (typeof restore === 'function') restore();
  } catch {
    // The browser's own alert: nothing to remove.
  }
}

/** Runs in the page: the guard's notes since the last take, as JSON, or null where no guard answers. */
function takeNotes(token: string): unknown {
  try {
    return Reflect.apply(window.alert, `${token}?`, []);
  } catch {
    return null;
  }
}
