// Scrollers whose content overflows toward the left or the top: right-to-left pages and panes (dir=rtl, where
// scrollLeft runs negative) and chat logs built with flex-direction: column-reverse (scrollTop runs negative, the
// newest message at the bottom). What overflows that way is reachable by scrolling; what lies past the start edge
// (to the right in rtl) is not. Real Chromium, the real snapshotter.
import { describe, expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const rows = (n: number, make: (i: number) => string): string => Array.from({ length: n }, (_, i) => make(i)).join('');

describe('content that overflows toward the start of a right-to-left or reversed scroller', () => {
  it('lists a right-to-left strip and page overflow with filter "all", and hides a drawer pushed off to the right', async () => {
    const p = await harness().open(
      page(
        `<div style="display:flex;gap:8px;overflow-x:auto;width:600px">${rows(20, (i) => `<button style="flex:0 0 100px">Category ${i}</button>`)}</div>
        <div style="display:flex;gap:8px;width:1500px">${rows(6, (i) => `<a href="/p/${i}" style="flex:0 0 240px">Promotion ${i}</a>`)}</div>
        <aside style="position:fixed;top:0;right:0;width:200px;transform:translateX(100%)"><a href="/logout">Log out from the drawer</a></aside>`,
        '<style>body{margin:0}</style>',
      ).replace('<html>', '<html dir="rtl">'),
      { viewport: { width: 800, height: 600 } },
    );
    const { text } = await readPage(p, { filter: 'all' });
    expect(text).toContain('button "Category 19" [ref_');
    expect(text).toContain('link "Promotion 5" [ref_');
    expect(text).not.toContain('Log out from the drawer');
  });

  it('keeps the older messages of a column-reverse chat log above its view, listed in the order they are shown', async () => {
    const p = await harness().open(
      page(
        `<div role="log" aria-label="Chat" style="height:300px;overflow-y:auto;display:flex;flex-direction:column-reverse">
          ${rows(30, (i) => `<div style="flex:0 0 40px"><button>Reply to message ${29 - i}</button></div>`)}
        </div>
        <div style="display:flex;flex-direction:row-reverse;justify-content:flex-end"><button>Save</button><button>Cancel</button></div>`,
      ),
    );
    const viewport = await readPage(p);
    // The range is measured from the top: the log shows its last 300 px.
    expect(viewport.text).toMatch(/^log "Chat" \[ref_\d+\] scrollable y=900–1,200\/1,200 center=/m);
    expect(viewport.text).toContain('button "Reply to message 29" [ref_');
    expect(viewport.text).toMatch(/^ \(more above in this region: ~2\d buttons/m);
    // The newest message comes first in the markup and is drawn at the bottom: read top to bottom, it comes last.
    const at = (text: string, name: string): number => text.indexOf(`button "${name}" [ref_`);
    expect(at(viewport.text, 'Reply to message 28')).toBeGreaterThan(0);
    expect(at(viewport.text, 'Reply to message 28')).toBeLessThan(at(viewport.text, 'Reply to message 29'));
    const all = await readPage(p, { filter: 'all' });
    expect(at(all.text, 'Reply to message 0')).toBeGreaterThan(0);
    expect(at(all.text, 'Reply to message 0')).toBeLessThan(at(all.text, 'Reply to message 29'));
    // A row-reverse button bar shows its last button first (left to right).
    expect(at(all.text, 'Cancel')).toBeGreaterThan(0);
    expect(at(all.text, 'Cancel')).toBeLessThan(at(all.text, 'Save'));
  });

  it('hides drawers and sheets fixed just past the right or bottom edge of a scrolling left-to-right page', async () => {
    const p = await harness().open(
      page(`<div style="height:2000px"><button>On the page</button></div>
        <aside style="position:fixed;top:0;right:0;width:200px;height:100%;transform:translateX(100%)"><a href="/cart">Checkout from the cart drawer</a></aside>
        <div style="position:fixed;left:0;right:0;bottom:0;height:200px;transform:translateY(110%)"><button>Send from the sheet</button></div>`),
    );
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      expect(text).toContain('button "On the page" [ref_');
      expect(text).not.toContain('Checkout from the cart drawer');
      expect(text).not.toContain('Send from the sheet');
    }
  });
});
