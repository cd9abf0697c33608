import { ToolError } from '@anthropic-ai/sdk/helpers/beta/toolsets';
import { toolErrorText } from '../agent/tool-error';
import type { BridgeReply, ExtractResult, GotoResult, SessionInfo } from '../../shared/bridge-protocol';
import { TabwrightError } from '../../shared/errors';
import type { JsonSchema } from '../../shared/json-schema';
import type { TaskResult } from '../../shared/task';
import { askContent, ensureTab } from '../browser/content-channel';
import { navigateTab, untilBlankLoaded } from '../browser/navigation';
import { evaluateInPage } from './evaluate-js';
import { extractFromPage } from './extract';
import { describeEarlierTasks, taskRecord } from './session-memory';
import { redactionOnly } from '../safety/secrets';
import { dropSession, loadAllSessions, loadSession, type SessionRecord, saveSession } from './session-store';
import { carriedSecrets, loadPrivates } from './task-store';
import type { StartContext, TaskRunner } from './task-runner';

/**
 * Sessions for scripts: each owns a window of its own (so several run side by side, each in a visible tab that
 * pages do not throttle, and none sees another's tabs) and the memory of its tasks. A task starts on the page the
 * previous one left and is told what the earlier ones did. One operation at a time per session.
 */
export class Sessions {
  private readonly busy = new Set<string>();
  /** The task each session is running, so closing the session can stop it. */
  private readonly runningTasks = new Map<string, string>();

  constructor(private readonly runner: TaskRunner) {}

  async create(client: string, url: string | undefined): Promise<SessionInfo> {
    const window = await chrome.windows.create({ url: 'about:blank', focused: false });
    const tabId = window?.tabs?.[0]?.id;
    if (window?.id === undefined || tabId === undefined)
      throw new TabwrightError('internal', 'The browser did not open a window for the session.');
    const session: SessionRecord = { id: crypto.randomUUID(), client, windowId: window.id, tabId, tasks: [] };
    await saveSession(session);
    try {
      await untilBlankLoaded(tabId);
      const tab = url === undefined ? await ensureTab(tabId) : await navigate(tabId, url);
      return { sessionId: session.id, tabId, url: tab.url ?? '' };
    } catch (error) {
      await this.close(session.id);
      throw error;
    }
  }

  /**
   * A script that ended without closing its sessions leaves their windows open; when the next SDK client pairs, the
   * sessions of every other client are closed. The same client pairing again (after a worker restart) keeps its own.
   */
  async closeAllBut(client: string): Promise<void> {
    for (const session of await loadAllSessions()) {
      if (session.client !== client) await this.close(session.id);
    }
  }

  /** Checks a task's options as runTask would, without running it; bad input throws a TabwrightError. */
  async checkTask(options: unknown): Promise<{ valid: true }> {
    await this.runner.check(options);
    return { valid: true };
  }

  runTask(sessionId: string, options: unknown, callTool?: StartContext['callTool']): Promise<TaskResult> {
    return this.exclusive(sessionId, async (session) => {
      const memory = describeEarlierTasks(session.tasks);
      const state = await this.runner.start(options, {
        tabId: session.tabId,
        sessionId,
        ...(memory ? { memory } : {}),
        ...(session.secrets ? { earlierSecrets: session.secrets } : {}),
        ...(callTool ? { callTool } : {}),
      });
      this.runningTasks.set(sessionId, state.id);
      session.secrets = carriedSecrets(await loadPrivates(state.id));
      try {
        const result = await this.runner.whenDone(state.id);
        session.tabId = await followActiveTab(session);
        const finalUrl = await ensureTab(session.tabId).then(
          (tab) => tab.url ?? '',
          () => '',
        );
        session.tasks.push(taskRecord(state.options.task, result, finalUrl));
        // Closing the session stops its task: its record is gone then, and must not come back.
        if (await loadSession(sessionId)) await saveSession(session);
        return result;
      } finally {
        this.runningTasks.delete(sessionId);
      }
    });
  }

  extract(sessionId: string, schema: JsonSchema, prompt: string | undefined): Promise<ExtractResult> {
    return this.exclusive(sessionId, (session) =>
      extractFromPage(session.tabId, schema, prompt, redactionOnly(session.secrets ?? [])),
    );
  }

  goto(sessionId: string, url: string): Promise<GotoResult> {
    return this.exclusive(sessionId, async (session) => {
      const startedAt = Date.now();
      await navigate(session.tabId, url);
      // The tab's title can lag behind its load; the settled page itself says what it is.
      const page = await askContent(session.tabId, { type: 'content/settle' });
      if (!page.ok)
        throw new TabwrightError('page_forbidden', `The page could not be read after loading: ${page.error}`);
      return {
        url: page.url ?? '',
        title: page.title ?? '',
        credits_used: 0,
        duration: Math.round((Date.now() - startedAt) / 100) / 10,
      };
    });
  }

  evaluateJs(sessionId: string, code: string, args: unknown): Promise<{ value: unknown }> {
    return this.exclusive(sessionId, async (session) => ({ value: await evaluateInPage(session.tabId, code, args) }));
  }

  /** A script's answer to the pending request of its own session's task (not of another session's). */
  async answer(
    sessionId: string,
    taskId: string,
    requestId: string,
    reply: BridgeReply,
  ): Promise<{ delivered: boolean }> {
    if (this.runningTasks.get(sessionId) !== taskId) return { delivered: false };
    const answer =
      'answer' in reply
        ? reply.answer
        : 'approved' in reply
          ? { approved: reply.approved, ...(reply.remember ? { remember: true } : {}) }
          : undefined;
    return { delivered: this.runner.answer(taskId, requestId, answer) };
  }

  /** Stops the session's running task, if any; the session stays open. */
  async cancel(sessionId: string, reason: string | undefined): Promise<{ cancelled: boolean }> {
    const taskId = this.runningTasks.get(sessionId);
    return { cancelled: taskId !== undefined && this.runner.stop(taskId, reason) };
  }

  /** Stops the running tasks of one client's sessions; their windows stay, showing where each task stopped. */
  async stopTasksOf(client: string, reason: string): Promise<void> {
    for (const session of await loadAllSessions()) {
      const taskId = session.client === client ? this.runningTasks.get(session.id) : undefined;
      if (taskId) this.runner.stop(taskId, reason);
    }
  }

  /** Stops the session's task, if one runs, and closes its window with every tab in it. */
  async close(sessionId: string): Promise<{ closed: boolean }> {
    const session = await loadSession(sessionId);
    if (!session) return { closed: false };
    const taskId = this.runningTasks.get(sessionId);
    if (taskId) this.runner.stop(taskId);
    await dropSession(sessionId);
    await chrome.windows.remove(session.windowId).catch(() => undefined);
    return { closed: true };
  }

  private async exclusive<T>(sessionId: string, operation: (session: SessionRecord) => Promise<T>): Promise<T> {
    if (this.busy.has(sessionId)) {
      throw new TabwrightError(
        'busy',
        'This session is still busy with an earlier operation: await it before starting the next.',
      );
    }
    this.busy.add(sessionId);
    try {
      const session = await loadSession(sessionId);
      if (!session)
        throw new TabwrightError(
          'invalid_option',
          `No session ${sessionId}: it was closed, or the browser restarted.`,
          'sessionId',
        );
      session.tabId = await liveTabOf(session);
      return await operation(session);
    } finally {
      this.busy.delete(sessionId);
    }
  }
}

/**
 * A task may leave its work in a tab it opened; the session carries on where the task left off. Tabs a task opens
 * land in the session's window and become active there, so the window's active tab is that place.
 */
async function followActiveTab(session: SessionRecord): Promise<number> {
  const [active] = await chrome.tabs.query({ windowId: session.windowId, active: true }).catch(() => []);
  return active?.id ?? session.tabId;
}

/**
 * The tab the session goes on in: its own, or when a person (or a page) closed that one, the active tab left in its
 * window. A session whose window is gone says so, rather than naming a tab id the script never saw.
 */
async function liveTabOf(session: SessionRecord): Promise<number> {
  const open = await chrome.tabs.get(session.tabId).then(
    () => true,
    () => false,
  );
  if (open) return session.tabId;
  const [active] = await chrome.tabs.query({ windowId: session.windowId, active: true }).catch(() => []);
  if (active?.id !== undefined) return active.id;
  throw new TabwrightError(
    'tab_closed',
    `Session ${session.id} has no tab any more: its window was closed (by a person, or a page). Open a new session.`,
  );
}

/** Navigation errors are written for the model ("Error: …"); a script gets them as a TabwrightError on `url`. */
async function navigate(tabId: number, url: string): Promise<chrome.tabs.Tab> {
  try {
    return await navigateTab(tabId, url);
  } catch (error) {
    if (error instanceof ToolError) throw new TabwrightError('invalid_option', toolErrorText(error), 'url');
    throw error;
  }
}
