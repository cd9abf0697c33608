import type { BetaToolResultBlockParam, BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import { describe, expect, it } from 'vitest';
import { BrowserBatch, NOT_EXECUTED } from '../../../src/background/browser/batch';
import type { PageChange } from '../../../src/background/browser/page-change';

let ids = 0;
const call = (name: string): BetaToolUseBlock =>
  ({ type: 'tool_use', id: `toolu_${++ids}`, name, input: {}, toolset_name: 'browser' }) as BetaToolUseBlock;
const ok = (toolUse: BetaToolUseBlock): BetaToolResultBlockParam => ({
  type: 'tool_result',
  tool_use_id: toolUse.id,
  content: 'ok',
});
const failed = (toolUse: BetaToolUseBlock): BetaToolResultBlockParam => ({
  ...ok(toolUse),
  is_error: true,
  content: 'Error: no',
});

/** Runs `names` through one batch; `effect` says what each call that runs does. Returns what was skipped. */
function runBatch(names: string[], effect: (name: string) => { fail?: boolean; change?: PageChange } = () => ({})) {
  const host = { changes: { count: 0, last: null as PageChange | null } };
  const batch = new BrowserBatch(host);
  const ran: string[] = [];
  const skipped: Record<string, string> = {};
  for (const name of names) {
    const toolUse = call(name);
    const skip = batch.skipped(toolUse);
    if (skip) {
      skipped[name] = String(skip.content);
      expect(skip).toMatchObject({ tool_use_id: toolUse.id, is_error: true, toolset_name: 'browser' });
      batch.ran(toolUse, skip);
      continue;
    }
    ran.push(name);
    const { fail, change } = effect(name);
    if (change) host.changes = { count: host.changes.count + 1, last: change };
    batch.ran(toolUse, fail ? failed(toolUse) : ok(toolUse));
  }
  return { ran, skipped };
}

describe("one turn's batch of member calls", () => {
  it('runs every call while nothing fails or changes the page', () => {
    expect(runBatch(['left_click', 'type', 'key', 'read_page']).ran).toEqual([
      'left_click',
      'type',
      'key',
      'read_page',
    ]);
  });

  it("answers every call after a failure with the toolset's fixed text, reads included", () => {
    const { ran, skipped } = runBatch(['left_click', 'type', 'read_page'], (name) => ({ fail: name === 'left_click' }));
    expect(ran).toEqual(['left_click']);
    expect(skipped).toEqual({ type: NOT_EXECUTED, read_page: NOT_EXECUTED });
  });

  it('after a navigation skips ref, point and focus actions but runs reads and tab management', () => {
    const navigated = { newDocument: true, url: 'https://shop.example/next' };
    const { ran, skipped } = runBatch(['left_click', 'form_input', 'type', 'read_page', 'list_tabs'], (name) =>
      name === 'left_click' ? { change: navigated } : {},
    );
    expect(ran).toEqual(['left_click', 'read_page', 'list_tabs']);
    expect(skipped.form_input).toBe(
      'Not executed: the page navigated to https://shop.example/next after left_click. Read the page again, then act on what is there now.',
    );
    expect(skipped.type).toMatch(/^Not executed: the page navigated/);
  });

  it('after a dialog opens in the page, keeps typing into the focus but skips clicks', () => {
    const dialog = { newDocument: false, inPage: { added: 2, dialog: 'dialog "Sign in"' } };
    const { ran, skipped } = runBatch(['left_click', 'type', 'key', 'left_click'], (name) =>
      name === 'left_click' ? { change: dialog } : {},
    );
    expect(ran).toEqual(['left_click', 'type', 'key']);
    expect(skipped.left_click).toMatch(/^Not executed: a dialog opened \(dialog "Sign in"\) after left_click/);
  });

  it('ignores small in-page changes', () => {
    const small = { newDocument: false, inPage: { added: 3 } };
    expect(runBatch(['left_click', 'left_click'], () => ({ change: small })).ran).toEqual(['left_click', 'left_click']);
  });

  it('does not count its own skips as failures of the page', () => {
    const navigated = { newDocument: true, url: 'https://shop.example/next' };
    const { ran } = runBatch(['left_click', 'form_input', 'read_page', 'navigate'], (name) =>
      name === 'left_click' ? { change: navigated } : {},
    );
    expect(ran).toEqual(['left_click', 'read_page', 'navigate']);
  });
});
