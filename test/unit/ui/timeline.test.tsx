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
      { tool: 'left_click', input: { target: { type: 'ref', ref: 'ref_7' } }, result: 'Clicked. button "Add to cart".', ok: true },
      { tool: 'left_click', input: { target: { type: 'ref', ref: 'ref_9' } }, result: 'Error: button "Checkout" is covered by dialog "Cookies".', ok: false },
    ],
  },
  { index: 2, usage, actions: [{ tool: 'find', input: { query: 'cart total' }, result: 'text "Total: €59" [ref_12]', ok: true }] },
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

  it('says the agent is working while the task runs', () => {
    expect(timeline({ running: true, steps: [] }).text()).toContain('Opening the page and reading it…');
    mounted!.unmount();
    expect(timeline({ running: true }).text()).toContain('Working…');
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

  it('asks for consent inline and reports a failed reply in words', async () => {
    const onConfirm = vi.fn(async (): Promise<CommandReply> => ({ ok: false, error: { code: 'internal', message: 'The task has already ended.' } }));
    const confirmation: UserRequest = { kind: 'confirmation', id: 'c1', action: 'Click “Place order” (€59)', reason: 'It spends money.' };
    const view = timeline({ running: true, pending: confirmation, onConfirm });
    expect(view.text()).toContain('May the agent go ahead?');
    expect(view.text()).toContain('Click “Place order” (€59)');
    click(view.button('Deny'));
    await settle();
    expect(onConfirm).toHaveBeenCalledWith('c1', false);
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe('The task has already ended.');
    click(view.button('Approve once'));
    await settle();
    expect(onConfirm).toHaveBeenLastCalledWith('c1', true);
    click(view.button('Always allow on this site'));
    await settle();
    expect(onConfirm).toHaveBeenLastCalledWith('c1', true, true);
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
    expect(mounted.container.querySelector('[data-testid="status"]')?.textContent).toBe('Running — The agent is working in your tab.');
    expect(mounted.container.querySelector('[data-testid="steps"]')?.textContent).toBe('2 / 20');
    expect(mounted.container.querySelector('[data-testid="credits"]')?.textContent).toBe('0.432');
    expect(mounted.container.querySelector('[data-testid="duration"]')?.textContent).toBe('12.5 s');
    expect(mounted.container.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('2');
    click(mounted.button('Stop'));
    expect(onStop).toHaveBeenCalled();
  });

  it('shows a success with its output as a tree, raw JSON and a CSV download for a table', () => {
    const output = [{ name: 'Sony', price: 59 }, { name: 'JBL', price: 45 }];
    const state: TaskState = {
      ...base,
      status: 'success',
      endedAt: 9_000,
      result: { status: 'success', output, credits_used: 0.43, duration: 8, steps: 2 },
    };
    mounted = mount(<TaskView state={state} now={0} onAnswer={ok} onConfirm={ok} />);
    expect(mounted.container.querySelector('[data-testid="status"]')?.textContent).toBe('Success — The agent finished the task.');
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

  it('explains an ending in the worker’s words, and shows no output for a failure', () => {
    const state: TaskState = {
      ...base,
      status: 'max_steps',
      result: { status: 'max_steps', output: null, credits_used: 1, duration: 30, steps: 20, message: 'Stopped after 20 steps without finishing.' },
    };
    mounted = mount(<TaskView state={state} now={0} onAnswer={ok} onConfirm={ok} />);
    expect(mounted.container.querySelector('[data-testid="status"]')?.textContent).toBe('Max steps reached — Stopped after 20 steps without finishing.');
    expect(mounted.container.querySelector('[data-testid="output"]')).toBeNull();
  });
});
