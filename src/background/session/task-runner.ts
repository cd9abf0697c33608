import { TabwrightError } from '../../shared/errors';
import { addToHistory } from '../../shared/history';
import { loadSettings } from '../../shared/settings';
import type { TaskResult, TaskState } from '../../shared/task';
import { parseTaskOptions } from '../../shared/task-options';
import { finishTask } from '../agent/finish-task';
import { type AgentDeps, type Conversation, runAgent } from '../agent/loop';
import { stopMessage } from '../agent/stop-message';
import { untilStopped } from '../agent/until-stopped';
import { TabwrightBrowser } from '../browser/driver';
import { navigateTab, untilTabLoaded } from '../browser/navigation';
import { bringToFront } from '../browser/tab-visibility';
import { unreadablePage } from '../browser/unreadable-page';
import { setLiveView } from '../browser/live-view';
import { TabSet } from '../browser/tab-set';
import { createModelClient, modelTimeoutMs } from '../model/client';
import { ZERO_USAGE } from '../model/credits';
import { priceFor, pricesWith } from '../model/prices';
import { ensureOffscreenDocument, releaseOffscreenDocument } from '../offscreen/offscreen-host';
import { checkSchema, validateAgainstSchema } from '../schema/validator';
import { type ConfirmDecision, ConfirmationGate } from '../safety/confirmation-gate';
import { rememberApproval } from '../safety/approvals';
import { resolveActionTarget } from '../safety/action-target';
import { reconcileFences } from '../safety/site-fence';
import { secretScreenGuard } from '../safety/screen-guard';
import { TaskSafety } from '../safety/task-safety';
import type { UserRequest } from '../../shared/protocol';
import { type EarlierSecret, redactDeep, redactionOnly } from '../safety/secrets';
import {
  carriedSecrets,
  dropTaskExtras,
  keepCarriedSecrets,
  loadAllTasks,
  loadConversation,
  loadPrivates,
  loadTaskState,
  pruneFinishedTasks,
  redactStoredTask,
  redacted,
  saveConversation,
  savePrivates,
  saveTaskState,
} from './task-store';
import type { CustomToolAnswer } from '../../shared/custom-tools';
import { interruptedTaskEnd } from './interrupted-task';
import { TabClaims } from './tab-claims';
import { resolveTargetTab } from './target-tab';
import { confirmationPolicyOf, withSettingsDefaults } from './task-defaults';

/** Where and with what memory a task starts: the defaults suit a task run from the toolbar. */
export interface StartContext {
  tabId?: number;
  sessionId?: string;
  memory?: string;
  /** Values earlier tasks of the session typed: the page may still show them, so they are redacted here too. */
  earlierSecrets?: EarlierSecret[];
  /** Runs the task's custom tools in the caller's process (the SDK, over the bridge). */
  callTool?: (call: { taskId: string; name: string; input: unknown }, signal: AbortSignal) => Promise<CustomToolAnswer>;
}

/** How long a question or confirmation waits for a person before it counts as "no". */
const ANSWER_TIMEOUT_MS = 10 * 60_000;
/** How long a task started on a page still loading waits for its load before reading it as it is. */
const START_LOAD_TIMEOUT_MS = 10_000;

type Answer = string | ConfirmDecision;

/** Starts, stops, supervises and resumes tasks; one AbortController per running task. */
export class TaskRunner {
  /** How each running task was started: its caller's custom tools live only in this worker's memory. */
  private readonly contexts = new Map<string, StartContext>();
  private readonly running = new Map<string, AbortController>();
  private readonly endings = new Map<string, Promise<TaskResult>>();
  private readonly waiting = new Map<string, { taskId: string; resolve: (answer: Answer | undefined) => void }>();
  /** The tabs each running task drives, so Stop on a page's live-view badge finds its task. */
  private readonly tabSets = new Map<string, TabSet>();
  private readonly claims = new TabClaims((tabId) =>
    [...this.tabSets.values()].some((tabs) => tabs.tabIds().includes(tabId)),
  );

  /**
   * Checks everything that can be checked before spending a credit, then starts the task in the background.
   * Bad input throws a TabwrightError naming the field; nothing is started.
   */
  async start(rawOptions: unknown, context: StartContext = {}): Promise<TaskState> {
    const { secrets, files, options, checked } = await checkedStart(rawOptions);
    const tabId = await resolveTargetTab(context.tabId);
    return this.claims.claim(tabId, () => this.begin(tabId, options, { secrets, files, checked }, context));
  }

  private async begin(
    tabId: number,
    options: TaskState['options'],
    { secrets, files, checked }: Pick<Awaited<ReturnType<typeof checkedStart>>, 'secrets' | 'files' | 'checked'>,
    context: StartContext,
  ): Promise<TaskState> {
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
    const keptFromModel = [...checked.secrets, ...redactionOnly(context.earlierSecrets ?? [])];
    if (keptFromModel.length > 0) redactStoredTask(state.id, (value) => redactDeep(value, keptFromModel));
    await savePrivates(state.id, {
      ...(secrets ? { secrets } : {}),
      ...(files ? { files } : {}),
      ...(context.earlierSecrets?.length ? { earlierSecrets: context.earlierSecrets } : {}),
    });
    await saveTaskState(state);
    this.contexts.set(state.id, context);
    this.launch(state);
    return state;
  }

  /** What start() checks, without starting anything: a caller may ask before it accepts a task (the local API). */
  async check(rawOptions: unknown): Promise<void> {
    await checkedStart(rawOptions);
  }

  /** `reason`: what the result's message says instead of "Stopped by the user." */
  stop(taskId: string, reason?: string): boolean {
    const controller = this.running.get(taskId);
    controller?.abort(reason);
    for (const [id, waiter] of this.waiting) if (waiter.taskId === taskId) this.settle(id, undefined);
    return controller !== undefined;
  }

  /** Stops the task driving this tab, if one does (the Stop on the page's live-view badge). */
  stopInTab(tabId: number): void {
    for (const [taskId, tabs] of this.tabSets) if (tabs.tabIds().includes(tabId)) this.stop(taskId);
  }

  /** A person's answer to a task's pending question or confirmation (undefined: none); false when nothing waits for it. */
  answer(taskId: string, requestId: string, answer: Answer | undefined): boolean {
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

  /**
   * Publishes the request in the task state (the panel shows it) and waits for the answer, within a bound. A picture
   * of a confirmation's element is added when it is ready: the request is not held for it (Chrome lets an extension
   * take two pictures of a tab a second), and one that comes after the answer is dropped.
   */
  private async waitForPerson(
    state: TaskState,
    request: UserRequest,
    picture?: Promise<{ picture?: string; withheld?: string }>,
  ): Promise<Answer | undefined> {
    state.pending = request;
    // The waiter is in place before the request is published: a script may answer as soon as it sees it.
    const answered = new Promise<Answer | undefined>((resolve) => {
      const timer = setTimeout(() => this.settle(request.id, undefined), ANSWER_TIMEOUT_MS);
      this.waiting.set(request.id, {
        taskId: state.id,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      });
    });
    await saveTaskState(state);
    void picture
      ?.then(({ picture: shot, withheld }) => {
        const pending = state.pending;
        if ((!shot && !withheld) || pending?.id !== request.id || pending.kind !== 'confirmation') return;
        state.pending = { ...pending, ...(shot ? { picture: shot } : { pictureWithheld: withheld }) };
        return saveTaskState(state);
      })
      .catch(() => undefined);
    const answer = await answered;
    delete state.pending;
    await saveTaskState(state);
    return answer;
  }

  /** The task's result once it ends (at once for a task that already has). */
  async whenDone(taskId: string): Promise<TaskResult> {
    const ending = this.endings.get(taskId);
    if (ending) return ending;
    const state = await loadTaskState(taskId);
    if (state?.result) return state.result;
    throw new TabwrightError('invalid_option', `No task ${taskId}.`);
  }

  private launch(state: TaskState, resumeFrom?: Conversation) {
    const controller = new AbortController();
    this.running.set(state.id, controller);
    const ending = this.execute(state, controller.signal, resumeFrom).finally(() => {
      // History is written here, whoever started the task: no Tabwright page needs to be open.
      void addToHistory([redacted(state.id, state)]).catch(() => undefined);
      this.running.delete(state.id);
      this.contexts.delete(state.id);
      this.endings.delete(state.id);
      void dropTaskExtras(state.id);
      void pruneFinishedTasks();
      if (this.running.size === 0) releaseOffscreenDocument();
    });
    this.endings.set(state.id, ending);
  }

  private toolCaller(taskId: string, callTool: NonNullable<StartContext['callTool']>): AgentDeps['callTool'] {
    return (name, input, signal) => callTool({ taskId, name, input }, signal);
  }

  private async execute(state: TaskState, signal: AbortSignal, resumeFrom?: Conversation): Promise<TaskResult> {
    const tabs = new TabSet(state.tabId);
    this.tabSets.set(state.id, tabs);
    const context = this.contexts.get(state.id) ?? {};
    let safety: TaskSafety | undefined;
    let browser: TabwrightBrowser | undefined;
    let released: Promise<void> | undefined;
    // The task lets go of its tabs (the site fence's rules above all) before it says it has ended: a script or person
    // going on at once in another tab must not meet the ended task's fence.
    const release = () => {
      if (released) return released;
      const tabIds = tabs.tabIds();
      released = (async () => {
        this.tabSets.delete(state.id);
        tabs.dispose();
        // The page-side leftovers (live view, dialog guard) are each waited on briefly and side by side: a Stop on a
        // page whose script never yields ends the task in about a second.
        await Promise.all([...tabIds.map((tabId) => setLiveView(tabId, 'off')), browser?.dispose()]);
        await safety?.dispose();
      })();
      this.claims.releasingUntil(tabIds, released);
      return released;
    };
    try {
      const privates = await loadPrivates(state.id);
      const settings = await loadSettings();
      const policy = confirmationPolicyOf(state.options, settings);
      const { earlierSecrets, ...typable } = privates;
      keepCarriedSecrets(state.id, carriedSecrets(privates));
      safety = TaskSafety.from({ ...state.options, ...typable }, state.id, policy !== 'never', earlierSecrets);
      const taskSafety = safety;
      if (taskSafety.keptFromModel.length > 0) redactStoredTask(state.id, (value) => taskSafety.redact(value));
      const client = createModelClient(settings);
      await ensureOffscreenDocument();
      await safety.fence?.start([state.tabId]);
      await bringToFront(state.tabId);
      const start = state.options.url;
      if (start && !resumeFrom) {
        // The start URL is the person's own address: whatever it answers with is theirs (a file too).
        const opening = () => openStartUrl(state.tabId, start);
        await untilStopped(safety.fence ? safety.fence.lettingDownloadsThrough(opening) : opening(), signal);
      } else if (!resumeFrom) {
        // A task started on a page still loading (a person runs it as soon as the page appears) reads it loaded.
        await untilTabLoaded(state.tabId, START_LOAD_TIMEOUT_MS);
      }
      const unreadable = await unreadablePage(state.tabId);
      if (unreadable && !unreadable.empty && !resumeFrom) {
        await release();
        return await endTask(state, 'error', unreadable.message);
      }
      const gate = new ConfirmationGate(
        policy,
        { ...settings.siteApprovals },
        async (request, at) => {
          // The person sees the element itself, outlined, cut from a picture of its tab (when one may be taken).
          const picture =
            at && browser
              ? browser.elementPicture(at.rect, () => state.pending?.id === request.id, at.tabId)
              : undefined;
          const answer = await this.waitForPerson(state, request, picture);
          return typeof answer === 'object' ? answer : { approved: false };
        },
        rememberApproval,
        (url) => taskSafety.fence?.heldDownloadFrom(url) ?? false,
      );
      browser = new TabwrightBrowser(tabs, {
        toolConfigs: { cache_control: { type: 'ephemeral' } },
        urlPolicy: safety.urlPolicy,
        inputMode: settings.inputMode,
        allowJavascript: settings.allowJavascript,
        attachments: privates.files ?? [],
        // Console and network logs come through chrome.debugger: offered when the trusted-input mode attaches it
        // anyway, or when the user opted into developer powers (page scripts).
        devtoolsLogs: settings.inputMode === 'debugger' || settings.allowJavascript,
        screenGuard: secretScreenGuard(safety.keptFromModel),
        allowsPage: (url) => taskSafety.allows(url),
        // The SDK calls this before every member; the gate has already judged each call (page scripts and uploads
        // included), so the hook only lets through what the gate let through, and never asks a second time.
        confirm: (call) => gate.confirmHook(call),
      });
      const activeBrowser = browser;
      const result = await runAgent(
        state,
        {
          client,
          model: settings.model,
          modelSilenceMs: modelTimeoutMs(settings),
          price: priceFor(settings.model, pricesWith(settings.priceOverrides)),
          browser: activeBrowser,
          safety,
          gate,
          target: (toolUse) => resolveActionTarget(tabs, toolUse),
          // One tab read: calls that neither activate nor carry a secret only need the active tab's URL.
          activeUrl: async () => (await chrome.tabs.get(tabs.active).catch(() => undefined))?.url ?? '',
          askUser: async (question, choices) => {
            const request: UserRequest = {
              kind: 'question',
              id: `question-${Date.now()}`,
              question,
              ...(choices ? { choices } : {}),
            };
            const answer = await this.waitForPerson(state, request);
            return typeof answer === 'string'
              ? answer
              : '(no answer: the user did not reply; decide without it or call done with success false)';
          },
          ...(context.callTool ? { callTool: this.toolCaller(state.id, context.callTool) } : {}),
          vision: settings.vision,
          signal,
          validate: validateAgainstSchema,
          update: async (updated) => {
            await saveTaskState(updated);
          },
          saveConversation: (conversation) => saveConversation(state.id, conversation),
          observe: async () => {
            const unreadablePageNow = await unreadablePage(tabs.active);
            if (unreadablePageNow) throw new TabwrightError('page_forbidden', unreadablePageNow.message);
            // A new document has no live view yet: every step shows it again in the tab the agent works in.
            void setLiveView(tabs.active, 'on');
            const page = await activeBrowser.readActivePage();
            return { ...page, tabId: String(tabs.active), otherTabs: (await tabs.list()).filter((tab) => !tab.active) };
          },
        },
        resumeFrom,
      );
      await release();
      await saveTaskState(state);
      // The result leaves the worker (panel, SDK, CLI): redacted like every model request and stored state.
      return taskSafety.redact(result);
    } catch (error) {
      // Driver errors are written for the model ("Error: …"); the person reads the message without that prefix.
      const message = (error instanceof Error ? error.message : String(error)).replace(/^(Error:\s*)+/i, '');
      await release();
      return endTask(state, signal.aborted ? 'cancelled' : 'error', signal.aborted ? stopMessage(signal) : message);
    } finally {
      await release();
    }
  }

  /**
   * A task still marked running that this worker does not run was cut off by a worker restart. It resumes from
   * its last completed step when that step was saved and its tab is still open; otherwise, or when a script started
   * it, it ends with a status that says so (see interruptedTaskEnd). It never vanishes or stays "running" forever.
   */
  async resumeInterruptedTasks(): Promise<void> {
    const resumable: Array<{ state: TaskState; conversation: Conversation }> = [];
    const ended: Array<{ state: TaskState; end: { status: TaskResult['status']; message: string } }> = [];
    for (const state of await loadAllTasks()) {
      if (state.status !== 'running' || this.running.has(state.id)) continue;
      const conversation = await loadConversation(state.id);
      const tabOpen = await chrome.tabs.get(state.tabId).then(
        () => true,
        () => false,
      );
      const end = interruptedTaskEnd(state, { saved: conversation !== undefined, tabOpen });
      if (end) ended.push({ state, end });
      else if (conversation) resumable.push({ state, conversation });
    }
    // Fence rules outlive the worker: those of tasks that are over would keep fencing the person's new tabs. The
    // rules of tasks about to resume stay until their new fence replaces them.
    await reconcileFences([...this.running.keys(), ...resumable.map(({ state }) => state.id)]).catch(() => 0);
    for (const { state, conversation } of resumable) this.launch(state, conversation);
    for (const { state, end } of ended) {
      await endTask(state, end.status, end.message);
      await addToHistory([state]).catch(() => undefined);
    }
  }
}

/** Options, Settings' defaults and the guards' rules, checked before a credit is spent; bad input throws. */
async function checkedStart(rawOptions: unknown) {
  const settings = await loadSettings();
  const { secrets, files, ...options } = withSettingsDefaults(parseTaskOptions(rawOptions), settings);
  const checked = TaskSafety.check({ ...options, secrets });
  createModelClient(settings);
  if (options.response_model !== undefined) await requireValidSchema(options.response_model);
  for (const tool of options.custom_tools ?? []) {
    await requireValidSchema(tool.input_schema, 'custom_tools', `Custom tool "${tool.name}": input_schema`);
  }
  return { secrets, files, options, checked };
}

async function requireValidSchema(schema: unknown, field = 'response_model', what = 'Response schema') {
  const check = await checkSchema(schema);
  if (!check.valid) {
    throw new TabwrightError('invalid_option', `${what} is not a valid JSON Schema: ${check.errors.join('; ')}`, field);
  }
}

/** The task starts on the page it asked for or not at all: a start URL that does not load ends it, saying why. */
async function openStartUrl(tabId: number, url: string): Promise<void> {
  try {
    await navigateTab(tabId, url);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^Error: /, '');
    throw new TabwrightError(
      'page_forbidden',
      `The start URL could not be opened, so the task did not start. ${reason}`,
    );
  }
}

async function endTask(state: TaskState, status: TaskResult['status'], message: string): Promise<TaskResult> {
  const result = finishTask(state, status, null, message);
  await saveTaskState(state);
  return result;
}
