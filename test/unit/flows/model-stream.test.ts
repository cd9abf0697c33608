import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestTurn } from '../../../src/background/model/client';
import { type ModelServer, startModelServer, text } from '../../support/model-server';

/**
 * An answer that breaks off after it began — the API's mid-stream `error` event (overloaded_error under load) or a
 * connection cut mid-answer — is a passing failure of the API, not a wrong endpoint: the step asks again, and when it
 * keeps breaking off the person reads what happened, not "HTTP ?" or "check the base URL".
 */
describe('a model answer that breaks off mid-stream', () => {
  let server: ModelServer;
  beforeAll(async () => {
    server = await startModelServer();
  });
  afterAll(() => server.close());

  const client = () => new Anthropic({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 0 });
  const params = { model: 'claude-sonnet-5-5', max_tokens: 16, messages: [{ role: 'user' as const, content: 'hi' }] };
  const turn = () => requestTurn(client(), params, { signal: new AbortController().signal, silenceMs: 5_000 });
  const posts = () => server.requests.filter((request) => request.path === '/v1/messages').length;

  it('is asked again after an overloaded error event, and the next whole answer is the turn', async () => {
    const before = posts();
    server.script([{ breakOff: 'error-event' }, { content: [text('Here it is.')] }]);
    const message = await turn();
    expect(message.content).toMatchObject([{ type: 'text', text: 'Here it is.' }]);
    expect(posts() - before).toBe(2);
  });

  it('ends the step with what happened when it keeps breaking off (a cut connection, an error event)', async () => {
    const before = posts();
    server.script([{ breakOff: 'cut' }, { breakOff: 'cut' }, { breakOff: 'error-event' }]);
    const failure = (await turn().catch((error: unknown) => error)) as Error;
    expect(posts() - before).toBe(3);
    expect(failure.message).toBe(
      "The model API's answer broke off before it was complete, 3 times in a row (overloaded_error: Overloaded). " +
        'The API may be overloaded; try again later.',
    );
  });

  it('sends no request for a task stopped before its turn (while its page was read), and waits for none', async () => {
    const before = posts();
    server.script([{ content: [text('A whole turn nobody wants.')], delayMs: 4_000 }]);
    const stopped = new AbortController();
    stopped.abort();
    await expect(requestTurn(client(), params, { signal: stopped.signal, silenceMs: 5_000 })).rejects.toMatchObject({
      code: 'interrupted',
    });
    expect(posts() - before).toBe(0);
    server.script([]);
  });
});
