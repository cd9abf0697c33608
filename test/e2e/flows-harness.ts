import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { TaskState } from '../../src/shared/task';
import { configureThroughOptions, type ExtensionBrowser, launchExtension } from '../support/browser';
import { lastUserText, type ModelServer, type RecordedRequest, type Step, toolUse } from '../support/model-server';
import type { PageServer } from '../support/page-server';
import { launchClient, type ServerRig, startServerRig } from '../support/rig';

/**
 * The three ways a person starts a task, each driven as that person would, against the same scripted model:
 * - `panel`: the side panel page opened as a tab (the npm start flow) runs the task with a Start URL, and the
 *   extension creates the site's tab itself;
 * - `popup`: the site is open in a tab, the popup page (opened as a tab, as Playwright must) runs the task there;
 * - `sdk`: a script's TabwrightClient launches Chromium and runs the task in a session.
 */
export type FlowName = 'panel' | 'popup' | 'sdk';
export const FLOWS: readonly FlowName[] = ['panel', 'popup', 'sdk'];

/** Seconds the model may stay silent: short, so a hanging model is tested in seconds. */
export const MODEL_TIMEOUT_SECONDS = 3;

export interface FlowTask {
  task: string;
  /** The site's page, a path on the page server: the panel's Start URL, the popup's tab, the SDK session's URL. */
  path?: string;
  /** Instead of `path`: a page the person already has open (the panel runs without a Start URL), any URL. */
  site?: string;
  maxSteps?: number;
  /** The model's turns. */
  turns: Step[];
  /** Called while the task runs (extension flows only): e.g. press Stop. */
  during?: (control: FlowControl) => Promise<void>;
}

export interface FlowControl {
  /** The running task's state, as the UI reads it. */
  state(): Promise<TaskState | undefined>;
  stop(): Promise<void>;
  /** Sends task/run for another task in the running task's tab, as a second panel or popup would; the reply. */
  runAnotherInItsTab(task: string): Promise<unknown>;
}

export interface FlowResult {
  status: string;
  output: unknown;
  message?: string;
  /** The model requests of this task, in order. */
  requests: RecordedRequest[];
}

export interface Flow {
  name: FlowName;
  run(task: FlowTask): Promise<FlowResult>;
  /** Pages of the browser whose URL contains `part` (extension flows only: the SDK's browser is its own). */
  pagesWith?(part: string): number;
  close(): Promise<void>;
}

export interface FlowSetup {
  model: ModelServer;
  flow: Flow;
}

/** For a describe block: the scripted model, the pages and the flow, started before its tests and closed after. */
export function useFlow(name: FlowName): FlowSetup {
  const setup = {} as FlowSetup & { servers: ServerRig };
  beforeAll(async () => {
    setup.servers = await startServerRig();
    setup.model = setup.servers.model;
    setup.flow = await startFlow(name, setup.model, setup.servers.pages);
  });
  afterAll(async () => {
    await setup.flow?.close();
    await setup.servers?.close();
  });
  return setup;
}

export async function startFlow(name: FlowName, model: ModelServer, pages: PageServer): Promise<Flow> {
  if (name === 'sdk') return sdkFlow(model, pages);
  return extensionFlow(name, model, pages);
}

async function sdkFlow(model: ModelServer, pages: PageServer): Promise<Flow> {
  const client = await launchClient(model, { modelTimeoutSeconds: MODEL_TIMEOUT_SECONDS });
  return {
    name: 'sdk',
    async run(task) {
      const before = model.requests.length;
      model.script(task.turns);
      const result = await client.session({ url: task.site ?? pages.url(task.path ?? '/') }, (session) =>
        session.runTask({ task: task.task, maxSteps: task.maxSteps ?? 12 }),
      );
      return {
        status: result.status,
        output: result.output,
        ...(result.message ? { message: result.message } : {}),
        requests: messageRequests(model, before),
      };
    },
    close: () => client.close(),
  };
}

async function extensionFlow(name: 'panel' | 'popup', model: ModelServer, pages: PageServer): Promise<Flow> {
  const browser = await launchExtension();
  // Through the options page, as a person sets them: the silent-model tests then depend on its timeout field.
  await configureThroughOptions(browser, {
    apiKey: 'sk-test',
    baseUrl: model.url,
    model: 'claude-sonnet-5-5',
    modelTimeoutSeconds: MODEL_TIMEOUT_SECONDS,
  });
  const control = await browser.openOptions();
  return {
    name,
    async run(task) {
      const before = model.requests.length;
      model.script(task.turns);
      await closeAllBut(browser, control);
      const previous = await currentTaskId(control);
      const ui =
        name === 'panel' ? await startFromPanel(browser, pages, task) : await startFromPopup(browser, pages, task);
      const taskId = await waitFor(async () => {
        const id = await currentTaskId(control);
        return id !== previous ? id : undefined;
      }, 'the task to start');
      const flowControl: FlowControl = {
        state: () => readState(control, taskId),
        stop: () => ui.getByRole('button', { name: 'Stop' }).click(),
        runAnotherInItsTab: async (another) => {
          const tabId = (await readState(control, taskId))?.tabId;
          return control.evaluate((message) => chrome.runtime.sendMessage(message), {
            type: 'task/run',
            options: { task: another },
            tabId,
          });
        },
      };
      await task.during?.(flowControl);
      const state = await waitFor(async () => {
        const current = await readState(control, taskId);
        return current?.result ? current : undefined;
      }, `task ${taskId} to end`);
      const result = state.result!;
      return {
        status: result.status,
        output: result.output,
        ...(result.message ? { message: result.message } : {}),
        requests: messageRequests(model, before),
      };
    },
    pagesWith: (part) => browser.context.pages().filter((page) => page.url().includes(part)).length,
    close: () => browser.close(),
  };
}

/** The npm start flow: only the panel page is open; the extension makes the site's tab. */
async function startFromPanel(browser: ExtensionBrowser, pages: PageServer, task: FlowTask): Promise<Page> {
  if (task.site) await (await browser.context.newPage()).goto(task.site);
  const panel = await browser.openPanel();
  await panel.bringToFront();
  await panel.getByLabel('Task').fill(task.task);
  if (task.path) await panel.getByLabel('Start URL').fill(pages.url(task.path));
  await panel.getByLabel('Max steps').fill(String(task.maxSteps ?? 12));
  await panel.getByRole('button', { name: 'Run' }).click();
  return panel;
}

/** The popup flow: the site is open in the person's tab; the popup runs the task there. */
async function startFromPopup(browser: ExtensionBrowser, pages: PageServer, task: FlowTask): Promise<Page> {
  const site = await browser.context.newPage();
  await site.goto(task.site ?? pages.url(task.path ?? '/'));
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl('src/ui/popup/index.html'));
  await popup.bringToFront();
  await popup.getByLabel('Task').fill(task.task);
  await popup.getByRole('button', { name: 'Run' }).click();
  return popup;
}

async function closeAllBut(browser: ExtensionBrowser, keep: Page) {
  for (const page of browser.context.pages()) if (page !== keep) await page.close();
}

function currentTaskId(control: Page): Promise<string | undefined> {
  return control.evaluate(
    async () => (await chrome.storage.session.get('ui:lastTaskId'))['ui:lastTaskId'] as string | undefined,
  );
}

function readState(control: Page, taskId: string): Promise<TaskState | undefined> {
  return control.evaluate(
    async (id) => (await chrome.storage.session.get(`task:${id}`))[`task:${id}`] as TaskState | undefined,
    taskId,
  );
}

async function waitFor<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function messageRequests(model: ModelServer, from: number): RecordedRequest[] {
  return model.requests.slice(from).filter((request) => request.path === '/v1/messages');
}

/** A browser toolset call as the model sends it. */
export function call(name: string, input: Record<string, unknown>) {
  return toolUse(name, input, { toolset: 'browser' });
}

export function done(output: unknown, success = true, message?: string) {
  return { content: [toolUse('done', { success, output, ...(message ? { message } : {}) })] };
}

/** The newest <page_state> the model was sent. */
export function pageState(request: RecordedRequest): string {
  const all = lastUserText(request);
  return all.slice(all.lastIndexOf('<page_state>'));
}

/** A step that acts until `finished` says the page is there, then calls done with what `answer` reads off it. */
export function until(
  finished: (page: string) => boolean,
  act: (page: string) => ReturnType<typeof call>,
  answer: (page: string) => unknown,
): Step {
  return (request) => {
    const page = lastUserText(request);
    return finished(page) ? done(answer(page)) : { content: [act(page)] };
  };
}
