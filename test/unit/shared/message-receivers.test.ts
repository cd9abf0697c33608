import { describe, expect, it } from 'vitest';
import {
  parseBridgeRequest,
  parseBridgeResult,
  parseExtensionMessage,
  parseHandshakeMessage,
} from '../../../src/shared/bridge-protocol';
import { parseFrameOffsetQuestion } from '../../../src/shared/page-world';
import {
  parseContentReply,
  parseFrameHello,
  parseFrameHelloReply,
  parseFrameOffsetReply,
  parseOffscreenRequest,
  parsePageFrameHello,
  parsePageStop,
  parseSandboxAnswer,
  parseSandboxJob,
  parseSchemaReply,
  parseUiCommand,
  parseUiReply,
} from '../../../src/shared/protocol';
import { FRAME_HELLO } from '../../../src/shared/page-world';

/**
 * Every receiver of a cross-context message, fed what a buggy or hostile sender could send. Each either refuses
 * with a problem that names the field, or (where other listeners share the channel) passes the message on as
 * not its own; none hands on a half-checked message or a property the definition does not name.
 */
const hex32 = 'ab'.repeat(16);
const hex64 = 'cd'.repeat(32);
/** JSON text, as it arrives over a socket or postMessage, can carry an own property named __proto__. */
const withProto = (json: string) => JSON.parse(json) as unknown;

describe("the worker's answers to UI commands (service worker → extension pages)", () => {
  it('takes an answer with the fields its command promises, and keeps only those', () => {
    expect(parseUiReply('task/run', { ok: true, taskId: 't1', extra: 1 })).toEqual({ ok: true, taskId: 't1' });
    const models = {
      ok: true,
      models: [{ id: 'm', display_name: 'M', price: { input: 1, output: 2, cache_write: 3, cache_read: 4 } }],
    };
    expect(parseUiReply('models/list', models)).toEqual(models);
    expect(
      parseUiReply('task/confirm', { ok: false, error: { code: 'invalid_option', message: 'no', field: 'x' } }),
    ).toEqual({
      ok: false,
      error: { code: 'invalid_option', message: 'no', field: 'x' },
    });
  });

  it('refuses an answer that lacks or mistypes a promised field, or is neither ok nor an error, naming what', () => {
    expect(parseUiReply('task/run', { ok: true })).toEqual({
      problem: 'The answer to "task/run" does not parse: taskId: expected a string, got nothing.',
    });
    expect(parseUiReply('settings/test', { ok: true, connected: 'yes', message: '' })).toMatchObject({
      problem: expect.stringContaining('connected: expected true or false'),
    });
    expect(parseUiReply('models/list', { ok: true, models: [{ id: 'm' }] })).toMatchObject({
      problem: expect.stringContaining('models[0].display_name'),
    });
    expect(parseUiReply('task/stop', { stopped: true })).toMatchObject({ problem: expect.stringContaining('neither') });
    expect(parseUiReply('task/stop', { ok: false, error: { code: 'nonsense', message: 'x' } })).toMatchObject({
      problem: expect.stringContaining('error.code'),
    });
    expect(parseUiReply('task/stop', 'ok')).toMatchObject({ problem: expect.any(String) });
  });
});

describe('UI commands (extension pages → service worker)', () => {
  it('refuses a known command with a missing or mistyped field, naming the field', () => {
    expect(parseUiCommand({ type: 'task/answer', taskId: 't', requestId: 'r' })).toEqual({
      problem: 'The "task/answer" command is malformed: answer: expected a string, got nothing.',
    });
    expect(parseUiCommand({ type: 'task/confirm', taskId: 't', requestId: 'r', approved: 'yes' })).toEqual({
      problem: 'The "task/confirm" command is malformed: approved: expected true or false, got "yes".',
    });
    expect(parseUiCommand({ type: 'task/confirm', taskId: 't', requestId: 'r', approved: true, remember: 1 })).toEqual({
      problem: 'The "task/confirm" command is malformed: remember: expected true or false, got number 1.',
    });
    expect(parseUiCommand({ type: 'task/run', options: {}, continueFrom: 4 })).toMatchObject({
      problem: expect.stringContaining('continueFrom: expected a string'),
    });
    expect(parseUiCommand({ type: 'schema/check' })).toMatchObject({
      problem: expect.stringContaining('schema: expected a JSON Schema'),
    });
  });

  it('passes on messages that name no UI command, including inherited and prototype names', () => {
    expect(parseUiCommand({ type: 'constructor' })).toBeNull();
    expect(parseUiCommand({ type: '__proto__' })).toBeNull();
    expect(parseUiCommand({ type: 'toString' })).toBeNull();
    expect(parseUiCommand(Object.create({ type: 'task/stop', taskId: 't' }))).toBeNull();
    expect(parseUiCommand({ type: 'content/ping' })).toBeNull();
    expect(parseUiCommand([{ type: 'task/stop' }])).toBeNull();
    expect(parseUiCommand('task/stop')).toBeNull();
  });

  it('keeps only the fields the command has', () => {
    expect(parseUiCommand({ type: 'task/stop', taskId: 't', constructor: 'x', extra: 1 })).toEqual({
      type: 'task/stop',
      taskId: 't',
    });
    const parsed = parseUiCommand(withProto('{"type":"models/list","__proto__":{"polluted":true}}'));
    expect(parsed).toEqual({ type: 'models/list' });
    expect((parsed as { polluted?: unknown }).polluted).toBeUndefined();
    expect(
      parseUiCommand({ type: 'task/confirm', taskId: 't', requestId: 'r', approved: false, remember: false }),
    ).toEqual({ type: 'task/confirm', taskId: 't', requestId: 'r', approved: false, remember: false });
  });
});

describe('frame messages (content script ↔ service worker, frame ↔ frame)', () => {
  it('takes a frame hello only with a ref and a worker-issued nonce', () => {
    expect(parseFrameHello({ type: 'frame/hello', ref: 'ref_12', nonce: hex32 })).toEqual({
      type: 'frame/hello',
      ref: 'ref_12',
      nonce: hex32,
    });
    expect(parseFrameHello({ type: 'frame/hello', ref: 'ref_12' })).toBeNull();
    expect(parseFrameHello({ type: 'frame/hello', ref: 12, nonce: hex32 })).toBeNull();
    expect(parseFrameHello({ type: 'frame/hello', ref: '<img src=x>', nonce: hex32 })).toBeNull();
    expect(parseFrameHello({ type: 'frame/hello', ref: 'ref_1', nonce: 'A'.repeat(32) })).toBeNull();
    expect(parseFrameHello({ type: 'constructor', ref: 'ref_1', nonce: hex32 })).toBeNull();
    expect(parseFrameHello({ type: 'frame/hello', ref: 'ref_1', nonce: hex32, frameId: 0 })).not.toHaveProperty(
      'frameId',
    );
  });

  it("takes a parent frame's page-world hello only when well-formed, and only its own fields", () => {
    const hello = { type: FRAME_HELLO, ref: 'ref_f2_7', nonce: hex32 };
    expect(parsePageFrameHello(hello)).toEqual(hello);
    expect(parsePageFrameHello({ ...hello, extra: 'x', frameId: 0 })).toEqual(hello);
    expect(parsePageFrameHello({ ...hello, type: 'frame/hello' })).toBeNull();
    expect(parsePageFrameHello({ ...hello, ref: 'ref_1"><script>' })).toBeNull();
    expect(parsePageFrameHello({ ...hello, nonce: 'zz'.repeat(16) })).toBeNull();
    expect(parsePageFrameHello({ ...hello, nonce: undefined })).toBeNull();
    expect(parsePageFrameHello(withProto(`{"__proto__": {"type": "${FRAME_HELLO}"}, "ref": "ref_1"}`))).toBeNull();
    expect(parsePageFrameHello('tabwright:frame-ref')).toBeNull();
    expect(parsePageFrameHello(null)).toBeNull();
  });

  it("checks the worker's namespace answer and the offset answer before using them", () => {
    expect(parseFrameHelloReply({ namespace: 'f3' })).toEqual({ namespace: 'f3' });
    expect(parseFrameHelloReply({ namespace: 'f3; x' })).toBeNull();
    expect(parseFrameHelloReply({})).toBeNull();
    expect(parseFrameHelloReply(undefined)).toBeNull();
    expect(parseFrameOffsetReply({ x: 10, y: 20 })).toEqual({ x: 10, y: 20 });
    expect(parseFrameOffsetReply({ x: 10, y: Number.POSITIVE_INFINITY })).toBeNull();
    expect(parseFrameOffsetReply({ x: '10', y: 20 })).toBeNull();
    expect(parseFrameOffsetReply(null)).toBeNull();
  });

  it('takes a page stop and an offset question only in their exact form', () => {
    expect(parsePageStop({ type: 'page/stop', tabId: 9 })).toEqual({ type: 'page/stop' });
    expect(parsePageStop({ type: 'page/stop ' })).toBeNull();
    expect(parsePageStop(Object.create({ type: 'page/stop' }))).toBeNull();
    const ask = 'tabwright:frame-offset?';
    expect(parseFrameOffsetQuestion({ type: ask, token: hex32 })).toEqual({ type: ask, token: hex32 });
    expect(parseFrameOffsetQuestion({ type: ask, token: hex32.slice(1) })).toBeNull();
    expect(parseFrameOffsetQuestion({ type: ask })).toBeNull();
    expect(parseFrameOffsetQuestion('tabwright:frame-offset?')).toBeNull();
  });
});

describe("content scripts' answers (they run in the page's renderer)", () => {
  it('takes a well-formed answer or refusal, and says what is wrong with any other', () => {
    const facts = {
      role: 'button',
      name: 'Pay',
      tag: 'button',
      form: { action: '/pay', method: 'post', hasPassword: false, fieldNames: ['card'] },
    };
    expect(parseContentReply({ ok: true, text: 'done', facts, changes: { added: 2 } })).toEqual({
      ok: true,
      text: 'done',
      facts,
      changes: { added: 2 },
    });
    expect(parseContentReply({ ok: false, error: 'No such ref.' })).toEqual({ ok: false, error: 'No such ref.' });
    expect(parseContentReply(undefined)).toBeNull();
    expect(parseContentReply({ ok: false })).toEqual({
      problem: "The content script's answer does not parse: error: expected a string, got nothing.",
    });
    expect(parseContentReply({ ok: true, refMax: -1 })).toMatchObject({ problem: expect.stringContaining('refMax') });
    expect(parseContentReply({ ok: true, point: { x: 1 } })).toMatchObject({
      problem: expect.stringContaining('point.y'),
    });
    expect(parseContentReply({ ok: true, facts: { ...facts, form: { action: '/pay' } } })).toMatchObject({
      problem: expect.stringContaining('facts.form.method'),
    });
    expect(parseContentReply({ ok: 'yes' })).toMatchObject({ problem: expect.stringContaining('ok: expected true') });
    expect(parseContentReply({ ok: true, constructor: 'x', __proto__: { polluted: true } })).toEqual({ ok: true });
  });
});

describe('offscreen document and schema sandbox', () => {
  it('refuses an offscreen request addressed to it but malformed, and passes on the rest', () => {
    expect(parseOffscreenRequest({ target: 'offscreen', type: 'schema/compile', schema: {} })).toEqual({
      problem: expect.stringContaining('type: expected "schema/check", or "schema/validate", got "schema/compile"'),
    });
    expect(parseOffscreenRequest({ target: 'offscreen', type: '__proto__' })).toMatchObject({
      problem: expect.any(String),
    });
    // The popup's own schema/check reaches the offscreen document too: it is not the offscreen document's.
    expect(parseOffscreenRequest({ type: 'schema/check', schema: {} })).toBeNull();
    expect(parseOffscreenRequest({ target: 'offscreen', type: 'schema/validate', schema: {}, data: 1 })).toEqual({
      target: 'offscreen',
      type: 'schema/validate',
      schema: {},
      data: 1,
    });
  });

  it('checks the jobs the sandbox takes and the answers it gives', () => {
    expect(parseSandboxJob({ kind: 'check', id: 3, schema: { type: 'object' } })).toEqual({
      kind: 'check',
      id: 3,
      schema: { type: 'object' },
    });
    expect(parseSandboxJob({ kind: 'check', schema: {} })).toBeNull();
    expect(parseSandboxJob({ kind: 'check', id: '3', schema: {} })).toBeNull();
    expect(parseSandboxJob({ kind: 'constructor', id: 3 })).toBeNull();
    expect(parseSandboxAnswer({ id: 3, reply: { ok: true, valid: false, errors: ['/a must be string'] } })).toEqual({
      id: 3,
      reply: { ok: true, valid: false, errors: ['/a must be string'] },
    });
    expect(parseSandboxAnswer({ id: 3, reply: { ok: true, valid: 'no', errors: [] } })).toBeNull();
    expect(parseSandboxAnswer({ id: 3, reply: { ok: true, valid: false, errors: [7] } })).toBeNull();
    expect(parseSandboxAnswer({ reply: { ok: false, error: 'x' } })).toBeNull();
    expect(parseSchemaReply({ ok: false, error: 'The schema sandbox did not answer.' })).toEqual({
      ok: false,
      error: 'The schema sandbox did not answer.',
    });
    expect(parseSchemaReply({ ok: false })).toBeNull();
    expect(parseSchemaReply(undefined)).toBeNull();
  });
});

describe('the SDK bridge', () => {
  const session = 'b1f0c2d3-aaaa-4bbb-8ccc-123456789abc';

  it('handshake messages: each type with its own fields, proofs and nonces as 64 hex digits', () => {
    expect(parseHandshakeMessage({ type: 'hello', version: 1, nonce: hex64, client: hex64 })).toEqual({
      type: 'hello',
      version: 1,
      nonce: hex64,
      client: hex64,
    });
    expect(parseHandshakeMessage({ type: 'hello', version: '1', nonce: hex64, client: hex64 })).toBeNull();
    expect(parseHandshakeMessage({ type: 'auth', proof: hex64 })).toBeNull();
    expect(parseHandshakeMessage({ type: 'welcome', proof: hex64.toUpperCase() })).toBeNull();
    expect(parseHandshakeMessage({ type: 'constructor', proof: hex64 })).toBeNull();
    expect(parseHandshakeMessage({ type: 'welcome', proof: hex64, token: 'secret' })).toEqual({
      type: 'welcome',
      proof: hex64,
    });
  });

  it('requests: refused with the id and a sentence naming the field', () => {
    const request = (params: unknown, method = 'session.answer') => parseBridgeRequest({ id: 4, method, params });
    const answer = { sessionId: session, taskId: 't-1', requestId: 'r-1', reply: { answer: 'yes' } };
    expect(request(answer)).toEqual({ id: 4, method: 'session.answer', params: answer });
    expect(request({ ...answer, reply: { answer: 'yes', approved: true } })).toEqual({
      id: 4,
      problem: '"reply" must be {answer: text}, {approved: true|false, remember?: true|false} or {declined: true}.',
    });
    expect(request({ ...answer, reply: { declined: false } })).toMatchObject({
      problem: expect.stringMatching(/reply/),
    });
    expect(request({ ...answer, taskId: undefined })).toEqual({
      id: 4,
      problem: '"taskId" and "requestId" must be ids.',
    });
    expect(request({ sessionId: session, reason: 'x'.repeat(501) }, 'session.cancel')).toEqual({
      id: 4,
      problem: '"reason" must be text of at most 500 characters.',
    });
    expect(request({ sessionId: session, code: 'x'.repeat(100_001) }, 'session.evaluateJs')).toMatchObject({
      problem: expect.stringMatching(/"code"/),
    });
    expect(request({ sessionId: session, schema: {}, prompt: 3 }, 'session.extract')).toMatchObject({
      problem: expect.stringMatching(/"prompt"/),
    });
    expect(request({ sessionId: session, url: ' ' }, 'session.goto')).toEqual({
      id: 4,
      problem: '"url" must be a web address.',
    });
    expect(parseBridgeRequest({ id: 1.5, method: 'session.close', params: { sessionId: session } })).toEqual({
      problem: 'A request needs a whole-number "id".',
    });
    expect(parseBridgeRequest({ id: 2, params: {} })).toEqual({ id: 2, problem: 'A request needs a "method".' });
  });

  it('requests: prototype names are neither methods nor parameters', () => {
    for (const method of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(parseBridgeRequest({ id: 1, method, params: {} })).toEqual({
        id: 1,
        problem: `Unknown method "${method}".`,
      });
    }
    expect(
      parseBridgeRequest({ id: 1, method: 'session.close', params: { sessionId: session, constructor: 1 } }),
    ).toEqual({ id: 1, problem: 'Unknown parameter "constructor".' });
    expect(
      parseBridgeRequest(
        withProto(`{"id":1,"method":"session.close","params":{"sessionId":"${session}","__proto__":{}}}`),
      ),
    ).toEqual({ id: 1, problem: 'Unknown parameter "__proto__".' });
    expect(parseBridgeRequest(withProto('{"id":1,"method":"session.create","params":{},"__proto__":{}}'))).toEqual({
      id: 1,
      problem: 'Unknown request field "__proto__".',
    });
    // Parameters inherited from a prototype are not the sender's.
    const params = Object.create({ url: 'https://example.com' }) as object;
    expect(parseBridgeRequest({ id: 1, method: 'session.create', params })).toEqual({
      id: 1,
      method: 'session.create',
      params: {},
    });
  });

  it('extension messages: progress, questions and results checked to their leaves', () => {
    const state = {
      taskId: 't',
      status: 'running',
      step: 2,
      maxSteps: 10,
      credits_used: 0.5,
      actions: [{ tool: 'left_click', ok: true, result: 'Clicked' }],
      pending: { kind: 'question', id: 'q1', question: 'Which size?', choices: ['S', 'M'] },
    };
    const event = { event: 'task', sessionId: session, state };
    expect(parseExtensionMessage(event)).toEqual(event);
    expect(parseExtensionMessage({ ...event, state: { ...state, status: 'paused' } })).toMatchObject({
      problem: expect.stringMatching(/^state\.status: expected "running"/),
    });
    expect(
      parseExtensionMessage({ ...event, state: { ...state, actions: [{ tool: 'x', ok: 1, result: '' }] } }),
    ).toEqual({
      problem: 'state.actions[0].ok: expected true or false, got number 1',
    });
    expect(
      parseExtensionMessage({ ...event, state: { ...state, pending: { kind: 'confirmation', id: 'c1' } } }),
    ).toMatchObject({ problem: expect.stringMatching(/state\.pending/) });
    const result = { status: 'success', output: { total: 3 }, credits_used: 1, duration: 2, steps: 3 };
    expect(parseExtensionMessage({ ...event, state: { ...state, pending: undefined, result } })).toEqual({
      ...event,
      state: { ...state, pending: undefined, result },
    });
    expect(
      parseExtensionMessage({ ...event, state: { ...state, result: { ...result, status: 'running' } } }),
    ).toMatchObject({ problem: expect.stringMatching(/state\.result\.status/) });
    expect(parseExtensionMessage({ event: 'constructor', sessionId: session })).toMatchObject({
      problem: expect.stringMatching(/^event: /),
    });
  });

  it("results: each method's own shape, to the leaves", () => {
    const result = { status: 'failed', output: null, credits_used: 0.2, duration: 3, steps: 2, message: 'Blocked.' };
    expect(parseBridgeResult('session.runTask', result)).toEqual({ ok: true, value: result });
    expect(parseBridgeResult('session.runTask', { ...result, steps: -1 })).toEqual({
      ok: false,
      problem: 'result.steps: expected a whole number of at least 0, got number -1',
    });
    expect(
      parseBridgeResult('session.extract', { status: 'success', output: [], credits_used: 1, duration: 1 }),
    ).toEqual({ ok: true, value: { status: 'success', output: [], credits_used: 1, duration: 1 } });
    expect(parseBridgeResult('session.close', { closed: 'yes' })).toMatchObject({ ok: false });
    expect(parseBridgeResult('session.evaluateJs', { value: { a: 1 }, extra: 1 })).toEqual({
      ok: true,
      value: { value: { a: 1 } },
    });
    expect(parseBridgeResult('session.create', null)).toEqual({
      ok: false,
      problem: 'result: expected an object, got null',
    });
  });

  it('extension messages: an answer that does not parse is reported with its id, so its request fails at once', () => {
    expect(parseExtensionMessage({ id: 7, error: { code: 'no_such_code', message: 'x' } })).toMatchObject({
      id: 7,
      problem: expect.stringMatching(/error\.code/),
    });
    expect(parseExtensionMessage({ id: 7 })).toMatchObject({ id: 7, problem: expect.stringMatching(/result/) });
    expect(parseExtensionMessage({ id: 8, result: null })).toEqual({ id: 8, result: null });
    expect(
      parseExtensionMessage({ id: 9, error: { code: 'bad_request', message: 'No.', field: 'url', x: 1 } }),
    ).toEqual({ id: 9, error: { code: 'bad_request', message: 'No.', field: 'url' } });
    expect(parseExtensionMessage({ type: 'keepalive', id: 3 })).toEqual({ type: 'keepalive' });
    expect(parseExtensionMessage({ type: 'keepalive!' })).toMatchObject({ problem: expect.any(String) });
  });
});
