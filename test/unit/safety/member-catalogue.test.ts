import { BETA_BROWSER_MEMBER_NAME_VALUES } from '@anthropic-ai/sdk/resources/beta';
import { describe, expect, it } from 'vitest';
import { MEMBER_CATALOGUE, traitsOf } from '../../../src/shared/member-catalogue';

describe('the member catalogue', () => {
  it("has traits for every member of the SDK's browser toolset and for Tabwright's own tools, and nothing else", () => {
    expect(Object.keys(MEMBER_CATALOGUE).sort()).toEqual(
      [...BETA_BROWSER_MEMBER_NAME_VALUES, 'ask_user', 'done'].sort(),
    );
  });

  it('marks every member that can press, key, toggle, drop or script as activating', () => {
    const activating = Object.entries(MEMBER_CATALOGUE)
      .filter(([, traits]) => traits.activates)
      .map(([name]) => name);
    expect(activating.sort()).toEqual(
      [
        'double_click',
        'file_upload',
        'form_input',
        'hold_key',
        'javascript_exec',
        'key',
        'left_click',
        'left_click_drag',
        'left_mouse_down',
        'left_mouse_up',
        'middle_click',
        'right_click',
        'triple_click',
        'type',
      ].sort(),
    );
  });

  it('keeps reading, consent and secrets where they belong', () => {
    for (const [name, traits] of Object.entries(MEMBER_CATALOGUE)) {
      if (traits.reads)
        expect([traits.activates, traits.changesPage, traits.navigates], name).toEqual([false, false, false]);
    }
    expect(
      Object.entries(MEMBER_CATALOGUE)
        .filter(([, traits]) => traits.needsConsent)
        .map(([name]) => name)
        .sort(),
    ).toEqual(['file_upload', 'javascript_exec']);
    expect(
      Object.entries(MEMBER_CATALOGUE)
        .filter(([, traits]) => 'secretField' in traits)
        .map(([name]) => name)
        .sort(),
    ).toEqual(['form_input', 'type']);
    expect(['navigate', 'new_tab', 'close_tab'].every((name) => traitsOf(name)?.navigates)).toBe(true);
  });

  it('answers nothing for a name that is no member, whatever the model sends', () => {
    expect(traitsOf('constructor')).toBeUndefined();
    expect(traitsOf('__proto__')).toBeUndefined();
    expect(traitsOf('navigation_blocked')).toBeUndefined();
  });
});
