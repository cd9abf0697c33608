// Content faded out or masked away is not seen, though checkVisibility() and its box say it is: a near-zero opacity
// (on the element or multiplied down from its ancestors), `filter: opacity(0)` alone or in a filter list, a mask of
// transparent gradient stops or sized to nothing. None of read_page (in view or "all"), get_page_text or find offers
// its text or its controls; look-alikes a person does see (a half-faded card, a blurred one, an edge fading out
// under a mask) stay in all of them. Content a transform shrinks to a speck is neither read nor offered, below the fold
// as in view. Real Chromium, the real snapshotter.
import { describe, it } from 'vitest';
import { expectOfferedEverywhere, expectOfferedNowhere, type SeenCase } from '../../fixtures/snapshot/exposed';
import { useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const UNSEEN: SeenCase[] = [
  { word: 'filterzero', html: '<div style="filter:opacity(0)">{text} {button}</div>' },
  { word: 'filterparent', html: '<div style="filter:opacity(0%)"><div><p>{text}</p>{button}</div></div>' },
  { word: 'filternearly', html: '<div style="filter:opacity(0.01)">{text} {button}</div>' },
  { word: 'filterlist', html: '<div style="filter:blur(2px) opacity(0) saturate(2)">{text} {button}</div>' },
  { word: 'opacitynearly', html: '<div style="opacity:0.02">{text} {button}</div>' },
  { word: 'opacitystacked', html: '<div style="opacity:0.2"><div style="opacity:0.2">{text} {button}</div></div>' },
  { word: 'mixedfade', html: '<div style="opacity:0.3"><div style="filter:opacity(0.1)">{text} {button}</div></div>' },
  { word: 'maskclear', html: '<div style="mask-image:linear-gradient(transparent,transparent)">{text} {button}</div>' },
  {
    word: 'maskwebkit',
    html: '<div style="-webkit-mask:linear-gradient(#0000 0 0)"><div>{text}</div> {button}</div>',
  },
  {
    word: 'maskradial',
    html: '<div style="mask-image:radial-gradient(rgba(0,0,0,0),transparent)">{text} {button}</div>',
  },
  {
    word: 'masksizezero',
    html: '<div style="mask-image:linear-gradient(#000,#000);mask-size:0 100%">{text} {button}</div>',
  },
];

const SEEN: SeenCase[] = [
  { word: 'filterhalf', html: '<div style="filter:opacity(0.6)">{text} {button}</div>' },
  {
    word: 'filterblur',
    html: '<div style="filter:blur(0.5px) drop-shadow(0 0 2px rgba(0,0,0,0))">{text} {button}</div>',
  },
  { word: 'opacitylow', html: '<div style="opacity:0.3">{text} {button}</div>' },
  { word: 'opacitypair', html: '<div style="opacity:0.5"><div style="opacity:0.5">{text} {button}</div></div>' },
  { word: 'maskedge', html: '<div style="mask-image:linear-gradient(#000 60%,transparent)">{text} {button}</div>' },
  {
    word: 'maskfull',
    html: '<div style="mask-image:linear-gradient(#000,#000);mask-size:100% 100%">{text} {button}</div>',
  },
];

/** Shrunk to a speck by a transform: too small to read or point at, below the fold as in view. */
const SPECKS: SeenCase[] = [
  { word: 'scaledspeck', html: '<div style="transform:scale(0.04);transform-origin:0 0">{text} {button}</div>' },
  { word: 'squashedspeck', html: '<div style="transform:scale(1,0.02);transform-origin:0 0">{text} {button}</div>' },
];

describe('shrunk to a speck', () => {
  it('is offered by no reading, in the viewport or below it', async () => {
    await expectOfferedNowhere(harness(), SPECKS);
  });
});

describe('faded out or masked away', () => {
  it('is offered by no reading, in the viewport or below it', async () => {
    await expectOfferedNowhere(harness(), UNSEEN);
  });

  it('keeps what a person still sees: half faded, blurred, fading at an edge', async () => {
    await expectOfferedEverywhere(harness(), SEEN);
  });
});
