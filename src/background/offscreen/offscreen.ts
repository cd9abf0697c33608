import {
  KEEPALIVE_PORT,
  type OffscreenRequest,
  parseOffscreenRequest,
  parseSandboxAnswer,
  type SandboxJob,
  type SchemaReply,
} from '../../shared/protocol';

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
  const answer = parseSandboxAnswer(event.data);
  if (!answer) return;
  waiting.get(answer.id)?.(answer.reply);
  waiting.delete(answer.id);
});

async function runInSandbox(request: OffscreenRequest): Promise<SchemaReply> {
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
    const job: SandboxJob =
      request.type === 'schema/check'
        ? { kind: 'check', id, schema: request.schema }
        : { kind: 'validate', id, schema: request.schema, data: request.data };
    sandbox.contentWindow?.postMessage(job, '*');
  });
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return false;
  const request = parseOffscreenRequest(message);
  if (!request) return false;
  if ('problem' in request) {
    sendResponse({ ok: false, error: request.problem } satisfies SchemaReply);
    return false;
  }
  runInSandbox(request).then(sendResponse);
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
