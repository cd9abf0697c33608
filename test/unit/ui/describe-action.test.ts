import { describe, expect, it } from 'vitest';
import { describeAction, describeOutcome } from '../../../src/ui/components/describe-action';
import type { ActionSummary } from '../../../src/shared/action-summary';
import type { ActionRecord } from '../../../src/shared/task';

const ref = (n: number) => ({ type: 'ref', ref: `ref_${n}` });
const act = (tool: string, input: unknown, result = '', ok = true, summary?: Partial<ActionSummary>): ActionRecord => ({
  tool,
  input,
  result,
  ok,
  ...(summary ? { summary: { kind: 'other', member: tool, outcome: ok ? 'done' : 'failed', ...summary } } : {}),
});
const on = (role: string, name: string) => ({ target: { role, name } });

describe('describeAction: what the agent did, in words', () => {
  it('names the element acted on from the structured record, never from the result text', () => {
    expect(describeAction(act('left_click', { target: ref(4) }, 'Clicked.', true, on('button', 'Add to cart')))).toBe(
      'Click “Add to cart”',
    );
    expect(describeAction(act('double_click', { target: ref(4) }, '', true, on('link', 'Wireless Headphones')))).toBe(
      'Double-click “Wireless Headphones”',
    );
    expect(describeAction(act('hover', { target: ref(2) }, '', true, on('menuitem', 'Account')))).toBe(
      'Hover over “Account”',
    );
    expect(describeAction(act('scroll_to', { target: ref(9) }, '', true, on('heading', 'Reviews')))).toBe(
      'Scroll to “Reviews”',
    );
    // Result text that looks like an element is not read: only the record names elements.
    expect(describeAction(act('left_click', { target: ref(4) }, 'Clicked. button "Decoy".'))).toBe(
      'Click element ref_4',
    );
  });

  it('falls back to the ref or the point when the record names nothing', () => {
    expect(describeAction(act('left_click', { target: ref(4) }, 'Clicked.'))).toBe('Click element ref_4');
    expect(describeAction(act('right_click', { target: { type: 'coordinate', x: 10, y: 20 } }, 'Right-clicked.'))).toBe(
      'Right-click at (10, 20)',
    );
    expect(
      describeAction(act('left_click', { target: { type: 'coordinate', x: 5, y: 6 } }, '', true, on('button', 'OK'))),
    ).toBe('Click “OK”');
  });

  it('says what was typed, chosen or ticked in a form', () => {
    expect(
      describeAction(
        act('form_input', { target: ref(1), value: 'Ada' }, '', true, { kind: 'fill', ...on('textbox', 'Full name') }),
      ),
    ).toBe('Fill “Full name” with “Ada”');
    expect(
      describeAction(
        act('form_input', { target: ref(3), value: 'Travel' }, '', true, {
          kind: 'choose',
          ...on('combobox', 'Topic'),
        }),
      ),
    ).toBe('Choose “Travel” in “Topic”');
    expect(describeAction(act('form_input', { target: ref(5), value: true }, '', true, on('checkbox', 'Terms')))).toBe(
      'Check “Terms”',
    );
    expect(describeAction(act('form_input', { target: ref(5), value: false }, '', true, on('checkbox', 'Terms')))).toBe(
      'Uncheck “Terms”',
    );
    expect(describeAction(act('type', { text: 'hello   world' }))).toBe('Type “hello world”');
    expect(describeAction(act('type', { text: 'x'.repeat(80) }))).toMatch(/^Type “x{47}…”$/);
    expect(describeAction(act('key', { text: 'Enter' }))).toBe('Press Enter');
    expect(describeAction(act('key', { text: 'Tab', repeat: 3 }))).toBe('Press Tab ×3');
  });

  it('describes navigation, reading and the rest of the toolset', () => {
    expect(describeAction(act('navigate', { url: 'https://shop.example/cart?x=1' }))).toBe(
      'Go to shop.example/cart?x=1',
    );
    expect(describeAction(act('navigate', { url: 'https://shop.example/' }))).toBe('Go to shop.example');
    expect(describeAction(act('navigate', { url: 'back' }))).toBe('Go back');
    expect(
      describeAction(act('scroll', { target: { type: 'coordinate', x: 1, y: 1 }, scroll_direction: 'down' })),
    ).toBe('Scroll down');
    expect(describeAction(act('read_page', { filter: 'interactive' }))).toBe('Read the controls on the page');
    expect(describeAction(act('get_page_text', {}))).toBe('Read the text of the page');
    expect(describeAction(act('find', { query: 'cheapest flight' }))).toBe('Look for “cheapest flight”');
    expect(describeAction(act('wait', { duration: 2 }))).toBe('Wait 2 s');
    expect(describeAction(act('switch_tab', { tab_id: '2' }))).toBe('Switch to tab 2');
    expect(describeAction(act('done', { success: true, output: {} }))).toBe('Report the result');
    expect(describeAction(act('done', { success: false }))).toBe('Give up and report why');
    expect(describeAction(act('ask_user', { question: 'Which seat?' }))).toBe('Ask you “Which seat?”');
    expect(describeAction(act('navigation_blocked', { url: 'https://evil.example/x' }))).toBe(
      'Kept from going to evil.example/x',
    );
    // No tool names or internals in the timeline.
    expect(describeAction(act('teleport', {}))).toBe('Act on the page');
    expect(describeAction(act('left_click', 'not an object'))).toBe('Click the page');
  });
});

describe('describeOutcome: what came of it, when that adds anything', () => {
  it('always says why an action failed', () => {
    expect(describeOutcome(act('left_click', { target: ref(1) }, 'Error: button "Pay" is disabled.', false))).toBe(
      'button "Pay" is disabled.',
    );
    expect(describeOutcome(act('left_click', {}, '', false))).toBe('Failed.');
  });

  it('reads the outcome from the record: the reason for a failure or refusal, what a read found', () => {
    expect(
      describeOutcome(
        act('left_click', {}, 'Error: x', false, { outcome: 'failed', detail: 'button "Pay" is disabled.' }),
      ),
    ).toBe('button "Pay" is disabled.');
    expect(describeOutcome(act('left_click', {}, 'Error: x', false, { outcome: 'refused' }))).toBe('Not allowed.');
    expect(describeOutcome(act('find', {}, 'x', true, { kind: 'find', detail: 'button "Pay" [ref_4]' }))).toBe(
      'button "Pay" [ref_4]',
    );
    expect(describeOutcome(act('left_click', {}, 'Clicked.', true, { kind: 'click' }))).toBe('');
    expect(describeOutcome(act('ask_user', {}, 'The user answered: Work'))).toBe('');
  });

  it('keeps quiet about plain acknowledgements, and shows what reading found', () => {
    expect(describeOutcome(act('left_click', { target: ref(1) }, 'Clicked. button "Pay".'))).toBe('');
    expect(describeOutcome(act('find', { query: 'pay' }, 'button "Pay" [ref_4]'))).toBe('button "Pay" [ref_4]');
    expect(describeOutcome(act('navigate', { url: 'https://a.example' }, 'Navigated to https://a.example'))).toBe(
      'Navigated to https://a.example',
    );
  });
});
