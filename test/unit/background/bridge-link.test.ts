import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { BRIDGE_ALARM, BridgeLink } from '../../../src/background/bridge/bridge-link';
import type { BridgeRequest, BridgeStatus, TaskEvent } from '../../../src/shared/bridge-protocol';
import { loadSettings, saveSettings } from '../../../src/shared/settings';
import { bridgeStatusItem, taskStates } from '../../../src/shared/storage/catalogue';
import type { TaskState } from '../../../src/shared/task';
import { BridgeServer } from '../../../src/sdk/bridge-server';
import { type FakeChrome, installFakeChrome } from '../../support/fake-chrome';

/**
 * The worker's WebSocket, as Chrome opens it from the extension: with the extension's origin, and reporting a failed
 * connection as an error event followed by close, never as a thrown error.
 */
class ExtensionSocket extends WebSocket {
  constructor(url: string) {
    super(url, { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' });
    this.on('error', () => undefined);
  }
}

const TOKEN = 'a-pairing-token-of-enough-length';

let chrome: FakeChrome;
let server: BridgeServer | undefined;
let link: BridgeLink | undefined;
const served: Array<{ client: string; request: BridgeRequest }> = [];
const paired: string[] = [];

beforeEach(() => {
  chrome = installFakeChrome();
  (globalThis as { WebSocket?: unknown }).WebSocket = ExtensionSocket;
  served.length = 0;
  paired.length = 0;
});
afterEach(async () => {
  await saveSettings({ bridgeEnabled: false });
  await link?.reconcile();
  await server?.close();
  server = undefined;
  chrome.uninstall();
});

function startLink() {
  link = new BridgeLink({
    paired: async (client) => void paired.push(client),
    serve: async (client, request) => {
      served.push({ client, request });
      if (request.method === 'session.close') return { closed: true };
      throw new Error('not in this test');
    },
  });
  return link;
}

/** Resolves with the bridge status once it reaches `state`. */
function statusReaching(state: BridgeStatus['state']): Promise<BridgeStatus> {
  return new Promise((resolve) => {
    const stop = bridgeStatusItem.watch((status) => {
      if (status?.state !== state) return;
      stop();
      resolve(status);
    });
  });
}

describe("the extension's end of the SDK bridge", () => {
  it('pairs with an SDK that knows the token, then serves its requests and reports session tasks', async () => {
    server = await BridgeServer.listen(0, TOKEN);
    await saveSettings({ bridgeEnabled: true, bridgePort: server.port, pairingToken: TOKEN });
    const connected = statusReaching('connected');
    await startLink().reconcile();
    await server.waitForBrowser(5_000);
    expect((await connected).message).toBe(`Paired with the SDK on 127.0.0.1:${server.port}.`);
    expect(paired).toHaveLength(1);
    expect(chrome.alarms.has(BRIDGE_ALARM)).toBe(true);

    expect(await server.request('session.close', { sessionId: 's1' })).toEqual({ closed: true });
    expect(served).toEqual([
      { client: paired[0], request: { id: expect.any(Number), method: 'session.close', params: { sessionId: 's1' } } },
    ]);
    await expect(server.request('session.goto', { sessionId: 's1', url: 'https://a.example/' })).rejects.toThrow(
      'not in this test',
    );

    const events: TaskEvent[] = [];
    server.onTaskEvent((event) => events.push(event));
    const state = {
      id: 't1',
      sessionId: 's1',
      status: 'running',
      steps: [],
      options: { task: 'x', max_steps: 3 },
      credits_used: 0,
    };
    await taskStates.set('t1', state as unknown as TaskState);
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]).toMatchObject({
      event: 'task',
      sessionId: 's1',
      state: { taskId: 't1', status: 'running', maxSteps: 3 },
    });
  });

  it('is refused with the wrong token, says so in Settings, and does not retry at once', async () => {
    server = await BridgeServer.listen(0, TOKEN);
    await saveSettings({
      bridgeEnabled: true,
      bridgePort: server.port,
      pairingToken: 'a-different-token-of-enough-length',
    });
    const refused = statusReaching('refused');
    const waiting = server.waitForBrowser(5_000);
    await startLink().reconcile();
    await expect(waiting).rejects.toThrow();
    expect((await refused).state).toBe('refused');
    expect(paired).toEqual([]);
  });

  it('waits for an SDK that is not listening, and keeps trying', async () => {
    const probe = await BridgeServer.listen(0, TOKEN);
    const port = probe.port;
    await probe.close();
    await saveSettings({ bridgeEnabled: true, bridgePort: port, pairingToken: TOKEN });
    const waiting = statusReaching('waiting');
    await startLink().reconcile();
    expect((await waiting).message).toBe(`No SDK is listening on 127.0.0.1:${port}; Tabwright keeps trying.`);
  });

  it('makes a pairing token when enabled without one, and turns fully off when disabled', async () => {
    await saveSettings({ bridgeEnabled: true, bridgePort: 1, pairingToken: '' });
    await startLink().reconcile();
    expect((await loadSettings()).pairingToken).toMatch(/.{16,}/);
    await saveSettings({ bridgeEnabled: false });
    await link!.reconcile();
    expect(chrome.alarms.has(BRIDGE_ALARM)).toBe(false);
    expect((await bridgeStatusItem.get())?.state).toBe('off');
  });
});
