import type Anthropic from '@anthropic-ai/sdk';
import type {
  BetaContentBlock,
  BetaContentBlockParam,
  BetaMessage,
  BetaMessageParam,
  BetaToolResultBlockParam,
  BetaToolUseBlock,
} from '@anthropic-ai/sdk/resources/beta';
import { TabwrightError } from '../../shared/errors';
import type { ElementFacts } from '../../shared/element-facts';
import type { StepRecord, TaskResult, TaskState } from '../../shared/task';
import type { BetaScreenshotResult } from '@anthropic-ai/sdk/helpers/beta/toolsets';
import type { TabwrightBrowser } from '../browser/driver';
import type { TabSet } from '../browser/tab-set';
import { isContextTooLong, modelErrorToTabwright, requestTurn } from '../model/client';
import { addUsage, creditsFor, usageFromApi } from '../model/credits';
import type { ModelPrice } from '../model/prices';
import { stopMessage } from './stop-message';
import { untilStopped } from './until-stopped';
import type { ConfirmationGate } from '../safety/confirmation-gate';
import type { TaskSafety } from '../safety/task-safety';
import type { ActionTarget } from '../safety/action-target';
import type { VisionMode } from '../../shared/settings';
import type { CustomToolAnswer } from '../../shared/custom-tools';
import { ASK_USER_TOOL, ASK_USER_TOOL_NAME, parseAskUserInput } from './ask-user-tool';
import { customToolDefinition, customToolResult } from './custom-tool-call';
import { DONE_TOOL_NAME, doneTool, parseDoneInput } from './done-tool';
import { finishTask } from './finish-task';
import { compactHistory, estimateConversationTokens, pruneImages } from './history';
import { LoopGuard, pageFingerprint } from './loop-guard';
import {
  NO_TOOL_NUDGE,
  type PageView,
  pageStateMessage,
  RESUMED_NOTE,
  SCREENSHOT_NOTE,
  SYSTEM_PROMPT,
  stepsLeftWarning,
  taskMessage,
} from './prompt';
import { toolErrorContent } from './tool-error';
import { neutralizeTags } from './page-envelope';
import { neutralizeToolResult, summarizeResult } from './tool-result-text';
import { summarizeAction } from './action-summary';

const MAX_OUTPUT_TOKENS = 4096;
/** Screenshots kept in the conversation; older ones are replaced by a line. */
const MAX_SCREENSHOTS = 2;
/** Width of the timeline's step thumbnails. */
const THUMBNAIL_WIDTH = 640;
/** In auto vision, a page with fewer refs than this (canvas, images, unusual widgets) is also shown as a picture. */
const FEW_REFS = 5;
/** How many times the model may resubmit an answer that fails the response schema. */
const MAX_SCHEMA_REPAIRS = 2;
/** Above this estimate the bulky parts of old steps are dropped (well below the models' context windows). */
const HISTORY_TOKEN_BUDGET = 90_000;
const EPHEMERAL = { type: 'ephemeral' } as const;

export interface SchemaCheck {
  valid: boolean;
  errors: string[];
}

/** What the loop persists after each completed step, so a restarted worker can carry on from there. */
export interface Conversation {
  messages: BetaMessageParam[];
  steps: number;
}

/** The browser as the loop drives it: TabwrightBrowser in the extension, a fake in unit tests. */
export type AgentBrowser = Pick<
  TabwrightBrowser,
  'toJSON' | 'startBatch' | 'toolResult' | 'thumbnail' | 'markedScreenshot' | 'bindCall'
> & {
  readonly tabs: Pick<TabSet, 'tabIds'>;
};

export interface AgentDeps {
  client: Anthropic;
  model: string;
  /** How long the model may stay silent before a request counts as failed (see requestTurn). */
  modelSilenceMs: number;
  price: ModelPrice;
  browser: AgentBrowser;
  /** The URL of the tab the task acts in (for the gate and the secrets); empty when it cannot be read. */
  activeUrl: () => Promise<string>;
  /** Reads the active tab for the page state sent after every turn. */
  observe: () => Promise<PageView>;
  validate: (schema: unknown, data: unknown) => Promise<SchemaCheck>;
  /** Allowed sites and secrets: every request is redacted through it, every member call prepared by it. */
  safety: TaskSafety;
  /** Holds irreversible or high-stakes actions until a person approves them. */
  gate: ConfirmationGate;
  /** The document and element a member call really reaches (its tab, frame and element), for the gate and secrets. */
  target: (toolUse: BetaToolUseBlock) => Promise<ActionTarget>;
  /** Puts a question to the person watching (or the SDK caller); resolves with their answer. */
  askUser: (question: string, choices?: string[]) => Promise<string>;
  /** Runs one of the task's custom tools in the caller's process and brings back its answer. */
  callTool?: (name: string, input: unknown, signal: AbortSignal) => Promise<CustomToolAnswer>;
  /** Whether the model also gets a marked screenshot with the page state: always, never, or when text is not enough. */
  vision: VisionMode;
  signal: AbortSignal;
  /** Called after every change worth showing or persisting. */
  update: (state: TaskState) => Promise<void>;
  saveConversation: (conversation: Conversation) => Promise<void>;
}

/** Runs one task to its end, from the start or from a saved conversation. Never throws: every ending is a TaskResult. */
export async function runAgent(state: TaskState, deps: AgentDeps, resumeFrom?: Conversation): Promise<TaskResult> {
  try {
    return await untilStopped(new AgentRun(state, deps).run(resumeFrom), deps.signal);
  } catch (error) {
    if (deps.signal.aborted) return finishTask(state, 'cancelled', null, stopMessage(deps.signal));
    return finishTask(state, 'error', null, modelErrorToTabwright(error).message);
  }
}

class AgentRun {
  private readonly guard = new LoopGuard();
  private readonly tools;
  private readonly customTools: Set<string>;
  private readonly system = [{ type: 'text' as const, text: SYSTEM_PROMPT, cache_control: EPHEMERAL }];
  private messages: BetaMessageParam[] = [];
  private repairs = 0;
  private readonly blockedNotes: string[] = [];
  /** What each member call acted on (read before it ran), by tool use id, for the step's structured record. */
  private readonly acted = new Map<string, { element?: ElementFacts; pageUrl: string; refused?: 'person' | 'rule' }>();
  /** This step's vision screenshot, which also makes the timeline's thumbnail. */
  private lastShot: BetaScreenshotResult | undefined;

  constructor(
    private readonly state: TaskState,
    private readonly deps: AgentDeps,
  ) {
    const custom = (state.options.custom_tools ?? []).map(customToolDefinition);
    this.customTools = new Set(custom.map((tool) => tool.name));
    this.tools = [doneTool(state.options.response_model), ASK_USER_TOOL, ...custom, deps.browser.toJSON()];
  }

  async run(resumeFrom?: Conversation): Promise<TaskResult> {
    const { state } = this;
    if (resumeFrom) {
      this.messages = resumeFrom.messages;
      state.steps = state.steps.slice(0, resumeFrom.steps);
      appendBlocks(this.messages, [{ type: 'text', text: RESUMED_NOTE }, (await this.observe()).block]);
    } else {
      const page = await this.observe();
      this.messages = [
        {
          role: 'user',
          content: [
            { type: 'text', text: taskMessage(state.options, state.memory, this.deps.safety.secretHints()) },
            page.block,
            ...(await this.look(page, false)),
          ],
        },
      ];
    }

    for (let index = state.steps.length + 1; ; index++) {
      const limit = this.checkLimits(index);
      if (limit) return limit;
      const response = await this.callModel();
      const step = await this.recordStep(index, response);
      const toolUses = response.content.filter((block): block is BetaToolUseBlock => block.type === 'tool_use');
      if (toolUses.length === 0) {
        appendBlocks(this.messages, [{ type: 'text', text: NO_TOOL_NUDGE }]);
        continue;
      }
      const outcome = await this.runTools(toolUses, step);
      if ('result' in outcome) return outcome.result;
      if (this.deps.signal.aborted) throw new TabwrightError('interrupted', stopMessage(this.deps.signal));

      const page = await this.observe();
      const nudge = this.guard.afterStep(step.actions, page.fingerprint);
      const failure = this.guard.failureReason();
      if (failure) return finishTask(state, 'failed', null, `Stopped: ${failure}`);
      const blocks: BetaContentBlockParam[] = [...outcome.results, page.block];
      blocks.push(...(await this.look(page, step.actions.length > 0 && step.actions.every((action) => !action.ok))));
      for (const note of this.blockedNotes.splice(0)) blocks.push({ type: 'text', text: note });
      if (nudge) blocks.push({ type: 'text', text: nudge });
      this.messages.push({ role: 'user', content: blocks });
      pruneImages(this.messages, MAX_SCREENSHOTS);
      step.url = page.url;
      // The timeline's picture is taken beside the loop, never in its way: the next model call does not wait for it.
      void this.deps.browser.thumbnail(THUMBNAIL_WIDTH, this.lastShot).then(async (thumbnail) => {
        if (!thumbnail) return;
        step.screenshot = thumbnail;
        await this.deps.update(state);
      });
      await this.deps.update(state);
      await this.deps.saveConversation({ messages: this.messages, steps: state.steps.length });
    }
  }

  private checkLimits(index: number): TaskResult | undefined {
    const { options } = this.state;
    if (index > options.max_steps) {
      return finishTask(
        this.state,
        'max_steps',
        null,
        `Stopped after ${options.max_steps} steps without finishing (the Max steps limit).`,
      );
    }
    if (options.max_credits !== undefined && this.state.credits_used >= options.max_credits) {
      return finishTask(
        this.state,
        'budget_exceeded',
        null,
        `Stopped: ${this.state.credits_used.toFixed(2)} credits used of a ${options.max_credits}-credit budget.`,
      );
    }
    const left = options.max_steps - index + 1;
    if (left <= 2) appendBlocks(this.messages, [{ type: 'text', text: stepsLeftWarning(left) }]);
    return undefined;
  }

  /**
   * One model call; an over-long context is compacted and retried once, other errors end the task. The task state
   * says since when it waits for the model, so the UI can show it.
   */
  private async callModel(): Promise<BetaMessage> {
    if (estimateConversationTokens(this.messages) > HISTORY_TOKEN_BUDGET)
      compactHistory(this.messages, { keepRecentTurns: 2 });
    this.state.waitingForModelSince = Date.now();
    await this.deps.update(this.state);
    try {
      return await this.create();
    } catch (error) {
      if (!isContextTooLong(error) || compactHistory(this.messages, { keepRecentTurns: 1 }) === 0) throw error;
      return this.create();
    } finally {
      delete this.state.waitingForModelSince;
    }
  }

  private create(): Promise<BetaMessage> {
    moveCacheBreakpoint(this.messages);
    return requestTurn(
      this.deps.client,
      {
        model: this.deps.model,
        max_tokens: MAX_OUTPUT_TOKENS,
        system: this.system,
        tools: this.tools,
        messages: this.deps.safety.redact(this.messages),
      },
      { signal: this.deps.signal, silenceMs: this.deps.modelSilenceMs },
    );
  }

  private async recordStep(index: number, response: BetaMessage): Promise<StepRecord> {
    const usage = usageFromApi(response.usage);
    this.state.usage = addUsage(this.state.usage, usage);
    this.state.credits_used = creditsFor(this.state.usage, this.deps.price);
    // The API refuses empty assistant turns and blank text blocks in the history; a reply can have either.
    const content = (response.content as BetaContentBlockParam[]).filter(
      (block) => block.type !== 'text' || block.text.trim(),
    );
    if (content.length > 0) this.messages.push({ role: 'assistant', content });
    const step: StepRecord = { index, actions: [], usage };
    const thought = this.deps.safety.redact(textOf(response.content));
    if (thought) step.thought = thought;
    this.state.steps.push(step);
    await this.deps.update(this.state);
    return step;
  }

  private async runTools(
    toolUses: BetaToolUseBlock[],
    step: StepRecord,
  ): Promise<{ result: TaskResult } | { results: BetaToolResultBlockParam[] }> {
    const results: BetaToolResultBlockParam[] = [];
    const batch = this.deps.browser.startBatch();
    for (const toolUse of toolUses) {
      if (this.deps.signal.aborted) throw new TabwrightError('interrupted', stopMessage(this.deps.signal));
      let result: BetaToolResultBlockParam;
      if (toolUse.name === DONE_TOOL_NAME && !isToolsetCall(toolUse)) {
        const done = await this.settleDone(toolUse);
        if ('result' in done) return done;
        result = done.reply;
      } else if (toolUse.name === ASK_USER_TOOL_NAME && !isToolsetCall(toolUse)) {
        result = await this.askUser(toolUse);
      } else if (this.customTools.has(toolUse.name) && !isToolsetCall(toolUse)) {
        result = await this.callCustomTool(toolUse);
      } else if (!isToolsetCall(toolUse)) {
        result = errorResult(toolUse, `Unknown tool "${toolUse.name}".`);
      } else {
        result = batch.skipped(toolUse) ?? (await this.runMember(toolUse, step.thought));
        batch.ran(toolUse, result);
      }
      results.push(result);
      this.record(step, toolUse.name, toolUse.input, summarizeResult(result), !result.is_error, toolUse.id);
      await this.deps.update(this.state);
    }
    for (const url of await this.fenceTabs()) {
      this.record(step, 'navigation_blocked', { url }, `Blocked ${url}: outside the allowed sites.`, false);
      this.blockedNotes.push(
        `Blocked: the page tried to go to ${neutralizeTags(url)}, which is outside the sites this task may visit (${this.deps.safety.allowedList()}).`,
      );
    }
    for (const url of this.deps.safety.fence?.takeHeldPosts() ?? []) {
      const held = `Blocked: the page itself tried to send a form to ${neutralizeTags(url)}; a form is sent only by an action a person approved.`;
      this.record(step, 'navigation_blocked', { url }, held, false);
      this.blockedNotes.push(held);
    }
    for (const url of this.deps.safety.fence?.takeHeldDownloads() ?? []) {
      const held = `Blocked: ${neutralizeTags(url)} answered with a file to download; a file is saved only by an action a person approved (going to that address asks them).`;
      this.record(step, 'navigation_blocked', { url }, held, false);
      this.blockedNotes.push(held);
    }
    return { results };
  }

  /**
   * One browser member: held for a person's approval when it is high-stakes, secrets filled in (or refused) for the
   * page it acts on, then the driver.
   */
  private async runMember(toolUse: BetaToolUseBlock, intent: string | undefined): Promise<BetaToolResultBlockParam> {
    // A block reported late leaves its error page meanwhile: the call must not start a navigation that would race it.
    await this.deps.safety.fence?.cover(this.deps.browser.tabs.tabIds());
    // The gate and the secrets judge the document the call really reaches, and the timeline names the element it
    // acts on; other calls only need the active tab's URL.
    const resolve =
      this.deps.gate.needsFacts(toolUse.name) || this.deps.safety.carriesSecret(toolUse) || targetsElement(toolUse);
    const target = resolve ? await this.deps.target(toolUse) : { url: await this.deps.activeUrl() };
    const pageUrl = target.url;
    const facts = 'facts' in target ? target.facts : undefined;
    this.acted.set(toolUse.id, { pageUrl, ...(facts ? { element: facts } : {}) });
    const refusal = await this.deps.gate.check(toolUse, target, intent);
    if (refusal) {
      this.acted.set(toolUse.id, { pageUrl, refused: 'person', ...(facts ? { element: facts } : {}) });
      // Refusals quote the target element, which the page named: they are neutralized like any result.
      return neutralizeToolResult(errorResult(toolUse, refusal));
    }
    const prepared = 'tabId' in target ? this.deps.safety.prepare(toolUse, target) : { toolUse };
    if ('refused' in prepared)
      this.acted.set(toolUse.id, { pageUrl, refused: 'rule', ...(facts ? { element: facts } : {}) });
    const secret = 'pin' in prepared ? prepared.pin : undefined;
    const judged = 'judged' in target ? target.judged : undefined;
    const judgedPress = 'pressJudged' in target ? target.pressJudged : undefined;
    if (secret || judged || judgedPress)
      this.deps.browser.bindCall(toolUse.id, {
        ...(secret ? { secret } : {}),
        ...(judged ? { judged } : {}),
        ...(judgedPress ? { judgedPress } : {}),
      });
    const result = neutralizeToolResult(
      'refused' in prepared ? errorResult(toolUse, prepared.refused) : await this.runApproved(prepared.toolUse),
    );
    // Cover tabs the call opened at once; what the fence blocked meanwhile is reported after the batch.
    await this.deps.safety.fence?.cover(this.deps.browser.tabs.tabIds());
    return result;
  }

  /**
   * Runs a member call; form posts and downloads leave the task's tabs only during a call a person approved, and a
   * download also during the agent's own navigation to the address it named (see SiteFence).
   */
  private runApproved(toolUse: BetaToolUseBlock): Promise<BetaToolResultBlockParam> {
    const run = () => this.deps.browser.toolResult(toolUse);
    const fence = this.deps.safety.fence;
    if (!fence) return run();
    if (this.deps.gate.wasApproved(toolUse.id)) return fence.lettingPostsThrough(run);
    return ['navigate', 'new_tab'].includes(toolUse.name) ? fence.lettingDownloadsThrough(run) : run();
  }

  private async askUser(toolUse: BetaToolUseBlock): Promise<BetaToolResultBlockParam> {
    const input = parseAskUserInput(toolUse.input);
    if (typeof input === 'string') return errorResult(toolUse, input);
    const answer = await this.deps.askUser(input.question, input.choices);
    return { type: 'tool_result', tool_use_id: toolUse.id, content: `The user answered: ${answer}` };
  }

  private async callCustomTool(toolUse: BetaToolUseBlock): Promise<BetaToolResultBlockParam> {
    const { callTool, signal } = this.deps;
    if (!callTool) return errorResult(toolUse, `Error: no caller is connected to run the tool ${toolUse.name}.`);
    return customToolResult(toolUse, await callTool(toolUse.name, toolUse.input, signal));
  }

  /** Keeps the site fence on every tab the task owns (it may have opened new ones); returns URLs it blocked. */
  private async fenceTabs(): Promise<string[]> {
    const fence = this.deps.safety.fence;
    if (!fence) return [];
    await fence.cover(this.deps.browser.tabs.tabIds());
    return fence.takeBlocked();
  }

  private record(step: StepRecord, tool: string, input: unknown, result: string, ok: boolean, toolUseId?: string) {
    const acted = toolUseId ? this.acted.get(toolUseId) : undefined;
    if (toolUseId) this.acted.delete(toolUseId);
    const record = { tool, input: this.deps.safety.redact(input), result: this.deps.safety.redact(result), ok };
    const pageUrl = acted?.pageUrl ?? step.url ?? this.state.steps[step.index - 2]?.url ?? '';
    const summary = summarizeAction({
      member: tool,
      ...record,
      pageUrl,
      ...(acted?.element ? { element: acted.element } : {}),
      ...(acted?.refused ? { refused: acted.refused } : {}),
    });
    step.actions.push({ ...record, summary: this.deps.safety.redact(summary) });
  }

  private async settleDone(
    toolUse: BetaToolUseBlock,
  ): Promise<{ result: TaskResult } | { reply: BetaToolResultBlockParam }> {
    const parsed = parseDoneInput(toolUse.input);
    const reply = (content: string) => ({ reply: errorResult(toolUse, content) });
    if (typeof parsed === 'string') return reply(parsed);
    if (!parsed.success) {
      return {
        result: finishTask(
          this.state,
          'failed',
          parsed.output,
          parsed.message ?? 'The agent could not complete the task.',
        ),
      };
    }
    const schema = this.state.options.response_model;
    if (schema !== undefined) {
      const check = await this.deps.validate(schema, parsed.output);
      if (!check.valid) {
        if (this.repairs >= MAX_SCHEMA_REPAIRS) {
          const tries = this.repairs + 1;
          return {
            result: finishTask(
              this.state,
              'failed',
              parsed.output,
              `The answer did not match the response schema after ${tries} tries: ${check.errors.join('; ')}`,
            ),
          };
        }
        this.repairs++;
        return reply(
          `The output does not match the response schema: ${check.errors.join('; ')}. Fix the output and call done again.`,
        );
      }
    }
    return { result: finishTask(this.state, 'success', parsed.output, parsed.message) };
  }

  /** A marked screenshot to go with the page state, when the vision setting asks for one. */
  private async look(page: { refs: number; readable: boolean }, stuck: boolean): Promise<BetaContentBlockParam[]> {
    const { vision } = this.deps;
    const wanted = vision === 'on' || (vision === 'auto' && (page.refs < FEW_REFS || stuck));
    this.lastShot = undefined;
    if (!wanted || !page.readable) return [];
    try {
      const shot = await this.deps.browser.markedScreenshot();
      this.lastShot = shot;
      return [
        { type: 'image', source: { type: 'base64', media_type: shot.mediaType ?? 'image/jpeg', data: shot.data } },
        { type: 'text', text: SCREENSHOT_NOTE },
      ];
    } catch {
      return [];
    }
  }

  private async observe(): Promise<{
    block: BetaContentBlockParam;
    url: string;
    fingerprint: string;
    refs: number;
    readable: boolean;
  }> {
    try {
      const page = await this.deps.observe();
      return {
        block: { type: 'text', text: pageStateMessage(page) },
        url: page.url,
        fingerprint: pageFingerprint(page.url, page.snapshot),
        refs: page.snapshot.match(/\[ref_/g)?.length ?? 0,
        readable: true,
      };
    } catch (error) {
      if (error instanceof TabwrightError && error.code === 'tab_closed') throw error;
      const reason = error instanceof Error ? error.message : String(error);
      return {
        block: { type: 'text', text: `<page_state>\nThe page could not be read: ${reason}\n</page_state>` },
        url: '',
        fingerprint: reason,
        refs: 0,
        readable: false,
      };
    }
  }
}

function errorResult(toolUse: BetaToolUseBlock, message: string): BetaToolResultBlockParam {
  const toolsetName = (toolUse as { toolset_name?: string | null }).toolset_name;
  const content = toolErrorContent(message);
  return {
    type: 'tool_result',
    tool_use_id: toolUse.id,
    is_error: true,
    content,
    ...(toolsetName ? { toolset_name: toolsetName } : {}),
  };
}

/** Members aimed at an element (by ref or point), or at the focused one (typing and keys): worth naming in the timeline. */
function targetsElement(toolUse: BetaToolUseBlock): boolean {
  const input = toolUse.input as { target?: unknown };
  return (
    input.target !== undefined || toolUse.name === 'type' || toolUse.name === 'key' || toolUse.name === 'file_upload'
  );
}

function isToolsetCall(toolUse: BetaToolUseBlock): boolean {
  return (toolUse as { toolset_name?: string | null }).toolset_name === 'browser';
}

function textOf(content: BetaContentBlock[]): string {
  return content
    .filter((block) => block.type === 'text')
    .map((block) => (block as { text: string }).text.trim())
    .filter(Boolean)
    .join('\n');
}

function appendBlocks(messages: BetaMessageParam[], blocks: BetaContentBlockParam[]) {
  const last = messages[messages.length - 1];
  if (last && last.role === 'user' && Array.isArray(last.content)) last.content.push(...blocks);
  else messages.push({ role: 'user', content: blocks });
}

/**
 * The conversation only grows, so the whole of it is a cacheable prefix: one breakpoint on the newest block lets the
 * next turn read everything before it from the cache. The API allows four breakpoints, so older ones are removed.
 */
function moveCacheBreakpoint(messages: BetaMessageParam[]) {
  for (const message of messages) {
    if (!Array.isArray(message.content)) continue;
    for (const block of message.content) {
      if ('cache_control' in block) delete (block as { cache_control?: unknown }).cache_control;
    }
  }
  const last = messages[messages.length - 1];
  if (last && Array.isArray(last.content) && last.content.length > 0) {
    (last.content[last.content.length - 1] as { cache_control?: unknown }).cache_control = EPHEMERAL;
  }
}
