import { describe, expect, it } from 'vitest';
import { parseBridgeRequest, parseExtensionMessage } from '../../../src/shared/bridge-protocol';

const id = '0b8f3c1e-2d4a-4f6b-9c7d-1e2f3a4b5c6d';

describe('bridge requests, as the extension checks them', () => {
  it('accepts each method with exactly its parameters', () => {
    expect(parseBridgeRequest({ id: 1, method: 'session.create', params: {} })).toEqual({
      id: 1,
      method: 'session.create',
      params: {},
    });
    expect(parseBridgeRequest({ id: 2, method: 'session.create', params: { url: 'https://a.test' } })).toMatchObject({
      params: { url: 'https://a.test' },
    });
    expect(
      parseBridgeRequest({ id: 3, method: 'session.runTask', params: { sessionId: id, options: { task: 'x' } } }),
    ).toMatchObject({
      method: 'session.runTask',
      params: { sessionId: id, options: { task: 'x' } },
    });
    expect(
      parseBridgeRequest({
        id: 4,
        method: 'session.extract',
        params: { sessionId: id, schema: { type: 'object' }, prompt: 'prices' },
      }),
    ).toMatchObject({
      params: { schema: { type: 'object' }, prompt: 'prices' },
    });
    expect(
      parseBridgeRequest({ id: 5, method: 'session.goto', params: { sessionId: id, url: 'a.test' } }),
    ).toMatchObject({ params: { url: 'a.test' } });
    expect(
      parseBridgeRequest({ id: 6, method: 'session.evaluateJs', params: { sessionId: id, code: '1 + 1', args: [1] } }),
    ).toMatchObject({
      params: { code: '1 + 1', args: [1] },
    });
    expect(parseBridgeRequest({ id: 7, method: 'session.close', params: { sessionId: id } })).toEqual({
      id: 7,
      method: 'session.close',
      params: { sessionId: id },
    });
  });

  it('says what is wrong, with the id when there is one to answer', () => {
    expect(parseBridgeRequest('hello')).toEqual({ problem: 'A request must be a JSON object.' });
    expect(parseBridgeRequest({ id: -1, method: 'session.create', params: {} })).toMatchObject({
      problem: expect.stringMatching(/id/),
    });
    expect(parseBridgeRequest({ id: 1, method: 'session.create', params: {}, extra: 1 })).toEqual({
      id: 1,
      problem: 'Unknown request field "extra".',
    });
    expect(parseBridgeRequest({ id: 1, method: 'tabs.closeAll', params: {} })).toEqual({
      id: 1,
      problem: 'Unknown method "tabs.closeAll".',
    });
    expect(parseBridgeRequest({ id: 1, method: 'session.create', params: { url: 'a.test', tabId: 4 } })).toEqual({
      id: 1,
      problem: 'Unknown parameter "tabId".',
    });
    expect(parseBridgeRequest({ id: 1, method: 'session.create', params: { url: 42 } })).toMatchObject({
      problem: '"url" must be a web address.',
    });
    expect(
      parseBridgeRequest({ id: 1, method: 'session.goto', params: { sessionId: '../x', url: 'a.test' } }),
    ).toMatchObject({ problem: expect.stringMatching(/sessionId/) });
    expect(
      parseBridgeRequest({ id: 1, method: 'session.extract', params: { sessionId: id, schema: 'object' } }),
    ).toMatchObject({ problem: expect.stringMatching(/schema/) });
    expect(
      parseBridgeRequest({ id: 1, method: 'session.evaluateJs', params: { sessionId: id, code: '  ' } }),
    ).toMatchObject({ problem: expect.stringMatching(/code/) });
    expect(parseBridgeRequest({ id: 1, method: 'session.runTask', params: [] })).toMatchObject({
      problem: '"params" must be an object.',
    });
  });
});

describe('extension messages, as the SDK checks them', () => {
  it('knows answers, errors, task events and keepalives, and nothing else', () => {
    expect(parseExtensionMessage({ id: 1, result: { closed: true } })).toEqual({ id: 1, result: { closed: true } });
    expect(parseExtensionMessage({ id: 1, error: { code: 'busy', message: 'later' } })).toEqual({
      id: 1,
      error: { code: 'busy', message: 'later' },
    });
    expect(parseExtensionMessage({ type: 'keepalive' })).toEqual({ type: 'keepalive' });
    const state = { taskId: 't', status: 'running', step: 1, maxSteps: 5, credits_used: 0.1, actions: [] };
    expect(parseExtensionMessage({ event: 'task', sessionId: id, state })).toEqual({
      event: 'task',
      sessionId: id,
      state,
    });
    expect(parseExtensionMessage({ event: 'task', sessionId: id })).toEqual({
      problem: 'state: expected an object, got nothing',
    });
    expect(parseExtensionMessage({ event: 'task', sessionId: id, state: { taskId: 't' } })).toMatchObject({
      problem: expect.stringMatching(/^state\.status: /),
    });
    expect(parseExtensionMessage({ id: 1, error: 'boom' })).toMatchObject({ id: 1, problem: expect.any(String) });
    expect(parseExtensionMessage([1])).toMatchObject({ problem: expect.any(String) });
  });
});
