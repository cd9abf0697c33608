// Characters that print nothing (soft hyphens, zero-width spaces, word joiners, bidi marks and isolates) are left out
// of names and text: a person reads "Internationalization", and so does the model, which can then find it by that
// word. Joiners that shape what is drawn (an emoji's zero-width joiner, a Persian zero-width non-joiner) stay.
// Real Chromium.
import { expect, it } from 'vitest';
import { find, page, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { named, target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

const NAMES = page(`<a href="/i18n">Inter\u00ADnation\u00ADal\u00ADization of date pickers</a>
<button type="button" aria-label="Invoice\u200BNumber">#</button>
<p>Word\u2060joined and \u200Emarked\u200F text, <span dir="auto">\u2067\u05E9\u05DC\u05D5\u05DD\u2069</span> isolated.</p>
<button type="button">Pair 👩\u200D💻 and \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645</button>`);

it('leaves characters that print nothing out of names and text, and keeps the joiners that shape glyphs', async () => {
  const p = await harness().open(NAMES);
  const { text } = await readPage(p, { filter: null });
  expect(text).toMatch(target('link', 'Internationalization of date pickers'));
  expect(text).toMatch(target('button', 'InvoiceNumber'));
  expect(text).toContain('Wordjoined and marked text, \u05E9\u05DC\u05D5\u05DD isolated.');
  expect(text).toMatch(named('button', 'Pair 👩\u200D💻 and \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645'));
  expect(text).not.toMatch(/[\u00AD\u200B\u200E\u200F\u2060\u2066-\u2069]/);
  expect(await find(p, 'Internationalization')).toMatch(/Internationalization of date pickers/);
});
