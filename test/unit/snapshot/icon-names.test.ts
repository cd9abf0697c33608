// A control drawn as an icon alone: the glyph of an icon font (a private-use character) means nothing to a model, so
// it is left out of names and text, and the control is named by its title or, failing that, shows the icon its markup
// names (`icon="trash can"`): an icon font's class, an icon attribute or component, an SVG sprite's symbol, an image
// file's name. What the markup does not name (a hashed file name, a bare path) is not guessed. Generated content with
// alternative text (`content: "\f1f8" / "Empty bin"`) is read by that text. Real Chromium.
import { expect, it } from 'vitest';
import { find, page, pageText, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { named, target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

const ICONS = page(`<style>
    .fa-trash-can::before { content: "\\f2ed"; } .ms-Icon--Mail::before { content: "\\e715"; }
    .glyph::before { content: "\\e5cd"; } .tag::after { content: "\\f02b"; }
    .said::before { content: "\\f1f8" / "Empty bin"; } .star::before { content: "★" / ""; }
  </style>
  <button><i class="fa-solid fa-trash-can fa-fw"></i></button>
  <button title="Archive thread"><span class="glyph"></span></button>
  <button><i data-icon-name="Mail" class="ms-Icon ms-Icon--Mail" aria-hidden="true"></i></button>
  <a href="/cart"><svg width="16" height="16"><use href="/sprite.svg#icon-shopping-cart"></use></svg></a>
  <button class="icon-button"><img src="/assets/ic_more_vert_24px.svg" alt="" width="16" height="16"></button>
  <button><span class="bi bi-x-lg"></span></button>
  <button><sl-icon name="gear"></sl-icon>&nbsp;</button>
  <button><span class="material-symbols-outlined">settings</span></button>
  <button><img src="/img/5f3a9c1e7b.png" alt="" width="16" height="16"></button>
  <button aria-label="Open menu"><i class="fa fa-bars"></i></button>
  <button class="said"></button><button class="star">Starred</button>
  <p>Labels <span class="tag">Urgent</span></p>`);

it('names an icon-only control by its title or the icon its markup names, never by a private-use glyph', async () => {
  const p = await harness().open(ICONS);
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    expect(text).not.toMatch(/[\uE000-\uF8FF]/u);
    expect(text).toMatch(/button \[ref_\w+\] icon="trash can"/);
    expect(text).toMatch(target('button', 'Archive thread'));
    expect(text).toMatch(/button \[ref_\w+\] icon="mail"/);
    expect(text).toMatch(/link \[ref_\w+\] icon="shopping cart" href="\/cart"/);
    expect(text).toMatch(/button \[ref_\w+\] icon="more vert"/);
    expect(text).toMatch(/button \[ref_\w+\] icon="x"/);
    expect(text).toMatch(/button \[ref_\w+\] icon="gear"/);
    // A ligature icon's word is its text, and a label given by the page wins over any icon.
    expect(text).toMatch(target('button', 'settings'));
    expect(text).toMatch(target('button', 'Open menu'));
    expect(text).not.toMatch(/Open menu"[^\n]*icon=/);
    // Generated content's alternative text is what it says: an icon glyph's words, a decoration's nothing.
    expect(text).toMatch(target('button', 'Empty bin'));
    expect(text).toMatch(target('button', 'Starred'));
    // A hashed image name says nothing.
    expect(text.match(/^button \[ref_\w+\]$/gm)).toHaveLength(1);
  }
  expect(await pageText(p)).toContain('Labels Urgent');
  expect(await find(p, 'trash button')).toMatch(/button \[ref_\w+\] icon="trash can"/);
  expect(await find(p, 'shopping cart')).toMatch(/link \[ref_\w+\] icon="shopping cart"/);
  expect(await find(p, 'shopping cart')).not.toMatch(named('button', 'settings'));
});

it('says what the tooltip describing an unlabelled icon button says, and nothing for a labelled one', async () => {
  const p = await harness().open(
    page(`<button aria-describedby="tip-bold"><svg width="16" height="16"><path d="M0 0h16v16z"/></svg></button>
      <span id="tip-bold" role="tooltip" hidden>Bold</span>
      <button aria-description="Insert link"><i class="fa fa-link"></i></button>
      <button aria-label="Italic" aria-describedby="tip-italic">𝐼</button><span id="tip-italic" hidden>Ctrl+I</span>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(/^button \[ref_\d+\] description="Bold"$/m);
  expect(text).toMatch(/^button \[ref_\d+\] description="Insert link"$/m);
  expect(text).toMatch(/^button "Italic" \[ref_\d+\]$/m);
});
