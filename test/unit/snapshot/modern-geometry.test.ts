// Layout features app shells use today that change where things are: vertical writing modes (content overflows to
// the left), `overflow:clip` with `overflow-clip-margin` (content paints past the box), CSS `zoom` on a pane (its
// scroll offsets and client size are in its own zoomed pixels, its box in the window's), and anchor-positioned
// popups that the browser hides when their anchor is scrolled out of view (`position-visibility`). Real Chromium.
import { describe, expect, it } from 'vitest';
import { find, page, pageText, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { named, target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

const buttons = (prefix: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `<p><button>${prefix} ${i}</button></p>`).join('');

describe('vertical writing modes', () => {
  // 40 columns of 37 px in a 500 px pane: the first 13 show at its right edge; the rest overflow to the left.
  const PANE = page(
    `<div aria-label="Columns" style="writing-mode:vertical-rl;height:300px;width:500px;overflow:auto">${buttons('Column', 40)}</div>`,
    '<style>body{margin:0}</style>',
  );

  it('lists what a vertical-rl pane holds to its left with filter "all", and find and the page text reach it', async () => {
    const p = await harness().open(PANE);
    const { text } = await readPage(p, { filter: 'all' });
    for (const i of [0, 20, 39]) expect(text).toMatch(target('button', `Column ${i}`));
    expect(await find(p, 'Column 39')).toMatch(target('button', 'Column 39'));
    expect(await pageText(p)).toContain('Column 39');
  });

  it('summarizes it to the left of the pane in the default view, with the range measured from the left', async () => {
    const p = await harness().open(PANE);
    const { text } = await readPage(p);
    expect(text).toMatch(target('button', 'Column 0'));
    expect(text).toMatch(/^ \(more to the left in this region: ~\d+ buttons/m);
    // At the start the pane shows the right end of its content.
    expect(text).toMatch(/scrollable x=(\d[\d,]*)–([\d,]+)\/\2 /);
  });

  it('reads a page written vertically (the window scrolls to the left)', async () => {
    const p = await harness().open(
      page(buttons('Verse', 60), '<style>html{writing-mode:vertical-rl}body{margin:0}</style>'),
    );
    const { text } = await readPage(p, { filter: 'all' });
    for (const i of [0, 30, 59]) expect(text).toMatch(target('button', `Verse ${i}`));
  });
});

describe('overflow:clip with overflow-clip-margin', () => {
  it('lists a control painted in the clip margin and not one beyond it', async () => {
    // The box is 100 px high and clips 30 px past its padding box: the first button (y 110–131) shows, the second not.
    const p = await harness().open(
      page(`<div style="width:300px;height:100px;overflow:clip;overflow-clip-margin:30px">
        <button style="margin-top:110px;height:20px">In the margin</button><br>
        <button style="margin-top:60px">Beyond the margin</button></div><button>After</button>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(target('button', 'In the margin'));
    expect(text).toMatch(target('button', 'After'));
    expect(text).not.toMatch(named('button', 'Beyond the margin'));
  });
});

describe('CSS zoom on a pane', () => {
  // A fixed shell: a nav zoomed ×2 and a main pane zoomed ×0.5, each scrolling by itself.
  const SHELL = page(
    `<div style="position:fixed;inset:0;display:grid;grid-template-columns:300px 1fr">
      <nav aria-label="Nav" style="overflow:auto;zoom:2">${buttons('Nav', 30)}</nav>
      <main aria-label="Main" style="overflow:auto;zoom:0.5">${buttons('Main', 80)}</main></div>`,
    '<style>body{margin:0}</style>',
  );

  it('files what a zoomed pane holds below its view under that pane, not past the window edge', async () => {
    const p = await harness().open(SHELL);
    const { text } = await readPage(p);
    expect(text).toMatch(target('button', 'Main 0'));
    expect(text).toMatch(target('button', 'Nav 0'));
    expect(text).not.toMatch(/Past the window edge/);
    expect(text).toMatch(/^ \(more below in this region: ~\d+ buttons; \d+ × <p> \(e\.g\. "Main \d+"\)\)/m);
  });

  it('gives each zoomed pane a centre point inside its box on screen, and a range in screen pixels', async () => {
    const p = await harness().open(SHELL);
    const { text } = await readPage(p);
    // The nav spans x 0–300 and the main pane x 300–1,000 of the 1,000×700 window, both the full height.
    expect(text).toMatch(/navigation "Nav" \[ref_\w+\] scrollable y=0–700\/[\d,]+ center=\(150,350\)/);
    expect(text).toMatch(/main "Main" \[ref_\w+\] scrollable y=0–700\/[\d,]+ center=\(650,350\)/);
  });
});

describe('anchor-positioned popups', () => {
  const tipped = (scrolledTo: number): string =>
    page(`<div id="pane" style="height:100px;overflow:auto;width:300px"><div style="height:500px"></div>
      <button style="anchor-name:--row">Row actions</button><div style="height:500px"></div></div>
      <div style="position:absolute;position-anchor:--row;top:anchor(bottom);left:anchor(left)"><button>Tip action</button></div>
      <script>document.getElementById('pane').scrollTop = ${scrolledTo}</script>`);

  it('does not offer a popup the browser hides because its anchor is scrolled out of view', async () => {
    const p = await harness().open(tipped(0));
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      expect(text).not.toMatch(named('button', 'Tip action'));
    }
    expect(await find(p, 'Tip action')).not.toMatch(named('button', 'Tip action'));
  });

  it('offers it while its anchor is in view', async () => {
    const p = await harness().open(tipped(450));
    const { text } = await readPage(p);
    expect(text).toMatch(target('button', 'Row actions'));
    expect(text).toMatch(target('button', 'Tip action'));
  });
});
