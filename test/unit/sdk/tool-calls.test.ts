import { describe, expect, it } from 'vitest';
import { ToolRelay } from '../../../src/background/bridge/tool-relay';
import { parseBridgeRequest, parseExtensionMessage, type ToolCallEvent } from '../../../src/shared/bridge-protocol';

describe('custom tool calls over the bridge', () => {
  it('parses a call (extension → SDK) and its answer (SDK → extension) strictly', () => {
    const call = { event: 'toolCall', sessionId: 's1', taskId: 't1', callId: 'c-1', name: 'lookup', input: { a: 1 } };
    expect(parseExtensionMessage(call)).toEqual(call);
    expect(parseExtensionMessage({ ...call, callId: 7 })).toEqual({
      problem: 'callId: expected a string, got number 7',
    });
    expect(
      parseBridgeRequest({ id: 1, method: 'session.toolResult', params: { callId: 'c-1', ok: true, output: 3 } }),
    ).toEqual({
      id: 1,
      method: 'session.toolResult',
      params: { callId: 'c-1', ok: true, output: 3 },
    });
    expect(
      parseBridgeRequest({ id: 2, method: 'session.toolResult', params: { callId: 'c-1', ok: 'yes' } }),
    ).toMatchObject({
      problem: expect.stringMatching(/"ok"/),
    });
    expect(
      parseBridgeRequest({ id: 3, method: 'session.toolResult', params: { callId: '../x', ok: true } }),
    ).toMatchObject({
      problem: expect.stringMatching(/callId/),
    });
  });

  it('waits for the answer with the call id, and always ends: stopped task, no SDK, SDK gone', async () => {
    const sent: ToolCallEvent[] = [];
    const relay = new ToolRelay((event) => {
      sent.push(event);
      return true;
    });
    const answered = relay.call('s1', { taskId: 't1', name: 'lookup', input: {} }, new AbortController().signal);
    expect(sent[0]).toMatchObject({ event: 'toolCall', sessionId: 's1', taskId: 't1', name: 'lookup' });
    expect(relay.settle('someone-else', { ok: true, output: 1 })).toBe(false);
    expect(relay.settle(sent[0]!.callId, { ok: true, output: { price: 4 } })).toBe(true);
    await expect(answered).resolves.toEqual({ ok: true, output: { price: 4 } });
    expect(relay.settle(sent[0]!.callId, { ok: true, output: 2 })).toBe(false);

    const stop = new AbortController();
    const stopped = relay.call('s1', { taskId: 't1', name: 'lookup', input: {} }, stop.signal);
    stop.abort();
    await expect(stopped).resolves.toMatchObject({ ok: false, output: expect.stringMatching(/stopped/) });

    const gone = relay.call('s1', { taskId: 't1', name: 'lookup', input: {} }, new AbortController().signal);
    relay.dropAll('The script disconnected.');
    await expect(gone).resolves.toEqual({ ok: false, output: 'The script disconnected.' });

    const unpaired = new ToolRelay(() => false);
    await expect(
      unpaired.call('s1', { taskId: 't1', name: 'x', input: {} }, new AbortController().signal),
    ).resolves.toMatchObject({
      ok: false,
      output: expect.stringMatching(/No script is connected/),
    });
  });
});
