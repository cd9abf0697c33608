import { describe, expect, it } from 'vitest';
import {
  parseContentRequest,
  parseFrameOffsetAnswer,
  parseFrameOffsetWait,
  parseOffscreenRequest,
  parseUiCommand,
} from '../../../src/shared/protocol';

describe('message parsing at the receiving end', () => {
  it('accepts well-formed UI commands and drops everything else', () => {
    expect(parseUiCommand({ type: 'task/run', options: { task: 'x' } })).toEqual({ type: 'task/run', options: { task: 'x' } });
    expect(parseUiCommand({ type: 'task/run', options: {}, tabId: 3 })).toEqual({ type: 'task/run', options: {}, tabId: 3 });
    expect(parseUiCommand({ type: 'task/run', options: {}, tabId: '3' })).toBeNull();
    expect(parseUiCommand({ type: 'task/stop', taskId: 7 })).toBeNull();
    expect(parseUiCommand({ type: 'settings/steal' })).toBeNull();
    expect(parseUiCommand(null)).toBeNull();
  });

  it('checks content requests, including the action kind', () => {
    expect(parseContentRequest({ type: 'content/find', query: 'cart' })).not.toBeNull();
    expect(parseContentRequest({ type: 'content/find' })).toBeNull();
    expect(parseContentRequest({ type: 'content/act', action: { kind: 'click', ref: 'ref_1', button: 'left', count: 1, modifiers: [] } })).not.toBeNull();
    expect(parseContentRequest({ type: 'content/act', action: { kind: 'format_disk' } })).toBeNull();
    expect(parseContentRequest({ type: 'content/act', action: { kind: 'click', ref: 5 } })).toBeNull();
  });

  it('takes only well-formed frame nonces and offset messages (the worker issues them; anything else is dropped)', () => {
    const nonce = 'a'.repeat(32);
    expect(parseContentRequest({ type: 'content/read_page', frameNonce: nonce })).not.toBeNull();
    expect(parseContentRequest({ type: 'content/read_page', frameNonce: 'x'.repeat(10_000) })).toBeNull();
    expect(parseContentRequest({ type: 'content/act', action: { kind: 'focus_check' }, frameNonce: 7 })).toBeNull();
    expect(parseContentRequest({ type: 'content/settle', rewatch: true })).not.toBeNull();
    expect(parseContentRequest({ type: 'content/settle', rewatch: 'yes' })).toBeNull();
    expect(parseFrameOffsetWait({ type: 'frame/offset-wait', token: nonce })).toEqual({ type: 'frame/offset-wait', token: nonce });
    expect(parseFrameOffsetWait({ type: 'frame/offset-wait', token: 'short' })).toBeNull();
    expect(parseFrameOffsetAnswer({ type: 'frame/offset', token: nonce, x: 3, y: 4 })).toEqual({ type: 'frame/offset', token: nonce, x: 3, y: 4 });
    expect(parseFrameOffsetAnswer({ type: 'frame/offset', token: nonce, x: Number.NaN, y: 4 })).toBeNull();
  });

  it('only takes offscreen requests addressed to it', () => {
    expect(parseOffscreenRequest({ target: 'offscreen', type: 'schema/check', schema: {} })).not.toBeNull();
    expect(parseOffscreenRequest({ type: 'schema/check', schema: {} })).toBeNull();
  });
});
