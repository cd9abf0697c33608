// A two-thumb range slider (a price filter's minimum and maximum) stacks two range inputs over one track and lets the
// pointer through all of each input but its thumb: `pointer-events: none` on the inputs, `auto` on their thumbs. Both
// inputs are targets, in view (where the hit test looks at the thumb) and below the fold; a slider in a section locked
// with `pointer-events: none` (its thumb inheriting it) is not one in view. Real Chromium, the real snapshotter.
import { expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

const DUAL = `<style>
.dual{position:relative;height:28px;width:300px}
.dual input{position:absolute;left:0;top:6px;width:100%;margin:0;pointer-events:none;-webkit-appearance:none;background:transparent}
.dual input::-webkit-slider-thumb{pointer-events:auto;-webkit-appearance:none;width:16px;height:16px;border-radius:50%;background:#1a5fb4}
.locked{pointer-events:none;opacity:.6}
</style>`;

const dual = (label: string, low: number, high: number): string =>
  `<div class="dual"><input type="range" min="0" max="500" value="${low}" aria-label="Minimum ${label}"><input type="range" min="0" max="500" value="${high}" aria-label="Maximum ${label}"></div>`;

const SLIDERS = page(
  `${dual('price', 80, 260)}${dual('rating', 100, 450)}
<div class="locked"><input type="range" aria-label="Locked volume" value="30"></div>
<div style="height:1400px"></div>${dual('distance', 0, 120)}`,
  DUAL,
);

it('offers both inputs of a two-thumb slider, where only their thumbs take the pointer', async () => {
  const p = await harness().open(SLIDERS);
  const inView = (await readPage(p)).text;
  for (const name of ['Minimum price', 'Maximum price', 'Minimum rating', 'Maximum rating']) {
    expect(inView).toMatch(target('slider', name));
  }
  expect(inView).not.toMatch(target('slider', 'Locked volume'));
  const all = (await readPage(p, { filter: 'all' })).text;
  for (const name of ['Minimum price', 'Maximum rating', 'Minimum distance', 'Maximum distance']) {
    expect(all).toMatch(target('slider', name));
  }
});
