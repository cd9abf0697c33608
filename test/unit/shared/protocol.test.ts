import { describe, expect, it } from 'vitest';
import {
  type ContentRequest,
  MAX_FRAME_COVERS,
  parseContentReply,
  parseContentRequest,
  parseFrameOffsetAnswer,
  parseFrameOffsetWait,
  parseOffscreenRequest,
  parseUiCommand,
} from '../../../src/shared/protocol';

describe('message parsing at the receiving end', () => {
  it('accepts well-formed UI commands and drops everything else', () => {
    expect(parseUiCommand({ type: 'task/run', options: { task: 'x' } })).toEqual({
      type: 'task/run',
      options: { task: 'x' },
    });
    expect(parseUiCommand({ type: 'task/run', options: {}, tabId: 3 })).toEqual({
      type: 'task/run',
      options: {},
      tabId: 3,
    });
    expect(parseUiCommand({ type: 'task/run', options: {}, tabId: '3' })).toEqual({
      problem: 'The "task/run" command is malformed: tabId: expected a whole number, got "3".',
    });
    expect(parseUiCommand({ type: 'task/stop', taskId: 7 })).toMatchObject({
      problem: expect.stringMatching(/taskId/),
    });
    expect(parseUiCommand({ type: 'settings/steal' })).toBeNull();
    expect(parseUiCommand(null)).toBeNull();
  });

  it('checks content requests, including the action kind', () => {
    expect(parseContentRequest({ type: 'content/find', query: 'cart' })).not.toBeNull();
    expect(parseContentRequest({ type: 'content/find' })).toBeNull();
    expect(
      parseContentRequest({
        type: 'content/act',
        action: { kind: 'click', target: { ref: 'ref_1' }, button: 'left', count: 1, modifiers: [] },
      }),
    ).not.toBeNull();
    expect(parseContentRequest({ type: 'content/act', action: { kind: 'format_disk' } })).toBeNull();
    expect(parseContentRequest({ type: 'content/act', action: { kind: 'click', ref: 5 } })).toBeNull();
    // A scrollable region scrolled by its ref.
    expect(
      parseContentRequest({ type: 'content/act', action: { kind: 'scroll', ref: 'ref_3', dx: 0, dy: 300 } }),
    ).not.toBeNull();
    expect(
      parseContentRequest({ type: 'content/act', action: { kind: 'scroll', ref: 'ref_3', dx: 0, dy: 'far' } }),
    ).toBeNull();
  });

  it('takes only well-formed frame nonces and offset messages (the worker issues them; anything else is dropped)', () => {
    const nonce = 'a'.repeat(32);
    expect(parseContentRequest({ type: 'content/read_page', frameNonce: nonce })).not.toBeNull();
    expect(parseContentRequest({ type: 'content/read_page', frameNonce: 'x'.repeat(10_000) })).toBeNull();
    expect(parseContentRequest({ type: 'content/act', action: { kind: 'focus_check' }, frameNonce: 7 })).toBeNull();
    // The gate's token for the element it judged: issued by the content script, 32 hex digits or dropped.
    const judged = (token: unknown) =>
      parseContentRequest({ type: 'content/act', action: { kind: 'focus_frame' }, judged: token });
    expect(judged(nonce)).not.toBeNull();
    expect(judged('ref_3')).toBeNull();
    expect(parseContentReply({ ok: true, facts: null, judged: nonce })).toEqual({
      ok: true,
      facts: null,
      judged: nonce,
    });
    expect(parseContentReply({ ok: true, facts: null, judged: 12 })).toHaveProperty('problem');
    expect(parseContentRequest({ type: 'content/settle', rewatch: true })).not.toBeNull();
    expect(parseContentRequest({ type: 'content/settle', rewatch: 'yes' })).toBeNull();
    expect(parseFrameOffsetWait({ type: 'frame/offset-wait', token: nonce })).toEqual({
      type: 'frame/offset-wait',
      token: nonce,
    });
    expect(parseFrameOffsetWait({ type: 'frame/offset-wait', token: 'short' })).toBeNull();
    expect(parseFrameOffsetAnswer({ type: 'frame/offset', token: nonce, x: 3, y: 4 })).toEqual({
      type: 'frame/offset',
      token: nonce,
      x: 3,
      y: 4,
    });
    expect(parseFrameOffsetAnswer({ type: 'frame/offset', token: nonce, x: Number.NaN, y: 4 })).toBeNull();
  });

  it('only takes offscreen requests addressed to it', () => {
    expect(parseOffscreenRequest({ target: 'offscreen', type: 'schema/check', schema: {} })).toEqual({
      target: 'offscreen',
      type: 'schema/check',
      schema: {},
    });
    expect(parseOffscreenRequest({ type: 'schema/check', schema: {} })).toBeNull();
  });
});

describe('content requests, checked from the one definition of their type', () => {
  const click = { kind: 'click', target: { ref: 'ref_1' }, button: 'left', count: 1, modifiers: ['ctrl'] };
  const act = (action: unknown) => parseContentRequest({ type: 'content/act', action });

  it('refuses an action that lacks what its kind needs', () => {
    expect(act({ kind: 'click' })).toBeNull();
    expect(act({ kind: 'click', button: 'left', count: 1, modifiers: [] })).toBeNull();
    expect(act({ ...click, target: {} })).toBeNull();
    expect(act({ ...click, button: 'sideways' })).toBeNull();
    expect(act({ ...click, count: 0 })).toBeNull();
    expect(act({ ...click, modifiers: ['hyper'] })).toBeNull();
    expect(act({ kind: 'hover' })).toBeNull();
    expect(act({ kind: 'drag', from: { x: 1, y: 2 } })).toBeNull();
    expect(act({ kind: 'scroll', x: 0, y: 0, dx: 0, dy: Number.NaN })).toBeNull();
    expect(act({ kind: 'upload', ref: 'ref_2', files: [{ name: 'a.txt', type: 'text/plain' }] })).toBeNull();
    expect(act({ kind: 'form_input', ref: 'ref_2', value: { nested: true } })).toBeNull();
    expect(act({ kind: 'constructor' })).toBeNull();
    expect(act({ kind: 'toString' })).toBeNull();
  });

  it('keeps a well-formed action and drops properties its kind does not have', () => {
    expect(act({ ...click, script: 'alert(1)' })).toEqual({ type: 'content/act', action: click });
    expect(act({ kind: 'locate', target: { x: 3, y: 4 }, press: true })).toEqual({
      type: 'content/act',
      action: { kind: 'locate', target: { x: 3, y: 4 }, press: true },
    });
    expect(act({ kind: 'focus_check' })).toEqual({ type: 'content/act', action: { kind: 'focus_check' } });
  });

  it("checks read_page's filter, depth, ref, namespace and ref floor", () => {
    const read = (extra: object) => parseContentRequest({ type: 'content/read_page', ...extra });
    const ok: ContentRequest = {
      type: 'content/read_page',
      filter: 'interactive',
      depth: 3,
      ref: 'ref_4',
      namespace: 'f12',
      refFloor: 40,
    };
    expect(read({ filter: 'interactive', depth: 3, ref: 'ref_4', namespace: 'f12', refFloor: 40 })).toEqual(ok);
    expect(read({ filter: null, depth: null, ref: null })).toEqual({
      type: 'content/read_page',
      filter: null,
      depth: null,
      ref: null,
    });
    expect(read({})).toEqual({ type: 'content/read_page' });
    expect(read({ filter: 'everything' })).toBeNull();
    expect(read({ depth: 0 })).toBeNull();
    expect(read({ depth: 1.5 })).toBeNull();
    expect(read({ depth: '2' })).toBeNull();
    expect(read({ ref: 7 })).toBeNull();
    expect(read({ namespace: 'f1; drop' })).toBeNull();
    expect(read({ refFloor: -1 })).toBeNull();
  });

  it("checks the covers a cross-origin frame's read carries: boxes of numbers, a bounded count", () => {
    const read = (extra: object) => parseContentRequest({ type: 'content/read_page', ...extra });
    const box = { left: 0, top: 140, right: 280, bottom: 220 };
    expect(read({ coveredByParent: [box] })).toEqual({ type: 'content/read_page', coveredByParent: [box] });
    expect(read({ coveredByParent: [{ ...box, top: '140' }] })).toBeNull();
    expect(read({ coveredByParent: [{ left: 0, top: 0 }] })).toBeNull();
    expect(read({ coveredByParent: Array(MAX_FRAME_COVERS + 1).fill(box) })).toBeNull();
  });

  it('reads only own properties: an inherited type or action does not count', () => {
    const inherited = Object.create({ type: 'content/ping' }) as object;
    expect(parseContentRequest(inherited)).toBeNull();
    const action = Object.create({ target: { ref: 'ref_1' } }) as Record<string, unknown>;
    Object.assign(action, { kind: 'hover' });
    expect(act(action)).toBeNull();
  });
});
