import Anthropic from '@anthropic-ai/sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  findRef,
  lastUserText,
  type ModelServer,
  type RecordedRequest,
  startModelServer,
  text,
  toolUse,
} from '../support/model-server.js';

const MODEL = 'claude-sonnet-5-5';
// About 1500 estimated tokens: above the default 1024-token caching minimum.
const LONG_SYSTEM = 'You are Tabwright, a browser agent. '.repeat(170);

let server: ModelServer;
let client: Anthropic;

beforeEach(async () => {
  server = await startModelServer();
  client = new Anthropic({ apiKey: 'test', baseURL: server.url, maxRetries: 0 });
});

afterEach(async () => {
  await server.close();
});

function ask(content: string) {
  return { model: MODEL, max_tokens: 1024, messages: [{ role: 'user' as const, content }] };
}

describe('messages', () => {
  it('answers a non-streaming request with the scripted message', async () => {
    server.script([{ content: [text('Hello there')] }]);

    const message = await client.beta.messages.create(ask('Hi'));

    expect(message.id).toMatch(/^msg_01/);
    expect(message.model).toBe(MODEL);
    expect(message.content).toEqual([{ type: 'text', text: 'Hello there' }]);
    expect(message.stop_reason).toBe('end_turn');
    expect(message.usage).toEqual({
      input_tokens: expect.any(Number),
      output_tokens: expect.any(Number),
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    });
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
  });

  it('streams text and a browser toolset tool_use that the SDK reassembles', async () => {
    const click = toolUse('left_click', { ref: 'ref_12', modifiers: ['shift'] }, { toolset: 'browser' });
    server.script([{ content: [text('Clicking the Email field now.'), click] }]);

    const stream = client.beta.messages.stream(ask('Fill in the form'));
    const textDeltas: string[] = [];
    const jsonDeltas: string[] = [];
    stream.on('text', (delta) => textDeltas.push(delta));
    stream.on('inputJson', (delta) => jsonDeltas.push(delta));
    const message = await stream.finalMessage();

    expect(message.content).toEqual([
      { type: 'text', text: 'Clicking the Email field now.' },
      { type: 'tool_use', id: click.id, name: 'left_click', input: click.input, toolset_name: 'browser' },
    ]);
    expect(click.id).toMatch(/^toolu_01/);
    expect(message.stop_reason).toBe('tool_use');
    expect(message.usage.output_tokens).toBeGreaterThan(1);
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    expect(textDeltas.length).toBeGreaterThan(1);
    expect(jsonDeltas.length).toBeGreaterThan(1);
    expect(server.lastRequest().body.stream).toBe(true);
  });

  it('leaves toolset_name off custom tools and gives each tool_use a unique id', async () => {
    const first = toolUse('save_note', { note: 'a' });
    const second = toolUse('save_note', { note: 'b' });
    server.script([{ content: [first, second], stop_reason: 'end_turn' }]);

    const message = await client.beta.messages.create(ask('Take notes'));

    expect(first.id).not.toBe(second.id);
    expect(message.content).toEqual([first, second]);
    expect(message.content[0]).not.toHaveProperty('toolset_name');
    expect(message.stop_reason).toBe('end_turn');
  });

  it('lets a step read a ref out of the tool_result snapshot to decide its reply', async () => {
    const snapshot = [
      'page "Sign in"',
      '  heading "Sign in" [ref_3]',
      '  textbox "Email" [ref_12]',
      '  button "Next" [ref_13]',
    ].join('\n');
    server.script([
      (req: RecordedRequest) => ({
        content: [
          toolUse('left_click', { ref: findRef(lastUserText(req), 'textbox "Email"') }, { toolset: 'browser' }),
        ],
      }),
    ]);

    const message = await client.beta.messages.create({
      model: MODEL,
      max_tokens: 1024,
      messages: [
        { role: 'user', content: 'Sign in' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_01a', name: 'read_page', input: {} }] },
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: 'toolu_01a', content: [{ type: 'text', text: snapshot }] }],
        },
      ],
    });

    expect(message.content[0]).toMatchObject({ type: 'tool_use', input: { ref: 'ref_12' } });
  });

  it('reads the ref of the matching part of an item line, not the first ref on it', () => {
    const snapshot = [
      'navigation "Sections"',
      ' checkbox "Select" [ref_3] | button "Star" [ref_4] pressed | link "Iris Ueda" [ref_5] | 7 Nov',
      ' checkbox [ref_6] | button [ref_7] | link "Iris Silva" [ref_8] | 15 Nov',
    ].join('\n');
    expect(findRef(snapshot, 'link "Iris Silva"')).toBe('ref_8');
    expect(findRef(snapshot, /button "Star"/)).toBe('ref_4');
    // A pattern that only the whole line matches gives the line's first ref.
    expect(findRef(snapshot, /Silva.*15 Nov/)).toBe('ref_6');
  });

  it('uses a custom usage override field by field', async () => {
    server.script([{ content: [text('ok')], usage: { input_tokens: 7 } }]);

    const message = await client.beta.messages.create(ask('Hi'));

    expect(message.usage.input_tokens).toBe(7);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
  });
});

describe('errors', () => {
  it('maps 429 to RateLimitError with the retry-after header', async () => {
    server.script([{ error: { status: 429, message: 'slow down', retryAfter: 7 } }]);

    const err = await client.beta.messages.create(ask('Hi')).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    const rateLimit = err as InstanceType<typeof Anthropic.RateLimitError>;
    expect(rateLimit.headers.get('retry-after')).toBe('7');
    expect(rateLimit.type).toBe('rate_limit_error');
    expect(rateLimit.apiMessage).toBe('slow down');
  });

  it.each([
    [400, Anthropic.BadRequestError, 'invalid_request_error'],
    [401, Anthropic.AuthenticationError, 'authentication_error'],
    [403, Anthropic.PermissionDeniedError, 'permission_error'],
    [404, Anthropic.NotFoundError, 'not_found_error'],
    [413, Anthropic.ContentTooLargeError, 'request_too_large'],
    [500, Anthropic.InternalServerError, 'api_error'],
    [529, Anthropic.OverloadedError, 'overloaded_error'],
  ])('maps %i to the SDK error class and API error type', async (status, errorClass, type) => {
    server.script([{ error: { status } }]);

    const err = await client.beta.messages.create(ask('Hi')).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(errorClass);
    expect((err as InstanceType<typeof Anthropic.APIError>).status).toBe(status);
    expect((err as InstanceType<typeof Anthropic.APIError>).type).toBe(type);
  });

  it('answers a streaming request with the HTTP error before any event', async () => {
    server.script([{ error: { status: 529 } }]);

    await expect(client.beta.messages.stream(ask('Hi')).finalMessage()).rejects.toBeInstanceOf(
      Anthropic.OverloadedError,
    );
  });

  it('fails loudly with a 500 when the script runs out', async () => {
    server.script([{ content: [text('only one')] }]);
    await client.beta.messages.create(ask('first'));

    const err = await client.beta.messages.create(ask('second')).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(Anthropic.InternalServerError);
    expect((err as InstanceType<typeof Anthropic.APIError>).apiMessage).toMatch(/script ran out/);
    expect(server.pending).toBe(0);
  });

  it('answers a 500 carrying the message of a step that throws', async () => {
    server.script([(req: RecordedRequest) => ({ content: [text(findRef(lastUserText(req), 'button "Missing"'))] })]);

    const err = await client.beta.messages.create(ask('  link "Home" [ref_1]')).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(Anthropic.InternalServerError);
    expect((err as InstanceType<typeof Anthropic.APIError>).apiMessage).toMatch(
      /findRef: no line matches for button "Missing"/,
    );
  });
});

describe('prompt caching', () => {
  function cachedRequest(question: string) {
    return {
      model: MODEL,
      max_tokens: 1024,
      tools: [{ type: 'browser_toolset_20260801' as const }],
      system: [{ type: 'text' as const, text: LONG_SYSTEM, cache_control: { type: 'ephemeral' as const } }],
      messages: [{ role: 'user' as const, content: question }],
    };
  }

  it('writes a breakpoint prefix once and reads it on the next request', async () => {
    server.script([{ content: [text('one')] }, { content: [text('two')] }]);

    const first = await client.beta.messages.create(cachedRequest('first question'));
    const second = await client.beta.messages.create(cachedRequest('a different second question'));

    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(1024);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    expect(second.usage.cache_creation_input_tokens).toBe(0);
    expect(second.usage.input_tokens).toBeGreaterThan(first.usage.input_tokens);
  });

  it('reads the previous turn when the message breakpoint moves forward', async () => {
    const breakpoint = { type: 'ephemeral' as const };
    const turn1 = [
      { role: 'user' as const, content: [{ type: 'text' as const, text: LONG_SYSTEM, cache_control: breakpoint }] },
    ];
    const turn2 = [
      { role: 'user' as const, content: [{ type: 'text' as const, text: LONG_SYSTEM }] },
      { role: 'assistant' as const, content: [{ type: 'text' as const, text: 'Working on it.' }] },
      { role: 'user' as const, content: [{ type: 'text' as const, text: 'Continue.', cache_control: breakpoint }] },
    ];
    server.script([{ content: [text('one')] }, { content: [text('two')] }]);

    const first = await client.beta.messages.create({ model: MODEL, max_tokens: 1024, messages: turn1 });
    const second = await client.beta.messages.create({ model: MODEL, max_tokens: 1024, messages: turn2 });

    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    expect(second.usage.cache_creation_input_tokens).toBeGreaterThan(0);
    expect(second.usage.input_tokens).toBe(0);
  });

  it('does not cache a prefix below minCacheTokens', async () => {
    server.script([{ content: [text('one')] }, { content: [text('two')] }]);
    const short = {
      ...cachedRequest('q'),
      system: [{ type: 'text' as const, text: 'Short.', cache_control: { type: 'ephemeral' as const } }],
    };

    await client.beta.messages.create(short);
    const second = await client.beta.messages.create(short);

    expect(second.usage.cache_creation_input_tokens).toBe(0);
    expect(second.usage.cache_read_input_tokens).toBe(0);
  });

  it('honours a custom minCacheTokens', async () => {
    const small = await startModelServer({ minCacheTokens: 1 });
    try {
      const smallClient = new Anthropic({ apiKey: 'test', baseURL: small.url, maxRetries: 0 });
      small.script([{ content: [text('one')] }, { content: [text('two')] }]);
      const short = {
        ...cachedRequest('q'),
        system: [{ type: 'text' as const, text: 'Short.', cache_control: { type: 'ephemeral' as const } }],
      };

      const first = await smallClient.beta.messages.create(short);
      const second = await smallClient.beta.messages.create(short);

      expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(0);
      expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    } finally {
      await small.close();
    }
  });
});

describe('other endpoints and recording', () => {
  it('lists models in the API list shape', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);

    expect(ids).toEqual(['claude-sonnet-5-5', 'claude-haiku-5-5']);
  });

  it('estimates tokens without consuming a step', async () => {
    const count = await client.beta.messages.countTokens({
      model: MODEL,
      messages: [{ role: 'user', content: 'x'.repeat(400) }],
    });

    expect(count.input_tokens).toBeGreaterThanOrEqual(100);
    expect(server.lastRequest().path).toBe('/v1/messages/count_tokens');
  });

  it('records method, path, query, lowercase headers and the parsed body', async () => {
    server.script([{ content: [text('ok')] }]);
    await client.beta.messages.create(ask('Record me'));

    const req = server.lastRequest();
    expect(server.requests).toEqual([req]);
    expect(req).toMatchObject({ method: 'POST', path: '/v1/messages', aborted: false });
    expect(req.headers.authorization).toBe('Bearer test');
    expect(req.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(req.headers['content-type']).toMatch(/application\/json/);
    expect(req.body).toMatchObject(ask('Record me'));
    expect(lastUserText(req)).toBe('Record me');
  });

  it('accepts the ?beta=true query on /v1/messages', async () => {
    server.script([{ content: [text('ok')] }]);

    const response = await fetch(`${server.url}/v1/messages?beta=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ask('Hi')),
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ type: 'message', content: [{ type: 'text', text: 'ok' }] });
    expect(server.lastRequest()).toMatchObject({ path: '/v1/messages', query: { beta: 'true' } });
  });

  it('records that the client aborted during a delayed reply', async () => {
    server.script([{ content: [text('too late')], delayMs: 5_000 }]);
    const controller = new AbortController();

    const pending = client.beta.messages.create(ask('Hi'), { signal: controller.signal });
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();

    await expect(pending).rejects.toBeInstanceOf(Anthropic.APIUserAbortError);
    await vi.waitFor(() => expect(server.lastRequest().aborted).toBe(true));
  });
});

describe('findRef', () => {
  const snapshot = [
    'page "Checkout"',
    '  heading "Payment"',
    '  textbox "Card number" [ref_7]',
    '  button "Pay now" [ref_8]',
  ].join('\n');

  it('returns the ref on the first matching line', () => {
    expect(findRef(snapshot, 'button "Pay')).toBe('ref_8');
    expect(findRef(snapshot, /textbox "card/i)).toBe('ref_7');
  });

  it('throws with nearby lines when nothing matches', () => {
    expect(() => findRef(snapshot, 'Email')).toThrow(
      /no line matches for Email; nearby lines:\n {2}textbox "Card number" \[ref_7\]/,
    );
    expect(() => findRef(snapshot, 'Payment')).toThrow(/carry no \[ref_N\] marker.*\n.*heading "Payment"/s);
  });
});
