import { describe, expect, it } from 'vitest';
import { summarizeAction } from '../../../src/background/agent/action-summary';

const page = 'https://shop.example:8080/cart';

describe('the structured record of an action, written by the worker for the UI', () => {
  it('names the element from the page facts, the site, the value and the outcome', () => {
    expect(
      summarizeAction({
        member: 'form_input',
        input: { target: { type: 'ref', ref: 'ref_3' }, value: 'Travel' },
        element: { role: 'combobox', name: 'Topic', tag: 'select' },
        pageUrl: page,
        ok: true,
        result: 'Set the value of ref_3.',
      }),
    ).toEqual({
      kind: 'choose',
      member: 'form_input',
      target: { role: 'combobox', name: 'Topic' },
      site: 'shop.example:8080',
      value: 'Travel',
      outcome: 'done',
    });
    expect(
      summarizeAction({ member: 'form_input', input: { value: true }, pageUrl: page, ok: true, result: '' }).kind,
    ).toBe('check');
    expect(
      summarizeAction({
        member: 'form_input',
        input: { value: 'Ada' },
        element: { role: 'textbox', name: 'Name', tag: 'input' },
        pageUrl: page,
        ok: true,
        result: '',
      }).kind,
    ).toBe('fill');
  });

  it('tells a failure (with its reason, no "Error:") from a refusal', () => {
    const failed = summarizeAction({
      member: 'left_click',
      input: {},
      pageUrl: page,
      ok: false,
      result: 'Error: Error: button "Pay" is disabled.',
    });
    expect(failed).toMatchObject({ kind: 'click', outcome: 'failed', detail: 'button "Pay" is disabled.' });
    const refused = summarizeAction({
      member: 'left_click',
      input: {},
      pageUrl: page,
      ok: false,
      result: 'Error: The user did not approve… Do not attempt it another way',
      refused: 'person',
    });
    expect(refused).toMatchObject({ outcome: 'refused', detail: 'You did not approve it.' });
    const ruled = summarizeAction({
      member: 'type',
      input: {},
      pageUrl: page,
      ok: false,
      result: 'Error: Not executed: secret "pin" is not allowed on this site.',
      refused: 'rule',
    });
    expect(ruled).toMatchObject({
      outcome: 'refused',
      detail: 'Not executed: secret "pin" is not allowed on this site.',
    });
    const blocked = summarizeAction({
      member: 'navigation_blocked',
      input: { url: 'https://evil.example/x' },
      pageUrl: page,
      ok: false,
      result: 'Blocked',
    });
    expect(blocked).toMatchObject({
      kind: 'blocked',
      outcome: 'refused',
      site: 'evil.example',
      value: 'https://evil.example/x',
    });
  });

  it('keeps what a read found, not acknowledgements; clips long values', () => {
    expect(
      summarizeAction({
        member: 'find',
        input: { query: 'total' },
        pageUrl: page,
        ok: true,
        result: 'text "Total: €59"',
      }),
    ).toMatchObject({
      kind: 'find',
      value: 'total',
      detail: 'text "Total: €59"',
    });
    expect(
      summarizeAction({ member: 'left_click', input: {}, pageUrl: page, ok: true, result: 'Clicked.' }).detail,
    ).toBeUndefined();
    expect(
      summarizeAction({ member: 'type', input: { text: 'x'.repeat(500) }, pageUrl: page, ok: true, result: '' }).value,
    ).toHaveLength(200);
    expect(
      summarizeAction({ member: 'ask_user', input: { question: 'Which?' }, pageUrl: '', ok: true, result: '' }),
    ).toEqual({
      kind: 'ask',
      member: 'ask_user',
      value: 'Which?',
      outcome: 'done',
    });
  });
});
