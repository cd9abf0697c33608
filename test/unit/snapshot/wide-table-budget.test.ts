// filter "all" stops walking once its output would pass the character cap. A table's cells print as parts of their
// row's line, so counting each as a line of its own made a wide table look twice its size and stopped the walk with
// the cap half used. Real Chromium, the real snapshotter.
import { expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

it('reads a 240-row, 12-column table whole with filter "all" when it fits the 50,000-character cap', async () => {
  const cells = (r: number): string => Array.from({ length: 12 }, (_, c) => `<td>c${r}-${c}</td>`).join('');
  const rows = Array.from({ length: 240 }, (_, r) => `<tr>${cells(r)}</tr>`).join('');
  const p = await harness().open(page(`<table>${rows}</table><button>After the table</button>`));
  const { text, truncated } = await readPage(p, { filter: 'all' });
  expect(text.length).toBeLessThan(50_000);
  expect(text).toMatch(/row: c239-0 \| c239-1 \|/);
  expect(text).toContain('button "After the table" [ref_');
  expect(text).not.toContain('Not shown (output limit)');
  expect(truncated).toBe(false);
});
