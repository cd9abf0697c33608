import {
  BUSY_CLOSE_CODE,
  type BridgeErrorBody,
  type BridgeRequest,
  type BridgeStatus,
  KEEPALIVE_INTERVAL_MS,
  newPairingToken,
  parseBridgeRequest,
  REFUSED_CLOSE_CODE,
} from '../../shared/bridge-protocol';
import { TabwrightError } from '../../shared/errors';
import { loadSettings, saveSettings } from '../../shared/settings';
import { bridgeStatusItem } from '../../shared/storage/catalogue';
import { ExtensionHandshake } from './handshake';
import { taskProgress, watchSessionTasks } from './task-progress';

export const BRIDGE_ALARM = 'tabwright-bridge';
/** While the worker is awake it retries this often; the alarm wakes a stopped worker to retry. */
const RETRY_MS = 3_000;
const ALARM_PERIOD_MINUTES = 0.5;
const HANDSHAKE_TIMEOUT_MS = 5_000;

/** What the link does for a paired SDK client, named by its id. */
export interface BridgeHandler {
  paired(client: string): Promise<void>;
  serve(client: string, request: BridgeRequest): Promise<unknown>;
  /** The paired SDK went away (the script ended, closed its client, or died). */
  unpaired?(client: string): void;
}

/**
 * The extension's end of the bridge: a WebSocket client to the SDK's server on 127.0.0.1, opened only while the user
 * has the bridge enabled. It pairs (see handshake.ts), then serves requests and reports session task progress.
 */
export class BridgeLink {
  private socket: WebSocket | undefined;
  /** The port and token the socket was opened with, to notice when the settings change under it. */
  private target = '';
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Sends to the SDK once paired; undefined before pairing and after the socket closes. */
  private pairedSend: ((message: unknown) => void) | undefined;

  constructor(private readonly handler: BridgeHandler) {}

  /** Brings the connection in line with the settings; calls are serialized, so overlapping triggers are harmless. */
  reconcile(): Promise<void> {
    this.queue = this.queue
      .then(() => this.apply())
      .catch((error: unknown) => console.warn('Tabwright bridge:', error));
    return this.queue;
  }

  private async apply() {
    const settings = await loadSettings();
    if (!settings.bridgeEnabled) {
      this.disconnect();
      await chrome.alarms.clear(BRIDGE_ALARM);
      await setStatus({ state: 'off', port: settings.bridgePort, message: 'The bridge is off.' });
      return;
    }
    const token = settings.pairingToken || (await saveSettings({ pairingToken: newPairingToken() })).pairingToken;
    if (!(await chrome.alarms.get(BRIDGE_ALARM)))
      await chrome.alarms.create(BRIDGE_ALARM, { periodInMinutes: ALARM_PERIOD_MINUTES });
    const target = `${settings.bridgePort}:${token}`;
    if (this.socket && this.target === target) return;
    this.disconnect();
    this.connect(settings.bridgePort, token);
    this.target = target;
  }

  private connect(port: number, token: string) {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/`);
    this.socket = socket;
    const handshake = new ExtensionHandshake(token);
    let client: string | undefined;
    let refused = false;
    let stopWatching: (() => void) | undefined;
    let keepalive: ReturnType<typeof setInterval> | undefined;
    const send = (message: unknown) => {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    };
    const handshakeTimer = setTimeout(() => socket.close(), HANDSHAKE_TIMEOUT_MS);
    void setStatus({ state: 'connecting', port, message: `Connecting to the SDK on 127.0.0.1:${port}…` });

    const receive = async (raw: unknown) => {
      if (client !== undefined) {
        this.answer(client, raw, send);
        return;
      }
      const step = await handshake.receive(raw);
      if ('send' in step) send(step.send);
      else if ('refused' in step) {
        refused = true;
        void setStatus({ state: 'refused', port, message: step.refused });
        socket.close(REFUSED_CLOSE_CODE, 'pairing refused');
      } else {
        client = step.paired;
        clearTimeout(handshakeTimer);
        this.pairedSend = send;
        await this.handler.paired(client);
        void setStatus({ state: 'connected', port, message: `Paired with the SDK on 127.0.0.1:${port}.` });
        stopWatching = watchSessionTasks((sessionId, state) =>
          send({ event: 'task', sessionId, state: taskProgress(state) }),
        );
        // WebSocket traffic is what keeps an idle MV3 worker running while a script holds the session open.
        keepalive = setInterval(() => send({ type: 'keepalive' }), KEEPALIVE_INTERVAL_MS);
      }
    };
    // One message at a time, so no request is read before the handshake step ahead of it has finished.
    let inbox = Promise.resolve();
    socket.onmessage = (event) => {
      inbox = inbox
        .then(() => receive(parseJson(event.data)))
        .catch((error: unknown) => console.warn('Tabwright bridge:', error));
    };

    socket.onclose = (event) => {
      clearTimeout(handshakeTimer);
      if (client !== undefined && this.pairedSend === send) {
        this.pairedSend = undefined;
        this.handler.unpaired?.(client);
      }
      clearInterval(keepalive);
      stopWatching?.();
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.target = '';
      if (event.code === REFUSED_CLOSE_CODE || refused) {
        if (!refused) {
          void setStatus({
            state: 'refused',
            port,
            message:
              'The SDK refused the pairing token: give your script the token shown here (TABWRIGHT_TOKEN or the token option).',
          });
        }
        // A refused pairing is retried only at the alarm's pace: the same token would be refused again at once.
        return;
      }
      const message =
        event.code === BUSY_CLOSE_CODE
          ? `The SDK on 127.0.0.1:${port} is paired with another browser; Tabwright keeps trying.`
          : `No SDK is listening on 127.0.0.1:${port}; Tabwright keeps trying.`;
      void setStatus({ state: 'waiting', port, message });
      this.retryTimer = setTimeout(() => void this.reconcile(), RETRY_MS);
    };
  }

  /** Sends a message to the paired SDK; false when none is paired. */
  notify(message: unknown): boolean {
    if (!this.pairedSend) return false;
    this.pairedSend(message);
    return true;
  }

  private answer(client: string, raw: unknown, send: (message: unknown) => void) {
    const request = parseBridgeRequest(raw);
    if ('problem' in request) {
      if (request.id !== undefined) send({ id: request.id, error: { code: 'bad_request', message: request.problem } });
      return;
    }
    this.handler.serve(client, request).then(
      (result) => send({ id: request.id, result }),
      (error: unknown) => send({ id: request.id, error: bridgeError(error) }),
    );
  }

  private disconnect() {
    clearTimeout(this.retryTimer);
    const socket = this.socket;
    this.socket = undefined;
    this.target = '';
    socket?.close();
  }
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

function bridgeError(error: unknown): BridgeErrorBody {
  if (error instanceof TabwrightError)
    return { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

async function setStatus(status: Omit<BridgeStatus, 'since'>) {
  await bridgeStatusItem.set({ ...status, since: Date.now() });
}
