import {
  type Chord,
  characterKey,
  type KeySpec,
  modifierKey,
  modifierMask,
  type ModifierName,
  parseKeySequence,
} from '../../../shared/keys';
import type { MouseButton, Point } from '../../../shared/protocol';
import type { DebuggerSessions } from './session';

/**
 * Real input through chrome.debugger (Input.* events): the browser hit-tests, focuses, routes into cross-origin frames
 * and produces trusted events, for sites that ignore synthetic ones. Points are top-viewport CSS pixels.
 */
export class TrustedInput {
  private readonly sessions: DebuggerSessions;
  private readonly tabId: number;

  constructor(sessions: DebuggerSessions, tabId: number) {
    this.sessions = sessions;
    this.tabId = tabId;
  }

  private mouse(type: string, point: Point, extra: object = {}) {
    return this.sessions.send(this.tabId, 'Input.dispatchMouseEvent', { type, x: point.x, y: point.y, ...extra });
  }

  async move(point: Point, buttons = 0): Promise<void> {
    await this.mouse('mouseMoved', point, buttons ? { button: 'left', buttons } : {});
  }

  /**
   * Moves to the point and presses there `count` times. `beforePress` runs before each press (with how many went
   * before it): the pointer's arrival and each click run the page's handlers, which can put another element there, so
   * the caller checks the point again and throws to stop.
   */
  async click(
    point: Point,
    button: MouseButton,
    count: number,
    modifiers: readonly ModifierName[],
    beforePress?: BeforePress,
  ): Promise<void> {
    const mask = modifierMask(modifiers);
    await this.holdModifiers(modifiers, 'keyDown');
    try {
      await this.move(point);
      for (let clickCount = 1; clickCount <= count; clickCount++) {
        await beforePress?.(clickCount - 1);
        await this.mouse('mousePressed', point, { button, clickCount, modifiers: mask, buttons: BUTTONS[button] });
        await this.mouse('mouseReleased', point, { button, clickCount, modifiers: mask });
      }
    } finally {
      await this.holdModifiers(modifiers, 'keyUp');
    }
  }

  /** Moves to the point and presses the left button; `beforePress` as for click. */
  async down(point: Point, beforePress?: BeforePress): Promise<void> {
    await this.move(point);
    await beforePress?.(0);
    await this.mouse('mousePressed', point, { button: 'left', clickCount: 1, buttons: 1 });
  }

  async up(point: Point): Promise<void> {
    await this.mouse('mouseReleased', point, { button: 'left', clickCount: 1 });
  }

  /**
   * A drag in steps. HTML5 drag-and-drop does not start from synthesized mouse moves in a headless or unfocused
   * browser, so drags are intercepted and replayed as Input.dispatchDragEvent when the page starts one. Resolves to
   * whether an HTML5 drag took place.
   */
  async drag(from: Point, to: Point, beforePress?: BeforePress): Promise<boolean> {
    await this.sessions.send(this.tabId, 'Input.setInterceptDrags', { enabled: true });
    let dragData: unknown = null;
    let wake = () => {};
    const stop = this.sessions.onTabEvent(this.tabId, (method, params) => {
      if (method !== 'Input.dragIntercepted') return;
      dragData = (params as { data: unknown }).data;
      wake();
    });
    try {
      await this.down(from, beforePress);
      let entered = false;
      for (const fraction of [0.1, 0.5, 0.9, 1]) {
        const point = { x: from.x + (to.x - from.x) * fraction, y: from.y + (to.y - from.y) * fraction };
        if (!dragData) {
          await this.move(point, 1);
          // The browser reports a drag the page started right after the move that started it.
          if (fraction === 0.1) {
            await new Promise<void>((resolve) => {
              wake = resolve;
              setTimeout(resolve, DRAG_START_WAIT_MS);
            });
          }
          continue;
        }
        await this.sessions.send(this.tabId, 'Input.dispatchDragEvent', {
          type: entered ? 'dragOver' : 'dragEnter',
          ...point,
          data: dragData,
        });
        if (!entered)
          await this.sessions.send(this.tabId, 'Input.dispatchDragEvent', {
            type: 'dragOver',
            ...point,
            data: dragData,
          });
        entered = true;
      }
      if (dragData)
        await this.sessions.send(this.tabId, 'Input.dispatchDragEvent', { type: 'drop', ...to, data: dragData });
      await this.up(to);
      return dragData !== null;
    } finally {
      stop();
      await this.sessions.send(this.tabId, 'Input.setInterceptDrags', { enabled: false }).catch(() => undefined);
    }
  }

  async wheel(point: Point, dx: number, dy: number): Promise<void> {
    await this.mouse('mouseWheel', point, { deltaX: dx, deltaY: dy });
  }

  /**
   * Types like a keyboard: a key press per character it has a key for (keydown, keypress, input, keyup), else an IME
   * insert. The browser sends each to wherever the focus is by then: `between` runs before each character after the
   * first (with how many went before it), and the rest are not typed once it answers false.
   */
  async type(text: string, between?: Between): Promise<void> {
    for (const [done, char] of Array.from(text).entries()) {
      if (done > 0 && between && !(await between(done))) return;
      const spec = characterKey(char);
      if (spec?.code) await this.chord({ modifiers: [], key: spec });
      else await this.sessions.send(this.tabId, 'Input.insertText', { text: char });
    }
  }

  /** Presses chords in order; `between` as for type. */
  async keys(chords: readonly Chord[], between?: Between): Promise<void> {
    for (const [done, chord] of chords.entries()) {
      if (done > 0 && between && !(await between(done))) return;
      await this.chord(chord);
    }
  }

  async hold(text: string, phase: 'down' | 'up'): Promise<void> {
    const [chord] = parseKeySequence(text);
    if (!chord) return;
    const mask = modifierMask(chord.modifiers);
    if (phase === 'down') {
      await this.holdModifiers(chord.modifiers, 'keyDown');
      if (chord.key) await this.key('rawKeyDown', chord.key, mask);
    } else {
      if (chord.key) await this.key('keyUp', chord.key, mask);
      await this.holdModifiers(chord.modifiers, 'keyUp');
    }
  }

  private async chord(chord: Chord): Promise<void> {
    const mask = modifierMask(chord.modifiers);
    await this.holdModifiers(chord.modifiers, 'keyDown');
    if (chord.key) {
      // Only a key that types (no modifier but shift) gets a keyDown with text, which also fires keypress and input.
      const type = chord.key.text && !(mask & ~SHIFT) ? 'keyDown' : 'rawKeyDown';
      await this.key(type, chord.key, mask);
      await this.key('keyUp', chord.key, mask);
    }
    await this.holdModifiers(chord.modifiers, 'keyUp');
  }

  private key(type: string, spec: KeySpec, modifiers: number) {
    const text =
      type === 'keyDown'
        ? modifiers & SHIFT && spec.text?.length === 1
          ? spec.text.toUpperCase()
          : spec.text
        : undefined;
    return this.sessions.send(this.tabId, 'Input.dispatchKeyEvent', {
      type,
      key: spec.key,
      code: spec.code,
      windowsVirtualKeyCode: spec.keyCode,
      modifiers,
      ...(text ? { text, unmodifiedText: spec.text } : {}),
    });
  }

  private async holdModifiers(modifiers: readonly ModifierName[], type: 'keyDown' | 'keyUp') {
    const ordered = type === 'keyDown' ? modifiers : [...modifiers].reverse();
    let mask = type === 'keyDown' ? 0 : modifierMask(modifiers);
    for (const name of ordered) {
      if (type === 'keyDown') mask |= modifierMask([name]);
      await this.key(type === 'keyDown' ? 'rawKeyDown' : 'keyUp', modifierKey(name), mask);
      if (type === 'keyUp') mask &= ~modifierMask([name]);
    }
  }
}

/** Runs before a press, with how many presses of the call went before it; throws to stop the rest. */
type BeforePress = (done: number) => Promise<void>;
/** Runs between the keys or characters of a call, with how many went before; false stops the rest. */
type Between = (done: number) => Promise<boolean>;

const BUTTONS: Record<MouseButton, number> = { left: 1, right: 2, middle: 4 };
const SHIFT = modifierMask(['shift']);
/** Bound on waiting for the browser to report that a press-and-move started an HTML5 drag. */
const DRAG_START_WAIT_MS = 150;
