// Text painted in no colour that shows (`color: transparent`, a zero or near-zero alpha in any colour syntax,
// `-webkit-text-fill-color: transparent`) is not read, and a control made of nothing but such text is not offered;
// read_page (in view and "all"), get_page_text and find agree. Transparent text whose glyphs something else paints (a
// gradient through `background-clip: text`, a text shadow, a stroke) is read; a control that paints a box or an icon
// stays, named as assistive technology names it. Text at a font size too small to read is no text either. Real
// Chromium, the real snapshotter.
import { describe, expect, it } from 'vitest';
import { expectOfferedEverywhere, expectOfferedNowhere, type SeenCase } from '../../fixtures/snapshot/exposed';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

/** Buttons without a box of their own that take their parent's colour, as link-like buttons are styled. */
const BARE =
  '<style>.bare button{background:none;border:0;padding:0;font:inherit;color:inherit;text-shadow:inherit}</style>';

const UNSEEN: SeenCase[] = [
  { word: 'transparentcolour', html: '<div class="bare" style="color:transparent">{text} {button}</div>' },
  { word: 'fillcolour', html: '<div class="bare" style="-webkit-text-fill-color:transparent">{text} {button}</div>' },
  { word: 'rgbazero', html: '<div class="bare" style="color:rgba(200,30,30,0)">{text} {button}</div>' },
  { word: 'hslzero', html: '<div class="bare" style="color:hsl(0 0% 10% / 0)">{text} {button}</div>' },
  { word: 'oklchzero', html: '<div class="bare" style="color:oklch(40% 0.1 200 / 0%)">{text} {button}</div>' },
  { word: 'nearlyclear', html: '<div class="bare" style="color:rgba(0,0,0,0.02)">{text} {button}</div>' },
  { word: 'specktext', html: '<div class="bare" style="font-size:0.4px">{text} {button}</div>' },
  { word: 'onepixeltext', html: '<div class="bare" style="font-size:1px">{text} {button}</div>' },
];

const SEEN: SeenCase[] = [
  {
    word: 'gradientheading',
    html: '<div class="bare" style="background:linear-gradient(90deg,#c00,#00c);background-clip:text;-webkit-background-clip:text;color:transparent">{text} {button}</div>',
  },
  {
    word: 'shadowtext',
    html: '<div class="bare" style="color:transparent;text-shadow:0 0 0 #333">{text} {button}</div>',
  },
  {
    word: 'strokedtext',
    html: '<div class="bare" style="-webkit-text-fill-color:transparent;-webkit-text-stroke:1px #222">{text} {button}</div>',
  },
  { word: 'smalltext', html: '<div class="bare" style="font-size:9px">{text} {button}</div>' },
  { word: 'fainttext', html: '<div class="bare" style="color:rgba(0,0,0,0.35)">{text} {button}</div>' },
  { word: 'ownbutton', html: '<div style="color:transparent">{button}<span style="color:#222"> {text}</span></div>' },
];

describe('text in a colour that does not show', () => {
  it('is not read, and a control of nothing but such text is not offered', async () => {
    await expectOfferedNowhere(harness(), UNSEEN, BARE);
  });

  it('is read when something paints its glyphs, or its colour is only faint', async () => {
    await expectOfferedEverywhere(harness(), SEEN, BARE);
  });

  it('keeps a control that paints a box or an icon, under its accessible name, and SVG text a viewBox scales up', async () => {
    const p = await harness().open(
      page(`<style>.icon::before{content:"⚙";color:#333}</style>
      <button style="color:transparent;background:#1a5fb4;border:0;padding:8px 16px">Saving</button>
      <button style="font-size:1px"><svg width="16" height="16"><rect width="16" height="16"/></svg>Close</button>
      <a class="icon" href="/settings" style="color:transparent">Settings</a>
      <a href="/covert" style="color:transparent">Covert link</a> <a href="/speck" style="font-size:1px">Speck link</a>
      <svg width="300" height="60" viewBox="0 0 50 10"><a href="/store" font-size="2"><text x="1" y="6">Store label</text></a></svg>`),
    );
    for (const text of [(await readPage(p)).text, (await readPage(p, { filter: 'all' })).text]) {
      for (const kept of ['button "?Saving"?', 'button "?Close"?', 'link "?⚙?Settings"?', 'link "?Store label"?'])
        expect(text).toMatch(new RegExp(`${kept} \\[ref_`));
      for (const hidden of ['Covert', 'Speck']) expect(text).not.toContain(hidden);
    }
    await p.context().close();
  });
});
