import { KEEPALIVE_PORT, parseOffscreenRequest, type SchemaReply } from '../../shared/protocol';
import type { SchemaJobInput } from '../schema-sandbox/schema-jobs';

const HEARTBEAT_MS = 20_000;
const SANDBOX_TIMEOUT_MS = 10_000;

const sandbox = document.getElementById('schema-sandbox') as HTMLIFrameElement;
const sandboxReady = new Promise<void>((resolve) => {
  sandbox.addEventListener('load', () => resolve(), { once: true });
});
const waiting = new Map<number, (reply: SchemaReply) => void>();
let nextJobId = 1;

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== sandbox.contentWindow) return;
  const { id, reply } = event.data as { id: number; reply: SchemaReply };
  waiting.get(id)?.(reply);
  waiting.delete(id);
});

async function runInSandbox(job: SchemaJobInput): Promise<SchemaReply> {
  await sandboxReady;
  const id = nextJobId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      resolve({ ok: false, error: 'The schema sandbox did not answer.' });
    }, SANDBOX_TIMEOUT_MS);
    waiting.set(id, (reply) => {
      clearTimeout(timer);
      resolve(reply);
    });
    sandbox.contentWindow?.postMessage({ ...job, id }, '*');
  });
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return false;
  const request = parseOffscreenRequest(message);
  if (!request) return false;
  const job: SchemaJobInput =
    request.type === 'schema/check'
      ? { kind: 'check', schema: request.schema }
      : { kind: 'validate', schema: request.schema, data: request.data };
  runInSandbox(job).then(sendResponse);
  return true;
});

/**
 * A port whose messages keep the worker awake while a task runs. When the worker is stopped anyway, the port
 * disconnects and reconnecting wakes the worker again, which then resumes or closes its interrupted task.
 */
function keepWorkerAlive() {
  const port = chrome.runtime.connect({ name: KEEPALIVE_PORT });
  const timer = setInterval(() => port.postMessage({ type: 'heartbeat' }), HEARTBEAT_MS);
  port.onDisconnect.addListener(() => {
    clearInterval(timer);
    setTimeout(keepWorkerAlive, 1000);
  });
}
keepWorkerAlive();
