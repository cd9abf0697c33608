import type Anthropic from '@anthropic-ai/sdk';
import type {
  BetaContentBlock,
  BetaContentBlockParam,
  BetaMessageParam,
  BetaToolResultBlockParam,
  BetaToolUseBlock,
} from '@anthropic-ai/sdk/resources/beta';
import { TabwrightError } from '../../shared/errors';
import type { ActionRecord, StepRecord, TaskResult, TaskState } from '../../shared/task';
import type { TabwrightBrowser } from '../browser/driver';
import { addUsage, creditsFor, usageFromApi } from '../model/credits';
import type { ModelPrice } from '../model/prices';
import { modelErrorToTabwright } from '../model/client';
import { DONE_TOOL_NAME, doneTool, parseDoneInput } from './done-tool';
import { NO_TOOL_NUDGE, pageStateMessage, SYSTEM_PROMPT, stepsLeftWarning, taskMessage } from './prompt';
import { summarizeResult } from './tool-result-text';

const MAX_OUTPUT_TOKENS = 4096;
/** How many times the model may resubmit an answer that fails the response schema. */
const MAX_SCHEMA_REPAIRS = 2;
const EPHEMERAL = { type: 'ephemeral' } as const;

export interface SchemaCheck {
  valid: boolean;
  errors: string[];
}

export interface AgentDeps {
  client: Anthropic;
  model: string;
  price: ModelPrice;
  browser: TabwrightBrowser;
  /** Reads the active tab for the page state sent after every turn. */
  observe: () => Promise<{ url: string; title: string; snapshot: string }>;
  validate: (schema: unknown, data: unknown) => Promise<SchemaCheck>;
  signal: AbortSignal;
  /** Called after every change worth showing or persisting. */
  update: (state: TaskState) => Promise<void>;
}

/** Runs one task to its end. Never throws: every ending is a TaskResult with a status. */
export async function runAgent(state: TaskState, deps: AgentDeps): Promise<TaskResult> {
  try {
    return await loop(state, deps);
  } catch (error) {
    if (deps.signal.aborted) return finish(state, 'cancelled', null, 'Stopped by the user.');
    const failure = modelErrorToTabwright(error);
    return finish(state, 'error', null, failure.message);
  }
}

async function loop(state: TaskState, deps: AgentDeps): Promise<TaskResult> {
  const { options } = state;
  const tools = [doneTool(options.response_model), deps.browser.toJSON()];
  const system = [{ type: 'text' as const, text: SYSTEM_PROMPT, cache_control: EPHEMERAL }];
  const messages: BetaMessageParam[] = [
    { role: 'user', content: [{ type: 'text', text: taskMessage(options) }, await pageStateBlock(deps)] },
  ];
  let repairs = 0;

  for (let index = state.steps.length + 1; ; index++) {
    if (index > options.max_steps) {
      return finish(state, 'max_steps', null, `Stopped after ${options.max_steps} steps without finishing (the Max steps limit).`);
    }
    if (options.max_credits !== undefined && state.credits_used >= options.max_credits) {
      return finish(state, 'budget_exceeded', null, `Stopped: ${state.credits_used.toFixed(2)} credits used of a ${options.max_credits}-credit budget.`);
    }
    const left = options.max_steps - index + 1;
    if (left <= 2) appendText(messages, stepsLeftWarning(left));
    moveCacheBreakpoint(messages);

    const response = await deps.client.beta.messages.create(
      { model: deps.model, max_tokens: MAX_OUTPUT_TOKENS, system, tools, messages },
      { signal: deps.signal },
    );
    const usage = usageFromApi(response.usage);
    state.usage = addUsage(state.usage, usage);
    state.credits_used = creditsFor(state.usage, deps.price);
    messages.push({ role: 'assistant', content: response.content as BetaContentBlockParam[] });

    const step: StepRecord = { index, actions: [], usage };
    const thought = textOf(response.content);
    if (thought) step.thought = thought;
    state.steps.push(step);
    await deps.update(state);

    const toolUses = response.content.filter((block): block is BetaToolUseBlock => block.type === 'tool_use');
    if (toolUses.length === 0) {
      messages.push({ role: 'user', content: [{ type: 'text', text: NO_TOOL_NUDGE }] });
      continue;
    }

    const results: BetaToolResultBlockParam[] = [];
    for (const toolUse of toolUses) {
      if (deps.signal.aborted) throw new TabwrightError('interrupted', 'Stopped by the user.');
      if (toolUse.name === DONE_TOOL_NAME && !isToolsetCall(toolUse)) {
        const outcome = await settleDone(toolUse, state, deps, repairs);
        if ('result' in outcome) return outcome.result;
        repairs++;
        results.push(outcome.reply);
        record(step, toolUse, outcome.reply);
        continue;
      }
      const result = !isToolsetCall(toolUse)
        ? errorResult(toolUse, `Error: Unknown tool "${toolUse.name}".`)
        : results[results.length - 1]?.is_error
          ? errorResult(toolUse, NOT_EXECUTED)
          : await deps.browser.toolResult(toolUse);
      results.push(result);
      record(step, toolUse, result);
      await deps.update(state);
    }
    messages.push({ role: 'user', content: [...results, await pageStateBlock(deps)] });
    step.url = (await deps.browser.tabs.list()).find((tab) => tab.active)?.url ?? '';
    await deps.update(state);
  }
}

type DoneOutcome = { result: TaskResult } | { reply: BetaToolResultBlockParam };

async function settleDone(toolUse: BetaToolUseBlock, state: TaskState, deps: AgentDeps, repairs: number): Promise<DoneOutcome> {
  const parsed = parseDoneInput(toolUse.input);
  const reply = (content: string): DoneOutcome => ({ reply: errorResult(toolUse, `Error: ${content}`) });
  if (typeof parsed === 'string') return reply(parsed);
  if (!parsed.success) {
    return { result: finish(state, 'failed', parsed.output, parsed.message ?? 'The agent could not complete the task.') };
  }
  const schema = state.options.response_model;
  if (schema !== undefined) {
    const check = await deps.validate(schema, parsed.output);
    if (!check.valid) {
      if (repairs >= MAX_SCHEMA_REPAIRS) {
        return {
          result: finish(state, 'failed', parsed.output, `The answer did not match the response schema after ${repairs + 1} tries: ${check.errors.join('; ')}`),
        };
      }
      return reply(`The output does not match the response schema: ${check.errors.join('; ')}. Fix the output and call done again.`);
    }
  }
  return { result: finish(state, 'success', parsed.output, parsed.message) };
}

function finish(state: TaskState, status: TaskResult['status'], output: unknown, message?: string): TaskResult {
  const endedAt = Date.now();
  const result: TaskResult = {
    status,
    output,
    credits_used: state.credits_used,
    duration: Math.round((endedAt - state.startedAt) / 100) / 10,
    steps: state.steps.length,
    ...(message ? { message } : {}),
  };
  state.status = status;
  state.endedAt = endedAt;
  state.result = result;
  return result;
}

/** The toolset's contract for a batch: calls after a failed one are not run, and say so in these exact words. */
const NOT_EXECUTED = 'Not executed: an earlier action in this turn failed.';

function errorResult(toolUse: BetaToolUseBlock, content: string): BetaToolResultBlockParam {
  const toolsetName = (toolUse as { toolset_name?: string | null }).toolset_name;
  return { type: 'tool_result', tool_use_id: toolUse.id, is_error: true, content, ...(toolsetName ? { toolset_name: toolsetName } : {}) };
}

function isToolsetCall(toolUse: BetaToolUseBlock): boolean {
  return (toolUse as { toolset_name?: string | null }).toolset_name === 'browser';
}

function record(step: StepRecord, toolUse: BetaToolUseBlock, result: BetaToolResultBlockParam) {
  const action: ActionRecord = { tool: toolUse.name, input: toolUse.input, result: summarizeResult(result), ok: !result.is_error };
  step.actions.push(action);
}

async function pageStateBlock(deps: AgentDeps): Promise<BetaContentBlockParam> {
  try {
    return { type: 'text', text: pageStateMessage(await deps.observe()) };
  } catch (error) {
    if (error instanceof TabwrightError && error.code === 'tab_closed') throw error;
    return { type: 'text', text: `<page_state>\nThe page could not be read: ${error instanceof Error ? error.message : String(error)}\n</page_state>` };
  }
}

function textOf(content: BetaContentBlock[]): string {
  return content
    .filter((block) => block.type === 'text')
    .map((block) => (block as { text: string }).text.trim())
    .filter(Boolean)
    .join('\n');
}

function appendText(messages: BetaMessageParam[], text: string) {
  const last = messages[messages.length - 1];
  if (last && last.role === 'user' && Array.isArray(last.content)) last.content.push({ type: 'text', text });
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

