// Controls a person sees part of, or reaches with one scroll, in app layouts a–h of the benchmark do not have: a
// message list whose pane ends above a composer, a dialog body that scrolls above its footer, a table box shorter
// than the window, a booking bar fixed over the bottom of a scrolling page, a strip whose next button peeks in at
// the window's edge, and a keyboard-scrollable (focusable) region whose text must still be read. Real Chromium.
import { describe, expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const rows = (n: number, make: (i: number) => string): string => Array.from({ length: n }, (_, i) => make(i)).join('');

describe('a pane that ends inside the window', () => {
  /** Chat: a header, a message pane 50–400 px scrolled to its end, a composer below it; the window does not scroll. */
  const CHAT = page(
    `<div style="display:grid;grid-template-rows:50px 350px 1fr;height:100vh">
      <header><h1 style="margin:0;font-size:18px">Team chat</h1></header>
      <div id="log" role="log" aria-label="Messages" style="overflow-y:auto">
        ${rows(40, (i) => `<div style="height:50px"><button>Reply to message ${i}</button></div>`)}
      </div>
      <footer><textarea aria-label="Write a message"></textarea><button>Send</button></footer>
    </div>
    <script>const log = document.getElementById('log'); log.scrollTop = 15 * 50;</script>`,
    '<style>html,body{margin:0;height:100%;overflow:hidden}</style>',
  );

  it('lists what the pane scrolled just past its edges while it is still inside the window', async () => {
    const p = await harness().open(CHAT, { viewport: { width: 800, height: 600 } });
    const { text } = await readPage(p);
    expect(text).toMatch(/^log "Messages" \[ref_\d+\] scrollable y=750–1,100\/2,000 center=\(400,225\)$/m);
    // Message 14 sits just above the pane (y 0–50 of the window, under the header), 22–25 below it, over the composer.
    for (const i of [14, 15, 21, 22, 25]) expect(text).toContain(`button "Reply to message ${i}" [ref_`);
    expect(text).not.toContain('button "Reply to message 13"');
    expect(text).not.toContain('button "Reply to message 26"');
    expect(text).toMatch(/^ \(more above in this region: ~14 buttons/m);
    expect(text).toMatch(/^ \(more below in this region: ~14 buttons/m);
    expect(text).toContain('button "Send" [ref_');
  });

  it('reads the text of a keyboard-scrollable (focusable) table box, and does not name the box by its content', async () => {
    const p = await harness().open(
      page(
        `<div tabindex="0" style="height:150px;overflow:auto"><table>${rows(30, (i) => `<tr><td><a href="/u/${i}">User ${i}</a></td><td>user${i}@example.com</td><td>Active</td></tr>`)}</table></div>`,
      ),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(/^scrollarea \[ref_\d+\] focusable scrollable y=0–150\//m);
    expect(text).toMatch(/row: link "User 0" \[ref_\d+\] \| user0@example.com \| Active/);
  });
});

describe('controls a scroll brings out', () => {
  it('keeps a control under a bar fixed to the bottom of a scrolling page, not one covered for good', async () => {
    const p = await harness().open(
      page(`<div style="position:relative;height:40px"><button style="position:absolute;inset:0">Under a cover</button><div style="position:absolute;inset:0;background:#fff">cover</div></div>
      <div style="height:500px">Intro</div>
      <button style="height:40px">Under the booking bar</button>
      <div style="height:1200px"></div>
      <div style="position:fixed;left:0;right:0;bottom:0;height:140px;background:#fff"><button>Reserve</button></div>`),
      { viewport: { width: 800, height: 600 } },
    );
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      expect(text).toContain('button "Reserve" [ref_');
      expect(text).toContain('button "Under the booking bar" [ref_');
      expect(text).not.toContain('Under a cover');
    }
  });

  it('keeps the next button of a strip that peeks in at the window edge by a pixel or two', async () => {
    const p = await harness().open(
      page(
        `<div style="display:flex;gap:8px;overflow-x:auto;margin:0 -600px 0 -2px">${rows(12, (i) => `<button style="flex:0 0 92px">Slot ${i}</button>`)}</div>`,
        '<style>html{overflow-x:hidden}body{margin:0}</style>',
      ),
      { viewport: { width: 800, height: 600 } },
    );
    // Slot i spans -2 + 100 i to 90 + 100 i: slot 8 shows its first 2 px (798–800) of the 800-px window.
    const { text } = await readPage(p);
    const all = await readPage(p, { filter: 'all' });
    for (const t of [text, all.text]) expect(t).toContain('button "Slot 8" [ref_');
  });

  it("leaves out row controls past a pane's edge that a drawer over the pane covers wherever the pane scrolls", async () => {
    // A list pane 0–300 px high in a 600-px window, its rows running on below it; a drawer outside the pane lies over
    // the pane's right part (x ≥ 500) from its top to its bottom, a small menu over its left part. The window does not
    // scroll.
    const p = await harness().open(
      page(
        `<div style="position:relative;height:100vh">
          <div id="list" style="height:300px;overflow:auto">${rows(20, (i) => `<div style="display:flex;height:40px"><button style="width:200px">Open ${i}</button><span style="flex:1"></span><button style="width:150px;margin-right:50px">Actions ${i}</button></div>`)}</div>
          <aside style="position:absolute;left:500px;right:0;top:0;height:300px;background:#fff;border-left:1px solid #999"><button>Save</button></aside>
          <div role="menu" style="position:absolute;left:0;top:120px;width:220px;background:#fff"><button role="menuitem">Copy</button></div>
        </div>`,
        '<style>html,body{margin:0;height:100%;overflow:hidden}</style>',
      ),
      { viewport: { width: 800, height: 600 } },
    );
    const { text } = await readPage(p);
    // Rows 8–14 lie below the pane (300–600 px) inside the window: one scroll brings them in.
    for (const i of [0, 9, 14]) expect(text).toContain(`button "Open ${i}" [ref_`);
    for (const i of [0, 9, 14]) expect(text).not.toMatch(new RegExp(`"Actions ${i}" \\[ref_`));
    expect(text).toContain('button "Save" [ref_');
  });

  it('keeps the rows of a sideways pane below the body pane around it, over a footer the body scrolls them above', async () => {
    // A grid body 0–300 px scrolls vertically; inside it, the rows' pane scrolls sideways. A status bar fills the
    // window below the body: rows past the body's edge lie over it, and the body's own scroll brings them out.
    const p = await harness().open(
      page(
        `<div style="height:300px;overflow-y:auto"><div style="overflow-x:auto">
          <div style="width:1600px">${rows(20, (i) => `<div style="height:40px"><button style="width:200px">Open ${i}</button></div>`)}</div>
        </div></div>
        <footer style="height:300px;background:#eee">Page 1 of 9</footer>`,
        '<style>html,body{margin:0;height:100%;overflow:hidden}</style>',
      ),
      { viewport: { width: 800, height: 600 } },
    );
    const { text } = await readPage(p);
    for (const i of [0, 8, 12]) expect(text).toContain(`button "Open ${i}" [ref_`);
  });

  it("keeps grid cells scrolled under a sticky header row and column, the grid's scrollbar, or a menu placed over the grid", async () => {
    const cells = (r: number): string =>
      Array.from({ length: 10 }, (_, c) => `<td><input aria-label="R${r}C${c}" style="width:100px"></td>`).join('');
    const head = Array.from({ length: 10 }, (_, c) => `<th><button>Col ${c}</button></th>`).join('');
    const body = rows(30, (r) => `<tr><th><button>Row ${r}</button></th>${cells(r)}</tr>`);
    const p = await harness().open(
      page(
        `<div id="grid" style="width:700px;height:400px;overflow:auto">
          <table style="border-spacing:0"><thead><tr><th></th>${head}</tr></thead><tbody>${body}</tbody></table>
        </div>
        <div role="menu" aria-label="Cell menu" style="position:absolute;left:450px;top:250px;width:200px;background:#fff;border:1px solid #999">
          <button role="menuitem">Copy</button><button role="menuitem">Paste</button>
        </div>
        <script>const g = document.getElementById('grid'); g.scrollLeft = 150; g.scrollTop = 100;</script>`,
        `<style>body{margin:0}th,td{height:30px;padding:0}thead th{position:sticky;top:0;background:#eee;z-index:2}
        tbody th{position:sticky;left:0;background:#eee;z-index:1;width:80px}thead th:first-child{left:0;z-index:3}</style>`,
      ),
      { viewport: { width: 800, height: 600 } },
    );
    const under = await p.evaluate(() => {
      // Controls whose centre lies inside the grid but under the sticky row or column, its scrollbar, or the menu.
      const grid = (document.getElementById('grid') as HTMLElement).getBoundingClientRect();
      const names: string[] = [];
      for (const el of document.querySelectorAll('#grid input, #grid tbody button')) {
        const r = el.getBoundingClientRect();
        const [x, y] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
        if (x < 0 || y < 0 || x > grid.right || y > grid.bottom) continue;
        if (document.elementFromPoint(x, y) !== el) names.push(el.getAttribute('aria-label') ?? el.textContent ?? '');
      }
      return names;
    });
    expect(under.length).toBeGreaterThan(5);
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      expect(text).toContain('menuitem "Copy" [ref_');
      // The header row scrolled away with the table; its sticky cells did not.
      for (const col of [2, 5, 8]) expect(text).toContain(`button "Col ${col}" [ref_`);
      for (const name of under) expect(text, name).toMatch(new RegExp(`"${name}" \\[ref_`));
    }
  });
});
