import { describe, expect, it } from 'vitest';
import {
  batchBreak,
  breaksFocus,
  describeChange,
  MANY_NEW_ELEMENTS,
} from '../../../src/background/browser/page-change';

describe('what the model is told an action changed', () => {
  it('says nothing when nothing notable changed', () => {
    expect(describeChange({ newDocument: false })).toBe('');
    expect(describeChange({ newDocument: false, inPage: { added: MANY_NEW_ELEMENTS - 1 } })).toBe('');
  });

  it('names a navigation, a URL change, a new tab and a failed navigation', () => {
    expect(describeChange({ newDocument: true, url: 'https://a.example/b' })).toBe(
      'The page navigated to https://a.example/b.',
    );
    expect(describeChange({ newDocument: false, url: 'https://a.example/#x' })).toBe(
      'The URL changed to https://a.example/#x.',
    );
    expect(describeChange({ newDocument: false, openedTab: { tabId: '7', url: 'https://b.example/' } })).toBe(
      'It opened a new tab (tab_id 7, https://b.example/); later actions go to that tab.',
    );
    expect(describeChange({ newDocument: false, navigationError: 'net::ERR_NAME_NOT_RESOLVED' })).toBe(
      'The navigation it started failed (net::ERR_NAME_NOT_RESOLVED).',
    );
    const download = "https://a.example/x opened no page: the browser took the server's answer as a file to download.";
    expect(describeChange({ newDocument: false, unshown: download })).toBe(download);
  });

  it('reports dialogs and many new elements, and native dialogs only inside the untrusted envelope', () => {
    const text = describeChange({
      newDocument: false,
      inPage: { added: 12, dialog: 'dialog "Cookies"' },
      dialogs: [
        { kind: 'alert', message: 'Hi' },
        { kind: 'confirm', message: 'Sure?' },
      ],
    });
    expect(text).toMatch(
      /^A dialog opened: dialog "Cookies"\. 12 new elements appeared\. The page opened 2 dialogs, dismissed at once; their text: /,
    );
    expect(text).toContain('<untrusted_page_content>');
    expect(text).toContain('alert: "Hi"\nconfirm: "Sure?"');
  });

  it('leaves in-page details out once a new document loaded (they belong to the old one)', () => {
    expect(
      describeChange({ newDocument: true, url: 'https://a.example/', inPage: { added: 50, dialog: 'dialog "Old"' } }),
    ).toBe('The page navigated to https://a.example/.');
  });
});

describe('which changes break the rest of a batch', () => {
  it('breaks on a new tab, a new document, a URL change, a dialog or many new elements', () => {
    expect(batchBreak({ newDocument: false, openedTab: { tabId: '3', url: 'x' } })).toBe('a new tab opened (tab_id 3)');
    expect(batchBreak({ newDocument: true })).toBe('the page navigated to a new document');
    expect(batchBreak({ newDocument: false, url: 'https://a.example/#2' })).toBe(
      'the URL changed to https://a.example/#2',
    );
    expect(batchBreak({ newDocument: false, inPage: { added: 0, dialog: 'dialog "X"' } })).toBe(
      'a dialog opened (dialog "X")',
    );
    expect(batchBreak({ newDocument: false, inPage: { added: MANY_NEW_ELEMENTS } })).toBe(
      `${MANY_NEW_ELEMENTS} new elements appeared`,
    );
    expect(batchBreak({ newDocument: false, inPage: { added: 1 } })).toBeNull();
  });

  it('lets focus actions go on unless the document or tab changed', () => {
    expect(breaksFocus({ newDocument: true })).toBe(true);
    expect(breaksFocus({ newDocument: false, openedTab: { tabId: '1', url: 'x' } })).toBe(true);
    expect(breaksFocus({ newDocument: false, url: 'https://a.example/#2' })).toBe(false);
  });
});
