import { ToolError } from '@anthropic-ai/sdk/helpers/beta/toolsets';
import { withinAnswerTime } from '../answer-time';

const PROTOCOL_VERSION = '1.3';

/** Why trusted input is not available on a tab; the message is shown to the model once, with the fallback. */
export class DebuggerUnavailable extends Error {}

/** Runs a member that only works through chrome.debugger; without it, the model reads why in one clear line. */
export async function throughDebugger<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DebuggerUnavailable)
      throw new ToolError(`Error: ${what} needs Chrome's debugger, which is unavailable: ${error.message}.`);
    throw error;
  }
}

type EventListener = (method: string, params: unknown) => void;

/**
 * chrome.debugger sessions of one task: attached lazily per tab on first use, detached when the task ends. Another
 * debugger on the tab (DevTools, another extension) and the user cancelling the "is debugging this browser" bar are
 * reported as DebuggerUnavailable, and the tab is not tried again during the task.
 */
export class DebuggerSessions {
  private readonly attached = new Set<number>();
  private readonly attaching = new Map<number, Promise<void>>();
  private readonly refused = new Map<number, string>();
  private readonly listeners = new Set<EventListener & { tabId?: number }>();
  private readonly enabledDomains = new Map<number, Set<string>>();

  constructor() {
    chrome.debugger.onDetach.addListener(this.onDetach);
    chrome.debugger.onEvent.addListener(this.onEvent);
  }

  private readonly onDetach = (source: chrome.debugger.Debuggee, reason: string) => {
    if (source.tabId === undefined || !this.attached.has(source.tabId)) return;
    this.attached.delete(source.tabId);
    this.enabledDomains.delete(source.tabId);
    if (reason === 'canceled_by_user') this.refused.set(source.tabId, 'the user closed the debugging bar of this tab');
    else if (reason !== 'target_closed') this.refused.set(source.tabId, `the debugger was detached (${reason})`);
  };

  private readonly onEvent = (source: chrome.debugger.Debuggee, method: string, params?: object) => {
    if (source.tabId === undefined || !this.attached.has(source.tabId)) return;
    for (const listener of this.listeners) if (listener.tabId === source.tabId) listener(method, params);
  };

  isAttached(tabId: number): boolean {
    return this.attached.has(tabId);
  }

  /** Whether the tab is known not to take trusted input (so callers skip straight to the fallback). */
  refusal(tabId: number): string | undefined {
    return this.refused.get(tabId);
  }

  /** Attaches once per tab; concurrent callers share the attempt (a second attach would fail as "already attached"). */
  attach(tabId: number): Promise<void> {
    if (this.attached.has(tabId)) return Promise.resolve();
    const refused = this.refused.get(tabId);
    if (refused) return Promise.reject(new DebuggerUnavailable(refused));
    let pending = this.attaching.get(tabId);
    if (!pending) {
      pending = this.attachNow(tabId).finally(() => this.attaching.delete(tabId));
      this.attaching.set(tabId, pending);
    }
    return pending;
  }

  private async attachNow(tabId: number): Promise<void> {
    try {
      await chrome.debugger.attach({ tabId }, PROTOCOL_VERSION);
      this.attached.add(tabId);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const reason = /already attached/i.test(message)
        ? 'another debugger (DevTools or an extension) is attached to this tab'
        : /Cannot access|cannot attach|chrome:\/\//i.test(message)
          ? 'this page does not allow debugging'
          : `the debugger could not attach (${message})`;
      this.refused.set(tabId, reason);
      throw new DebuggerUnavailable(reason);
    }
  }

  async send<T = unknown>(tabId: number, method: string, params?: object): Promise<T> {
    await this.attach(tabId);
    // Input events wait for the page to take them: a page that never yields must not hold the task.
    return (await withinAnswerTime(chrome.debugger.sendCommand({ tabId }, method, params))) as T;
  }

  /** Enables a CDP domain (Runtime, Network, Log) once per attachment. */
  async enable(tabId: number, domain: string): Promise<void> {
    await this.attach(tabId);
    const domains = this.enabledDomains.get(tabId) ?? new Set<string>();
    if (domains.has(domain)) return;
    await chrome.debugger.sendCommand({ tabId }, `${domain}.enable`);
    domains.add(domain);
    this.enabledDomains.set(tabId, domains);
  }

  /** Subscribes to CDP events of one tab; returns the unsubscribe function. */
  onTabEvent(tabId: number, listener: EventListener): () => void {
    const tagged = Object.assign((method: string, params: unknown) => listener(method, params), { tabId });
    this.listeners.add(tagged);
    return () => this.listeners.delete(tagged);
  }

  async dispose(): Promise<void> {
    chrome.debugger.onDetach.removeListener(this.onDetach);
    chrome.debugger.onEvent.removeListener(this.onEvent);
    this.listeners.clear();
    await Promise.all([...this.attached].map((tabId) => chrome.debugger.detach({ tabId }).catch(() => undefined)));
    this.attached.clear();
  }
}
