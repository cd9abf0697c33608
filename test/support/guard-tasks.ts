import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { TaskState } from '../../src/shared/task';
import type { ExtensionBrowser } from './browser';
import { finishTask, startTask } from './extension-tasks';
import { type ModelServer, type Step, toolUse } from './model-server';
import type { PageServer } from './page-server';
import { startExtensionRig } from './rig';

/** The guard suites' way of running one attack task: what a scripted model that obeys the page gets through. */

export const actionsOf = (state: TaskState) => state.steps.flatMap((step) => step.actions);

export interface GuardTaskRig {
  browser: ExtensionBrowser;
  model: ModelServer;
  pages: PageServer;
  /** The extension page that starts tasks and answers their confirmations. */
  control: Page;
}

/**
 * Runs a task from a fresh tab (after `history`, what the tab showed before it) with the model's script, answering
 * each confirmation with `decide` (deny by default); the task must end in success. Returns its final state, what it
 * asked, the page server's hits and the model requests' bodies during it.
 */
export async function runGuardTask(
  { browser, model, pages, control }: GuardTaskRig,
  options: Record<string, unknown>,
  steps: Step[],
  decide: (action: string) => boolean | Promise<boolean> = () => false,
  { history = [], doneOutput = 'done' }: { history?: string[]; doneOutput?: string } = {},
) {
  for (const open of browser.context.pages()) if (open !== control) await open.close();
  const start = await browser.context.newPage();
  for (const url of history) await start.goto(url);
  await start.goto(pages.url('/index.html'));
  model.script([...steps, { content: [toolUse('done', { success: true, output: doneOutput })] }]);
  const hitsBefore = pages.hits.length;
  const requestsBefore = model.requests.length;
  const taskId = await startTask(control, { max_steps: 32, allowed_urls: [`${pages.origin}/*`], ...options });
  // The task's tab stays in front, as when a person runs a task from the side panel (pictures need it visible).
  await start.bringToFront();
  const asked: string[] = [];
  const { state } = await finishTask(
    control,
    taskId,
    async (action) => {
      asked.push(action);
      return decide(action);
    },
    60_000,
  );
  expect(state.status, state.result?.message).toBe('success');
  const sent = model.requests.slice(requestsBefore).map((request) => JSON.stringify(request.body));
  return { state, asked, hits: pages.hits.slice(hitsBefore), sent };
}

/** A suite's rig: the extension, model and page servers, and an options page to start tasks from; closed after it. */
export function useGuardRig(): () => GuardTaskRig {
  let rig: GuardTaskRig & { close(): Promise<void> };
  beforeAll(async () => {
    const started = await startExtensionRig();
    const control = await started.browser.context.newPage();
    await control.goto(started.browser.extensionUrl('src/ui/options/index.html'));
    rig = { ...started, control, close: () => started.close() };
  });
  afterAll(async () => {
    await rig?.close();
  });
  return () => rig;
}
