import type { Page } from 'playwright-core';
import { SESSION_PREFIXES } from '../../src/shared/storage/keys';
import type { TaskState } from '../../src/shared/task';

/**
 * Runs tasks through the real extension message path (an extension page sends task/run to the worker), for suites
 * that need task options the panel form does not show, such as secrets and allowed sites.
 */
export async function startTask(extensionPage: Page, options: Record<string, unknown>): Promise<string> {
  const reply = await extensionPage.evaluate(
    (sent) => chrome.runtime.sendMessage({ type: 'task/run', options: sent }),
    options,
  );
  if (!reply?.ok) throw new Error(`task/run refused: ${JSON.stringify(reply)}`);
  return reply.taskId as string;
}

export function readTask(extensionPage: Page, taskId: string): Promise<TaskState | undefined> {
  const key = `${SESSION_PREFIXES.task}${taskId}`;
  return extensionPage.evaluate(
    async (stored) => (await chrome.storage.session.get(stored))[stored] as TaskState | undefined,
    key,
  );
}

/**
 * Waits for a task to end, answering each confirmation it asks for with `decide` (as a person in the panel would),
 * and returns its final state with the confirmations it asked.
 */
export async function finishTask(
  extensionPage: Page,
  taskId: string,
  decide: (action: string) => boolean | Promise<boolean> = () => false,
  timeoutMs = 30_000,
): Promise<{ state: TaskState; confirmations: string[] }> {
  const confirmations: string[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await readTask(extensionPage, taskId);
    if (state?.result) return { state, confirmations };
    const pending = state?.pending;
    if (pending?.kind === 'confirmation' && !confirmations.includes(pending.id)) {
      confirmations.push(pending.id);
      const approved = await decide(pending.action);
      await extensionPage.evaluate((answer) => chrome.runtime.sendMessage({ type: 'task/confirm', ...answer }), {
        taskId,
        requestId: pending.id,
        approved,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Task ${taskId} did not end within ${timeoutMs} ms`);
}

/** Changes some settings from an extension page, keeping the others (as the options page would save them). */
export async function patchSettings(extensionPage: Page, patch: Record<string, unknown>): Promise<void> {
  await extensionPage.evaluate(async (changes) => {
    const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...current, ...changes } });
  }, patch);
}
