import { describe, expect, it } from 'vitest';
import { assessStakes, type ElementFacts } from '../../../src/background/safety/high-stakes';

const button = (name: string, extra: Partial<ElementFacts> = {}): ElementFacts => ({
  role: 'button',
  name,
  tag: 'button',
  ...extra,
});
const page = 'https://shop.example/cart';

describe('high-stakes actions', () => {
  it('catches payment, sending, deleting and account changes by what the element is', () => {
    expect(assessStakes({ member: 'left_click', element: button('Place order'), pageUrl: page })?.category).toBe(
      'payment',
    );
    expect(assessStakes({ member: 'left_click', element: button('Send'), pageUrl: page })?.category).toBe('send');
    expect(assessStakes({ member: 'left_click', element: button('Delete account'), pageUrl: page })?.category).toBe(
      'delete',
    );
    expect(assessStakes({ member: 'left_click', element: button('Change password'), pageUrl: page })?.category).toBe(
      'account',
    );
    expect(assessStakes({ member: 'left_click', element: button('Next page'), pageUrl: page })).toBeUndefined();
  });

  it('does not trust a harmless description over a dangerous element', () => {
    const stakes = assessStakes({
      member: 'left_click',
      element: button('Delete account'),
      pageUrl: page,
      intent: 'Tidy up the settings page',
    });
    expect(stakes).toEqual({ category: 'delete', reason: 'button "Delete account" looks like "Delete"' });
  });

  it('catches a vague element when the model says it is paying', () => {
    expect(
      assessStakes({ member: 'left_click', element: button(''), pageUrl: page, intent: 'Now I will pay for the order' })
        ?.category,
    ).toBe('payment');
  });

  it('asks before a POST form is submitted, by click or by Enter', () => {
    const form = {
      action: 'https://shop.example/signup',
      method: 'post',
      hasPassword: true,
      fieldNames: ['email', 'password'],
    };
    expect(
      assessStakes({ member: 'left_click', element: button('Continue', { type: 'submit', form }), pageUrl: page }),
    ).toEqual({
      category: 'form_submit',
      reason: 'button "Continue" submits a form to shop.example (with a password)',
    });
    const field = { role: 'textbox', name: 'Email', tag: 'input', type: 'email', editable: true, form };
    expect(assessStakes({ member: 'key', text: 'Enter', element: field, pageUrl: page })?.category).toBe('form_submit');
    expect(assessStakes({ member: 'type', text: 'ada@example.com', element: field, pageUrl: page })).toBeUndefined();
    const search = { ...form, method: 'get' };
    expect(
      assessStakes({
        member: 'left_click',
        element: button('Search', { type: 'submit', form: search }),
        pageUrl: page,
      }),
    ).toBeUndefined();
  });

  it('flags downloads', () => {
    const link = { role: 'link', name: 'Get the app', tag: 'a', href: 'https://x.test/setup.exe' };
    expect(assessStakes({ member: 'left_click', element: link, pageUrl: page })?.category).toBe('download');
    expect(
      assessStakes({
        member: 'left_click',
        element: { ...link, href: 'https://x.test/a', download: true },
        pageUrl: page,
      })?.category,
    ).toBe('download');
  });

  it('never gates reading or toggling', () => {
    expect(assessStakes({ member: 'read_page', pageUrl: page })).toBeUndefined();
    expect(assessStakes({ member: 'form_input', element: button('Delete'), pageUrl: page })).toBeUndefined();
  });
});
