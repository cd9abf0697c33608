// Content faded out or masked away is not seen, though checkVisibility() and its box say it is: a near-zero opacity
// (on the element or multiplied down from its ancestors), `filter: opacity(0)` alone or in a filter list, a mask of
// transparent gradient stops or sized to nothing. None of read_page (in view or "all"), get_page_text or find offers
// its text or its controls; look-alikes a person does see (a half-faded card, a blurred one, an edge fading out
// under a mask) stay in all of them. Content a transform shrinks to a speck is neither read nor offered, below the fold
// as in view. A native field faded to nothing but laid over the control its wrapper paints (UI kits' checkboxes,
// switches, custom selects) is that control. Real Chromium, the real snapshotter.
import { describe, expect, it } from 'vitest';
import { expectOfferedEverywhere, expectOfferedNowhere, type SeenCase } from '../../fixtures/snapshot/exposed';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

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

/** UI kits' toggles and selects: the native field at opacity 0, stretched over the icon or box its wrapper paints. */
const KIT_STYLE = `<style>
.kit{position:relative;display:inline-flex;width:38px;height:38px;align-items:center;justify-content:center;cursor:pointer}
.kit input{position:absolute;inset:0;width:100%;height:100%;margin:0;opacity:0;cursor:inherit}
.pick{position:relative;display:inline-block;border:1px solid #888;padding:4px 24px 4px 8px;cursor:pointer}
.pick select{position:absolute;inset:0;width:100%;opacity:0}
</style>`;

function kitControls(n: number): string {
  return `<div><span class="kit"><input type="checkbox" aria-label="Select order ${n}" checked><svg width="20" height="20" aria-hidden="true"><rect x="2" y="2" width="16" height="16" fill="none" stroke="#555"/></svg></span></div>
<span class="kit" style="width:58px"><input type="checkbox" role="switch" aria-label="Dense rows ${n}"><span style="width:34px;height:14px;border-radius:7px;background:#9aa3b2"></span></span>
<span class="pick"><span>Newest first</span><select aria-label="Sort orders ${n}"><option>Newest first</option><option>Oldest first</option></select></span>
<div style="width:40px;height:40px;position:relative"><input type="checkbox" aria-label="Ghost toggle ${n}" style="position:absolute;inset:0;opacity:0;margin:0"></div>
<label style="cursor:pointer"><span class="kit"><input type="checkbox"><svg width="20" height="20" aria-hidden="true"><rect width="16" height="16"/></svg></span> Remember me ${n}</label>
<span class="kit" style="cursor:default"><input type="radio" aria-label="Lone speck ${n}" style="width:1px;height:1px;inset:auto"><svg width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="8"/></svg></span>
<form style="background:#fff;border:1px solid #ccc;padding:8px;position:relative"><input aria-label="Email ${n}"><input aria-label="Website honeypot ${n}" style="position:absolute;left:8px;top:8px;width:160px;opacity:0"><textarea aria-label="Notes honeypot ${n}" style="opacity:0"></textarea></form>
<div role="combobox" aria-label="Size ${n}" aria-expanded="false" tabindex="0" class="pick"><span>Any size</span><select aria-label="Size mirror ${n}" tabindex="-1" style="pointer-events:none"><option>Any size</option></select></div>`;
}

describe('a native field faded over the control its wrapper paints', () => {
  it('is offered as that control, with its name and state, in view and below the fold', async () => {
    const p = await harness().open(
      page(`${KIT_STYLE}<div>${kitControls(1)}</div><div style="height:1600px"></div><div>${kitControls(2)}</div>`),
    );
    const view = (await readPage(p)).text;
    const all = (await readPage(p, { filter: 'all' })).text;
    for (const [text, n] of [
      [view, 1],
      [all, 2],
    ] as const) {
      expect(text).toMatch(new RegExp(`checkbox "Select order ${n}" \\[ref_\\d+\\] checked`));
      expect(text).toMatch(new RegExp(`switch "Dense rows ${n}" \\[ref_\\d+\\]`));
      expect(text).toMatch(new RegExp(`combobox "Sort orders ${n}" \\[ref_\\d+\\]`));
      // Inside its <label>, it is offered once, under the label's text.
      expect(text.match(new RegExp(`checkbox "Remember me ${n}"`, 'g'))).toHaveLength(1);
      // Nothing painted under it, or too small to be what a person points at: still unseen.
      expect(text).not.toContain(`Ghost toggle ${n}`);
      expect(text).not.toContain(`Lone speck ${n}`);
      // A text field faded out is a bots' honeypot, even in a form that paints a box; a field the pointer passes
      // through is not what a click reaches.
      expect(text).toMatch(new RegExp(`textbox "Email ${n}" \\[ref_\\d+\\]`));
      expect(text).not.toContain(`honeypot ${n}`);
      expect(text).not.toContain(`Size mirror ${n}`);
      expect(text).toMatch(new RegExp(`combobox "Size ${n}" \\[ref_\\d+\\]`));
    }
    // Neither the wrapper that only draws the control nor the label naming it is a second target beside it.
    expect(view).not.toMatch(/generic( "[^"]*")? \[ref_\d+\] clickable/);
  });
});

/**
 * A chart's legend drawn in SVG, with the accessibility module's proxy buttons laid over it at opacity 0.001, nested as
 * Highcharts nests them (button › li › ul › proxy group › proxy container, beside the chart's svg).
 */
function chartWithProxies(n: number): string {
  const proxy = (left: number, label: string): string =>
    `<li><button class="proxy" style="left:${left}px" aria-label="${label} ${n}" aria-pressed="true"></button></li>`;
  return `<div style="position:relative;width:400px"><svg width="400" height="90"><rect y="60" width="12" height="12" fill="#c00"/><text x="18" y="71">Organic</text><rect x="130" y="60" width="12" height="12" fill="#00c"/><text x="148" y="71">Paid</text></svg>
<div class="proxy-container"><div class="proxy-group"><ul style="margin:0;padding:0;list-style:none">${proxy(0, 'Show Organic')}${proxy(130, 'Show Paid')}</ul></div></div></div>
<div style="position:relative;height:90px"><p>Plain text ${n}</p><button class="proxy" style="left:0" aria-label="Over text ${n}"></button></div>
<div style="position:relative;height:90px"><p>Offer card ${n}</p><button class="proxy" style="left:0">Claim reward ${n}</button><button class="proxy" style="left:110px;opacity:0" aria-label="Zero proxy ${n}"></button></div>`;
}

describe('a chart proxy button faded over the legend item it stands for', () => {
  it('is offered, in view and below the fold; a faded button with text, over no drawing or at opacity 0 is not', async () => {
    const style = '<style>.proxy{position:absolute;top:56px;width:100px;height:20px;opacity:0.001;border:0}</style>';
    const p = await harness().open(
      page(`${style}${chartWithProxies(1)}<div style="height:1600px"></div>${chartWithProxies(2)}`),
    );
    const view = (await readPage(p)).text;
    const all = (await readPage(p, { filter: 'all' })).text;
    for (const [text, n] of [
      [view, 1],
      [all, 1],
      [all, 2],
    ] as const) {
      expect(text).toMatch(new RegExp(`button "Show Organic ${n}" \\[ref_\\d+\\] pressed`));
      expect(text).toMatch(new RegExp(`button "Show Paid ${n}" \\[ref_\\d+\\] pressed`));
      expect(text).not.toContain(`Over text ${n}`);
      expect(text).not.toContain(`Claim reward ${n}`);
      expect(text).not.toContain(`Zero proxy ${n}`);
    }
  });
});
