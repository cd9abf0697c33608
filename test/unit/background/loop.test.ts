import Anthropic from '@anthropic-ai/sdk';
import type { BetaToolResultBlockParam, BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AgentBrowser, type AgentDeps, runAgent } from '../../../src/background/agent/loop';
import { BrowserBatch } from '../../../src/background/browser/batch';
import type { PageChange } from '../../../src/background/browser/page-change';
import { priceFor } from '../../../src/background/model/prices';
import { type ConfirmDecision, ConfirmationGate } from '../../../src/background/safety/confirmation-gate';
import { TaskSafety } from '../../../src/background/safety/task-safety';
import type { TaskOptions, TaskState } from '../../../src/shared/task';
import {
  lastUserText,
  type ModelServer,
  type RecordedRequest,
  startModelServer,
  text,
  toolUse,
} from '../../support/model-server';

// The site fence (built only for tasks with allowed sites, none here) reads two enum values of chrome at import.
vi.hoisted(() => {
  (globalThis as { chrome?: unknown }).chrome = {
    declarativeNetRequest: { ResourceType: { MAIN_FRAME: 'main_frame', SUB_FRAME: 'sub_frame' } },
  };
});

/** What the fake browser does for one member call: its result text, whether it failed, what it changed. */
type Act = (call: BetaToolUseBlock) => { content: string; error?: boolean; change?: PageChange };

/** The loop's browser, in memory: records the calls it runs and answers them as `act` says. */
class FakeBrowser implements AgentBrowser {
  readonly calls: BetaToolUseBlock[] = [];
  readonly changes: { count: number; last: PageChange | null } = { count: 0, last: null };
  readonly tabs = { tabIds: () => [1] };

  constructor(private readonly act: Act = () => ({ content: 'Done.' })) {}

  toJSON() {
    return { type: 'browser_toolset_20260801' as const };
  }

  startBatch() {
    return new BrowserBatch(this);
  }

  bindCall() {}

  async toolResult(call: BetaToolUseBlock): Promise<BetaToolResultBlockParam> {
    this.calls.push(call);
    const { content, error, change } = this.act(call);
    if (change) {
      this.changes.count++;
      this.changes.last = change;
    }
    return {
      type: 'tool_result',
      tool_use_id: call.id,
      content,
      ...(error ? { is_error: true } : {}),
      toolset_name: 'browser',
    };
  }

  async thumbnail() {
    return undefined;
  }

  async markedScreenshot(): Promise<never> {
    throw new Error('no screenshots in this test');
  }
}

const member = (name: string, input: Record<string, unknown> = {}) => toolUse(name, input, { toolset: 'browser' });
const done = (output: unknown, success = true) => toolUse('done', { success, output });

let server: ModelServer;
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

function task(options: Partial<TaskOptions> = {}): TaskState {
  return {
    id: 't1',
    tabId: 1,
    options: { task: 'Find the price of the kettle', max_steps: 8, ...options },
    status: 'running',
    startedAt: Date.now(),
    steps: [],
    usage: { input: 0, output: 0, cache_write: 0, cache_read: 0 },
    credits_used: 0,
  };
}

interface Run {
  browser?: FakeBrowser;
  page?: () => string;
  gate?: { policy: 'never' | 'sensitive' | 'always'; answer?: ConfirmDecision };
  abort?: AbortController;
  validate?: AgentDeps['validate'];
}

async function run(state: TaskState, options: Run = {}) {
  const browser = options.browser ?? new FakeBrowser();
  const updates: number[] = [];
  const asked: string[] = [];
  const deps: AgentDeps = {
    client: new Anthropic({ apiKey: 'test-key', baseURL: server.url, maxRetries: 0 }),
    model: 'claude-sonnet-5-5',
    price: priceFor('claude-sonnet-5-5'),
    browser,
    activeUrl: async () => 'https://shop.example/kettles',
    modelSilenceMs: 60_000,
    observe: async () => ({
      url: 'https://shop.example/kettles',
      title: 'Kettles',
      snapshot: options.page?.() ?? 'button "Buy" [ref_1]',
    }),
    validate: options.validate ?? (async () => ({ valid: true, errors: [] })),
    safety: TaskSafety.from(state.options, state.id),
    gate: new ConfirmationGate(
      options.gate?.policy ?? 'never',
      {},
      async (request) => {
        asked.push(request.action);
        return options.gate?.answer ?? { approved: false };
      },
      async () => undefined,
    ),
    target: async () => ({
      tabId: 1,
      frameId: 0,
      documentId: 'doc-1',
      url: 'https://shop.example/kettles',
      facts: { role: 'button', name: 'Pay now', tag: 'button' },
    }),
    askUser: async () => 'blue',
    vision: 'off',
    signal: (options.abort ?? new AbortController()).signal,
    update: async (updated) => {
      updates.push(updated.steps.length);
    },
    saveConversation: async () => undefined,
  };
  const result = await runAgent(state, deps);
  const messages = server.requests.filter((r: RecordedRequest) => r.path === '/v1/messages');
  return { result, browser, updates, asked, messages };
}

/** The tool_result blocks of the request's last user turn. */
function toolResults(req: RecordedRequest) {
  const last = req.body.messages?.at(-1);
  return Array.isArray(last?.content) ? last.content.filter((block) => block.type === 'tool_result') : [];
}

describe('the agent loop, alone (scripted model through the real SDK, fake browser)', () => {
  it('runs member calls, answers each with its result and the new page, and ends with done', async () => {
    const click = member('left_click', { target: { type: 'ref', ref: 'ref_1' } });
    server.script([{ content: [text('I will press Buy.'), click] }, { content: [done({ price: 19.5 })] }]);
    const state = task();
    const { result, browser, updates, messages } = await run(state);
    expect(result).toMatchObject({ status: 'success', output: { price: 19.5 }, steps: 2 });
    expect(browser.calls.map((call) => call.name)).toEqual(['left_click']);
    const answered = toolResults(messages[1]!);
    expect(answered).toEqual([expect.objectContaining({ tool_use_id: click.id, content: 'Done.' })]);
    expect(lastUserText(messages[1]!)).toContain('button "Buy" [ref_1]');
    expect(state.steps[0]).toMatchObject({
      index: 1,
      thought: 'I will press Buy.',
      actions: [{ tool: 'left_click', ok: true }],
    });
    expect(state.credits_used).toBeGreaterThan(0);
    expect(updates.length).toBeGreaterThanOrEqual(2);
  });

  it("skips the rest of a batch after a failure, in the toolset's words, without running it", async () => {
    const browser = new FakeBrowser((call) =>
      call.name === 'left_click' ? { content: 'Error: covered', error: true } : { content: 'Typed.' },
    );
    const click = member('left_click', { target: { type: 'ref', ref: 'ref_1' } });
    const type = member('type', { text: 'kettle' });
    server.script([{ content: [click, type] }, { content: [done(null)] }]);
    const { browser: used, messages } = await run(task(), { browser });
    expect(used.calls.map((call) => call.name)).toEqual(['left_click']);
    const [first, second] = toolResults(messages[1]!);
    expect(first).toMatchObject({ tool_use_id: click.id, is_error: true });
    expect(second).toMatchObject({
      tool_use_id: type.id,
      is_error: true,
      content: 'Not executed: an earlier action in this turn failed.',
    });
  });

  it('skips ref actions after one that navigated, but still runs reads', async () => {
    const browser = new FakeBrowser((call) =>
      call.name === 'left_click'
        ? { content: 'Clicked.', change: { newDocument: true, url: 'https://shop.example/cart' } }
        : { content: 'ok' },
    );
    const calls = [
      member('left_click', { target: { type: 'ref', ref: 'ref_1' } }),
      member('form_input', { ref: 'ref_2', value: 'x' }),
      member('read_page'),
    ];
    server.script([{ content: calls }, { content: [done(null)] }]);
    const { messages } = await run(task(), { browser });
    expect(browser.calls.map((call) => call.name)).toEqual(['left_click', 'read_page']);
    expect(toolResults(messages[1]!)[1]?.content).toMatch(
      /^Not executed: the page navigated to https:\/\/shop\.example\/cart after left_click/,
    );
  });

  it('answers an unknown tool with an error and a turn without tools with a nudge', async () => {
    const bogus = toolUse('format_disk', {});
    server.script([{ content: [bogus] }, { content: [text('Thinking...')] }, { content: [done(null)] }]);
    const { result, messages } = await run(task());
    expect(result.status).toBe('success');
    expect(toolResults(messages[1]!)[0]).toMatchObject({
      tool_use_id: bogus.id,
      is_error: true,
      content: 'Error: Unknown tool "format_disk".',
    });
    expect(messages[2]!.body.messages?.at(-1)?.role).toBe('user');
    expect(toolResults(messages[2]!)).toEqual([]);
  });

  it('keeps the conversation valid when the model replies with nothing, or with blank text', async () => {
    const read = member('read_page');
    server.script([{ content: [] }, { content: [text(' '), read] }, { content: [done(null)] }]);
    const { result, messages } = await run(task());
    expect(result.status).toBe('success');
    // The scripted server applies the API's rules: these requests passed them.
    expect(messages).toHaveLength(3);
    expect(messages[1]!.body.messages?.map((message) => message.role)).toEqual(['user']);
    expect(messages[2]!.body.messages?.at(-2)?.content).toEqual([
      expect.objectContaining({ type: 'tool_use', id: read.id }),
    ]);
  });

  it('stops at max steps with its status', async () => {
    server.script([{ content: [member('read_page')] }, { content: [member('read_page')] }]);
    const { result } = await run(task({ max_steps: 2 }));
    expect(result).toMatchObject({ status: 'max_steps', steps: 2 });
  });

  it('sends an answer that fails the response schema back, then gives up after three tries', async () => {
    let checks = 0;
    const validate = async () => ({ valid: ++checks > 5, errors: ['price: must be number'] });
    server.script([
      { content: [done({ price: 'x' })] },
      { content: [done({ price: 'y' })] },
      { content: [done({ price: 'z' })] },
    ]);
    const { result, messages } = await run(task({ response_model: { type: 'object' } }), { validate });
    expect(toolResults(messages[1]!)[0]?.content).toMatch(
      /^Error: The output does not match the response schema: price: must be number/,
    );
    expect(result).toMatchObject({ status: 'failed', output: { price: 'z' } });
    expect(result.message).toMatch(/after 3 tries/);
  });

  it('holds a high-stakes action for a person, and a refusal never reaches the browser', async () => {
    const pay = member('left_click', { target: { type: 'ref', ref: 'ref_1' } });
    server.script([{ content: [text('Pay for the order.'), pay] }, { content: [done(null, false)] }]);
    const { browser, asked, messages, result } = await run(task(), { gate: { policy: 'always' } });
    expect(asked).toHaveLength(1);
    expect(browser.calls).toEqual([]);
    expect(toolResults(messages[1]!)[0]).toMatchObject({ tool_use_id: pay.id, is_error: true });
    expect(toolResults(messages[1]!)[0]?.content).toMatch(/^Error: The user did not approve this action/);
    expect(result.status).toBe('failed');
  });

  it('never sends a secret value to the model, though the page shows it', async () => {
    server.script([{ content: [done(null)] }]);
    const state = task({ secrets: { pin: { value: 'S3CRET-4242', allowedUrls: ['shop.example'] } } });
    const { messages } = await run(state, { page: () => 'text "Your PIN is S3CRET-4242"' });
    expect(JSON.stringify(messages[0]!.body)).not.toContain('S3CRET-4242');
    expect(JSON.stringify(messages[0]!.body)).toContain('<secret>pin</secret>');
  });

  it('ends as cancelled when stopped during a turn', async () => {
    const abort = new AbortController();
    server.script([
      () => {
        abort.abort();
        return { content: [member('read_page')] };
      },
    ]);
    const { result, browser } = await run(task(), { abort });
    expect(result.status).toBe('cancelled');
    expect(browser.calls).toEqual([]);
  });
});
