import { describe, expect, it } from 'vitest';
import { assessStakes, type ElementFacts } from '../../../src/background/safety/high-stakes';
import { CHOICES_CUT } from '../../../src/shared/element-facts';

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

  it('judges Alt+click and Alt+Enter on a link as saving it, and other modifiers by the link as before', () => {
    const link = { role: 'link', name: 'Export report', tag: 'a', href: 'https://files.test/reports/q3' };
    const row = { role: 'link', name: 'Row 1', tag: 'a', href: 'https://shop.example/items/1' };
    const on = (element: ElementFacts, member: string, extra: { modifiers?: string[]; text?: string }) =>
      assessStakes({ member, element, pageUrl: page, ...extra });
    expect(on(link, 'left_click', { modifiers: ['alt'] })).toEqual({
      category: 'download',
      reason: 'alt+click on link "Export report" saves what files.test answers as a file',
    });
    expect(on(link, 'double_click', { modifiers: ['alt', 'shift'] })?.category).toBe('download');
    expect(on(link, 'key', { text: 'alt+Return' })?.reason).toMatch(/^alt\+Enter on link "Export report" saves/);
    expect(on(link, 'key', { text: 'Tab alt+kp_enter' })?.category).toBe('download');
    // The middle button and the right one never save; a button with Alt is no link.
    expect(on(link, 'middle_click', { modifiers: ['alt'] })).toBeUndefined();
    expect(on(link, 'right_click', { modifiers: ['alt'] })).toBeUndefined();
    expect(on(button('Refresh'), 'left_click', { modifiers: ['alt'] })).toBeUndefined();
    // Ctrl+click to select a row, even one that is a link, stays unasked.
    expect(on(row, 'left_click', { modifiers: ['ctrl'] })).toBeUndefined();
    expect(on(row, 'left_click', { modifiers: ['shift'] })).toBeUndefined();
  });

  it('never gates reading, or setting a text field', () => {
    expect(assessStakes({ member: 'read_page', pageUrl: page })).toBeUndefined();
    const field = { role: 'textbox', name: 'Reason for deleting', tag: 'input', type: 'text', editable: true };
    expect(assessStakes({ member: 'form_input', element: field, value: 'delete it', pageUrl: page })).toBeUndefined();
  });

  it('judges form_input on anything but a text field, by the real element and the option it picks, not its ARIA role', () => {
    // A checkbox the page labelled role=textbox, a radio group, a fieldset of radios, a slider: all act like clicks.
    const spoofed = { role: 'textbox', name: 'Delete my account', tag: 'input', type: 'checkbox' };
    expect(assessStakes({ member: 'form_input', element: spoofed, value: 'true', pageUrl: page })?.category).toBe(
      'delete',
    );
    const group = { role: 'radiogroup', name: 'When I sign out', tag: 'div' };
    expect(
      assessStakes({ member: 'form_input', element: group, value: 'Erase all my data', pageUrl: page })?.category,
    ).toBe('delete');
    const fieldset = { role: 'group', name: 'Plan', tag: 'fieldset', context: 'Cancel your subscription' };
    expect(assessStakes({ member: 'form_input', element: fieldset, value: 'Yes', pageUrl: page })?.category).toBe(
      'delete',
    );
    const select = { role: 'combobox', name: 'Action', tag: 'select' };
    expect(assessStakes({ member: 'form_input', element: select, value: 'Pay now', pageUrl: page })?.category).toBe(
      'payment',
    );
    expect(assessStakes({ member: 'form_input', element: select, value: 'Blue', pageUrl: page })).toBeUndefined();
  });

  it('judges a key sequence on a text field by every key in it, not only the last', () => {
    const form = { action: 'https://shop.example/close', method: 'post', hasPassword: false, fieldNames: ['why'] };
    const field = { role: 'textbox', name: 'Why', tag: 'input', type: 'text', editable: true, form };
    for (const keys of ['Return Tab', 'Return a', 'ctrl+Enter Escape', 'KP_Enter Tab', 'a  Return   b', 'Enter'])
      expect(assessStakes({ member: 'key', text: keys, element: field, pageUrl: page })?.category, keys).toBe(
        'form_submit',
      );
    expect(assessStakes({ member: 'hold_key', text: 'Return', element: field, pageUrl: page })?.category).toBe(
      'form_submit',
    );
    expect(assessStakes({ member: 'type', text: 'why\r', element: field, pageUrl: page })?.category).toBe(
      'form_submit',
    );
    // Typing the word "Return" types letters; Tab and arrows do not submit.
    expect(assessStakes({ member: 'type', text: 'Return', element: field, pageUrl: page })).toBeUndefined();
    expect(assessStakes({ member: 'key', text: 'Tab shift+Tab Left', element: field, pageUrl: page })).toBeUndefined();
    // A sequence that does not parse is judged as one that may submit.
    expect(assessStakes({ member: 'key', text: 'Return nosuchkey', element: field, pageUrl: page })).toBeDefined();
  });

  it('does not take the action\'s own verb for a way out, and reads the text beside a bare "Yes"', () => {
    const closeDialog = 'Close your account?';
    const judge = (name: string, extra: Partial<ElementFacts>) =>
      assessStakes({ member: 'left_click', element: button(name, extra), pageUrl: page })?.category;
    expect(judge('Close', { context: closeDialog })).toBe('delete');
    expect(judge('Close', { context: 'Delete these files?' })).toBeUndefined();
    expect(judge('Keep going', { context: 'Delete your account?' })).toBe('delete');
    expect(judge('Keep my account', { context: 'Delete your account?' })).toBeUndefined();
    expect(judge('Cancel', { context: closeDialog })).toBeUndefined();
    // An unmarked panel: no dialog, no heading, the question in a paragraph beside the button.
    const panel = { nearby: 'This will permanently delete your account. Yes No' };
    expect(judge('Yes', panel)).toBe('delete');
    expect(judge('OK', panel)).toBe('delete');
    expect(judge('No', panel)).toBeUndefined();
    expect(judge('Next page', { nearby: 'Remove filters to see more results. Next page' })).toBeUndefined();
  });

  it('judges a reload of a page a form submission produced as sending that form again', () => {
    expect(assessStakes({ member: 'navigate', url: 'https://reload/', resendsForm: true, pageUrl: page })).toEqual({
      category: 'form_submit',
      reason: 'reloading this page sends the form that produced it again',
    });
    expect(assessStakes({ member: 'navigate', url: 'https://reload/', pageUrl: page })).toBeUndefined();
  });

  it('judges a GET address that acts: navigate, new_tab and links, by the words of its path and query', () => {
    for (const url of [
      'https://bank.example/account/close-account?confirm=1',
      'https://bank.example/settings?action=deleteAccount',
      'https://bank.example/api/delete_account',
      'https://shop.example/checkout/now',
      'https://bank.example/x?op=transfer+funds',
      'https://bank.example/unsubscribe%20all',
    ]) {
      expect(assessStakes({ member: 'navigate', url, pageUrl: page }), url).toBeDefined();
      expect(assessStakes({ member: 'new_tab', url, pageUrl: page }), url).toBeDefined();
      const link = { role: 'link', name: 'Continue', tag: 'a', href: url };
      expect(assessStakes({ member: 'left_click', element: link, pageUrl: page }), url).toBeDefined();
    }
    for (const url of [
      'https://delete.example/',
      'https://news.example/post/12',
      'https://news.example/share',
      'https://docs.example/deleted-scenes-review',
    ])
      expect(assessStakes({ member: 'navigate', url, pageUrl: page }), url).toBeUndefined();
    const anchor = { role: 'link', name: 'Top', tag: 'a', href: 'https://shop.example/checkout#top' };
    expect(assessStakes({ member: 'left_click', element: anchor, pageUrl: 'https://shop.example/checkout' })).toBe(
      undefined,
    );
    // A single-page app routes by the fragment: its words count, on the page open and from elsewhere.
    const route = { role: 'link', name: 'Continue', tag: 'a', href: 'https://app.example/home#/account/delete?now=1' };
    expect(assessStakes({ member: 'left_click', element: route, pageUrl: 'https://app.example/home' })?.category).toBe(
      'delete',
    );
    expect(
      assessStakes({ member: 'navigate', url: 'https://app.example/#/settings/wipe', pageUrl: page })?.category,
    ).toBe('delete');
  });

  it('judges every label a control carries, not only the accessible name a page chose for it', () => {
    const liar = button('Save draft', { labels: 'Delete my account' });
    // The person asked reads what the button says, not only the name the page gave it.
    expect(assessStakes({ member: 'left_click', element: liar, pageUrl: page })).toEqual({
      category: 'delete',
      reason: 'button "Save draft" (it reads "Delete my account") looks like "Delete"',
    });
    const tooltip = button('⋯', { labels: 'Permanently delete this workspace' });
    expect(assessStakes({ member: 'left_click', element: tooltip, pageUrl: page })?.category).toBe('delete');
    // The verbs of deleting in their other forms: "deletes", "removing", "erases".
    for (const description of ['This permanently deletes every message.', 'Removing it', 'Erases all data'])
      expect(
        assessStakes({ member: 'left_click', element: button('Go', { labels: description }), pageUrl: page }),
      ).toMatchObject({ category: 'delete' });
    // Views named by a past participle are not actions.
    expect(assessStakes({ member: 'left_click', element: button('Deleted items'), pageUrl: page })).toBeUndefined();
    expect(
      assessStakes({ member: 'left_click', element: button('Go', { labels: 'Opens the report' }), pageUrl: page }),
    ).toBeUndefined();
  });

  it('judges the Delete and Backspace keys outside a text field as deleting what the page selected', () => {
    const file = { role: 'listitem', name: 'Report.pdf', tag: 'li' };
    for (const text of ['Delete', 'Backspace', 'shift+Delete', 'Down Delete'])
      expect(assessStakes({ member: 'key', text, element: file, pageUrl: page })?.category).toBe('delete');
    expect(assessStakes({ member: 'key', text: 'Delete', pageUrl: page })?.category).toBe('delete');
    expect(assessStakes({ member: 'hold_key', text: 'Delete', element: file, pageUrl: page })?.category).toBe('delete');
    const field = { role: 'textbox', name: 'Title', tag: 'input', editable: true };
    expect(assessStakes({ member: 'key', text: 'Backspace', element: field, pageUrl: page })).toBeUndefined();
    expect(assessStakes({ member: 'key', text: 'Down', element: file, pageUrl: page })).toBeUndefined();
  });

  it('judges form_input by every choice a value can pick: by a radio value, in a list, in a group, past a cut list', () => {
    // A radio is picked by its value attribute too: the gate reads each choice with its value.
    const radio = {
      role: 'radio',
      name: 'Keep my files',
      tag: 'input',
      type: 'radio',
      choices: ['Keep my files (k)', 'Delete my account (x9)'],
    };
    expect(assessStakes({ member: 'form_input', value: 'x9', element: radio, pageUrl: page })?.category).toBe('delete');
    expect(assessStakes({ member: 'form_input', value: 'k', element: radio, pageUrl: page })).toBeUndefined();
    // A multi-select takes a list: each item is judged, in either spelling.
    const multi = { role: 'listbox', name: 'Labels', tag: 'select', choices: ['Keep (k)', 'Erase the mailbox (e)'] };
    for (const value of ['["k","e"]', 'k, e', 'k;e'])
      expect(assessStakes({ member: 'form_input', value, element: multi, pageUrl: page })?.category, value).toBe(
        'delete',
      );
    expect(assessStakes({ member: 'form_input', value: '["k"]', element: multi, pageUrl: page })).toBeUndefined();
    // A group of ARIA radios, picked by data-value.
    const group = { role: 'radiogroup', name: 'Plan', tag: 'div', choices: ['Stay (s)', 'Cancel my subscription (x)'] };
    expect(assessStakes({ member: 'form_input', value: 'x', element: group, pageUrl: page })).toBeDefined();
    // A list longer than what was read: a value none of the read choices is exactly may pick one never judged.
    const long = {
      role: 'combobox',
      name: 'Time zone',
      tag: 'select',
      choices: ['Europe/Paris', 'Asia/Tokyo (tokyo)', CHOICES_CUT],
    };
    for (const value of ['Europe/Paris', 'tokyo', 'asia/tokyo'])
      expect(assessStakes({ member: 'form_input', value, element: long, pageUrl: page }), value).toBeUndefined();
    expect(assessStakes({ member: 'form_input', value: 'zz9', element: long, pageUrl: page })?.reason).toMatch(
      /has more choices than were read/,
    );
  });

  it('judges keys on a chooser by every choice they can reach, and form_input by the one it picks', () => {
    const select = {
      role: 'combobox',
      name: 'Bulk action',
      tag: 'select',
      choices: ['Choose', 'Delete all my files (keep)'],
    };
    for (const [member, text] of [
      ['key', 'Down'],
      ['key', 'End'],
      ['type', 'd'],
      ['key', 'Escape Down'],
    ] as const)
      expect(assessStakes({ member, text, element: select, pageUrl: page })?.category).toBe('delete');
    for (const text of ['Escape', 'Tab', 'shift'])
      expect(assessStakes({ member: 'key', text, element: select, pageUrl: page })).toBeUndefined();
    expect(assessStakes({ member: 'form_input', value: 'Choose', element: select, pageUrl: page })).toBeUndefined();
    // form_input finds an option by its value or part of its text: each choice it could land on is judged.
    for (const value of ['keep', 'all my', 'DELETE'])
      expect(assessStakes({ member: 'form_input', value, element: select, pageUrl: page })?.category, value).toBe(
        'delete',
      );
    // A click on a select opens it, or picks the option under the pointer in a list box.
    expect(assessStakes({ member: 'left_click', element: select, pageUrl: page })?.category).toBe('delete');
    // A click on one radio checks that one only: the others are not reached.
    const radio = {
      role: 'radio',
      name: 'Keep my files',
      tag: 'input',
      type: 'radio',
      choices: ['Keep my files', 'Erase my files'],
    };
    expect(assessStakes({ member: 'key', text: 'Down', element: radio, pageUrl: page })?.category).toBe('delete');
    expect(assessStakes({ member: 'left_click', element: radio, pageUrl: page })).toBeUndefined();
  });

  it('judges a submission by the method its button gives it (formmethod)', () => {
    const next = button('Next', {
      type: 'submit',
      form: { action: 'https://shop.example/api/profile', method: 'post', hasPassword: false, fieldNames: ['nick'] },
    });
    expect(assessStakes({ member: 'left_click', element: next, pageUrl: page })?.category).toBe('form_submit');
  });
  it('knows more ways of saying delete, pay and send than the bare verbs', () => {
    const cases: Array<[string, string]> = [
      ['Move to Trash', 'delete'],
      ['Empty bin', 'delete'],
      ['Wipe device', 'delete'],
      ['Purge cache and logs', 'delete'],
      ['Revoke access', 'delete'],
      ['Terminate instance', 'delete'],
      ['Uninstall', 'delete'],
      ['Factory reset', 'delete'],
      ['Clear browsing history', 'delete'],
      ['Leave workspace', 'delete'],
      ['Upgrade to Pro', 'payment'],
      ['Subscribe now', 'payment'],
      ['Renew my plan', 'payment'],
      ['Start free trial', 'payment'],
      ['Order now', 'payment'],
      ['Confirm booking', 'payment'],
      ['Merge pull request', 'send'],
      ['Deploy', 'send'],
      ['Approve', 'send'],
      ['Sign the contract', 'send'],
    ];
    for (const [name, category] of cases)
      expect(assessStakes({ member: 'left_click', element: button(name), pageUrl: page })?.category, name).toBe(
        category,
      );
    for (const name of ['Trash', 'Recycle bin', 'Clear filters', 'Merge cells', 'Leave this page', 'Plans'])
      expect(assessStakes({ member: 'left_click', element: button(name), pageUrl: page }), name).toBeUndefined();
  });
  it("judges Enter in a field by the form's default button it presses, and a click into the field not at all", () => {
    const form = { action: 'https://shop.example/files', method: 'get', hasPassword: false, fieldNames: ['q'] };
    const filter = {
      role: 'textbox',
      name: 'Filter files',
      tag: 'input',
      editable: true,
      form: { ...form, submitter: 'Move to Trash' },
    };
    expect(assessStakes({ member: 'key', text: 'Return', element: filter, pageUrl: page })?.category).toBe('delete');
    expect(assessStakes({ member: 'type', text: 'old\n', element: filter, pageUrl: page })?.category).toBe('delete');
    expect(assessStakes({ member: 'left_click', element: filter, pageUrl: page })).toBeUndefined();
    expect(assessStakes({ member: 'type', text: 'old', element: filter, pageUrl: page })).toBeUndefined();
  });
  it('judges an access key by the element it presses, wherever the focus is', () => {
    const accessKeys = [
      { key: 'd', name: 'Delete my account' },
      { key: 's', name: 'Save' },
    ];
    const search = { role: 'searchbox', name: 'Search', tag: 'input', editable: true, accessKeys };
    for (const text of ['alt+d', 'alt+shift+D', 'ctrl+alt+d', 'a alt+d'])
      expect(assessStakes({ member: 'key', text, element: search, pageUrl: page })?.category, text).toBe('delete');
    const nothingFocused = { role: 'document', name: '', tag: 'body', accessKeys };
    expect(assessStakes({ member: 'key', text: 'alt+d', element: nothingFocused, pageUrl: page })?.category).toBe(
      'delete',
    );
    for (const text of ['alt+s', 'd', 'ctrl+d', 'alt+x'])
      expect(assessStakes({ member: 'key', text, element: search, pageUrl: page }), text).toBeUndefined();
  });
  it('judges a drop on a trash as deleting what is dropped, by a drag or by the release that ends one made of its parts', () => {
    const file = { role: 'listitem', name: 'Report.pdf', tag: 'li' };
    for (const member of ['left_click_drag', 'left_mouse_up'])
      for (const name of ['Trash', 'Recycle bin', 'Bin', 'Wastebasket'])
        expect(
          assessStakes({ member, element: { role: 'region', name, tag: 'div' }, pageUrl: page })?.category,
          `${member} ${name}`,
        ).toBe('delete');
    expect(assessStakes({ member: 'left_click_drag', element: file, pageUrl: page })).toBeUndefined();
    // A click on a "Trash" folder opens it.
    expect(assessStakes({ member: 'left_click', element: button('Trash'), pageUrl: page })).toBeUndefined();
  });

  it('reads a word in every spelling a person reads the same: look-alike letters, invisible characters, fullwidth, marks', () => {
    const spellings = [
      'Dеlete account', // Cyrillic е
      'Dεlete account', // Greek ε
      'Del\u200Bete account', // zero-width space
      'Del\u00ADete account', // soft hyphen
      'Del\u2060ete account', // word joiner
      'Ｄｅｌｅｔｅ account', // fullwidth
      'De\u0301lete account', // combining accent
      'DELETE ACCOUNT',
      'tnuocca eteleD', // drawn backwards with unicode-bidi: bidi-override
      '\u202Etnuocca eteleD', // a right-to-left override character
      'D e l e t e  a c c o u n t', // spaced out, words apart
      'D e l e t e a c c o u n t', // spaced out, word gaps like letter gaps
      'D-E-L-E-T-E account',
      'D.e.l.\u200Be.t.e my account',
      'D\u00A0e\u00A0l\u00A0e\u00A0t\u00A0e', // no-break spaces
    ];
    for (const name of spellings)
      expect(assessStakes({ member: 'left_click', element: button(name), pageUrl: page })?.category, name).toBe(
        'delete',
      );
    expect(assessStakes({ member: 'left_click', element: button('Ｐａｙ ｎｏｗ'), pageUrl: page })?.category).toBe(
      'payment',
    );
    expect(assessStakes({ member: 'left_click', element: button('P a y  n o w'), pageUrl: page })?.category).toBe(
      'payment',
    );
    // Spaced-out letters of a harmless word, and single letters in a sentence, stay harmless.
    for (const name of ['N e x t', 'S h o w  m o r e', 'Plan A or plan B', 'U.S.A. trip photos', 'x / y / z'])
      expect(assessStakes({ member: 'left_click', element: button(name), pageUrl: page }), name).toBeUndefined();
    // In every place words are read: labels, the form's default button, the address, the model's intent, an access key.
    const field = { role: 'textbox', name: 'Reason', tag: 'input', editable: true };
    const stakes = (facts: Parameters<typeof assessStakes>[0]) => assessStakes(facts)?.category;
    expect(
      stakes({ member: 'left_click', element: button('⋯', { labels: 'Pеrmanently dеlete' }), pageUrl: page }),
    ).toBe('delete');
    expect(
      stakes({
        member: 'key',
        text: 'Return',
        element: {
          ...field,
          form: { action: page, method: 'get', hasPassword: false, fieldNames: [], submitter: 'Рау' },
        },
        pageUrl: page,
      }),
    ).toBe('payment');
    expect(stakes({ member: 'navigate', url: 'https://shop.example/account/d%D0%B5lete', pageUrl: page })).toBe(
      'delete',
    );
    expect(stakes({ member: 'left_click', element: button(''), pageUrl: page, intent: 'I will dеlete it' })).toBe(
      'delete',
    );
    // Spaced out, in those places too: a label, the form's default button, the model's intent.
    expect(stakes({ member: 'left_click', element: button('⋯', { labels: 'E-r-a-s-e it all' }), pageUrl: page })).toBe(
      'delete',
    );
    const spacedSubmit = { action: page, method: 'get', hasPassword: false, fieldNames: [], submitter: 'P a y' };
    expect(stakes({ member: 'key', text: 'Return', element: { ...field, form: spacedSubmit }, pageUrl: page })).toBe(
      'payment',
    );
    expect(stakes({ member: 'left_click', element: button(''), pageUrl: page, intent: 'I will d e l e t e it' })).toBe(
      'delete',
    );
    const accessKeys = [{ key: 'd', name: 'Dеlete all' }];
    expect(
      stakes({
        member: 'key',
        text: 'alt+d',
        element: { role: 'document', name: '', tag: 'body', accessKeys },
        pageUrl: page,
      }),
    ).toBe('delete');
  });

  it('knows the words in the languages of most of the web, and leaves their harmless words alone', () => {
    const said: Array<[string, string]> = [
      ['Supprimer mon compte', 'delete'],
      ['Konto löschen', 'delete'],
      ['Konto schließen', 'delete'],
      ['Eliminar cuenta', 'delete'],
      ['Elimina account', 'delete'],
      ['Excluir conta', 'delete'],
      ['Verwijderen', 'delete'],
      ['Удалить аккаунт', 'delete'],
      ['アカウントを削除', 'delete'],
      ['删除', 'delete'],
      ['삭제하기', 'delete'],
      ['Passer la commande', 'payment'],
      ['Zahlungspflichtig bestellen', 'payment'],
      ['Comprar ahora', 'payment'],
      ['Procedi al pagamento', 'payment'],
      ['Finalizar compra', 'payment'],
      ['Afrekenen', 'payment'],
      ['Оплатить', 'payment'],
      ['購入する', 'payment'],
      ['立即支付', 'payment'],
      ['결제하기', 'payment'],
      ['Envoyer', 'send'],
      ['Absenden', 'send'],
      ['Publicar', 'send'],
      ['Отправить', 'send'],
      ['送信', 'send'],
      ['Changer le mot de passe', 'account'],
      ['Passwort ändern', 'account'],
      ['Cambiar contraseña', 'account'],
    ];
    for (const [name, category] of said)
      expect(assessStakes({ member: 'left_click', element: button(name), pageUrl: page })?.category, name).toBe(
        category,
      );
    for (const name of [
      'Suivant',
      'Weiter',
      'Siguiente',
      'Rechercher',
      'Suchen',
      'Buscar',
      'Panier',
      'Warenkorb',
      'Поиск',
      '検索',
      'Zurück',
    ])
      expect(assessStakes({ member: 'left_click', element: button(name), pageUrl: page }), name).toBeUndefined();
  });

  it("reads a dialog's answers and ways out in other languages", () => {
    const inDialog = (name: string, context: string) =>
      assessStakes({ member: 'left_click', element: button(name, { context }), pageUrl: page })?.category;
    expect(inDialog('Oui', 'Supprimer le fichier ?')).toBe('delete');
    expect(inDialog('Ja', 'Konto löschen?')).toBe('delete');
    expect(inDialog('はい', 'アカウントを削除しますか')).toBe('delete');
    const waysOut: Array<[string, string]> = [
      ['Annuler', 'Supprimer le fichier ?'],
      ['Abbrechen', 'Konto löschen?'],
      ['Cancelar', '¿Eliminar la cuenta?'],
      ['Отмена', 'Удалить аккаунт?'],
      ['キャンセル', 'アカウントを削除しますか'],
    ];
    for (const [name, context] of waysOut) expect(inDialog(name, context), name).toBeUndefined();
    // The action's own verb is no way out, in any language.
    expect(inDialog('Fermer', 'Fermer votre compte ?')).toBe('delete');
    for (const name of ['Papierkorb', 'Corbeille', 'Papelera', 'ゴミ箱'])
      expect(
        assessStakes({ member: 'left_click_drag', element: { role: 'region', name, tag: 'div' }, pageUrl: page })
          ?.category,
        name,
      ).toBe('delete');
  });
});
