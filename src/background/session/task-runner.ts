import { TabwrightError } from '../../shared/errors';
import { loadSettings } from '../../shared/settings';
import type { TaskOptions, TaskResult, TaskState } from '../../shared/task';
import { parseTaskOptions } from '../../shared/task-options';
import { runAgent } from '../agent/loop';
import { askContent } from '../browser/content-channel';
import { TabwrightBrowser } from '../browser/driver';
import { navigateTab } from '../browser/navigation';
import { TabSet } from '../browser/tab-set';
import { createModelClient } from '../model/client';
import { ZERO_USAGE } from '../model/credits';
import { priceFor } from '../model/prices';
import { ensureOffscreenDocument } from '../offscreen/offscreen-host';
import { checkSchema, validateAgainstSchema } from '../schema/validator';
import { loadAllTasks, saveTask } from './task-store';
import { resolveTargetTab } from './target-tab';

/** Starts, stops and supervises tasks; one AbortController per running task. */
export class TaskRunner {
  private readonly running = new Map<string, AbortController>();

  /**
   * Checks everything that can be checked before spending a credit, then starts the task in the background.
   * Bad input throws a TabwrightError naming the field; nothing is started.
   */
  async start(rawOptions: unknown, requestedTabId?: number): Promise<TaskState> {
    const options = parseTaskOptions(rawOptions);
    const settings = await loadSettings();
    const client = createModelClient(settings);
    if (options.response_model !== undefined) await requireValidSchema(options.response_model);
    const tabId = await resolveTargetTab(requestedTabId);

    const state: TaskState = {
      id: crypto.randomUUID(),
      tabId,
      options,
      status: 'running',
      startedAt: Date.now(),
      steps: [],
      usage: { ...ZERO_USAGE },
      credits_used: 0,
    };
    await saveTask(state);
    const controller = new AbortController();
    this.running.set(state.id, controller);

    void this.execute(state, options, controller.signal, { client, model: settings.model }).finally(() => {
      this.running.delete(state.id);
    });
    return state;
  }

  stop(taskId: string): boolean {
    const controller = this.running.get(taskId);
    controller?.abort();
    return controller !== undefined;
  }

  private async execute(
    state: TaskState,
    options: TaskOptions,
    signal: AbortSignal,
    model: { client: ReturnType<typeof createModelClient>; model: string },
  ): Promise<TaskResult> {
    const tabs = new TabSet(state.tabId);
    try {
      await ensureOffscreenDocument();
      if (options.url) await navigateTab(state.tabId, options.url);
      const browser = new TabwrightBrowser(tabs, { toolConfigs: { cache_control: { type: 'ephemeral' } } });
      const result = await runAgent(state, {
        client: model.client,
        model: model.model,
        price: priceFor(model.model),
        browser,
        signal,
        validate: validateAgainstSchema,
        update: saveTask,
        observe: async () => {
          const reply = await askContent(tabs.requireActive(), { type: 'content/read_page' });
          if (!reply.ok) throw new Error(reply.error);
          return { url: reply.url ?? '', title: reply.title ?? '', snapshot: reply.text ?? '' };
        },
      });
      await saveTask(state);
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return endTask(state, signal.aborted ? 'cancelled' : 'error', signal.aborted ? 'Stopped by the user.' : message);
    } finally {
      tabs.dispose();
    }
  }

  /**
   * A task still marked running that this worker does not run was cut off by a worker restart. It ends with a
   * status that says so rather than vanishing or hanging as "running" forever.
   */
  async closeInterruptedTasks(): Promise<void> {
    for (const state of await loadAllTasks()) {
      if (state.status === 'running' && !this.running.has(state.id)) {
        await endTask(
          state,
          'error',
          `Interrupted: the browser stopped Tabwright's background worker during step ${state.steps.length + 1}. Run the task again.`,
        );
      }
    }
  }

  isRunning(): boolean {
    return this.running.size > 0;
  }
}

async function requireValidSchema(schema: unknown) {
  const check = await checkSchema(schema);
  if (!check.valid) {
    throw new TabwrightError('invalid_option', `Response schema is not a valid JSON Schema: ${check.errors.join('; ')}`, 'response_model');
  }
}

async function endTask(state: TaskState, status: TaskResult['status'], message: string): Promise<TaskResult> {
  const endedAt = Date.now();
  const result: TaskResult = {
    status,
    output: null,
    credits_used: state.credits_used,
    duration: Math.round((endedAt - state.startedAt) / 100) / 10,
    steps: state.steps.length,
    message,
  };
  Object.assign(state, { status, endedAt, result });
  await saveTask(state);
  return result;
}
