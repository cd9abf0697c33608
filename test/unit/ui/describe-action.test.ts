import { describe, expect, it } from 'vitest';
import { describeAction, describeOutcome } from '../../../src/ui/components/describe-action';
import type { ActionRecord } from '../../../src/shared/task';

const ref = (n: number) => ({ type: 'ref', ref: `ref_${n}` });
const act = (tool: string, input: unknown, result = '', ok = true): ActionRecord => ({ tool, input, result, ok });

describe('describeAction: what the agent did, in words', () => {
  it('names the element acted on, from the result the content script wrote', () => {
    expect(describeAction(act('left_click', { target: ref(4) }, 'Clicked. button "Add to cart".'))).toBe('Click “Add to cart”');
    expect(describeAction(act('double_click', { target: ref(4) }, 'Double-clicked. link "Wireless Headphones".'))).toBe('Double-click “Wireless Headphones”');
    expect(describeAction(act('hover', { target: ref(2) }, 'Hovered. menuitem "Account".'))).toBe('Hover over “Account”');
    expect(describeAction(act('scroll_to', { target: ref(9) }, 'Scrolled to ref_9. heading "Reviews".'))).toBe('Scroll to “Reviews”');
  });

  it('falls back to the ref or the point when the result names nothing', () => {
    expect(describeAction(act('left_click', { target: ref(4) }, 'Clicked.'))).toBe('Click element ref_4');
    expect(describeAction(act('right_click', { target: { type: 'coordinate', x: 10, y: 20 } }, 'Right-clicked.'))).toBe('Right-click at (10, 20)');
    expect(describeAction(act('left_click', { target: { type: 'coordinate', x: 5, y: 6 } }, 'Clicked. button "OK" at (5, 6).'))).toBe('Click “OK”');
  });

  it('says what was typed, chosen or ticked in a form', () => {
    expect(describeAction(act('form_input', { target: ref(1), value: 'Ada' }, 'Set the value of ref_1. Set textbox "Full name" to "Ada".'))).toBe(
      'Fill “Full name” with “Ada”',
    );
    expect(describeAction(act('form_input', { target: ref(3), value: 'travel' }, 'Set the value of ref_3. Selected "Travel" in combobox "Topic".'))).toBe(
      'Choose “Travel” in “Topic”',
    );
    expect(describeAction(act('form_input', { target: ref(5), value: true }, 'checkbox "Terms" is checked.'))).toBe('Check “Terms”');
    expect(describeAction(act('form_input', { target: ref(5), value: false }, 'checkbox "Terms" is unchecked.'))).toBe('Uncheck “Terms”');
    expect(describeAction(act('type', { text: 'hello   world' }))).toBe('Type “hello world”');
    expect(describeAction(act('type', { text: 'x'.repeat(80) }))).toMatch(/^Type “x{47}…”$/);
    expect(describeAction(act('key', { text: 'Enter' }))).toBe('Press Enter');
    expect(describeAction(act('key', { text: 'Tab', repeat: 3 }))).toBe('Press Tab ×3');
  });

  it('describes navigation, reading and the rest of the toolset', () => {
    expect(describeAction(act('navigate', { url: 'https://shop.example/cart?x=1' }))).toBe('Go to shop.example/cart?x=1');
    expect(describeAction(act('navigate', { url: 'https://shop.example/' }))).toBe('Go to shop.example');
    expect(describeAction(act('navigate', { url: 'back' }))).toBe('Go back');
    expect(describeAction(act('scroll', { target: { type: 'coordinate', x: 1, y: 1 }, scroll_direction: 'down' }))).toBe('Scroll down');
    expect(describeAction(act('read_page', { filter: 'interactive' }))).toBe('Read the controls on the page');
    expect(describeAction(act('get_page_text', {}))).toBe('Read the text of the page');
    expect(describeAction(act('find', { query: 'cheapest flight' }))).toBe('Look for “cheapest flight”');
    expect(describeAction(act('wait', { duration: 2 }))).toBe('Wait 2 s');
    expect(describeAction(act('switch_tab', { tab_id: '2' }))).toBe('Switch to tab 2');
    expect(describeAction(act('done', { success: true, output: {} }))).toBe('Report the result');
    expect(describeAction(act('done', { success: false }))).toBe('Give up and report why');
    expect(describeAction(act('teleport', {}))).toBe('Use the “teleport” tool');
    expect(describeAction(act('left_click', 'not an object'))).toBe('Click the page');
  });
});

describe('describeOutcome: what came of it, when that adds anything', () => {
  it('always says why an action failed', () => {
    expect(describeOutcome(act('left_click', { target: ref(1) }, 'Error: button "Pay" is disabled.', false))).toBe('button "Pay" is disabled.');
    expect(describeOutcome(act('left_click', {}, '', false))).toBe('Failed.');
  });

  it('keeps quiet about plain acknowledgements, and shows what reading found', () => {
    expect(describeOutcome(act('left_click', { target: ref(1) }, 'Clicked. button "Pay".'))).toBe('');
    expect(describeOutcome(act('find', { query: 'pay' }, 'button "Pay" [ref_4]'))).toBe('button "Pay" [ref_4]');
    expect(describeOutcome(act('navigate', { url: 'https://a.example' }, 'Navigated to https://a.example'))).toBe('Navigated to https://a.example');
  });
});
