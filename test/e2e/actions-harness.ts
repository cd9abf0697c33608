import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/browser';
import type { ModelServer, RecordedRequest, Step } from '../support/model-server';
import { text, toolUse } from '../support/model-server';
import type { PageServer } from '../support/page-server';
import { LOCAL_KEYS, SESSION_PREFIXES } from '../../src/shared/storage/keys';
import type { InputMode } from '../../src/shared/settings';
import { startExtensionRig } from '../support/rig';

/**
 * Drives the built extension the way the panel does (a `task/run` message from an extension page), with a scripted
 * model, against the widget gallery: each test scripts the model's turns and asserts on the page's real state.
 */
export interface Harness {
  browser: ExtensionBrowser;
  model: ModelServer;
  pages: PageServer;
  /** An extension page kept open to send commands and read storage. */
  control: Page;
  close(): Promise<void>;
}

export type { InputMode } from '../../src/shared/settings';

/** `pagesRoot`: the fixture pages directory, for callers bundled elsewhere (the bench). */
export async function startHarness(pagesRoot?: string): Promise<Harness> {
  // Settings are set per test (useSettings), so the rig leaves the extension as installed.
  const rig = await startExtensionRig({ configure: false, ...(pagesRoot ? { pagesRoot } : {}) });
  const control = await rig.browser.openOptions();
  return { ...rig, control };
}

export async function useSettings(h: Harness, settings: { inputMode: InputMode; allowJavascript?: boolean }) {
  await h.control.evaluate(
    async ({ key, baseUrl, settings }) => {
      await chrome.storage.local.set({
        [key]: { apiKey: 'sk-test', baseUrl, model: 'claude-sonnet-5-5', allowJavascript: false, ...settings },
      });
    },
    { key: LOCAL_KEYS.settings, baseUrl: h.model.url, settings },
  );
}

type Attachment = { name: string; type: string; data: string };
let attachments: Attachment[] = [];

/** Files the next tasks carry in their `files` option, as the panel's Files field or the SDK would send them. */
export async function attachFiles(_h: Harness, files: Attachment[]) {
  attachments = files;
}

let opened = 0;

/** Opens a gallery page under a URL of its own, so the task finds exactly this tab. */
export async function openGallery(h: Harness, path: string): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.goto(h.pages.url(`/gallery/${path}?run=${++opened}`));
  await page.bringToFront();
  return page;
}

export interface TaskOutcome {
  status: string;
  message?: string;
  /** The model requests of this task, in order. */
  requests: RecordedRequest[];
  /** Every action the task ran, as recorded in its steps: `tool → result`. */
  actions: string[];
}

/** Runs one task on the page's tab with the scripted turns, then `done`; resolves when the task has ended. */
export async function runTask(h: Harness, page: Page, turns: Step[]): Promise<TaskOutcome> {
  const before = h.model.requests.length;
  h.model.script([...turns, { content: [toolUse('done', { success: true, output: 'ok' })] }]);
  const url = page.url();
  const taskId = await h.control.evaluate(
    async ({ url, files }) => {
      const [tab] = await chrome.tabs.query({ url });
      const options = { task: 'Exercise the gallery', max_steps: 12, ...(files.length > 0 ? { files } : {}) };
      const reply = await chrome.runtime.sendMessage({ type: 'task/run', options, tabId: tab?.id });
      if (!reply?.ok) throw new Error(JSON.stringify(reply));
      return reply.taskId as string;
    },
    { url: url.split('#')[0]!, files: attachments },
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const key = `${SESSION_PREFIXES.task}${taskId}`;
    const state = await h.control.evaluate(async (stored) => (await chrome.storage.session.get(stored))[stored], key);
    const status = (state as { status?: string } | undefined)?.status;
    // Uploads and page scripts wait for a person's consent; the person here approves.
    const pending = (state as { pending?: { kind: string; id: string } } | undefined)?.pending;
    if (pending?.kind === 'confirmation') {
      await h.control.evaluate(
        (answer) => chrome.runtime.sendMessage({ type: 'task/confirm', ...answer, approved: true }),
        { taskId, requestId: pending.id },
      );
    }
    if (status && status !== 'running' && status !== 'waiting') {
      const { result, steps } = state as {
        result?: { message?: string };
        steps: Array<{ actions: Array<{ tool: string; result: string }> }>;
      };
      const actions = steps.flatMap((step) => step.actions.map((action) => `${action.tool} → ${action.result}`));
      return {
        status,
        ...(result?.message ? { message: result.message } : {}),
        requests: h.model.requests.slice(before),
        actions,
      };
    }
    if (Date.now() > deadline) {
      const steps =
        (state as { steps?: Array<{ actions: Array<{ tool: string; result: string }> }> } | undefined)?.steps ?? [];
      const actions = steps.flatMap((step) => step.actions.map((action) => `${action.tool} → ${action.result}`));
      throw new Error(`task ${taskId} still ${status} after 60 s:\n${actions.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A browser toolset call as the model sends it. */
export function call(name: string, input: Record<string, unknown>) {
  return toolUse(name, input, { toolset: 'browser' });
}

export function ref(r: string) {
  return { type: 'ref', ref: r };
}

export function at(x: number, y: number) {
  return { type: 'coordinate', x: Math.round(x), y: Math.round(y) };
}

export { text };

/** The tool_result blocks the loop sent back for the previous turn, as `name → text`, in order. */
export function toolResults(request: RecordedRequest): Array<{ text: string; isError: boolean }> {
  const last = [...(request.body.messages ?? [])].reverse().find((message) => message.role === 'user');
  if (!last || typeof last.content === 'string') return [];
  return last.content
    .filter((block) => block.type === 'tool_result')
    .map((block) => ({
      text:
        typeof block.content === 'string'
          ? block.content
          : (block.content ?? []).map((part) => part.text ?? '').join(' '),
      isError: block.is_error === true,
    }));
}

/** The center of an element of the page, in viewport pixels (what a model reads off a screenshot). */
export async function centerOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
