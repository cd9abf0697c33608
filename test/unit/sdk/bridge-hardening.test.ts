import { connect as tcpConnect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ExtensionHandshake } from '../../../src/background/bridge/handshake';
import { newPairingToken } from '../../../src/shared/bridge-protocol';
import { BridgeServer } from '../../../src/sdk/bridge-server';
import type { TabwrightSdkError } from '../../../src/sdk/errors';

/**
 * The SDK's bridge server against other local processes: garbage, broken frames, huge frames, wrong origins and
 * half-finished handshakes, all while a legitimate connect() waits. The waiting process must survive every one of
 * them (an unhandled 'error' would crash this test worker), and the real extension must still pair.
 */
const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OTHER_ID = 'ponmlkjihgfedcbaponmlkjihgfedcba';
const origin = (id: string) => `chrome-extension://${id}`;

let server: BridgeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function open(port: number, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}`, { headers });
    socket.on('error', reject);
    socket.once('open', () => resolve(socket));
  });
}

function closed(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

/** How an upgrade ends for a client: 'open', or the HTTP status that refused it. */
function upgrade(port: number, headers: Record<string, string>): Promise<'open' | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}`, { headers });
    socket.on('error', () => undefined);
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('open', () => {
      resolve('open');
      socket.terminate();
    });
  });
}

/** The extension's side of pairing, run by the test as the worker would. */
async function pairAsExtension(port: number, token: string, id = EXTENSION_ID): Promise<WebSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}`, { headers: { origin: origin(id) } });
  const handshake = new ExtensionHandshake(token);
  // Listening before the socket opens: the SDK's hello can arrive in the same packet as the upgrade answer.
  socket.on('message', async (data) => {
    const step = await handshake.receive(JSON.parse(data.toString()));
    if ('send' in step) socket.send(JSON.stringify(step.send));
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return socket;
}

describe('the SDK bridge against hostile local clients', () => {
  it('survives garbage, broken frames, huge frames and stray clients while connect() waits, then pairs', async () => {
    const token = newPairingToken();
    server = await BridgeServer.listen(0, token);
    const { port } = server;
    const waiting = server.waitForBrowser(20_000);
    let failure: unknown;
    waiting.catch((error: unknown) => {
      failure = error;
    });

    // 1. Text that is not JSON, then JSON that is not a handshake: dropped, nobody told.
    const garbage = await open(port, { origin: origin(OTHER_ID) });
    garbage.send('}{ not json');
    expect(await closed(garbage)).not.toBe(4001);
    const wrongShape = await open(port, { origin: origin(OTHER_ID) });
    wrongShape.send(JSON.stringify({ type: 'auth', proof: 'nope', nonce: 42 }));
    await closed(wrongShape);

    // 2. A frame with reserved bits and an unknown opcode: ws reports an error on that socket only.
    const broken = await open(port, { origin: origin(OTHER_ID) });
    (broken as unknown as { _socket: { write(bytes: Buffer): void } })._socket.write(
      Buffer.from([0xff, 0x85, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    );
    await closed(broken);

    // 3. A 1 MiB frame before pairing is refused unread (1009: message too big).
    const huge = await open(port, { origin: origin(OTHER_ID) });
    huge.on('error', () => undefined);
    huge.send('x'.repeat(1024 * 1024));
    expect(await closed(huge)).toBe(1009);

    // 4. Not an extension, or a raw TCP client speaking no WebSocket at all: refused at the door.
    expect(await upgrade(port, { origin: 'http://127.0.0.1:8080' })).toBe(401);
    expect(await upgrade(port, {})).toBe(401);
    await new Promise<void>((resolve) => {
      const raw = tcpConnect(port, '127.0.0.1', () =>
        raw.end('GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n\x00\xff garbage'),
      );
      raw.on('error', () => resolve());
      raw.on('close', () => resolve());
      raw.resume();
    });

    expect(failure).toBeUndefined();
    expect(server.paired).toBe(false);

    // The real extension still pairs, and the waiting connect() resolves.
    const extension = await pairAsExtension(port, token);
    await waiting;
    expect(server.paired).toBe(true);

    // After pairing the frame limit is the generous one: a 2 MiB message from the browser is read.
    extension.send(JSON.stringify({ type: 'keepalive', pad: 'x'.repeat(2 * 1024 * 1024) }));
    const reply = server.request('session.close', { sessionId: 's-1' }).catch((error: unknown) => error);
    extension.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { id?: number };
      if (typeof message.id === 'number') extension.send(JSON.stringify({ id: message.id, result: { closed: true } }));
    });
    expect(await reply).toEqual({ closed: true });
    expect(extension.readyState).toBe(WebSocket.OPEN);
    extension.close();
  });

  it('fails a request at once when the answer does not parse, and names what is wrong', async () => {
    const token = newPairingToken();
    server = await BridgeServer.listen(0, token);
    const extension = await pairAsExtension(server.port, token);
    await server.waitForBrowser(5_000);
    // An extension (of another version, or broken) that answers each request with a malformed answer.
    const answers: Array<(id: number) => unknown> = [
      (id) => ({ id, result: { url: 'https://example.com/', title: 'x', credits_used: 2, duration: 1 } }),
      (id) => ({ id, result: { sessionId: 's-1', tabId: '7', url: 'about:blank' } }),
      (id) => ({ id, error: { code: 'no_such_code', message: 'later' } }),
    ];
    extension.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { id?: number };
      if (typeof message.id === 'number') extension.send(JSON.stringify(answers.shift()?.(message.id)));
    });
    const error = (request: Promise<unknown>) =>
      request.then(
        () => undefined,
        (failure: TabwrightSdkError) => failure,
      );
    expect(await error(server.request('session.goto', { sessionId: 's-1', url: 'example.com' }))).toMatchObject({
      code: 'internal',
      message: "The extension's answer to session.goto did not parse (result.credits_used: expected 0, got number 2).",
    });
    expect(await error(server.request('session.create', {}))).toMatchObject({
      message: expect.stringContaining('result.tabId: expected a whole number, got "7"'),
    });
    expect(await error(server.request('session.close', { sessionId: 's-1' }))).toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/^The extension's answer did not parse \(.*error\.code/),
    });
    extension.close();
  });

  it('pins the extension that paired first: another extension id is refused afterwards', async () => {
    const token = newPairingToken();
    server = await BridgeServer.listen(0, token);
    const first = await pairAsExtension(server.port, token);
    await server.waitForBrowser(5_000);
    first.close();
    await closed(first);
    expect(await upgrade(server.port, { origin: origin(OTHER_ID) })).toBe(401);
    expect(await upgrade(server.port, { origin: origin(EXTENSION_ID) })).toBe('open');
  });

  it('accepts only the extension id it was given', async () => {
    server = await BridgeServer.listen(0, newPairingToken(), EXTENSION_ID);
    expect(await upgrade(server.port, { origin: origin(OTHER_ID) })).toBe(401);
    expect(await upgrade(server.port, { origin: `${origin(EXTENSION_ID)}.evil` })).toBe(401);
    expect(await upgrade(server.port, { origin: origin(EXTENSION_ID) })).toBe('open');
    await expect(BridgeServer.listen(0, 't', 'not-an-id')).rejects.toMatchObject({
      code: 'invalid_option',
      field: 'extensionId',
    });
  });

  it('still tells a waiting connect() when a browser proves a different token', async () => {
    server = await BridgeServer.listen(0, newPairingToken());
    const waiting = server.waitForBrowser(10_000).catch((error: unknown) => error as TabwrightSdkError);
    await pairAsExtension(server.port, 'another-token');
    expect(await waiting).toMatchObject({ code: 'pairing_refused' });
  });
});
