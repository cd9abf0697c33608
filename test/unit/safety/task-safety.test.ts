import type { BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import { describe, expect, it, vi } from 'vitest';
import { TaskSafety } from '../../../src/background/safety/task-safety';
import { TabwrightError } from '../../../src/shared/errors';
import type { TaskOptions } from '../../../src/shared/task';

// A task with allowed sites builds a site fence, which reads chrome enums at import and subscribes to four events
// when built; it is never started here, so inert events do.
vi.hoisted(() => {
  const event = { addListener: () => undefined, removeListener: () => undefined };
  (globalThis as { chrome?: unknown }).chrome = {
    declarativeNetRequest: { ResourceType: { MAIN_FRAME: 'main_frame', SUB_FRAME: 'sub_frame' } },
    webNavigation: { onErrorOccurred: event, onCommitted: event, onCreatedNavigationTarget: event },
    webRequest: { onErrorOccurred: event },
    tabs: { onCreated: event },
  };
});

const options = (extra: Partial<TaskOptions>): TaskOptions => ({ task: 'Log in', max_steps: 5, ...extra });
const secrets = { password: { value: 'hunter2-long', allowedUrls: ['login.example'] } };
const typeCall = (text: string) =>
  ({ type: 'tool_use', id: 'toolu_1', name: 'type', input: { text } }) as BetaToolUseBlock;

function refusal(extra: Partial<TaskOptions>): TabwrightError {
  try {
    TaskSafety.check(options(extra));
  } catch (error) {
    if (error instanceof TabwrightError) return error;
  }
  throw new Error('expected a TabwrightError');
}

describe("one task's guards", () => {
  it('refuse bad options before anything runs, naming the field', () => {
    expect(refusal({ allowed_urls: ['file:///etc'] })).toMatchObject({ code: 'invalid_option', field: 'allowed_urls' });
    expect(refusal({ secrets: { pin: { value: 'x', allowedUrls: [] } } as TaskOptions['secrets'] })).toMatchObject({
      field: 'secrets',
    });
    expect(refusal({ url: 'https://elsewhere.example/', allowed_urls: ['shop.example'] })).toMatchObject({
      field: 'url',
    });
  });

  it('let no form carry a typed secret to an address it is not allowed on, by Enter or a submit button', () => {
    const safety = TaskSafety.from(options({ secrets }), 'task-1');
    const field = (action: string) => ({
      role: 'textbox',
      name: 'Password',
      tag: 'input',
      type: 'password',
      editable: true,
      form: { action, method: 'get', hasPassword: true, fieldNames: ['pw'] },
    });
    const at = (documentId: string, action: string) => ({
      tabId: 1,
      frameId: 0,
      documentId,
      url: 'https://login.example/signin',
      facts: field(action),
    });
    const call = (name: string, input: object) => ({ ...typeCall(''), name, input }) as BetaToolUseBlock;
    const elsewhere = 'https://collect.example/steal';
    // Before anything was typed, Enter is just Enter.
    expect(safety.prepare(call('key', { text: 'Return' }), at('doc-1', elsewhere))).not.toHaveProperty('refused');
    expect(safety.prepare(typeCall('<secret>password</secret>'), at('doc-1', elsewhere))).not.toHaveProperty('refused');
    const enter = safety.prepare(call('key', { text: 'Return' }), at('doc-1', elsewhere));
    expect('refused' in enter && enter.refused).toMatch(
      /submit a form to https:\/\/collect\.example\/steal, carrying the secret "password"/,
    );
    const button = {
      ...at('doc-1', elsewhere),
      facts: { role: 'button', name: 'Sign in', tag: 'button', form: field(elsewhere).form },
    };
    expect(safety.prepare(call('left_click', { target: { type: 'ref', ref: 'ref_1' } }), button)).toHaveProperty(
      'refused',
    );
    // Typing and pressing Enter in one call, and a form that posts back to the allowed site.
    expect(safety.prepare(typeCall('<secret>password</secret>\n'), at('doc-2', elsewhere))).toHaveProperty('refused');
    expect(
      safety.prepare(call('key', { text: 'Return' }), at('doc-1', 'https://login.example/session')),
    ).not.toHaveProperty('refused');
    // Another document, where nothing was typed.
    expect(safety.prepare(call('key', { text: 'Return' }), at('doc-3', elsewhere))).not.toHaveProperty('refused');
  });

  it('let no paste put a typed secret on a page it is not allowed on (the clipboard may hold it)', () => {
    const safety = TaskSafety.from(options({ secrets }), 'task-1');
    const at = (url: string) => ({ tabId: 1, frameId: 0, documentId: url, url });
    const call = (name: string, text?: string) =>
      ({ ...typeCall(''), name, input: text === undefined ? {} : { text } }) as BetaToolUseBlock;
    const notes = at('https://notes.example/box');
    // Nothing typed yet: the clipboard cannot hold a secret of this task.
    expect(safety.prepare(call('key', 'ctrl+v'), notes)).not.toHaveProperty('refused');
    expect(
      safety.prepare(typeCall('<secret>password</secret>'), at('https://login.example/signin')),
    ).not.toHaveProperty('refused');
    for (const paste of [call('key', 'ctrl+v'), call('key', 'a cmd+shift+V'), call('hold_key', 'shift+Insert')]) {
      const refused = safety.prepare(paste, notes);
      expect('refused' in refused && refused.refused).toMatch(/could paste the secret "password".*notes\.example/);
    }
    expect(safety.prepare(call('middle_click'), notes)).toHaveProperty('refused');
    expect(safety.prepare(call('key', 'ctrl+v'), { ...notes, url: '' })).toHaveProperty('refused');
    // Copying, other keys, and a paste where the secret is allowed.
    expect(safety.prepare(call('key', 'ctrl+c'), notes)).not.toHaveProperty('refused');
    expect(safety.prepare(call('key', 'v Insert'), notes)).not.toHaveProperty('refused');
    expect(safety.prepare(call('key', 'ctrl+v'), at('https://login.example/other'))).not.toHaveProperty('refused');
  });

  it('fill a secret in only on a page it is allowed on, and say why not elsewhere', () => {
    const safety = TaskSafety.from(options({ secrets }), 'task-1');
    const prepared = safety.prepare(typeCall('<secret>password</secret>'), {
      tabId: 1,
      frameId: 0,
      documentId: 'doc-1',
      url: 'https://login.example/signin',
    });
    expect('toolUse' in prepared && prepared.toolUse.input).toEqual({ text: 'hunter2-long' });
    const refused = safety.prepare(typeCall('<secret>password</secret>'), {
      tabId: 1,
      frameId: 0,
      documentId: 'doc-2',
      url: 'https://phish.example/',
    });
    expect('refused' in refused && refused.refused).toMatch(/password/);
    expect(JSON.stringify(refused)).not.toContain('hunter2-long');
  });

  it('redact every secret value from what goes to the model or to storage, at any depth', () => {
    const safety = TaskSafety.from(options({ secrets }), 'task-1');
    expect(safety.redact({ a: ['typed hunter2-long here'] })).toEqual({ a: ['typed <secret>password</secret> here'] });
  });

  it('tell the model secret names and allowed sites, never values', () => {
    const hints = TaskSafety.from(options({ secrets, allowed_urls: ['login.example'] }), 'task-1').secretHints() ?? '';
    expect(hints).toContain('<secret>password</secret> (on login.example)');
    expect(hints).toContain('This task may only visit: login.example.');
    expect(hints).not.toContain('hunter2-long');
    expect(TaskSafety.from(options({}), 'task-1').secretHints()).toBeUndefined();
  });

  it('refuse a navigation outside the allowed sites as a tool error, but allow history moves and blank pages', () => {
    const safety = TaskSafety.from(options({ allowed_urls: ['shop.example'] }), 'task-1');
    expect(() => safety.urlPolicy(undefined, 'https://evil.example/')).toThrow(
      'Error: Navigation to https://evil.example/ is blocked: it is outside the sites this task may visit (shop.example).',
    );
    expect(() => safety.urlPolicy(undefined, 'https://shop.example/cart')).not.toThrow();
    expect(() => safety.urlPolicy(undefined, 'back')).not.toThrow();
    expect(safety.allows('about:blank')).toBe(true);
    expect(TaskSafety.from(options({}), 'task-1').allows('https://anywhere.example/')).toBe(true);
  });
});
