import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import {
  BUSY_CLOSE_CODE,
  type BridgeMethod,
  type BridgeMethods,
  newNonce,
  parseBridgeResult,
  parseExtensionMessage,
  REFUSED_CLOSE_CODE,
  type TaskEvent,
  type ToolCallEvent,
} from '../shared/bridge-protocol';
import { TabwrightSdkError } from './errors';
import { SdkHandshake } from './handshake';
import { ProcessHold } from './process-hold';
import { sdkFieldName } from './task-options';

const HANDSHAKE_TIMEOUT_MS = 5_000;
/** A worker the browser restarted reconnects within one alarm period (30 s). */
const RECONNECT_TIMEOUT_MS = 35_000;
const LOOPBACK = '127.0.0.1';
const CLOSE_GRACE_MS = 1_000;
/** Before pairing only handshake messages (well under 1 KiB) are expected; a bigger frame is refused unread. */
const MAX_PAYLOAD_BEFORE_PAIRING = 64 * 1024;
/** After pairing: task results, extract outputs and evaluated values, with room to spare. */
const MAX_PAYLOAD_AFTER_PAIRING = 64 * 1024 * 1024;
const EXTENSION_ORIGIN = /^chrome-extension:\/\/([a-p]{32})$/;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * The SDK's end of the bridge: a WebSocket server on 127.0.0.1 that the extension connects to. It accepts only
 * connections from an extension origin, pairs with exactly one browser that proves the token, and then sends it
 * requests. Pages in the browser can reach 127.0.0.1 too; the origin check and the handshake keep them out.
 */
export class BridgeServer {
  private browser: WebSocket | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly pairingWaiters = new Set<Pending>();
  private readonly taskListeners = new Set<(event: TaskEvent) => void>();
  private readonly toolCallListeners = new Set<(event: ToolCallEvent) => void>();
  readonly hold = new ProcessHold();
  private readonly client: string;
  /** The extension id allowed to connect: given, known from a launched browser, or learned from the first pairing. */
  private extensionId: string | undefined;

  private constructor(
    private readonly http: Server,
    private readonly sockets: WebSocketServer,
    private readonly token: string,
  ) {
    // Tells the extension which sessions are this client's: those of an earlier client that went away are closed.
    this.client = newNonce();
    http.on('connection', (socket: Socket) => {
      this.hold.add(socket);
      socket.once('close', () => this.hold.remove(socket));
    });
    sockets.on('connection', (socket, request) => this.pair(socket, request));
    // A socket or server error (a malformed frame, a client that vanished) ends that connection, never the process.
    sockets.on('error', () => undefined);
    http.on('error', () => undefined);
    http.on('clientError', (_error, socket) => socket.destroy());
    this.hold.add(http);
  }

  /** Listens on 127.0.0.1:port (0 picks a free port); `extensionId` pins the one extension allowed to connect. */
  static async listen(port: number, token: string, extensionId?: string): Promise<BridgeServer> {
    if (extensionId !== undefined) checkExtensionId(extensionId);
    const http = createServer((_, response) => response.writeHead(426).end('Tabwright bridge: WebSocket only.\n'));
    await new Promise<void>((resolve, reject) => {
      http.once('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'EADDRINUSE'
            ? new TabwrightSdkError(
                'port_in_use',
                `Port ${port} on 127.0.0.1 is in use (another Tabwright client?). Close it, or use another port in both the SDK and Tabwright Settings.`,
              )
            : error,
        );
      });
      http.listen(port, LOOPBACK, () => resolve());
    });
    let server: BridgeServer | undefined;
    const sockets = new WebSocketServer({
      server: http,
      maxPayload: MAX_PAYLOAD_BEFORE_PAIRING,
      verifyClient: ({ req }: { req: IncomingMessage }) => server?.acceptsOrigin(req) ?? false,
    });
    server = new BridgeServer(http, sockets, token);
    if (extensionId !== undefined) server.pinExtension(extensionId);
    return server;
  }

  /** From now on only this extension may connect (a launched browser's, or the one the user named). */
  pinExtension(extensionId: string): void {
    this.extensionId = checkExtensionId(extensionId);
  }

  /** Only an extension's worker may connect (a web page's socket carries its own origin, which it cannot forge). */
  private acceptsOrigin(request: IncomingMessage): boolean {
    const id = EXTENSION_ORIGIN.exec(request.headers.origin ?? '')?.[1];
    return id !== undefined && (this.extensionId === undefined || id === this.extensionId);
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  get paired(): boolean {
    return this.browser !== undefined;
  }

  /** Resolves once a browser has paired; rejects at once when one offers the wrong token, or after `timeoutMs`. */
  waitForBrowser(timeoutMs: number): Promise<void> {
    if (this.browser) return Promise.resolve();
    return this.hold.during(
      () =>
        new Promise<void>((resolve, reject) => {
          const waiter: Pending = {
            resolve: () => {
              clearTimeout(timer);
              resolve();
            },
            reject: (error) => {
              clearTimeout(timer);
              reject(error);
            },
          };
          const timer = setTimeout(() => {
            this.pairingWaiters.delete(waiter);
            reject(
              new TabwrightSdkError('not_connected', `No browser paired within ${Math.round(timeoutMs / 1000)} s.`),
            );
          }, timeoutMs);
          this.pairingWaiters.add(waiter);
        }),
    );
  }

  request<M extends BridgeMethod>(method: M, params: BridgeMethods[M]['params']): Promise<BridgeMethods[M]['result']> {
    return this.hold.during(async () => {
      if (!this.browser) {
        await this.waitForBrowser(RECONNECT_TIMEOUT_MS).catch(() => {
          throw new TabwrightSdkError(
            'disconnected',
            'The browser is not connected to the SDK any more (closed, or the bridge was turned off).',
          );
        });
      }
      const browser = this.browser!;
      const id = this.nextId++;
      const reply = new Promise<unknown>((resolve, reject) => this.pending.set(id, { resolve, reject }));
      browser.send(JSON.stringify({ id, method, params }));
      const result = parseBridgeResult(method, await reply);
      if (!result.ok) {
        throw new TabwrightSdkError(
          'internal',
          `The extension's answer to ${method} did not parse (${result.problem}).`,
        );
      }
      return result.value;
    });
  }

  onTaskEvent(listener: (event: TaskEvent) => void): () => void {
    this.taskListeners.add(listener);
    return () => this.taskListeners.delete(listener);
  }

  onToolCall(listener: (event: ToolCallEvent) => void): () => void {
    this.toolCallListeners.add(listener);
    return () => this.toolCallListeners.delete(listener);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets.clients) socket.close(1001, 'The SDK client closed.');
    const closed = new Promise<void>((resolve) => this.sockets.close(() => resolve()));
    // A browser that does not answer the closing handshake (a stopped worker, a frozen browser) must not hold us up.
    const timer = setTimeout(() => {
      for (const socket of this.sockets.clients) socket.terminate();
    }, CLOSE_GRACE_MS);
    await closed;
    clearTimeout(timer);
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private pair(socket: WebSocket, request: IncomingMessage) {
    socket.on('error', () => socket.terminate());
    if (this.browser) {
      socket.close(BUSY_CLOSE_CODE, 'This SDK client is already paired with a browser.');
      return;
    }
    const handshake = new SdkHandshake(this.token, this.client);
    const timer = setTimeout(() => socket.terminate(), HANDSHAKE_TIMEOUT_MS);
    socket.once('message', async (data) => {
      clearTimeout(timer);
      const step = await handshake.receive(parseJson(data));
      if ('malformed' in step) {
        // Not a browser answering the challenge (a stray local client, garbage): dropped, and nobody is told.
        socket.terminate();
        return;
      }
      if ('refused' in step) {
        socket.close(REFUSED_CLOSE_CODE, 'pairing token refused');
        for (const waiter of this.pairingWaiters)
          waiter.reject(
            new TabwrightSdkError(
              'pairing_refused',
              `${step.refused} Copy the token shown in the extension's settings (Tabwright Settings → SDK bridge) into the token option or TABWRIGHT_TOKEN.`,
            ),
          );
        this.pairingWaiters.clear();
        return;
      }
      if (this.browser) {
        socket.close(BUSY_CLOSE_CODE, 'This SDK client is already paired with a browser.');
        return;
      }
      socket.send(JSON.stringify(step.send));
      this.extensionId ??= EXTENSION_ORIGIN.exec(request.headers.origin ?? '')?.[1];
      setMaxPayload(socket, MAX_PAYLOAD_AFTER_PAIRING);
      this.adopt(socket);
    });
    socket.send(JSON.stringify(handshake.hello()));
  }

  private adopt(socket: WebSocket) {
    this.browser = socket;
    socket.on('message', (data) => this.receive(parseJson(data)));
    socket.on('close', () => {
      if (this.browser !== socket) return;
      this.browser = undefined;
      for (const request of this.pending.values()) {
        request.reject(
          new TabwrightSdkError(
            'disconnected',
            'The browser disconnected before it answered (it was closed, or the extension was reloaded).',
          ),
        );
      }
      this.pending.clear();
    });
    for (const waiter of this.pairingWaiters) waiter.resolve(undefined);
    this.pairingWaiters.clear();
  }

  private receive(raw: unknown) {
    const message = parseExtensionMessage(raw);
    if ('problem' in message) {
      if (message.id === undefined) return;
      this.pending
        .get(message.id)
        ?.reject(new TabwrightSdkError('internal', `The extension's answer did not parse (${message.problem}).`));
      this.pending.delete(message.id);
      return;
    }
    if ('type' in message) return;
    if ('event' in message) {
      if (message.event === 'toolCall') for (const listener of this.toolCallListeners) listener(message);
      else for (const listener of this.taskListeners) listener(message);
      return;
    }
    const request = this.pending.get(message.id);
    this.pending.delete(message.id);
    if ('error' in message)
      request?.reject(
        new TabwrightSdkError(
          message.error.code,
          message.error.message,
          message.error.field && sdkFieldName(message.error.field),
        ),
      );
    else request?.resolve(message.result);
  }
}

function checkExtensionId(extensionId: string): string {
  if (!/^[a-p]{32}$/.test(extensionId))
    throw new TabwrightSdkError(
      'invalid_option',
      `"${extensionId}" is not a Chrome extension id (32 letters a-p).`,
      'extensionId',
    );
  return extensionId;
}

/**
 * ws sets one frame limit per server; a paired browser may send more than a stranger. Its receiver keeps the limit in
 * `_maxPayload` (ws 8): raised here for this socket only; should that field ever go, the small limit simply stays.
 */
function setMaxPayload(socket: WebSocket, bytes: number) {
  const receiver = (socket as unknown as { _receiver?: { _maxPayload?: number } })._receiver;
  if (receiver && typeof receiver._maxPayload === 'number') receiver._maxPayload = bytes;
}

function parseJson(data: RawData): unknown {
  try {
    return JSON.parse(data.toString());
  } catch {
    return undefined;
  }
}
