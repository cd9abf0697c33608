// An empty link laid over words another layer shows is named by those words: a PDF viewer's link annotations (pdf.js
// stretches an empty <a> over each link's area, above the transparent text layer over the page's canvas) and a card
// made clickable by an empty link stretched over it. Only the words under it count (not the lines beside it), and an
// empty link over no words (an icon drawn by its background) stays unnamed. Real Chromium, the real snapshotter.
import { expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

const line = (top: number, words: string): string =>
  `<span style="position:absolute;left:20px;top:${top}px;font-size:14px;color:transparent;white-space:pre">${words}</span>`;

const OVERLAID = page(`<div style="position:relative;width:600px;height:200px">
  <div style="position:absolute;inset:0"><canvas width="600" height="200" style="display:block"></canvas></div>
  <div style="position:absolute;inset:0">${line(20, 'Quarterly retention fell')}${line(40, 'See the appendix on churn')}${line(60, 'for the method used')}</div>
  <div style="position:absolute;inset:0;pointer-events:none"><section style="position:absolute;left:20px;top:39px;width:200px;height:17px;pointer-events:auto"><a href="#page=5" style="position:absolute;inset:0"></a></section></div>
</div>
<div style="position:relative;width:300px;border:1px solid #ccc;padding:8px"><h3>Harbour view suite</h3><p>Sleeps four</p><a href="/rooms/7" style="position:absolute;inset:0"></a></div>
<a href="/settings" style="display:inline-block;width:24px;height:24px;background:#1a5fb4"></a>`);

it('names an empty link laid over words by the words under it', async () => {
  const p = await harness().open(OVERLAID);
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    expect(text).toMatch(target('link', 'See the appendix on churn'));
    expect(text).toMatch(target('link', 'Harbour view suite Sleeps four'));
    expect(text).toMatch(/link \[ref_\w+\]( href="\/settings")?$/m);
  }
});
