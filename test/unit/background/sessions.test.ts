import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sessions } from '../../../src/background/session/sessions';
import { loadSession } from '../../../src/background/session/session-store';
import type { StartContext, TaskRunner } from '../../../src/background/session/task-runner';
import { TabwrightError } from '../../../src/shared/errors';
import type { TaskResult, TaskState } from '../../../src/shared/task';
import { type FakeChrome, installFakeChrome } from '../../support/fake-chrome';

/** The runner as sessions use it: start, wait, stop. Each task's ending is decided by the test. */
class FakeRunner {
  readonly started: Array<{ options: { task: string }; context: StartContext }> = [];
  readonly stopped: string[] = [];
  private readonly endings = new Map<string, (result: TaskResult) => void>();
  private readonly results = new Map<string, Promise<TaskResult>>();

  async start(options: unknown, context: StartContext): Promise<TaskState> {
    const id = `task-${this.started.length + 1}`;
    this.started.push({ options: options as { task: string }, context });
    this.results.set(id, new Promise((resolve) => this.endings.set(id, resolve)));
    return { id, options: options as TaskState['options'] } as TaskState;
  }

  whenDone(id: string): Promise<TaskResult> {
    return this.results.get(id)!;
  }

  stop(id: string): void {
    this.stopped.push(id);
    this.end(id, { status: 'cancelled', output: null, credits_used: 0, duration: 0, steps: 0 });
  }

  end(id: string, result: TaskResult): void {
    this.endings.get(id)?.(result);
  }
}

const success = (output: unknown): TaskResult => ({
  status: 'success',
  output,
  credits_used: 1,
  duration: 2,
  steps: 3,
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let chrome: FakeChrome;
let runner: FakeRunner;
let sessions: Sessions;
beforeEach(() => {
  chrome = installFakeChrome();
  runner = new FakeRunner();
  sessions = new Sessions(runner as unknown as TaskRunner);
});
afterEach(() => chrome.uninstall());

async function openSession(client = 'client-a') {
  const info = await sessions.create(client, undefined);
  return { ...info, windowId: (await chrome.tabs.get(info.tabId)).windowId! };
}

describe('sessions', () => {
  it('open a window of their own and run each task in its tab', async () => {
    const session = await openSession();
    expect(chrome.tabs.all.get(session.tabId)?.windowId).toBe(session.windowId);
    const running = sessions.runTask(session.sessionId, { task: 'Find a kettle' });
    await tick();
    expect(runner.started[0]?.context).toEqual({ tabId: session.tabId, sessionId: session.sessionId });
    runner.end('task-1', success({ kettle: 'K1' }));
    expect(await running).toMatchObject({ status: 'success', output: { kettle: 'K1' } });
  });

  it('tell the next task what the earlier ones did, and start it where the last one left off', async () => {
    const session = await openSession();
    const first = sessions.runTask(session.sessionId, { task: 'Find a kettle' });
    await tick();
    // The task followed a link into a new tab of the session's window: that tab is where work goes on.
    const moved = chrome.tabs.add({
      url: 'https://shop.example/kettle-k1',
      windowId: session.windowId,
      openerTabId: session.tabId,
    });
    runner.end('task-1', success({ kettle: 'K1' }));
    await first;
    const second = sessions.runTask(session.sessionId, { task: 'Buy it' });
    await tick();
    const context = runner.started[1]!.context;
    expect(context.tabId).toBe(moved.id);
    expect(context.memory).toContain('Task: Find a kettle');
    expect(context.memory).toContain('{"kettle":"K1"}');
    expect(context.memory).toContain('https://shop.example/kettle-k1');
    runner.end('task-2', success(null));
    await second;
  });

  it('run one operation at a time per session, and refuse the second while the first runs', async () => {
    const session = await openSession();
    const running = sessions.runTask(session.sessionId, { task: 'A' });
    await tick();
    await expect(sessions.runTask(session.sessionId, { task: 'B' })).rejects.toMatchObject({ code: 'busy' });
    runner.end('task-1', success(null));
    await running;
  });

  it('stop the running task and close the window when closed, and forget the session for good', async () => {
    const session = await openSession();
    const running = sessions.runTask(session.sessionId, { task: 'A' });
    await tick();
    expect(await sessions.close(session.sessionId)).toEqual({ closed: true });
    expect(runner.stopped).toEqual(['task-1']);
    expect((await running).status).toBe('cancelled');
    expect([...chrome.tabs.all.values()].some((tab) => tab.windowId === session.windowId)).toBe(false);
    expect(await loadSession(session.sessionId)).toBeUndefined();
    expect(await sessions.close(session.sessionId)).toEqual({ closed: false });
    await expect(sessions.runTask(session.sessionId, { task: 'B' })).rejects.toThrow(TabwrightError);
  });

  it('go on in the tab left in their window when a person closes theirs, and say so when the window is gone', async () => {
    const session = await openSession();
    const other = await chrome.tabs.create({ windowId: session.windowId, url: 'https://shop.example/' });
    await chrome.tabs.remove(session.tabId);
    const running = sessions.runTask(session.sessionId, { task: 'A' });
    await tick();
    expect(runner.started[0]!.context.tabId).toBe(other.id);
    runner.end('task-1', success(null));
    await running;
    await chrome.tabs.remove(other.id!);
    await expect(sessions.runTask(session.sessionId, { task: 'B' })).rejects.toMatchObject({
      code: 'tab_closed',
      message: `Session ${session.sessionId} has no tab any more: its window was closed (by a person, or a page). Open a new session.`,
    });
    expect(runner.started).toHaveLength(1);
  });

  it('close the sessions other clients left behind when a new client pairs, keeping its own', async () => {
    const mine = await openSession('client-a');
    const stale = await openSession('client-b');
    await sessions.closeAllBut('client-a');
    expect(await loadSession(mine.sessionId)).toBeDefined();
    expect(await loadSession(stale.sessionId)).toBeUndefined();
  });
});
