import type { DebuggerSessions } from './debugger/session';

const MAX_ENTRIES = 200;
/** A read waits this long at most for requests still in flight, so a request the last action started is listed. */
const IN_FLIGHT_WAIT_MS = 1000;
const MAX_ENTRY_CHARS = 500;
/** Requests still waiting for an answer, per worker: a page can open them without end, so the oldest are forgotten. */
const MAX_PENDING_REQUESTS = 500;
/** Query parameters and headers that carry credentials are never shown to the model. */
const SECRET_PARAMS =
  /([?&](?:access_token|token|auth|key|api_key|apikey|password|secret|session|sig|signature)=)[^&#]*/gi;

type Entry = string;

/**
 * Console messages and network requests of a tab, recorded through chrome.debugger from the first time the task
 * works on the tab, and handed out once: each read returns what arrived since the previous read.
 */
export class DevtoolsLogs {
  private readonly sessions: DebuggerSessions;
  private readonly console = new Map<number, Entry[]>();
  private readonly network = new Map<number, Entry[]>();
  private readonly requests = new Map<string, { tabId: number; method: string; url: string; type: string }>();
  private readonly watched = new Set<number>();

  constructor(sessions: DebuggerSessions) {
    this.sessions = sessions;
  }

  /** Starts recording a tab; errors (no debugger) are left for the read to report. */
  async watch(tabId: number): Promise<void> {
    if (this.watched.has(tabId)) return;
    this.watched.add(tabId);
    this.sessions.onTabEvent(tabId, (method, params) => this.record(tabId, method, params as Record<string, unknown>));
    await this.sessions.enable(tabId, 'Runtime');
    await this.sessions.enable(tabId, 'Log');
    await this.sessions.enable(tabId, 'Network');
  }

  async readConsole(tabId: number): Promise<string> {
    await this.watch(tabId);
    return drain(this.console, tabId, 'No console messages since the last read.');
  }

  async readNetwork(tabId: number): Promise<string> {
    await this.watch(tabId);
    const deadline = Date.now() + IN_FLIGHT_WAIT_MS;
    while (this.inFlight(tabId) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return drain(this.network, tabId, 'No network requests since the last read.');
  }

  private inFlight(tabId: number): boolean {
    for (const request of this.requests.values()) if (request.tabId === tabId) return true;
    return false;
  }

  private record(tabId: number, method: string, params: Record<string, unknown>) {
    switch (method) {
      case 'Runtime.consoleAPICalled': {
        const args = (params.args as Array<{ value?: unknown; description?: string; type: string }>) ?? [];
        push(
          this.console,
          tabId,
          `[${params.type}] ${args.map((arg) => (arg.value !== undefined ? String(arg.value) : (arg.description ?? arg.type))).join(' ')}`,
        );
        return;
      }
      case 'Runtime.exceptionThrown': {
        const details = params.exceptionDetails as { text: string; exception?: { description?: string } };
        push(this.console, tabId, `[exception] ${details.exception?.description ?? details.text}`);
        return;
      }
      case 'Log.entryAdded': {
        const entry = params.entry as { level: string; text: string; url?: string };
        push(this.console, tabId, `[${entry.level}] ${entry.text}${entry.url ? ` (${redact(entry.url)})` : ''}`);
        return;
      }
      case 'Network.requestWillBeSent': {
        const request = params.request as { method: string; url: string };
        if (!/^https?:/.test(request.url)) return;
        this.requests.set(String(params.requestId), {
          tabId,
          method: request.method,
          url: redact(request.url).slice(0, MAX_ENTRY_CHARS),
          type: String(params.type ?? ''),
        });
        for (const oldest of this.requests.keys()) {
          if (this.requests.size <= MAX_PENDING_REQUESTS) break;
          this.requests.delete(oldest);
        }
        return;
      }
      case 'Network.responseReceived': {
        const sent = this.requests.get(String(params.requestId));
        const response = params.response as { status: number; mimeType: string };
        if (sent)
          push(
            this.network,
            tabId,
            `${sent.method} ${sent.url} → ${response.status} ${response.mimeType}${sent.type ? ` (${sent.type})` : ''}`,
          );
        this.requests.delete(String(params.requestId));
        return;
      }
      case 'Network.loadingFailed': {
        const sent = this.requests.get(String(params.requestId));
        if (sent) push(this.network, tabId, `${sent.method} ${sent.url} → failed: ${String(params.errorText)}`);
        this.requests.delete(String(params.requestId));
        return;
      }
    }
  }
}

function redact(url: string): string {
  return url.replace(SECRET_PARAMS, '$1[redacted]');
}

function push(log: Map<number, Entry[]>, tabId: number, entry: string) {
  const entries = log.get(tabId) ?? [];
  entries.push(entry.length > MAX_ENTRY_CHARS ? `${entry.slice(0, MAX_ENTRY_CHARS)}…` : entry);
  if (entries.length > MAX_ENTRIES) entries.shift();
  log.set(tabId, entries);
}

function drain(log: Map<number, Entry[]>, tabId: number, empty: string): string {
  const entries = log.get(tabId) ?? [];
  log.set(tabId, []);
  return entries.length > 0 ? entries.join('\n') : empty;
}
