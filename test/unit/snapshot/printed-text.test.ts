import { describe, expect, it } from 'vitest';
import { printedText } from '../../../src/content/snapshot/printed-text';

describe('page text on snapshot lines', () => {
  it('prints plain text bare', () => {
    for (const text of [
      'Noah Zhang',
      '· 65h',
      '$12.99',
      '12:00',
      'user0@example.com',
      'Ünïcödé – “curly” quotes',
      '#tag',
    ]) {
      expect(printedText(text)).toBe(text);
    }
  });

  it('quotes text holding the syntax of a line: ref brackets, quotes, the item separator, key=value, "head: parts"', () => {
    for (const text of [
      'Pay [ref_9]',
      'say "hi"',
      'a | b',
      'x=1',
      'Sort by: Price',
      'Filters:',
      'back\\slash',
      'tab\there',
    ]) {
      expect(printedText(text)).toBe(JSON.stringify(text));
    }
  });

  it('quotes text that could read as a role line, a marker or one of the snapshot own lines', () => {
    for (const text of [
      'banner',
      'button below is broken',
      'or sign in with',
      '*required',
      '(optional)',
      '<<frame ref_3>>',
      '… more',
      'Viewport 1280×800 at y=0 of 800 px.',
      'Below the viewport (3 screens): 12 links.',
      'Above the viewport (1 screens): 2 links.',
      'Past the window edge (the window does not scroll): 2 fields.',
      'Not shown (output limit): 4 buttons.',
    ]) {
      expect(printedText(text)).toBe(JSON.stringify(text));
    }
  });

  it('quotes what is empty or padded, and a text followed by more words on its line', () => {
    expect(printedText('')).toBe('""');
    expect(printedText(' Total')).toBe('" Total"');
    expect(printedText('$12.99', 'words')).toBe('"$12.99"');
  });
});
