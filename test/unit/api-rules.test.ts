import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_LIMITS, imageSize, messagesRequestProblem } from '../support/api-rules';
import { type ModelServer, startModelServer, text } from '../support/model-server';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const request = (messages: unknown[], extra: Record<string, unknown> = {}) => ({
  model: 'claude-sonnet-5-5',
  max_tokens: 100,
  messages,
  ...extra,
});
const problem = (body: Record<string, unknown>) => messagesRequestProblem(body, 'messages');
const use = (id: string) => ({ type: 'tool_use', id, name: 'done', input: {} });
const result = (id: string) => ({ type: 'tool_result', tool_use_id: id, content: 'ok' });
const cached = (block: Record<string, unknown>) => ({ ...block, cache_control: { type: 'ephemeral' } });

function png(width: number, height: number): string {
  const bytes = Buffer.alloc(33);
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(bytes);
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes.toString('base64');
}
function jpeg(width: number, height: number): string {
  const bytes = Buffer.from('ffd8ffe000104a46494600010100000100010000ffc0001108000000000301220002110103110100', 'hex');
  bytes.writeUInt16BE(height, 25);
  bytes.writeUInt16BE(width, 27);
  return bytes.toString('base64');
}
const image = (data: string, media_type = 'image/png') => ({
  type: 'image',
  source: { type: 'base64', media_type, data },
});

describe('the Messages API rules the scripted server enforces', () => {
  it('takes a well-formed request', () => {
    expect(
      problem(request([user('hi'), assistant([use('t1')]), user([result('t1'), { type: 'text', text: 'page' }])])),
    ).toBeNull();
  });

  it('needs model and max_tokens (0 allowed: it warms the cache); count_tokens needs no max_tokens', () => {
    expect(problem({ model: 'm', messages: [user('hi')] })).toBe('max_tokens: Field required');
    expect(problem(request([user('hi')], { max_tokens: 1.5 }))).toMatch(/^max_tokens:/);
    expect(problem(request([user('hi')], { max_tokens: 0 }))).toBeNull();
    expect(problem({ max_tokens: 1, messages: [user('hi')] })).toBe('model: Field required');
    expect(messagesRequestProblem({ model: 'm', messages: [user('hi')] }, 'count_tokens')).toBeNull();
  });

  it('needs alternating roles, starting with the user, and content in every message', () => {
    expect(problem(request([user('a'), user('b')]))).toBe(
      'messages: roles must alternate between "user" and "assistant", but found multiple "user" roles in a row',
    );
    expect(problem(request([assistant('a')]))).toBe('messages: first message must use the "user" role');
    expect(problem(request([user([])]))).toMatch(/^messages\.0: all messages must have non-empty content/);
    expect(problem(request([]))).toBe('messages: at least one message is required');
    expect(problem(request([user([{ type: 'text', text: ' ' }])]))).toBe(
      'messages.0.content.0.text: text content blocks must contain non-whitespace text',
    );
    expect(
      problem(request([user('a'), assistant([{ type: 'text', text: '' }, use('t1')]), user([result('t1')])])),
    ).toMatch(/^messages\.1\.content\.0\.text/);
  });

  it('needs every tool_use answered by a tool_result at the start of the very next user turn', () => {
    expect(problem(request([user('a'), assistant([use('t1'), use('t2')]), user([result('t1')])]))).toBe(
      'messages.1: `tool_use` ids were found without `tool_result` blocks immediately after: t2. Each ' +
        '`tool_use` block must have a corresponding `tool_result` block in the next message.',
    );
    expect(
      problem(request([user('a'), assistant([use('t1')]), user([{ type: 'text', text: 'x' }, result('t1')])])),
    ).toBe(
      'messages.2: Did not find 1 `tool_result` block(s) at the beginning of this message. Messages following ' +
        '`tool_use` blocks must begin with a matching number of `tool_result` blocks.',
    );
  });

  it('takes tool_results only for the tool_use ids of the message before', () => {
    expect(problem(request([user('a'), assistant([use('t1')]), user([result('t1'), result('t9')])]))).toBe(
      'messages.2.content.1: unexpected `tool_use_id` found in `tool_result` blocks: t9. Each `tool_result` ' +
        'block must have a corresponding `tool_use` block in the previous message.',
    );
    expect(problem(request([user([result('t1')])]))).toMatch(/^messages\.0\.content\.0: unexpected `tool_use_id`/);
    expect(problem(request([user('a'), assistant([use('t1')]), user([result('t1'), result('t1')])]))).toMatch(
      /unexpected `tool_use_id`.*t1/,
    );
  });

  it(`allows at most ${API_LIMITS.cacheBreakpoints} cache breakpoints across tools, system and messages`, () => {
    const tools = [
      cached({ name: 'a', input_schema: { type: 'object' } }),
      { type: 'browser_toolset_20260801', cache_control: { type: 'ephemeral' } },
    ];
    const system = [cached({ type: 'text', text: 's' })];
    const four = request([user([cached({ type: 'text', text: 'x' })])], { tools, system });
    expect(problem(four)).toBeNull();
    const five = request(
      [
        user([
          cached({ type: 'text', text: 'x' }),
          { type: 'tool_result', tool_use_id: 'x', content: [cached({ type: 'text', text: 'y' })] },
        ]),
      ],
      { tools, system },
    );
    expect(
      messagesRequestProblem(
        { ...five, messages: [user([cached({ type: 'text', text: 'x' }), cached({ type: 'text', text: 'y' })])] },
        'messages',
      ),
    ).toBe('A maximum of 4 blocks with cache_control may be provided. Found 5.');
  });

  it('checks custom tool names and their input schemas, and leaves Anthropic-defined tools to the API', () => {
    const tools = (...list: unknown[]) => request([user('a')], { tools: list });
    expect(
      problem(tools({ name: 'done', input_schema: { type: 'object', properties: { x: { type: 'string' } } } })),
    ).toBeNull();
    expect(problem(tools({ name: 'ask user', input_schema: { type: 'object' } }))).toBe(
      "tools.0.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'",
    );
    expect(problem(tools({ name: 'x'.repeat(65), input_schema: { type: 'object' } }))).toMatch(/custom\.name/);
    expect(problem(tools({ name: 'a', input_schema: { type: 'array' } }))).toBe(
      "tools.0.custom.input_schema.type: Input should be 'object'",
    );
    expect(problem(tools({ name: 'a' }))).toBe('tools.0.custom.input_schema: Field required');
    expect(
      problem(tools({ name: 'a', input_schema: { type: 'object', properties: { x: { type: 'strin' } } } })),
    ).toMatch(/JSON schema is invalid/);
    expect(
      problem(tools({ name: 'a', input_schema: { type: 'object' } }, { name: 'a', input_schema: { type: 'object' } })),
    ).toBe('tools: Tool names must be unique.');
    expect(problem(tools({ type: 'browser_toolset_20260801' }))).toBeNull();
    expect(problem(tools({ type: 'browser_toolset' }))).toMatch(/does not match any of the expected tags/);
  });

  it('checks images: media type, base64, size, and dimensions from the image itself', () => {
    const withImage = (block: unknown) => request([user([block])]);
    expect(problem(withImage(image(png(1280, 720))))).toBeNull();
    expect(problem(withImage(image(jpeg(640, 480), 'image/jpeg')))).toBeNull();
    expect(problem(withImage(image(png(10, 10), 'image/bmp')))).toMatch(/media_type: Input should be 'image\/jpeg'/);
    expect(problem(withImage(image('not base64!')))).toMatch(/not valid base64/);
    expect(problem(withImage(image(png(10, 10), 'image/jpeg')))).toMatch(/appears to be of a different type/);
    expect(problem(withImage(image(png(8001, 10))))).toMatch(/exceed max allowed size.*8000 pixels/);
    const big = Buffer.alloc(API_LIMITS.imageBytes + 1);
    Buffer.from(png(10, 10), 'base64').copy(big);
    expect(problem(withImage(image(big.toString('base64'))))).toMatch(/exceeds 5 MB maximum/);
    const inResult = request([
      user('a'),
      assistant([use('t1')]),
      user([{ type: 'tool_result', tool_use_id: 't1', content: [image(png(9000, 10))] }]),
    ]);
    expect(problem(inResult)).toMatch(/^messages\.2\.content\.0\.content\.0\.image/);
  });

  it('holds images to 2000 pixels a side when a request has more than 20', () => {
    const images = (count: number, side: number) =>
      request([user(Array.from({ length: count }, () => image(png(side, side))))]);
    expect(problem(images(20, 3000))).toBeNull();
    expect(problem(images(21, 3000))).toMatch(/2000 pixels/);
    expect(problem(images(21, 2000))).toBeNull();
  });

  it('reads image sizes from PNG, JPEG, GIF and WebP headers', () => {
    expect(imageSize(Buffer.from(png(3, 4), 'base64'), 'image/png')).toEqual({ width: 3, height: 4 });
    expect(imageSize(Buffer.from(jpeg(5, 6), 'base64'), 'image/jpeg')).toEqual({ width: 5, height: 6 });
    const gif = Buffer.from('GIF89a\x07\x00\x08\x00', 'latin1');
    expect(imageSize(gif, 'image/gif')).toEqual({ width: 7, height: 8 });
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'latin1');
    webp.write('WEBPVP8X', 8, 'latin1');
    webp.writeUIntLE(99, 24, 3);
    webp.writeUIntLE(49, 27, 3);
    expect(imageSize(webp, 'image/webp')).toEqual({ width: 100, height: 50 });
    expect(imageSize(Buffer.from('nope'), 'image/png')).toBeNull();
  });
});

describe('the scripted server rejects what the API would', () => {
  let server: ModelServer;
  beforeAll(async () => {
    server = await startModelServer();
  });
  afterAll(() => server.close());

  it("with the API's 400 invalid_request_error, before using a scripted step", async () => {
    server.script([{ content: [text('never sent')] }]);
    const response = await fetch(`${server.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'max_tokens: Field required' },
      request_id: expect.stringMatching(/^req_/),
    });
    expect(server.pending).toBe(1);
  });

  it('so the real SDK raises a BadRequestError', async () => {
    const client = new Anthropic({ apiKey: 'k', baseURL: server.url, maxRetries: 0 });
    const sent = client.messages.create({
      model: 'claude-sonnet-5-5',
      max_tokens: 10,
      messages: [{ role: 'assistant', content: 'hi' }],
    });
    await expect(sent).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    await expect(sent).rejects.toMatchObject({
      status: 400,
      error: { error: { type: 'invalid_request_error', message: 'messages: first message must use the "user" role' } },
    });
  });
});
