// The top layer: popovers (the Popover API) and modal dialogs (showModal) are painted above the whole page, outside
// every ancestor's overflow clip, clip-path and transform, wherever the page declared them (a menu inside a toolbar
// that clips, a dialog inside a card). What they hold is listed; what a modal covers is not; a closed popover, a
// non-modal dialog's page, `hidden="until-found"` and inert subtrees follow what a person sees. Real Chromium.
import { describe, expect, it } from 'vitest';
import { find, page, pageText, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { named, target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

describe('popovers', () => {
  const TOOLBAR = page(`<div role="toolbar" aria-label="Format" style="height:40px;overflow:hidden">
      <button popovertarget="more">More</button><button popovertarget="shut">Insert</button>
      <div id="more" popover role="menu" style="margin:0;top:60px;left:20px">
        <button role="menuitem">Export</button><button role="menuitem">Print</button></div>
      <div id="shut" popover style="margin:0;top:60px;left:300px"><button>Table</button></div></div>
    <div style="transform:translateX(10px);overflow:hidden;height:30px;width:100px">
      <div id="tip" popover="manual" style="margin:0;top:300px;left:300px"><button>Dismiss tip</button></div></div>
    <script>document.getElementById('more').showPopover(); document.getElementById('tip').showPopover();</script>`);

  it('lists an open popover declared inside a toolbar that clips, or a transformed box, and not a closed one', async () => {
    const p = await harness().open(TOOLBAR);
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      expect(text).toMatch(target('menuitem', 'Export'));
      expect(text).toMatch(target('menuitem', 'Print'));
      expect(text).toMatch(target('button', 'Dismiss tip'));
      expect(text).not.toMatch(named('button', 'Table'));
    }
    expect(await find(p, 'Export')).toMatch(target('menuitem', 'Export'));
    expect(await pageText(p)).toContain('Print');
  });

  it('lists a popover opened over a pane, and not the pane rows it covers', async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `<p style="margin:0;height:30px"><a href="/r/${i}">Row ${i}</a></p>`,
    );
    const p = await harness().open(
      page(`<main style="height:600px;overflow:auto;width:600px">${rows.join('')}</main>
        <div id="filters" popover style="margin:0;inset:auto;top:0;left:0;width:400px;height:150px;background:#fff">
          <label><input type="checkbox"> Unread</label><button>Apply</button></div>
        <script>document.getElementById('filters').showPopover()</script>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(target('checkbox', 'Unread'));
    expect(text).toMatch(target('button', 'Apply'));
    expect(text).not.toMatch(target('link', 'Row 1'));
    expect(text).toMatch(target('link', 'Row 10'));
  });
});

describe('dialogs', () => {
  it('lists a modal dialog declared inside a container that clips, and nothing it covers', async () => {
    const p = await harness().open(
      page(`<div style="height:40px;overflow:hidden;transform:scale(1)"><button>Toolbar action</button>
          <dialog id="confirm" aria-label="Delete file"><p>Delete it?</p><button>Delete</button><button>Keep</button></dialog></div>
        <button>Under the dialog</button><script>document.getElementById('confirm').showModal()</script>`),
    );
    for (const filter of [null, 'all'] as const) {
      const { text } = await readPage(p, { filter });
      expect(text).toMatch(target('button', 'Delete'));
      expect(text).toMatch(target('button', 'Keep'));
      expect(text).not.toMatch(named('button', 'Under the dialog'));
      expect(text).not.toMatch(named('button', 'Toolbar action'));
    }
    expect(await find(p, 'Under the dialog')).not.toMatch(named('button', 'Under the dialog'));
  });

  it('keeps the page of a non-modal dialog (show()) reachable, and gives a closed dialog no line', async () => {
    const p = await harness().open(
      page(`<button>Page action</button><dialog id="note" style="top:200px"><button>Got it</button></dialog>
        <dialog><button>Closed dialog action</button></dialog><script>document.getElementById('note').show()</script>`),
    );
    const { text } = await readPage(p);
    expect(text).toMatch(target('button', 'Page action'));
    expect(text).toMatch(target('button', 'Got it'));
    expect(text).not.toMatch(/Closed dialog action|covers the page|behind the overlay/);
  });
});

describe('content a person cannot see yet', () => {
  it('leaves out hidden="until-found" sections, closed exclusive accordions and inert subtrees', async () => {
    const p = await harness().open(
      page(`<div hidden="until-found"><button>Found later</button></div>
        <details name="faq" open><summary>Billing</summary><button>Change plan</button></details>
        <details name="faq"><summary>Privacy</summary><button>Download data</button></details>
        <div inert><button>Inert action</button></div>`),
    );
    const { text } = await readPage(p, { filter: 'all' });
    expect(text).toMatch(target('button', 'Change plan'));
    expect(text).toMatch(target('button', 'Privacy'));
    for (const hidden of ['Found later', 'Download data', 'Inert action']) {
      expect(text).not.toMatch(named('button', hidden));
      expect(await find(p, hidden)).not.toMatch(named('button', hidden));
    }
  });
});
