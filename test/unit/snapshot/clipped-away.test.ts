// Content hidden by clipping rather than by display or visibility: a panel collapsed to zero height with overflow
// hidden, a menu closed with clip-path, a full-size box cut to nothing with clip:rect(0 0 0 0). Nothing of it can be
// seen or clicked, in the viewport or below it, so none of it is exposed; a clip that only rounds corners or trims
// an edge hides nothing. Real Chromium, the real snapshotter.
import { describe, expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const filler = '<div style="height:1400px"></div>';

/** The same set of clipped-away controls, placed at the top of the page or below the fold. */
function clippedControls(where: string): string {
  return `
  <div style="height:0;overflow:hidden"><a href="/policy">Policy in a collapsed panel ${where}</a></div>
  <div style="max-height:0;overflow:hidden"><button>Transfer in a collapsed menu ${where}</button></div>
  <div style="width:0;overflow-x:auto;white-space:nowrap"><button>Inside a zero-width scroller ${where}</button></div>
  <div style="position:relative;height:40px">
    <nav style="position:absolute;left:0;right:0;top:0;height:200px;clip-path:inset(0 0 100% 0)"><a href="/m">Mega link ${where}</a></nav>
  </div>
  <div style="position:relative;height:40px">
    <div style="position:absolute;width:220px;height:160px;clip:rect(0 0 0 0)"><a href="/l">Language link ${where}</a></div>
  </div>
  <div style="clip-path:circle(0);width:200px"><button>Behind a zero circle ${where}</button></div>`;
}

describe('controls clipped to nothing are not exposed', () => {
  it('leaves them out of the default view and of filter "all", in the viewport and below it', async () => {
    const p = await harness().open(
      page(`<button>Visible at top</button>${clippedControls('top')}${filler}${clippedControls('below')}
      <button>Visible at the end</button>`),
    );
    const viewport = await readPage(p);
    const all = await readPage(p, { filter: 'all' });
    expect(viewport.text).toContain('button "Visible at top" [ref_');
    expect(all.text).toContain('button "Visible at the end" [ref_');
    for (const text of [viewport.text, all.text]) {
      for (const hidden of [
        'Policy in',
        'Transfer in',
        'zero-width scroller',
        'Mega link',
        'Language link',
        'zero circle',
      ])
        expect(text, hidden).not.toContain(hidden);
    }
  });

  it('keeps what a clip only trims: rounded corners, a partly clipped strip, a visually hidden label', async () => {
    const p = await harness().open(
      page(`
      <div style="clip-path:inset(0 round 12px);padding:8px"><button>In a rounded card</button></div>
      <div style="position:relative;height:60px">
        <div style="position:absolute;width:400px;height:60px;clip-path:inset(0 200px 0 0)"><button>Left half shown</button><button style="margin-left:240px">Right half clipped</button></div>
      </div>
      <button><span aria-hidden="true">★</span><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Star message</span></button>`),
    );
    const { text } = await readPage(p, { filter: 'all' });
    expect(text).toContain('button "In a rounded card" [ref_');
    expect(text).toContain('button "Left half shown" [ref_');
    expect(text).not.toContain('Right half clipped');
    expect(text).toMatch(/button "★? ?Star message" \[ref_/);
  });

  it('keeps what escapes a collapsed box: fixed content in a zero-height wrapper, an app in a fixed root over a zero-height body', async () => {
    const p = await harness().open(
      page(
        `<div id="app" style="position:fixed;inset:0"><button>App button</button></div>
        <div style="height:0;overflow:hidden"><a href="/gone">Collapsed link</a>
          <div style="position:fixed;right:10px;bottom:10px"><button>Toast action</button></div></div>`,
        '<style>html,body{margin:0;overflow:hidden}</style>',
      ),
    );
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      expect(text).toContain('button "App button" [ref_');
      expect(text).toContain('button "Toast action" [ref_');
      expect(text).not.toContain('Collapsed link');
    }
  });
});
