// Text painted in no colour that shows (`color: transparent`, a zero or near-zero alpha in any colour syntax,
// `-webkit-text-fill-color: transparent`) is not read, and a control made of nothing but such text is not offered;
// read_page (in view and "all"), get_page_text and find agree. Transparent text whose glyphs something else paints (a
// gradient through `background-clip: text`, a text shadow, a stroke, a canvas or an image drawn beneath it, as a PDF
// viewer's text layer lies over the page its canvas draws) is read; a control that paints a box or an icon stays, named
// as assistive technology names it. Text at a font size too small to read is no text either. Real
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
  {
    word: 'hiddencanvas',
    html: `<div style="position:relative"><canvas width="180" height="50" style="position:absolute;inset:0;visibility:hidden"></canvas><div class="bare" style="position:relative;color:transparent">{text} {button}</div></div>`,
  },
  {
    word: 'canvasbeside',
    html: `<div style="position:relative"><canvas width="180" height="20"></canvas><div class="bare" style="color:transparent">{text} {button}</div></div>`,
  },
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
  {
    word: 'textlayer',
    html: `<div style="position:relative"><div><canvas width="180" height="50" style="display:block"></canvas></div><div class="bare" style="position:absolute;inset:0;color:transparent"><span style="position:absolute;left:0;top:0">{text}</span><span style="position:absolute;left:0;top:24px">{button}</span></div></div>`,
  },
  {
    word: 'imagelabel',
    html: `<div style="position:relative"><img alt="" width="180" height="50" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='180' height='50'/%3E"><div class="bare" style="position:absolute;inset:0;color:transparent">{text} {button}</div></div>`,
  },
];

/** Text the colour of what lies under it: white on white, a cell's own colour, blended into its backdrop. */
const MATCHED: SeenCase[] = [
  { word: 'whiteonwhite', html: '<div class="bare" style="color:#fff">{text} {button}</div>' },
  {
    word: 'nearwhitecard',
    html: '<div style="background:#fff;padding:4px"><p class="bare" style="color:rgb(250,250,250);margin:0">{text} {button}</p></div>',
  },
  { word: 'cellcolour', html: '<div class="bare" style="background:#2e7d32;color:#2e7d32">{text} {button}</div>' },
  {
    word: 'tintedcard',
    html: '<div style="background:#e8f0fb"><div style="background:rgba(0,0,0,0.04)"><span class="bare" style="color:rgb(223,230,240)">{text} {button}</span></div></div>',
  },
  { word: 'screenblend', html: '<div class="bare" style="mix-blend-mode:screen;color:#000">{text} {button}</div>' },
  { word: 'fadedwhite', html: '<div class="bare" style="color:rgba(255,255,255,0.7)">{text} {button}</div>' },
];

/** Look-alikes a person reads: light text on a dark box, on a layer drawn under it, pale but readable text. */
const CONTRASTED: SeenCase[] = [
  { word: 'whiteondark', html: '<div class="bare" style="background:#1d2330;color:#fff">{text} {button}</div>' },
  {
    word: 'heroimage',
    html: '<div style="position:relative;z-index:0"><div style="position:absolute;inset:0;background:#1d2330;z-index:-1"></div><div class="bare" style="color:#fff">{text} {button}</div></div>',
  },
  {
    word: 'badgeover',
    html: '<div style="background:#fff;position:relative"><div style="background:#1d2330;height:50px"></div><div class="bare" style="position:absolute;top:0;color:#fff">{text} {button}</div></div>',
  },
  {
    word: 'pulledover',
    html: '<div style="background:#1d2330;height:40px"></div><div class="bare" style="color:#fff;margin-top:-40px">{text} {button}</div>',
  },
  {
    word: 'pseudobox',
    html: '<style>.pill{position:relative;z-index:0}.pill::before{content:"";position:absolute;inset:0;background:#1a5fb4;z-index:-1}</style><div class="bare pill" style="color:#fff">{text} {button}</div>',
  },
  {
    word: 'insetshadow',
    html: '<div class="bare" style="color:#fff;box-shadow:inset 0 0 0 40px #1d2330">{text} {button}</div>',
  },
  {
    word: 'fixedbehind',
    html: '<div style="position:fixed;left:0;bottom:0;width:40px;height:40px;background:#1d2330;z-index:-1"></div><div class="bare" style="color:#fff">{text} {button}</div>',
  },
  { word: 'palegrey', html: '<div class="bare" style="color:#d6d6d6">{text} {button}</div>' },
  {
    word: 'differenceblend',
    html: '<div class="bare" style="mix-blend-mode:difference;color:#fff">{text} {button}</div>',
  },
  { word: 'redongreen', html: '<div class="bare" style="background:#2e7d32;color:#c0392b">{text} {button}</div>' },
];

describe('text the colour of what lies under it', () => {
  it('is not read, and a control of nothing but such text is not offered', async () => {
    await expectOfferedNowhere(harness(), MATCHED, BARE);
  });

  it('is read when something else lies under it or its colour stands out', async () => {
    await expectOfferedEverywhere(harness(), CONTRASTED, BARE);
  });
});

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
  });
});
