// A carousel or a date picker pre-renders the next slide or month beside the shown one, inside a box that clips
// without letting a person scroll (overflow:hidden or clip): nothing of it is listed, neither its controls nor its
// headings, rows and text. What an overflow:auto strip hides past its edge is still reachable. Real Chromium.
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
    await p.context().close();
  }
});
