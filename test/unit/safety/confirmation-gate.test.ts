import type { BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import { describe, expect, it } from 'vitest';
import { ConfirmationGate, type ConfirmDecision, describeAction } from '../../../src/background/safety/confirmation-gate';
import type { ElementFacts } from '../../../src/shared/element-facts';

const click: BetaToolUseBlock = { type: 'tool_use', id: 't1', name: 'left_click', input: { target: { type: 'ref', ref: 'ref_3' } } } as BetaToolUseBlock;
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
    const refusal = await instance.check(click, page, deleteButton, 'Clean up');
    expect(asked).toEqual(['Click button "Delete account" on https://app.example | button "Delete account" looks like "Delete"']);
    expect(refusal).toMatch(/^The user did not approve this action/);
  });

  it('runs it once approved, and remembers "always allow on this site" per kind of action', async () => {
    const { instance, asked, remembered } = gate('sensitive', { approved: true, remember: true });
    expect(await instance.check(click, page, deleteButton, undefined)).toBeUndefined();
    expect(remembered).toEqual(['https://app.example delete']);
    expect(await instance.check(click, `${page}/other`, deleteButton, undefined)).toBeUndefined();
    expect(asked).toHaveLength(1);
    const pay: ElementFacts = { role: 'button', name: 'Pay now', tag: 'button' };
    await instance.check(click, page, pay, undefined);
    expect(asked).toHaveLength(2);
  });

  it('lets ordinary actions through without asking, and asks for everything under "always"', async () => {
    const next: ElementFacts = { role: 'link', name: 'Next page', tag: 'a' };
    const sensitive = gate('sensitive', { approved: true });
    expect(await sensitive.instance.check(click, page, next, undefined)).toBeUndefined();
    expect(sensitive.asked).toHaveLength(0);
    const always = gate('always', { approved: false });
    expect(await always.instance.check(click, page, next, undefined)).toMatch(/every action is confirmed/);
    const read = { ...click, name: 'read_page', input: {} } as BetaToolUseBlock;
    expect(await always.instance.check(read, page, undefined, undefined)).toBeUndefined();
  });

  it('never asks under "never" (trusted automation)', async () => {
    const { instance, asked } = gate('never', { approved: false });
    expect(await instance.check(click, page, deleteButton, undefined)).toBeUndefined();
    expect(asked).toHaveLength(0);
    expect(instance.needsFacts('left_click')).toBe(false);
  });

  it('describes actions in words', () => {
    expect(describeAction('type', { role: 'textbox', name: 'Message', tag: 'textarea' }, 'Hello\n', 'https://mail.example')).toBe(
      'Type "Hello\n" into textbox "Message" on https://mail.example',
    );
    expect(describeAction('key', undefined, 'Enter', 'https://x.test')).toBe('Press Enter in the page on https://x.test');
  });
});
