// Text under a cover over part of the page (a panel's opaque loading overlay, a card stacked over another in one grid
// cell) is not read, in the viewport and below the fold, by read_page, get_page_text or find, as the controls under
// it already were not offered; text under a see-through veil (a dimming backdrop, a pointer-events:none vignette) and
// the cover's own text are read. Real Chromium, the real snapshotter.
import { describe, expect, it } from 'vitest';
import { find, page, pageText, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

/** A panel whose heading and table rows lie under its own opaque "Loading" overlay, then one under a light veil. */
function panels(where: string): string {
  return `
  <section style="position:relative;width:420px;padding:8px;border:1px solid #ccc">
    <h3>Ledger ${where}</h3>
    <table><tr><td>Invoice marmot ${where}</td><td>1200</td><td><button>Open</button></td></tr>
      <tr><td>Invoice otter ${where}</td><td>80</td><td><button>Open</button></td></tr></table>
    <p>Note badger ${where}</p>
    <div style="position:absolute;inset:0;background:#fff;display:flex;align-items:center;justify-content:center">Loading report ${where}</div>
  </section>
  <div style="display:grid;width:420px"><p style="grid-area:1/1;margin:0;padding:12px">Teaser heron ${where}</p>
    <div style="grid-area:1/1;background:#fafafa;padding:12px">Subscribe card ${where}</div></div>
  <section style="position:relative;width:420px;padding:8px">
    <p>Dimmed lynx ${where}</p>
    <div style="position:absolute;inset:0;background:rgba(20,24,33,.4)"></div>
  </section>
  <section style="position:relative;width:420px;padding:8px">
    <p>Vignette puffin ${where}</p>
    <div style="position:absolute;inset:0;background:#fff;pointer-events:none;opacity:0.5"></div>
  </section>`;
}

describe('text under a bar that stays put', () => {
  it('is read: scrolling brings it out from under a fixed footer or a sticky column', async () => {
    const p = await harness().open(
      page(`<div style="width:300px;overflow:auto"><div style="display:flex;width:900px">
        <div style="position:sticky;left:0;width:120px;flex:none;background:#fff">Task</div>
        <div style="width:200px;flex:none">Week narwhal</div></div></div>
      <div style="height:610px"></div><p>Review walrus under the bar</p><div style="height:800px"></div>
      <div style="position:fixed;left:0;right:0;bottom:0;height:80px;background:#fff;border-top:1px solid #000">Book now</div>`),
    );
    await p.evaluate(() => {
      const pane = document.querySelector('div[style*="overflow:auto"]') as HTMLElement;
      pane.scrollLeft = 150;
    });
    for (const text of [(await readPage(p)).text, (await readPage(p, { filter: 'all' })).text, await pageText(p)]) {
      expect(text).toContain('Review walrus under the bar');
      expect(text).toContain('Week narwhal');
    }
  });
});

describe('text under part of the page', () => {
  it('is not read under an opaque cover, and is read under a see-through one', async () => {
    const p = await harness().open(page(`${panels('top')}<div style="height:1600px"></div>${panels('low')}`));
    const viewport = (await readPage(p)).text;
    const all = (await readPage(p, { filter: 'all' })).text;
    const text = await pageText(p);
    const readings: Array<[string, string, string[]]> = [
      ['viewport', viewport, ['top']],
      ['all', all, ['top', 'low']],
      ['page text', text, ['top', 'low']],
    ];
    for (const [how, reading, wheres] of readings) {
      for (const where of wheres) {
        for (const hidden of ['Ledger', 'Invoice marmot', 'Invoice otter', 'Note badger', 'Teaser heron'])
          expect(reading, `${how}: ${hidden} ${where}`).not.toContain(`${hidden} ${where}`);
        for (const shown of ['Loading report', 'Subscribe card', 'Dimmed lynx', 'Vignette puffin'])
          expect(reading, `${how}: ${shown} ${where}`).toContain(`${shown} ${where}`);
      }
      // The rows under the overlay go whole: a row of emptied cells and a covered button would read as an empty row.
      expect(reading, how).not.toMatch(/row: ""|\| "" \||Open/);
    }
    for (const where of ['top', 'low']) {
      expect(await find(p, `note badger ${where}`)).not.toContain(`Note badger ${where}`);
      expect(await find(p, `teaser heron ${where}`)).not.toContain(`Teaser heron ${where}"`);
      expect(await find(p, `dimmed lynx ${where}`)).toMatch(new RegExp(`"?Dimmed lynx ${where}"? \\[ref_`));
    }
  });
});
