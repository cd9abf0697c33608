import type { BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import { describe, expect, it } from 'vitest';
import {
  ConfirmationGate,
  type ConfirmDecision,
  describeAction,
} from '../../../src/background/safety/confirmation-gate';
import type { ElementFacts } from '../../../src/shared/element-facts';

const click: BetaToolUseBlock = {
  type: 'tool_use',
  id: 't1',
  name: 'left_click',
  input: { target: { type: 'ref', ref: 'ref_3' } },
} as BetaToolUseBlock;
const call = (name: string, input: object) => ({ ...click, id: `${name}-call`, name, input }) as BetaToolUseBlock;
const deleteButton: ElementFacts = { role: 'button', name: 'Delete account', tag: 'button' };
const page = 'https://app.example/settings';

function gate(policy: 'never' | 'sensitive' | 'always', decision: ConfirmDecision, approvals = {}) {
  const asked: string[] = [];
  const remembered: string[] = [];
  const instance = new ConfirmationGate(
    policy,
    approvals,
    async (request) => {
      asked.push(`${request.action} | ${request.reason}`);
      return decision;
    },
    async (origin, category) => {
      remembered.push(`${origin} ${category}`);
    },
  );
  return { instance, asked, remembered };
}

describe('confirmation gate', () => {
  it('asks before a high-stakes action and refuses it when the person says no', async () => {
    const { instance, asked } = gate('sensitive', { approved: false });
    const refusal = await instance.check(click, { url: page, facts: deleteButton }, 'Clean up');
    expect(asked).toEqual([
      'Click button "Delete account" on https://app.example | button "Delete account" looks like "Delete"',
    ]);
    expect(refusal).toMatch(/^The user did not approve this action/);
  });

  it('runs it once approved, and remembers "always allow on this site" per kind of action', async () => {
    const { instance, asked, remembered } = gate('sensitive', { approved: true, remember: true });
    expect(await instance.check(click, { url: page, facts: deleteButton }, undefined)).toBeUndefined();
    expect(remembered).toEqual(['https://app.example delete']);
    expect(await instance.check(click, { url: `${page}/other`, facts: deleteButton }, undefined)).toBeUndefined();
    expect(asked).toHaveLength(1);
    const pay: ElementFacts = { role: 'button', name: 'Pay now', tag: 'button' };
    await instance.check(click, { url: page, facts: pay }, undefined);
    expect(asked).toHaveLength(2);
  });

  it('keeps no standing approval for an opaque origin, which every data: frame shares', async () => {
    const { instance, asked, remembered } = gate('sensitive', { approved: true, remember: true }, { null: ['delete'] });
    const frame = 'data:text/html,<button>Delete account</button>';
    expect(await instance.check(click, { url: frame, facts: deleteButton }, undefined)).toBeUndefined();
    expect(await instance.check(click, { url: frame, facts: deleteButton }, undefined)).toBeUndefined();
    expect(asked).toHaveLength(2);
    expect(remembered).toEqual([]);
  });

  it('lets ordinary actions through without asking, and asks for everything under "always"', async () => {
    const next: ElementFacts = { role: 'link', name: 'Next page', tag: 'a' };
    const sensitive = gate('sensitive', { approved: true });
    expect(await sensitive.instance.check(click, { url: page, facts: next }, undefined)).toBeUndefined();
    expect(sensitive.asked).toHaveLength(0);
    const always = gate('always', { approved: false });
    expect(await always.instance.check(click, { url: page, facts: next }, undefined)).toMatch(
      /every action is confirmed/,
    );
    const read = { ...click, name: 'read_page', input: {} } as BetaToolUseBlock;
    expect(await always.instance.check(read, { url: page }, undefined)).toBeUndefined();
  });

  it('never asks under "never" (trusted automation)', async () => {
    const { instance, asked } = gate('never', { approved: false });
    expect(await instance.check(click, { url: page, facts: deleteButton }, undefined)).toBeUndefined();
    expect(asked).toHaveLength(0);
    expect(instance.needsFacts('left_click')).toBe(false);
  });

  it('judges a neutral "Yes" by the dialog it answers, and lets its "Cancel" through', async () => {
    const { instance, asked } = gate('sensitive', { approved: false });
    const yes: ElementFacts = { role: 'button', name: 'Yes', tag: 'button', context: 'Close your account?' };
    expect(await instance.check(click, { url: page, facts: yes }, undefined)).toMatch(/did not approve/);
    expect(asked[0]).toMatch(/answers "Close your account\?", which looks like "Close your account"/);
    const cancel: ElementFacts = { ...yes, name: 'Cancel' };
    expect(await instance.check(click, { url: page, facts: cancel }, undefined)).toBeUndefined();
  });

  it('judges every member that can activate: mouse down/up, keys on a focused button, toggles', async () => {
    const { instance } = gate('sensitive', { approved: false });
    const point = { target: { type: 'coordinate', x: 5, y: 5 } };
    expect(await instance.check(call('left_mouse_down', point), { url: page, facts: deleteButton }, undefined)).toMatch(
      /did not approve/,
    );
    expect(await instance.check(call('left_mouse_up', point), { url: page, facts: deleteButton }, undefined)).toMatch(
      /did not approve/,
    );
    expect(await instance.check(call('key', { text: 'space' }), { url: page, facts: deleteButton }, undefined)).toMatch(
      /did not approve/,
    );
    expect(await instance.check(call('type', { text: ' ' }), { url: page, facts: deleteButton }, undefined)).toMatch(
      /did not approve/,
    );
    expect(await instance.check(call('key', { text: 'Tab' }), { url: page, facts: deleteButton }, undefined)).toMatch(
      /did not approve/,
    );
    const field: ElementFacts = { role: 'textbox', name: 'Delete reason', tag: 'input', editable: true };
    expect(
      await instance.check(call('type', { text: 'moving away' }), { url: page, facts: field }, undefined),
    ).toBeUndefined();
    const autopay: ElementFacts = {
      role: 'checkbox',
      name: 'Pay every month automatically',
      tag: 'input',
      type: 'checkbox',
    };
    expect(await instance.check(call('form_input', { value: true }), { url: page, facts: autopay }, undefined)).toMatch(
      /did not approve/,
    );
    expect(await instance.check(call('javascript_exec', { text: '1' }), { url: page }, undefined)).toMatch(
      /page's own authority/,
    );
    expect(
      await instance.check(
        call('navigate', { url: 'https://x.test' }),
        { url: page, leavesDirtyForm: true },
        undefined,
      ),
    ).toMatch(/never sent/);
    expect(await instance.check(call('navigate', { url: 'https://x.test' }), { url: page }, undefined)).toBeUndefined();
  });

  it("judges a drag on the element it presses as well as where it drops, and a navigate by the address's words", async () => {
    const { instance, asked } = gate('sensitive', { approved: false });
    const drag = call('left_click_drag', {
      from: { type: 'coordinate', x: 10, y: 10 },
      target: { type: 'coordinate', x: 300, y: 300 },
    });
    const blank: ElementFacts = { role: 'generic', name: '', tag: 'div' };
    expect(await instance.check(drag, { url: page, facts: blank, pressed: deleteButton }, undefined)).toMatch(
      /did not approve/,
    );
    expect(asked[0]).toMatch(/button "Delete account" looks like "Delete"/);
    expect(await instance.check(drag, { url: page, facts: blank, pressed: blank }, undefined)).toBeUndefined();
    expect(
      await instance.check(call('navigate', { url: 'x.test/account/delete?now=1' }), { url: page }, undefined),
    ).toMatch(/did not approve/);
    expect(asked[1]).toMatch(/it opens x\.test, whose address reads "delete"/);
  });

  it('asks when what a call would activate cannot be read (a frame that does not answer)', async () => {
    const { instance, asked } = gate('sensitive', { approved: false });
    expect(await instance.check(click, { url: page, unreadable: true }, undefined)).toMatch(/could not be read/);
    expect(asked).toHaveLength(1);
  });

  it('asks under "always" for navigation and tab changes too', async () => {
    const { instance, asked } = gate('always', { approved: true });
    for (const name of ['navigate', 'new_tab', 'close_tab']) {
      expect(
        await instance.check({ ...click, id: name, name, input: {} } as BetaToolUseBlock, { url: page }, undefined),
      ).toBeUndefined();
    }
    expect(asked).toHaveLength(3);
  });

  it("lets the SDK's confirm hook run only what the gate let through, once, without asking again", async () => {
    const { instance, asked } = gate('sensitive', { approved: true });
    const script = { ...click, id: 'js-1', name: 'javascript_exec', input: { text: '1' } } as BetaToolUseBlock;
    expect(instance.confirmHook({ toolUse: script })).toBe(false);
    expect(await instance.check(script, { url: page }, undefined)).toBeUndefined();
    expect(instance.confirmHook({ toolUse: script })).toBe(true);
    expect(instance.confirmHook({ toolUse: script })).toBe(false);
    expect(asked).toHaveLength(1);
  });

  it('describes actions in words', () => {
    expect(
      describeAction('type', { role: 'textbox', name: 'Message', tag: 'textarea' }, 'Hello\n', 'https://mail.example'),
    ).toBe('Type "Hello\n" into textbox "Message" on https://mail.example');
    expect(describeAction('key', undefined, 'Enter', 'https://x.test')).toBe(
      'Press Enter in the page on https://x.test',
    );
  });
  it("quotes a page-chosen name in part, so a long one cannot push the site out of the person's line", () => {
    const long: ElementFacts = {
      role: 'button',
      name: `Cancel ${'and keep everything safe '.repeat(20)}`,
      tag: 'button',
    };
    const line = describeAction('left_click', long, undefined, 'https://app.example');
    expect(line.length).toBeLessThan(130);
    expect(line.endsWith('on https://app.example')).toBe(true);
  });
});
