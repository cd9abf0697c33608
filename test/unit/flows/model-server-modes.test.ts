import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ModelServer, startModelServer } from '../../support/model-server';

describe('the scripted model server can hang and answer garbage', () => {
  let server: ModelServer;
  beforeAll(async () => {
    server = await startModelServer();
  });
  afterAll(() => server.close());

  const client = () => new Anthropic({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 0, timeout: 500 });
  const params = { model: 'claude-sonnet-5-5', max_tokens: 16, messages: [{ role: 'user' as const, content: 'hi' }] };

  it('hang: never answers, and notes that the client gave up', async () => {
    server.script([{ hang: true }]);
    await expect(client().messages.create(params)).rejects.toBeInstanceOf(Anthropic.APIConnectionTimeoutError);
    await expect.poll(() => server.lastRequest().aborted).toBe(true);
  });

  it('garbage: a 200 whose body is not the Messages API', async () => {
    server.script([{ garbage: '<html>502 Bad gateway</html>', contentType: 'text/html' }]);
    const response = await fetch(`${server.url}/v1/messages`, { method: 'POST', body: JSON.stringify(params) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe('<html>502 Bad gateway</html>');
  });
});
