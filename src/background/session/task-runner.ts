import { TabwrightError } from '../../shared/errors';
import { loadSettings } from '../../shared/settings';
import type { TaskResult, TaskState } from '../../shared/task';
import { parseTaskOptions } from '../../shared/task-options';
import { finishTask } from '../agent/finish-task';
import { type Conversation, runAgent } from '../agent/loop';
import { TabwrightBrowser } from '../browser/driver';
import { navigateTab } from '../browser/navigation';
import { setLiveView } from '../browser/live-view';
import { TabSet } from '../browser/tab-set';
import { createModelClient } from '../model/client';
import { ZERO_USAGE } from '../model/credits';
import { priceFor, pricesWith } from '../model/prices';
import { ensureOffscreenDocument, releaseOffscreenDocument } from '../offscreen/offscreen-host';
import { checkSchema, validateAgainstSchema } from '../schema/validator';
import { type AskPerson, type ConfirmDecision, ConfirmationGate } from '../safety/confirmation-gate';
import { rememberApproval } from '../safety/approvals';
import { readTargetFacts } from '../safety/target-facts';
import { TaskSafety } from '../safety/task-safety';
import type { UserRequest } from '../../shared/protocol';
import { dropTaskExtras, loadAllTasks, pruneFinishedTasks, loadConversation, loadPrivates, saveConversation, savePrivates, saveTask } from './task-store';
import { resolveTargetTab } from './target-tab';

/** Where and with what memory a task starts: the defaults suit a task run from the toolbar. */
export interface StartContext {
  tabId?: number;
  sessionId?: string;
  memory?: string;
  /** Who answers confirmations when no one watches the panel (an SDK caller's policy or callback). */
  confirm?: AskPerson;
}

/** Members the SDK's confirm hook holds for a person: they run with the page's authority. */
const CONFIRMED_MEMBERS = new Set(['javascript_exec', 'file_upload']);

/** How long a question or confirmation waits for a person before it counts as "no". */
const ANSWER_TIMEOUT_MS = 10 * 60_000;

type Answer = string | ConfirmDecision;

/** Starts, stops, supervises and resumes tasks; one AbortController per running task. */
export class TaskRunner {
  private readonly running = new Map<string, AbortController>();
  private readonly endings = new Map<string, Promise<TaskResult>>();
  private readonly contexts = new Map<string, StartContext>();
  private readonly waiting = new Map<string, { taskId: string; resolve: (answer: Answer | undefined) => void }>();
  /** The tabs each running task drives, so Stop on a page's live-view badge finds its task. */
  private readonly tabSets = new Map<string, TabSet>();

  /**
   * Checks everything that can be checked before spending a credit, then starts the task in the background.
   * Bad input throws a TabwrightError naming the field; nothing is started.
   */
  async start(rawOptions: unknown, context: StartContext = {}): Promise<TaskState> {
    const { secrets, files, ...options } = parseTaskOptions(rawOptions);
    const settings = await loadSettings();
    // The sites allowed in Settings apply to every task that does not name its own.
    if (!options.allowed_urls && settings.allowedDomains.length > 0) options.allowed_urls = settings.allowedDomains.map((domain) => `*.${domain}`);
    TaskSafety.check({ ...options, secrets });
    createModelClient(settings);
    if (options.response_model !== undefined) await requireValidSchema(options.response_model);
    const tabId = await resolveTargetTab(context.tabId);

    const state: TaskState = {
      id: crypto.randomUUID(),
      tabId,
      options,
      status: 'running',
      startedAt: Date.now(),
      steps: [],
      usage: { ...ZERO_USAGE },
      credits_used: 0,
      ...(context.sessionId ? { sessionId: context.sessionId } : {}),
      ...(context.memory ? { memory: context.memory } : {}),
    };
    await savePrivates(state.id, { ...(secrets ? { secrets } : {}), ...(files ? { files } : {}) });
    await saveTask(state);
    this.contexts.set(state.id, context);
    this.launch(state);
    return state;
  }

  stop(taskId: string): boolean {
    const controller = this.running.get(taskId);
    controller?.abort();
    for (const [id, waiter] of this.waiting) if (waiter.taskId === taskId) this.settle(id, undefined);
    return controller !== undefined;
  }

  /** Stops the task driving this tab, if one does (the Stop on the page's live-view badge). */
  stopInTab(tabId: number): void {
    for (const [taskId, tabs] of this.tabSets) if (tabs.tabIds().includes(tabId)) this.stop(taskId);
  }

  /** A person's answer to a task's pending question or confirmation; false when nothing waits for it. */
  answer(taskId: string, requestId: string, answer: Answer): boolean {
    const waiter = this.waiting.get(requestId);
    if (!waiter || waiter.taskId !== taskId) return false;
    this.settle(requestId, answer);
    return true;
  }

  private settle(requestId: string, answer: Answer | undefined) {
    const waiter = this.waiting.get(requestId);
    this.waiting.delete(requestId);
    waiter?.resolve(answer);
  }

  /** Publishes the request in the task state (the panel shows it) and waits for the answer, within a bound. */
  private async waitForPerson(state: TaskState, request: UserRequest): Promise<Answer | undefined> {
    state.pending = request;
    await saveTask(state);
    const answer = await new Promise<Answer | undefined>((resolve) => {
      const timer = setTimeout(() => this.settle(request.id, undefined), ANSWER_TIMEOUT_MS);
      this.waiting.set(request.id, {
        taskId: state.id,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      });
    });
    delete state.pending;
    await saveTask(state);
    return answer;
  }

  /** The task's result once it ends (at once for a task that already has). */
  async whenDone(taskId: string): Promise<TaskResult> {
    const ending = this.endings.get(taskId);
    if (ending) return ending;
    const state = (await loadAllTasks()).find((task) => task.id === taskId);
    if (state?.result) return state.result;
    throw new TabwrightError('invalid_option', `No task ${taskId}.`);
  }

  private launch(state: TaskState, resumeFrom?: Conversation) {
    const controller = new AbortController();
    this.running.set(state.id, controller);
    const ending = this.execute(state, controller.signal, resumeFrom).finally(() => {
      this.running.delete(state.id);
      this.endings.delete(state.id);
      this.contexts.delete(state.id);
      void dropTaskExtras(state.id);
      void pruneFinishedTasks();
      if (this.running.size === 0) releaseOffscreenDocument();
    });
    this.endings.set(state.id, ending);
  }

  private async execute(state: TaskState, signal: AbortSignal, resumeFrom?: Conversation): Promise<TaskResult> {
    const tabs = new TabSet(state.tabId);
    this.tabSets.set(state.id, tabs);
    const context = this.contexts.get(state.id) ?? {};
    let safety: TaskSafety | undefined;
    let browser: TabwrightBrowser | undefined;
    try {
      const privates = await loadPrivates(state.id);
      safety = TaskSafety.from({ ...state.options, ...privates });
      const settings = await loadSettings();
      const client = createModelClient(settings);
      await ensureOffscreenDocument();
      await safety.fence?.start([state.tabId]);
      if (state.options.url && !resumeFrom) await navigateTab(state.tabId, state.options.url);
      browser = new TabwrightBrowser(tabs, {
        toolConfigs: { cache_control: { type: 'ephemeral' } },
        urlPolicy: safety.urlPolicy,
        inputMode: settings.inputMode,
        allowJavascript: settings.allowJavascript,
        attachments: privates.files ?? [],
        // Console and network logs come through chrome.debugger: offered when the trusted-input mode attaches it
        // anyway, or when the user opted into developer powers (page scripts).
        devtoolsLogs: settings.inputMode === 'debugger' || settings.allowJavascript,
        // The SDK calls this before every member; page scripts and uploads act with the page's own authority, so a
        // person answers for those unless Settings say never. Everything else goes through the confirmation gate.
        confirm: async (call) =>
          !CONFIRMED_MEMBERS.has(call.member) ||
          settings.confirmationPolicy === 'never' ||
          ((await this.waitForPerson(state, {
            kind: 'confirmation',
            id: `confirm-${Date.now()}`,
            action: call.member === 'javascript_exec' ? 'Run JavaScript in the page' : 'Upload attached files to the page',
            reason: `${call.member} acts with the page's own authority`,
            category: call.member === 'javascript_exec' ? 'script' : 'upload',
            member: call.member,
          })) as ConfirmDecision | undefined)?.approved === true,
      });
      const activeBrowser = browser;
      const result = await runAgent(
        state,
        {
          client,
          model: settings.model,
          price: priceFor(settings.model, pricesWith(settings.priceOverrides)),
          browser: activeBrowser,
          safety,
          gate: new ConfirmationGate(
            settings.confirmationPolicy,
            { ...settings.siteApprovals },
            context.confirm ??
              (async (request, rect) => {
                const picture = rect ? await activeBrowser.elementPicture(rect) : undefined;
                const answer = await this.waitForPerson(state, picture ? { ...request, picture } : request);
                return typeof answer === 'object' ? answer : { approved: false };
              }),
            rememberApproval,
          ),
          describe: (toolUse) => readTargetFacts(tabs.active, toolUse),
          askUser: async (question, choices) => {
            const request: UserRequest = { kind: 'question', id: `question-${Date.now()}`, question, ...(choices ? { choices } : {}) };
            const answer = await this.waitForPerson(state, request);
            return typeof answer === 'string' ? answer : '(no answer: the user did not reply; decide without it or call done with success false)';
          },
          vision: settings.vision,
          signal,
          validate: validateAgainstSchema,
          update: saveTask,
          saveConversation: (conversation) => saveConversation(state.id, conversation),
          observe: async () => {
            // A new document has no live view yet: every step shows it again in the tab the agent works in.
            void setLiveView(tabs.active, 'on');
            const page = await activeBrowser.readActivePage();
            return { ...page, otherTabs: (await tabs.list()).filter((tab) => !tab.active) };
          },
        },
        resumeFrom,
      );
      await saveTask(state);
      return result;
    } catch (error) {
      // Driver errors are written for the model ("Error: …"); the person reads the message without that prefix.
      const message = (error instanceof Error ? error.message : String(error)).replace(/^(Error:\s*)+/i, '');
      return endTask(state, signal.aborted ? 'cancelled' : 'error', signal.aborted ? 'Stopped by the user.' : message);
    } finally {
      this.tabSets.delete(state.id);
      await Promise.all(tabs.tabIds().map((tabId) => setLiveView(tabId, 'off')));
      tabs.dispose();
      await browser?.dispose();
      await safety?.dispose();
    }
  }

  /**
   * A task still marked running that this worker does not run was cut off by a worker restart. It resumes from
   * its last completed step when that step was saved and its tab is still open; otherwise it ends with a status
   * that says so. It never vanishes or stays "running" forever.
   */
  async resumeInterruptedTasks(): Promise<void> {
    for (const state of await loadAllTasks()) {
      if (state.status !== 'running' || this.running.has(state.id)) continue;
      const conversation = await loadConversation(state.id);
      const tabOpen = await chrome.tabs.get(state.tabId).then(
        () => true,
        () => false,
      );
      if (conversation && tabOpen) {
        this.launch(state, conversation);
        continue;
      }
      await endTask(
        state,
        'error',
        `Interrupted: the browser stopped Tabwright's background worker during step ${state.steps.length} and the task could not be resumed${tabOpen ? '' : ' (its tab is closed)'}. Run it again.`,
      );
    }
  }
}

async function requireValidSchema(schema: unknown) {
  const check = await checkSchema(schema);
  if (!check.valid) {
    throw new TabwrightError('invalid_option', `Response schema is not a valid JSON Schema: ${check.errors.join('; ')}`, 'response_model');
  }
}

async function endTask(state: TaskState, status: TaskResult['status'], message: string): Promise<TaskResult> {
  const result = finishTask(state, status, null, message);
  await saveTask(state);
  return result;
}
