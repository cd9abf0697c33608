import { describe, expect, it } from 'vitest';
import { parseContentRequest, parseOffscreenRequest, parseUiCommand } from '../../../src/shared/protocol';

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
    // A scrollable region scrolled by its ref.
    expect(parseContentRequest({ type: 'content/act', action: { kind: 'scroll', ref: 'ref_3', dx: 0, dy: 300 } })).not.toBeNull();
    expect(parseContentRequest({ type: 'content/act', action: { kind: 'scroll', ref: 'ref_3', dx: 0, dy: 'far' } })).toBeNull();
  });

  it('only takes offscreen requests addressed to it', () => {
    expect(parseOffscreenRequest({ target: 'offscreen', type: 'schema/check', schema: {} })).not.toBeNull();
    expect(parseOffscreenRequest({ type: 'schema/check', schema: {} })).toBeNull();
  });
});
