// Panes inside panes, the way boards and rails are built: a board that scrolls sideways but clips vertically
// (overflow-x:auto; overflow-y:hidden) holding lists that each scroll vertically, and a rail whose nested list ends
// a pixel or two inside the rail's edge. What one axis clips is hidden; what the other axis scrolls to is reachable,
// and what lies past the board's edge is said to lie to its right, not below the window. Real Chromium.
import { describe, expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

const cards = (list: number, n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<div style="height:70px;margin-bottom:8px;background:#fff;display:flex;justify-content:space-between"><span>Card ${list}.${i}</span><button>Assign ${list}.${i}</button></div>`,
  ).join('');

/** Six 300 px lists in a 760 px board, in a 1,000 px window: list 2 straddles the board's edge, lists 3–5 lie past it. */
const BOARD = page(
  `<main aria-label="Board" style="display:flex;gap:10px;overflow-x:auto;overflow-y:hidden;width:760px;height:500px">
    ${Array.from(
      { length: 6 },
      (_, l) => `<section aria-label="List ${l}" style="flex:0 0 300px;display:flex;flex-direction:column">
        <button>Actions ${l}</button><div style="overflow-y:auto;flex:1;min-height:0">${cards(l, 12)}</div></section>`,
    ).join('')}
  </main>`,
  '<style>html,body{margin:0;height:100%;overflow:hidden}</style>',
);

describe('a board that scrolls sideways and clips vertically', () => {
  it('lists the lists past its right edge with filter "all"', async () => {
    const p = await harness().open(BOARD, { viewport: { width: 1000, height: 600 } });
    const { text } = await readPage(p, { filter: 'all' });
    for (const name of ['Actions 4', 'Assign 4.0', 'Assign 5.11', 'Assign 2.11']) {
      expect(text).toMatch(target('button', name));
    }
  });

  it('summarizes them to the right of the board, not past the window edge', async () => {
    const p = await harness().open(BOARD, { viewport: { width: 1000, height: 600 } });
    const { text } = await readPage(p);
    // List 2's buttons at its right end lie inside the window and inside the list, but past the board's edge.
    expect(text).toMatch(/^ \(more to the right in this region: ~\d+ buttons/m);
    expect(text).not.toMatch(/Past the window edge/);
    expect(text).not.toMatch(/Below the viewport/);
  });
});

describe('a pane that ends a sliver inside its scroller', () => {
  it('keeps a link showing two pixels at the bottom of a scrolling rail', async () => {
    // The rail (0–300) scrolls; its list's third link starts at y=298 and runs past the rail's edge.
    const p = await harness().open(
      page(
        `<aside style="height:300px;overflow-y:auto;width:300px"><div style="height:238px">Related</div>
          <ul style="margin:0;padding:0;list-style:none;height:200px;overflow-y:auto">
            <li style="height:30px"><a href="/c/1">Case 1</a></li><li style="height:30px"><a href="/c/2">Case 2</a></li>
            <li style="height:30px"><a href="/c/3">Case 3</a></li>
          </ul></aside>`,
        '<style>html,body{margin:0}</style>',
      ),
      { viewport: { width: 800, height: 600 } },
    );
    const { text } = await readPage(p, { filter: 'all' });
    expect(text).toMatch(target('link', 'Case 3'));
  });
});
