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
