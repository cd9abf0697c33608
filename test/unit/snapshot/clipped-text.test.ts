// Text and headings cut away by an ancestor that clips its overflow (the slides of a carousel beyond its track, a
// panel's rows below a clipped box) are not read, in the viewport or below it; what a scroll pane only scrolled out
// of view and what overflows a box that does not clip stay readable. Real Chromium, the real snapshotter.
import { describe, expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

function carousel(where: string): string {
  return `
  <div style="width:400px;overflow:hidden"><div style="display:flex;width:1600px">
    ${[1, 2, 3, 4].map((n) => `<div style="width:400px;flex:none"><h3>Slide ${n} ${where}</h3><p>Story ${n} ${where}</p></div>`).join('')}
  </div></div>
  <div style="height:60px;overflow:clip"><p>Row one ${where}</p><p style="margin-top:80px">Row hidden ${where}</p></div>
  <div style="height:60px;overflow:auto"><p>Pane top ${where}</p><p style="margin-top:80px">Pane scrolled ${where}</p></div>
  <div style="position:relative;height:30px"><div style="position:absolute;top:40px">Overflowing note ${where}</div></div>
  <div style="height:60px"></div>`;
}

describe('text clipped away by an ancestor', () => {
  it('is not read, in view and below the fold; scrolled-out and overflowing text is', async () => {
    const p = await harness().open(page(`${carousel('top')}<div style="height:1500px"></div>${carousel('below')}`));
    const viewport = (await readPage(p)).text;
    const all = (await readPage(p, { filter: 'all' })).text;
    for (const [text, wheres] of [
      [viewport, ['top']],
      [all, ['top', 'below']],
    ] as const) {
      for (const where of wheres) {
        for (const shown of [`Slide 1 ${where}`, `Story 1 ${where}`, `Row one ${where}`, `Overflowing note ${where}`])
          expect(text, shown).toContain(shown);
        for (const hidden of [`Slide 2 ${where}`, `Story 3 ${where}`, `Slide 4 ${where}`, `Row hidden ${where}`])
          expect(text, hidden).not.toContain(hidden);
      }
    }
    expect(all).toContain('Pane scrolled top');
  });
});

describe('text running past the bottom of a box that clips it', () => {
  it('is read up to the last line that shows (a line clamp, a max-height teaser), in view and below the fold', async () => {
    const words = (from: string, n: number) => Array.from({ length: n }, (_, i) => `${from}${i}`).join(' ');
    const clamped = (where: string) => `
      <p style="width:300px;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden">
        Clampstart${where} ${words('shown', 6)} ${words('filler', 20)} Clampend${where}</p><button>See more ${where}</button>
      <div style="width:300px;max-height:40px;overflow:hidden;line-height:20px">Teaserstart${where} <b>${words('bold', 20)}</b>
        Teaserend${where}</div>
      <div style="width:300px;height:40px;overflow:auto">Panestart${where} ${words('pane', 20)} Paneend${where}</div>`;
    const p = await harness().open(page(`${clamped('top')}<div style="height:1500px"></div>${clamped('below')}`));
    const viewport = (await readPage(p)).text;
    const all = (await readPage(p, { filter: 'all' })).text;
    for (const [text, wheres] of [
      [viewport, ['top']],
      [all, ['top', 'below']],
    ] as const) {
      for (const where of wheres) {
        for (const shown of [`Clampstart${where} shown0`, `Teaserstart${where} bold0`, `Paneend${where}`])
          expect(text, shown).toContain(shown);
        for (const hidden of [`Clampend${where}`, `Teaserend${where}`, 'bold19'])
          expect(text, hidden).not.toContain(hidden);
        expect(text).toMatch(new RegExp(`button "See more ${where}" \\[ref_`));
      }
    }
  });
});
