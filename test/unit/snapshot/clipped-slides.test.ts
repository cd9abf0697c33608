// A carousel or a date picker pre-renders the next slide or month beside the shown one, inside a box that clips
// without letting a person scroll (overflow:hidden or clip): nothing of it is listed, neither its controls nor its
// headings, rows and text, nor counted in a summary of what lies beyond the window (a share sheet pushed below a
// mobile app's column). What an overflow:auto strip hides past its edge is still reachable. Real Chromium.
import { expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

const month = (name: string): string =>
  `<div style="flex:0 0 220px"><h2>${name}</h2><table role="grid" aria-label="${name}"><tr><td role="gridcell" tabindex="-1">1 ${name}</td><td role="gridcell" tabindex="-1">2 ${name}</td></tr></table><p>Notes for ${name}</p></div>`;

it('lists nothing of a slide clipped away beside the shown one', async () => {
  for (const overflow of ['hidden', 'clip']) {
    const p = await harness().open(
      page(`<div style="overflow:${overflow};width:220px"><div style="display:flex;width:440px">${month('December')}${month('January')}</div></div>
        <div style="overflow-x:auto;width:220px"><div style="display:flex;width:440px">${month('March')}${month('April')}</div></div>`),
    );
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      expect(text).toMatch(target('gridcell', '1 December'));
      expect(text).not.toMatch(/January/);
      expect(text).toMatch(/1 April/);
    }
  }
});

it('lists the shown slide of a carousel whose wrapper is translated off the page, and only that one', async () => {
  // Swiper, Embla and Glide move a wrapper as wide as the carousel by a transform: the wrapper's own box lies off the
  // page's start while the shown slide overflows it back into view. In view and below the fold, both clips.
  const carousel = (overflow: string, key: string): string =>
    `<div style="overflow:${overflow};width:300px;height:90px"><div style="display:flex;transform:translate3d(-600px,0,0)">${[
      0, 1, 2, 3,
    ]
      .map((i) => `<div style="flex:0 0 300px;height:90px"><a href="/${key}/${i}">Photo ${key} ${i}</a></div>`)
      .join('')}</div></div>`;
  for (const overflow of ['hidden', 'clip']) {
    const p = await harness().open(
      page(
        `${carousel(overflow, 'top')}<a href="/sr" style="position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden">Offscreen skip link that is long</a><div style="height:1400px"></div>${carousel(overflow, 'low')}`,
      ),
    );
    const view = (await readPage(p)).text;
    expect(view).toMatch(target('link', 'Photo top 2'));
    expect(view).not.toMatch(/Photo top [013]/);
    const all = (await readPage(p, { filter: 'all' })).text;
    for (const key of ['top', 'low']) {
      expect(all).toMatch(target('link', `Photo ${key} 2`));
      expect(all).not.toMatch(new RegExp(`Photo ${key} [013]`));
    }
    // A box pushed off the page whose overflow it clips stays off the page.
    expect(all).not.toMatch(/Offscreen skip link/);
  }
});

it('does not count a sheet pushed below a clipping column as lying past the window edge', async () => {
  for (const overflow of ['hidden', 'clip']) {
    const p = await harness().open(
      page(
        `<div style="position:relative;height:100vh;max-width:430px;overflow:${overflow}">
          <main style="height:100%;overflow-y:auto"><button>Like</button><div style="height:2000px"></div><button>Load more</button></main>
          <div role="dialog" aria-label="Share to" style="position:absolute;left:0;right:0;bottom:0;height:200px;transform:translateY(100%)"><button>Copy link</button></div>
        </div>`,
        '<style>html,body{margin:0;height:100%;overflow:hidden}</style>',
      ),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(target('button', 'Like'));
    expect(text).toMatch(/more below in this region: ~1 button/);
    expect(text).not.toMatch(/Past the window edge|Below the viewport/);
  }
});
