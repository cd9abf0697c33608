import { describe, expect, it } from 'vitest';
import { actionKey, LoopGuard, pageFingerprint } from '../../../src/background/agent/loop-guard';

const click = (ref: string, ok = true) => ({
  tool: 'left_click',
  input: { target: { type: 'ref', ref } },
  ok,
  result: ok ? 'Clicked.' : 'Error: covered',
});

describe('LoopGuard', () => {
  it('nudges at the 3rd, 5th and 8th repeat of one action, the last time most firmly', () => {
    const guard = new LoopGuard();
    const nudges = Array.from({ length: 8 }, (_, i) => guard.afterStep([click('ref_4')], `page-${i}`));
    expect(nudges.map((n) => (n ? 'nudge' : '-'))).toEqual(['-', '-', 'nudge', '-', 'nudge', '-', '-', 'nudge']);
    expect(nudges[2]).toMatch(/same left_click 3 times.*try something different/);
    expect(nudges[7]).toMatch(/8 times.*stop repeating it.*success false/);
  });

  it('does not count reading as looping', () => {
    const guard = new LoopGuard();
    for (let i = 0; i < 10; i++)
      expect(guard.afterStep([{ tool: 'read_page', input: {}, ok: true, result: '' }], 'same')).toBeUndefined();
  });

  it('nudges when acting steps leave the page unchanged', () => {
    const guard = new LoopGuard();
    const nudges = [1, 2, 3, 4].map((i) => guard.afterStep([click(`ref_${i}`)], 'same-page'));
    expect(nudges.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(nudges[3]).toMatch(/last 3 steps left the page unchanged/);
  });

  it('fails the task after five failed actions in a row, naming the last error', () => {
    const guard = new LoopGuard();
    for (let i = 0; i < 4; i++) guard.afterStep([click(`ref_${i}`, false)], `p${i}`);
    expect(guard.failureReason()).toBeUndefined();
    guard.afterStep([click('ref_9', true)], 'p');
    for (let i = 0; i < 4; i++) guard.afterStep([click(`ref_${i}`, false)], `q${i}`);
    expect(guard.failureReason()).toBeUndefined();
    guard.afterStep([click('ref_7', false)], 'q9');
    expect(guard.failureReason()).toBe('5 actions failed in a row; the last one: Error: covered');
  });

  it('keys actions by member and input, ignoring key order, case of text and tab ids', () => {
    expect(actionKey({ tool: 'type', input: { text: 'Hello ', tab_id: '1' } })).toBe(
      actionKey({ tool: 'type', input: { text: 'hello' } }),
    );
    expect(actionKey({ tool: 'scroll', input: { a: 1, b: 2 } })).toBe(
      actionKey({ tool: 'scroll', input: { b: 2, a: 1 } }),
    );
    expect(actionKey({ tool: 'type', input: { text: 'a' } })).not.toBe(
      actionKey({ tool: 'key', input: { text: 'a' } }),
    );
  });

  it('fingerprints pages by what the model sees, ignoring new-element marks', () => {
    expect(pageFingerprint('u', 'button "A" [ref_1]')).toBe(pageFingerprint('u', '*button "A" [ref_1]'));
    expect(pageFingerprint('u', 'a')).not.toBe(pageFingerprint('v', 'a'));
  });
});

describe('LoopGuard and batches', () => {
  it('does not count calls a batch skipped as failures', () => {
    const guard = new LoopGuard();
    const skipped = {
      tool: 'left_click',
      input: {},
      ok: false,
      result: 'Not executed: an earlier action in this turn failed.',
    };
    guard.afterStep([{ ...click('ref_1', false) }, skipped, skipped, skipped, skipped, skipped], 'p');
    expect(guard.failureReason()).toBeUndefined();
  });
});
