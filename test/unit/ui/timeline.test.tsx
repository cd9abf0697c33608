// @vitest-environment happy-dom
import type { StepRecord, TaskState } from '../../../src/shared/task';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandReply, UserRequest } from '../../../src/shared/protocol';
import { TaskView } from '../../../src/ui/components/TaskView';
import { Timeline } from '../../../src/ui/components/Timeline';
import { click, mount, settle, type } from './render';

const usage = { input: 10, output: 5, cache_write: 0, cache_read: 0 };
const SHOT = 'data:image/jpeg;base64,/9j/4AAQ';

const steps: StepRecord[] = [
  {
    index: 1,
    thought: 'Add the headphones to the cart.',
    url: 'https://shop.example/p/wireless-headphones',
    usage,
    screenshot: SHOT,
    actions: [
      {
        tool: 'left_click',
        input: { target: { type: 'ref', ref: 'ref_7' } },
        result: 'Clicked.',
        ok: true,
        summary: {
          kind: 'click',
          member: 'left_click',
          target: { role: 'button', name: 'Add to cart' },
          site: 'shop.example',
          outcome: 'done',
        },
      },
      {
        tool: 'left_click',
        input: { target: { type: 'ref', ref: 'ref_9' } },
        result: 'Error: button "Checkout" is covered by dialog "Cookies".',
        ok: false,
        summary: {
          kind: 'click',
          member: 'left_click',
          target: { role: 'button', name: 'Checkout' },
          outcome: 'failed',
          detail: 'button "Checkout" is covered by dialog "Cookies".',
        },
      },
    ],
  },
  {
    index: 2,
    usage,
    actions: [{ tool: 'find', input: { query: 'cart total' }, result: 'text "Total: €59" [ref_12]', ok: true }],
  },
];

const ok = async (): Promise<CommandReply> => ({ ok: true });
let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => mounted?.unmount());

function timeline(props: Partial<Parameters<typeof Timeline>[0]> = {}) {
  mounted = mount(<Timeline steps={steps} maxSteps={20} running={false} onAnswer={ok} onConfirm={ok} {...props} />);
  return mounted;
}

describe('Timeline', () => {
  it('shows each step: n of max, where, the goal, and each action in words with its outcome', () => {
    const view = timeline();
    const items = view.container.querySelectorAll('.timeline > li');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('.step-number')?.textContent).toBe('Step 1 of 20');
    expect(items[0]!.querySelector('.step-url')?.textContent).toBe('shop.example/p/wireless-headphones');
    expect(items[0]!.querySelector('.goal')?.textContent).toBe('Add the headphones to the cart.');
    const actions = items[0]!.querySelectorAll('.action');
    expect(actions[0]!.textContent).toBe('✓Done: Click “Add to cart”');
    expect(actions[1]!.className).toContain('action--failed');
    expect(actions[1]!.textContent).toBe('✕Failed: Click “Checkout”button "Checkout" is covered by dialog "Cookies".');
    expect(items[1]!.textContent).toContain('Look for “cart total”text "Total: €59" [ref_12]');
  });

  it('enlarges a screenshot thumbnail in a dialog that Close dismisses', () => {
    const view = timeline();
    expect(view.container.querySelectorAll('.thumb')).toHaveLength(1);
    click(view.button('Enlarge the screenshot of step 1'));
    const dialog = view.container.querySelector('dialog');
    expect(dialog?.querySelector('img')?.getAttribute('src')).toBe(SHOT);
    expect(dialog?.textContent).toContain('Step 1 — shop.example/p/wireless-headphones');
    click(view.button('Close'));
    expect(view.container.querySelector('dialog')).toBeNull();
  });

  it('says the agent is working while the task runs, and how long the model has been thinking when it says so', () => {
    expect(timeline({ running: true, steps: [] }).text()).toContain('Opening the page and reading it…');
    mounted!.unmount();
    expect(timeline({ running: true }).text()).toContain('Working…');
    mounted!.unmount();
    expect(timeline({ running: true, waitingForModelSince: 10_000, now: 17_400 }).text()).toContain(
      'Waiting for the model (7 s)…',
    );
  });

  it('takes an answer to the agent’s question inline, typed or chosen', async () => {
    const onAnswer = vi.fn(ok);
    const question: UserRequest = { kind: 'question', id: 'q1', question: 'Which size: M or L?', choices: ['M', 'L'] };
    const view = timeline({ running: true, pending: question, onAnswer });
    expect(view.text()).toContain('The agent asks');
    expect(view.text()).toContain('Which size: M or L?');
    expect(view.text()).not.toContain('Working…');

    click(view.button('L'));
    await settle();
    expect(onAnswer).toHaveBeenLastCalledWith('q1', 'L');

    expect(view.button('Send').disabled).toBe(true);
    type(view.byLabel('Your answer'), '  M, please ');
    click(view.button('Send'));
    await settle();
    expect(onAnswer).toHaveBeenLastCalledWith('q1', 'M, please');
  });

  it('asks for consent inline and reports a failed reply in words (a bare request, as an SDK-era worker sends it)', async () => {
    const onConfirm = vi.fn(
      async (): Promise<CommandReply> => ({
        ok: false,
        error: { code: 'internal', message: 'The task has already ended.' },
      }),
    );
    const confirmation: UserRequest = {
      kind: 'confirmation',
      id: 'c1',
      action: 'Click “Place order” (€59)',
      reason: 'It spends money.',
    };
    const view = timeline({ running: true, pending: confirmation, onConfirm });
    expect(view.text()).toContain('Approve this action?');
    expect(view.text()).toContain('Click “Place order” (€59)');
    expect(view.container.querySelector('[data-testid="approval-why"]')?.textContent).toBe('It spends money.');
    click(view.button('Deny'));
    await settle();
    expect(onConfirm).toHaveBeenCalledWith('c1', false, undefined);
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe('The task has already ended.');
    click(view.button('Approve once'));
    await settle();
    expect(onConfirm).toHaveBeenLastCalledWith('c1', true, undefined);
    click(view.button('Always allow on this site'));
    await settle();
    expect(onConfirm).toHaveBeenLastCalledWith('c1', true, true);
  });

  it('says what will happen, where and why, with the agent’s words and the element’s picture, buttons on one line', () => {
    const confirmation: UserRequest = {
      kind: 'confirmation',
      id: 'c2',
      action: 'Click button "Delete account" on https://bank.example',
      reason: 'button "Delete account" looks like "Delete"',
      category: 'delete',
      member: 'left_click',
      site: 'https://bank.example:8443',
      target: { role: 'button', name: 'Delete account' },
      intent: 'I will tidy up the old work account.',
      picture: SHOT,
    };
    const view = timeline({ running: true, pending: confirmation });
    const card = view.container.querySelector('[data-testid="pending"]')!;
    expect(card.querySelector('[data-testid="approval-what"]')?.textContent).toBe(
      'The agent wants to click the “Delete account” button.',
    );
    expect(card.querySelector('[data-testid="approval-where"]')?.textContent).toBe('bank.example:8443');
    expect(card.querySelector('[data-testid="approval-why"]')?.textContent).toBe(
      'It may delete something that cannot be brought back.',
    );
    expect(card.querySelector('[data-testid="approval-intent"]')?.textContent).toBe(
      '“I will tidy up the old work account.”',
    );
    // The classifier's words stay out of the card's text (they are its tooltip).
    expect(card.textContent).not.toContain('looks like');
    const picture = card.querySelector('img');
    expect(picture?.getAttribute('src')).toBe(SHOT);
    expect(picture?.getAttribute('alt')).toContain('Delete account');
    const row = card.querySelector('.approval-buttons')!;
    expect([...row.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Approve once',
      'Always allow on this site',
      'Deny',
    ]);
  });

  it('says why an approval has no picture when the page showed a secret', () => {
    const withheld = 'No picture of this page was taken: it shows the value of a secret.';
    const confirmation: UserRequest = {
      kind: 'confirmation',
      id: 'c3',
      action: 'Click button "Close account" on https://bank.example',
      category: 'account',
      pictureWithheld: withheld,
    };
    const card = timeline({ running: true, pending: confirmation }).container.querySelector('[data-testid="pending"]')!;
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('.approval-no-picture')?.textContent).toBe(withheld);
  });

  it('leaves out steps with nothing in them yet, and internals such as tool names', () => {
    const empty: StepRecord = { index: 3, usage, actions: [] };
    const asked: StepRecord = {
      index: 4,
      usage,
      actions: [{ tool: 'ask_user', input: { question: 'Which size?' }, result: 'The user answered: M', ok: true }],
    };
    const view = timeline({ steps: [...steps, empty, asked], running: true });
    const numbers = [...view.container.querySelectorAll('.step-number')].map((el) => el.textContent);
    expect(numbers).toEqual(['Step 1 of 20', 'Step 2 of 20', 'Step 4 of 20']);
    expect(view.text()).toContain('Ask you “Which size?”');
    expect(view.text()).not.toMatch(/ask_user|Use the/);
  });

  it('drops a question once the task is no longer running', () => {
    const view = timeline({ running: false, pending: { kind: 'question', id: 'q', question: 'Still there?' } });
    expect(view.text()).not.toContain('Still there?');
  });
});

describe('TaskView', () => {
  const base: TaskState = {
    id: 't1',
    tabId: 1,
    options: { task: 'List the headphones under €60', max_steps: 20 },
    status: 'running',
    startedAt: 1_000,
    steps,
    usage,
    credits_used: 0.4321,
  };

  it('shows progress while running, with Stop', () => {
    const onStop = vi.fn();
    mounted = mount(<TaskView state={base} now={13_500} onStop={onStop} onAnswer={ok} onConfirm={ok} />);
    expect(mounted.container.querySelector('[data-testid="status"]')?.textContent).toBe(
      'Running — The agent is working in your tab.',
    );
    expect(mounted.container.querySelector('[data-testid="steps"]')?.textContent).toBe('2 / 20');
    expect(mounted.container.querySelector('[data-testid="credits"]')?.textContent).toBe('0.432');
    expect(mounted.container.querySelector('[data-testid="duration"]')?.textContent).toBe('12.5 s');
    expect(mounted.container.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('2');
    click(mounted.button('Stop'));
    expect(onStop).toHaveBeenCalled();
  });

  it('shows a success with its output as a tree, raw JSON and a CSV download for a table', () => {
    const output = [
      { name: 'Sony', price: 59 },
      { name: 'JBL', price: 45 },
    ];
    const state: TaskState = {
      ...base,
      status: 'success',
      endedAt: 9_000,
      result: { status: 'success', output, credits_used: 0.43, duration: 8, steps: 2 },
    };
    mounted = mount(<TaskView state={state} now={0} onAnswer={ok} onConfirm={ok} />);
    expect(mounted.container.querySelector('[data-testid="status"]')?.textContent).toBe(
      'Success — The agent finished the task.',
    );
    expect(mounted.container.querySelector('[data-testid="duration"]')?.textContent).toBe('8.0 s');
    expect(mounted.container.querySelector('.json-tree')?.textContent).toContain('name: "Sony"');
    expect(JSON.parse(mounted.container.querySelector('[data-testid="output"]')?.textContent ?? '')).toEqual(output);
    expect(mounted.button('Download CSV')).toBeDefined();
    expect(() => mounted!.button('Stop')).toThrow();
    expect(mounted.container.querySelector('[role="progressbar"]')).toBeNull();

    click(mounted.button('Raw'));
    expect(mounted.container.querySelector('.json-tree')).toBeNull();
    expect((mounted.container.querySelector('[data-testid="output"]') as HTMLElement).hidden).toBe(false);
  });

  it('never says "Error — Error:", and keeps the cache share out of the headline numbers', () => {
    const state: TaskState = {
      ...base,
      status: 'error',
      usage: { input: 100, output: 5, cache_write: 0, cache_read: 300 },
      result: {
        status: 'error',
        output: null,
        credits_used: 0,
        duration: 1,
        steps: 0,
        message: 'Error: Navigation to https://x.example failed.',
      },
    };
    mounted = mount(<TaskView state={state} now={0} onAnswer={ok} onConfirm={ok} />);
    expect(mounted.container.querySelector('[data-testid="status"]')?.textContent).toBe(
      'Error — Navigation to https://x.example failed.',
    );
    expect([...mounted.container.querySelectorAll('.metrics dt')].map((dt) => dt.textContent)).toEqual([
      'Steps',
      'Credits',
      'Time',
    ]);
    expect(mounted.container.querySelector('[data-testid="cache-share"]')?.textContent).toBe(
      '75% of the input was read from the prompt cache.',
    );
  });

  it('shows a failed run’s reason (the agent’s last words when it gave no message) and the last page it saw', () => {
    const failed: TaskState = {
      ...base,
      status: 'failed',
      steps: [
        ...steps,
        { index: 3, usage, thought: 'The shop asks me to log in, and I have no account.', actions: [] },
      ],
      result: {
        status: 'failed',
        output: null,
        credits_used: 1,
        duration: 9,
        steps: 3,
        message: 'The agent could not complete the task.',
      },
    };
    mounted = mount(<TaskView state={failed} now={0} onAnswer={ok} onConfirm={ok} />);
    expect(mounted.container.querySelector('[data-testid="status"]')?.textContent).toBe(
      'Failed — The agent said: The shop asks me to log in, and I have no account.',
    );
    const page = mounted.container.querySelector('[data-testid="last-page"]')!;
    expect(page.querySelector('img')?.getAttribute('src')).toBe(SHOT);
    expect(page.textContent).toContain('shop.example/p/wireless-headphones');
    mounted.unmount();

    const said: TaskState = {
      ...failed,
      result: { ...failed.result!, message: 'Checkout needs a login I do not have.' },
    };
    mounted = mount(<TaskView state={said} now={0} onAnswer={ok} onConfirm={ok} />);
    expect(mounted.container.querySelector('[data-testid="status"]')?.textContent).toBe(
      'Failed — Checkout needs a login I do not have.',
    );
  });

  it('says when the task shown is a previous one, and what it waits for while it waits', () => {
    const ended: TaskState = {
      ...base,
      status: 'success',
      result: { status: 'success', output: 'ok', credits_used: 0, duration: 1, steps: 2 },
    };
    mounted = mount(<TaskView state={ended} now={2_000} previous onAnswer={ok} onConfirm={ok} />);
    expect(mounted.container.querySelector('[data-testid="previous-note"]')?.textContent).toMatch(/^Previous task, /);
    mounted.unmount();
    const waiting: TaskState = { ...base, pending: { kind: 'confirmation', id: 'c', action: 'Click' } };
    mounted = mount(<TaskView state={waiting} now={2_000} onAnswer={ok} onConfirm={ok} />);
    expect(mounted.container.querySelector('[data-testid="status"]')?.textContent).toBe(
      'Waiting for you — The agent asks for your approval before it acts.',
    );
    expect(mounted.container.querySelector('[data-testid="previous-note"]')).toBeNull();
  });

  it('explains an ending in the worker’s words, and shows no output for a failure', () => {
    const state: TaskState = {
      ...base,
      status: 'max_steps',
      result: {
        status: 'max_steps',
        output: null,
        credits_used: 1,
        duration: 30,
        steps: 20,
        message: 'Stopped after 20 steps without finishing.',
      },
    };
    mounted = mount(<TaskView state={state} now={0} onAnswer={ok} onConfirm={ok} />);
    expect(mounted.container.querySelector('[data-testid="status"]')?.textContent).toBe(
      'Max steps reached — Stopped after 20 steps without finishing.',
    );
    expect(mounted.container.querySelector('[data-testid="output"]')).toBeNull();
  });
});
