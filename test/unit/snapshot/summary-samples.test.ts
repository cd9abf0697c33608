// The one-line summaries of what lies outside the view quote an example item. The example reads like the item's
// line would: cell and block boundaries are spaces, aria-hidden icons are left out. Real Chromium.
import { expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

it('quotes an example row below the view with its cells apart, not glued together', async () => {
  const rows = Array.from(
    { length: 40 },
    (_, i) =>
      `<tr><td>Member ${i}</td><td>m${i}@example.com</td><td><button><span aria-hidden="true">☆</span>Star</button></td></tr>`,
  ).join('');
  const p = await harness().open(page(`<div style="height:560px">Intro</div><table>${rows}</table>`), {
    viewport: { width: 800, height: 600 },
  });
  const { text } = await readPage(p);
  expect(text).toMatch(/Below the viewport .*3\d × rows \(e\.g\. "Member \d+ m\d+@example\.com Star"\)/);
  await p.context().close();
});
