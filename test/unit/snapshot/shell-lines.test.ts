// Fewer lines that say the same on settings pages and data apps: an accordion's heading and its button share one
// line; a switch's visible label (named by aria-labelledby) is not printed again as text before it, only its
// description, while text that only begins with a control's own name stays; a virtualized grid says how many rows it has; a tab panel closed with content-visibility:hidden gets
// no line; rows and tree items whose hierarchy is only in aria-level (a treegrid, a virtualized file tree) say their
// level and whether they are expanded; the summary of a few short sections past a board's edge names each of them. Real Chromium.
import { expect, it } from 'vitest';
import { find, page, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { SYSTEM_PROMPT } from '../../../src/background/agent/prompt';
import { named, target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

it('prints an accordion heading and its button on one line', async () => {
  const p = await harness().open(
    page(`<h3><button aria-expanded="true">Email notifications</button></h3>
      <h2>Select a date <button aria-label="Previous month">‹</button><button aria-label="Next month">›</button></h2>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(/^heading level=3: button "?Email notifications"? \[ref_\d+\] expanded$/m);
  expect(text).toMatch(
    /^heading "?Select a date"? level=2: button "?Previous month"? \[ref_\d+\] \| button "?Next month"? \[ref_\d+\]$/m,
  );
});

it("says a switch's label once, on the switch's line, and keeps its description", async () => {
  const p = await harness().open(
    page(`<div style="display:flex"><div><div id="l1">Weekly summary</div><div id="d1">Sent every Monday.</div></div>
      <button role="switch" aria-checked="true" aria-labelledby="l1" aria-describedby="d1"></button></div>
      <div style="display:flex"><div id="l2">Mentions</div><button role="switch" aria-checked="false" aria-labelledby="l2"></button></div>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(target('switch', 'Weekly summary'));
  expect(text).toMatch(/^"?Sent every Monday\."?$/m);
  expect(text).not.toMatch(/^"?Weekly summary/m);
  expect(text).not.toMatch(/^"?Mentions"?$/m);
  expect(text).toMatch(target('switch', 'Mentions'));
});

it('says once a visible label that repeats word for word the aria-label of the control after it', async () => {
  // A kit's field: the label is a plain span, the input inside a shadow root names itself with the same words.
  const p = await harness().open(
    page(`<div><span>Forecast Category</span><br><x-combobox></x-combobox></div><p>Stage</p><p>Stage is set by the sales path.</p>
      <script>customElements.define('x-combobox', class extends HTMLElement { connectedCallback() {
        this.attachShadow({ mode: 'open' }).innerHTML = '<input role="combobox" aria-expanded="false" aria-label="Forecast Category" value="Best Case" readonly>';
      } });</script><input aria-label="Stage">`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(target('combobox', 'Forecast Category'));
  expect(text.match(/Forecast Category/g)).toHaveLength(1);
  // Text that says more than the name stays page text.
  expect(text).toMatch(/Stage is set by the sales path\./);
});

it('keeps page text that only begins with the name of the control after it, when that control names itself', async () => {
  const p = await harness().open(
    page(`<p>Menu ready.</p><iframe title="Menu" srcdoc="<button>Soup</button>" style="height:60px"></iframe>
      <p>Email alerts are off for this project.</p><button aria-label="Email alerts">✉</button>
      <div id="l3">Backups</div><div>Kept for 30 days.</div><button role="switch" aria-checked="true" aria-labelledby="l3"></button>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(/^"?Menu ready\."?$/m);
  expect(text).toMatch(/^"?Email alerts are off for this project\."?$/m);
  expect(text).toMatch(target('button', 'Email alerts'));
  // A label that is another element still reads once, on its control's line.
  expect(text).not.toMatch(/^"?Backups/m);
  expect(text).toMatch(target('switch', 'Backups'));
});

it('says how many rows a virtualized grid has', async () => {
  const rows = Array.from(
    { length: 5 },
    (_, i) =>
      `<div role="row" aria-rowindex="${i + 31}" style="position:absolute;top:${(i + 30) * 30}px"><div role="gridcell">File ${i + 30}</div></div>`,
  ).join('');
  const p = await harness().open(
    page(`<div id="box" style="height:200px;overflow:auto"><div role="grid" aria-label="Files" aria-rowcount="120" style="position:relative;height:3600px">${rows}</div></div>
      <script>document.getElementById('box').scrollTop = 900;</script>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(/grid "?Files"? \[ref_\d+\] rowcount=120/);
});

it('gives no line to a tab panel closed with content-visibility:hidden', async () => {
  const p = await harness().open(
    page(`<div role="tabpanel" aria-label="Channels"><button>Apply channels</button></div>
      <div role="tabpanel" aria-label="Advanced" style="content-visibility:hidden"><button>Apply advanced</button></div>`),
  );
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    expect(text).toMatch(target('button', 'Apply channels'));
    expect(text).not.toMatch(/Advanced/);
    expect(text).not.toMatch(named('button', 'Apply advanced'));
  }
});

it('names each of a few short sections in a summary, and samples one of a long run', async () => {
  const list = (name: string): string =>
    `<section style="flex:0 0 300px"><h2>${name}</h2><button>Add a card to ${name}</button></section>`;
  const p = await harness().open(
    page(
      `<main aria-label="Board" style="display:flex;overflow-x:auto;width:700px">${['Backlog', 'To do', 'QA', 'Ready to ship', 'Done', 'Icebox', 'Archive', 'Ideas'].map(list).join('')}</main>
      <div style="height:800px"></div>${Array.from({ length: 9 }, (_, i) => `<article><h3>Story number ${i}</h3></article>`).join('')}`,
    ),
    { viewport: { width: 800, height: 600 } },
  );
  const { text } = await readPage(p);
  expect(text).toMatch(
    /more to the right in this region: .*5 × <section> \("Ready to ship", "Done", "Icebox", "Archive", "Ideas"\)/,
  );
  expect(text).toMatch(/Below the viewport .*9 × articles \(e\.g\. "Story number 0"\)/);
});

it('says the level and state of treegrid rows and flat tree items', async () => {
  const p = await harness().open(
    page(`<table role="treegrid" aria-label="Tasks"><tr role="row" aria-level="1" aria-expanded="true"><td role="gridcell"><a href="/e/1">Launch epic</a></td></tr>
      <tr role="row" aria-level="2"><td role="gridcell"><a href="/t/1">Write docs</a></td></tr></table>
      <div role="tree" aria-label="Files"><div role="treeitem" aria-level="1" aria-expanded="true" tabindex="0">src</div><div role="treeitem" aria-level="2" tabindex="-1">main.ts</div></div>
      <ul role="tree" aria-label="Pages"><li role="treeitem" aria-level="1" aria-expanded="true">Docs<ul role="group"><li role="treeitem" aria-level="2">Guide</li></ul></li></ul>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(/^ row level=1 expanded: link "?Launch epic"? \[ref_\d+\]$/m);
  expect(text).toMatch(/^ row level=2: link "?Write docs"? \[ref_\d+\]$/m);
  expect(text).toMatch(/treeitem "?src"? \[ref_\d+\] level=1 expanded/);
  expect(text).toMatch(/treeitem "?main\.ts"? \[ref_\d+\] level=2/);
  // A nested tree shows its levels by indentation: said once.
  expect(text).toMatch(/^ treeitem "Docs" \[ref_\d+\] expanded$/m);
  expect(text).toMatch(/^ {2}treeitem "Guide" \[ref_\d+\]$/m);
});

it("says a switch's label once also on a settings row read as one line", async () => {
  const row = (i: number): string =>
    `<div class="setting" style="display:flex"><div><div id="l${i}">Alert ${i}</div><div>Sent when build ${i} fails.</div></div><button role="switch" aria-checked="false" aria-labelledby="l${i}"></button></div>`;
  // A help button between the label and its switch (a settings row's "?"): the label still names the switch.
  const helped = (i: number): string =>
    `<div class="setting" style="display:flex"><div><div id="w${i}">Watch ${i}</div><div>Mail on push ${i}.</div></div><button aria-label="About watch ${i}">?</button><button role="switch" aria-checked="true" aria-labelledby="w${i}"></button></div>`;
  const p = await harness().open(
    page(`<section>${[0, 1, 2, 3].map(row).join('')}</section><section>${[0, 1, 2].map(helped).join('')}</section>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(/^"?Sent when build 1 fails\."? \| switch "?Alert 1"? \[ref_\d+\]$/m);
  expect(text).not.toMatch(/Alert 1 Sent/);
  expect(text).toMatch(
    /^"?Mail on push 1\."? \| button "About watch 1" \[ref_\d+\] \| switch "Watch 1" \[ref_\d+\] checked$/m,
  );
  expect(text).not.toMatch(/Watch 1 Mail/);
});

it("lists a status column's options once, on the first row that shows them", async () => {
  const row = (i: number, options: string): string =>
    `<tr><td><a href="/t/${i}">Task ${i}</a></td><td><select aria-label="Status">${options}</select></td></tr>`;
  const same = '<option>To do</option><option>Done</option>';
  const p = await harness().open(
    page(
      `<table>${[0, 1, 2].map((i) => row(i, same)).join('')}${row(3, '<option>Open</option><option>Closed</option>')}</table>`,
    ),
  );
  const { text } = await readPage(p);
  expect(text.match(/options="To do \| Done"/g)).toHaveLength(1);
  expect(text).toMatch(/link "?Task 2"? \[ref_\d+\] \| combobox \[ref_\d+\] value="To do"$/m);
  expect(text).toMatch(/options="Open \| Closed"/);
});

it('does not print the cells of a row named by its text (a whole-row click target) as empty ones', async () => {
  const rows = ['Vera Quist|Prism report|23 Nov', 'Noah Evans|Bold plans|3 Nov']
    .map((r) => r.split('|'))
    .map(
      ([from, subject, date]) => `<div role="row" style="display:flex;gap:8px;cursor:pointer">
        <div role="checkbox" aria-checked="false" aria-label="Select" tabindex="-1" style="width:16px;height:16px;border:1px solid"></div>
        <div role="gridcell">${from}</div><div role="gridcell">${subject}</div><div role="gridcell">${date}</div></div>`,
    )
    .join('');
  const p = await harness().open(page(`<div role="grid" aria-label="Conversations">${rows}</div>`));
  const { text } = await readPage(p);
  expect(text).toMatch(/^ *row "Vera Quist Prism report 23 Nov" \[ref_\d+\]: checkbox "Select" \[ref_\d+\]$/m);
  expect(text).toMatch(/^ *row "Noah Evans Bold plans 3 Nov" \[ref_\d+\]: checkbox \[ref_\d+\]$/m);
  expect(text).not.toContain('""');
});

it('gives a data-grid cell that holds a control no ref of its own: the control is the target', async () => {
  const rows = [1000, 1001]
    .map(
      (n) => `<div role="row"><div role="gridcell" tabindex="-1"><input type="checkbox" aria-label="Select row"></div>
        <div role="gridcell" tabindex="-1"><a href="/orders/${n}">#${n}</a></div><div role="gridcell" tabindex="-1">Customer ${n}</div>
        <div role="gridcell" tabindex="-1"><button aria-label="Edit order">✎</button></div></div>`,
    )
    .join('');
  const tile = `<div role="grid" aria-label="Files"><div role="row"><div role="gridcell" tabindex="-1">report.pdf
    <button aria-label="More actions">⋮</button></div></div></div>`;
  const p = await harness().open(
    page(`<div role="grid" aria-label="Orders" style="display:grid">${rows}</div>${tile}`),
  );
  const { text } = await readPage(p);
  // A tile named by its own text is a target itself, beside its button.
  expect(text).toMatch(/gridcell "report\.pdf" \[ref_\d+\] button "More actions" \[ref_\d+\]/);
  expect(text).toMatch(
    /^ *row: checkbox "Select row" \[ref_\d+\] \| link "#1000" \[ref_\d+\] \| gridcell "Customer 1000" \[ref_\d+\] \| button "Edit order" \[ref_\d+\]$/m,
  );
  expect(text).not.toMatch(/gridcell \[ref_\d+\]/);
});

it('gives no ref to a clickable-looking grid cell that holds only a control: a filter row styled like its sortable headers', async () => {
  // The kit's header class sets cursor:pointer on every header-row cell, the filter cells' too.
  const filters = ['Order', 'Customer']
    .map((c) => `<div role="gridcell" class="hcell" tabindex="-1"><input aria-label="${c} filter"></div>`)
    .join('');
  const p = await harness().open(
    page(`<style>.hcell{cursor:pointer;display:inline-block}</style><div role="grid" aria-label="Orders">
      <div role="row"><div role="columnheader" class="hcell" tabindex="-1">Order</div><div role="columnheader" class="hcell" tabindex="-1">Customer</div></div>
      <div role="row">${filters}</div><div role="row"><div role="gridcell" class="hcell" tabindex="-1">#1000</div><div role="gridcell" tabindex="-1">Ada</div></div></div>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(/^ *row: textbox "Order filter" \[ref_\d+\] \| textbox "Customer filter" \[ref_\d+\]$/m);
  expect(text).toMatch(/gridcell "#1000" \[ref_\d+\]/);
});

it("prints every grid cell's value, also one the cell above repeats (a cell's name is its data)", async () => {
  const statuses = ['Paid', 'Paid', 'Refunded', 'Paid'];
  const rows = statuses
    .map(
      (status, i) => `<div role="row"><div role="gridcell" tabindex="-1">Order ${i + 1}</div>
        <div role="gridcell" tabindex="-1">${status}</div><div role="gridcell" tabindex="-1">EUR 12.00</div>
        <div role="gridcell" tabindex="-1"><button>Open</button></div></div>`,
    )
    .join('');
  const p = await harness().open(page(`<div role="grid" aria-label="Orders">${rows}</div>`));
  const { text } = await readPage(p);
  statuses.forEach((status, i) => {
    expect(text).toMatch(
      new RegExp(
        `^ *row: gridcell "Order ${i + 1}" \\[ref_\\d+\\] \\| gridcell "${status}" \\[ref_\\d+\\] \\| gridcell "EUR 12\\.00" \\[ref_\\d+\\] \\| button( "Open")? \\[ref_\\d+\\]$`,
        'm',
      ),
    );
  });
  // A control named as on the row above is still said once.
  expect(text.match(/button "Open"/g)).toHaveLength(1);
});

it('offers a tree item or option once: its row clicked through a listener on the tree, or the one link it holds', async () => {
  // Tree and list widgets put the cursor on an inner row and take the click on the tree: the item is the target, named
  // by its row (was `treeitem [ref_2]: generic "main.ts" [ref_3] clickable`). An icon in the row with a name of its
  // own stays a target. The other way round, an item holding nothing but a link is no second target beside the link
  // (was `treeitem [ref_7]: link "Sonic" [ref_8]`).
  const p = await harness().open(
    page(`<style>.r{cursor:pointer}</style><ul role="tree" aria-label="Files">
      <li role="treeitem" aria-expanded="true" tabindex="0"><div class="r">src</div><ul role="group">
        <li role="treeitem" tabindex="-1"><div class="r">main.ts</div></li>
        <li role="treeitem" tabindex="-1"><div class="r">util.ts</div><span style="cursor:pointer" aria-label="Pin util.ts">📌</span></li>
      </ul></li></ul>
      <div role="listbox" aria-label="People"><div role="option"><div class="r">Ada Lovelace</div></div></div>
      <ul role="tree" aria-label="Drive"><li role="treeitem" aria-expanded="true"><button aria-label="Collapse folder">▾</button><a href="/f/1">Island</a>
        <ul role="group"><li role="treeitem"><a href="/f/2">Sonic</a></li><li role="treeitem">notes.txt <button>Rename</button></li></ul></li></ul>`),
  );
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    expect(text).toMatch(/^ treeitem "src" \[ref_\d+\] expanded$/m);
    expect(text).toMatch(/^ {3}treeitem "main\.ts" \[ref_\d+\]$/m);
    expect(text).toMatch(target('option', 'Ada Lovelace'));
    expect(text).toMatch(target('generic', 'Pin util.ts'));
    expect(text).not.toMatch(/generic "(src|main\.ts|util\.ts|Ada Lovelace)"/);
    // A tree item holding nothing but its folder's link (and toggle) leaves the target to them; one with text keeps it.
    expect(text).toMatch(/^ treeitem expanded$/m);
    expect(text).toMatch(/^ {3}treeitem: link "Sonic" \[ref_\d+\]/m);
    expect(text).toMatch(/^ {3}treeitem "notes\.txt" \[ref_\d+\]: button "Rename" \[ref_\d+\]$/m);
  }
});

it('prints a cell control named only by its column and row headers without that name, where both are printed', async () => {
  // Accessible spreadsheets and matrices name each cell's control from its headers ("Marketing Jan", "Q2, Engineering",
  // the seat "F12", the sheet cell "A1"): the header row and the row's header already print that. A name that says
  // more keeps what it adds ("Approver for Marketing" on Marketing's row is "Approver"); a table without row headers
  // and the one-line-per-control filter keep the name; find gives it whole.
  const months = ['Jan', 'Feb'];
  const plan = `<table aria-label="Plan"><tr><th scope="col">Line</th>${months.map((m) => `<th scope="col">${m}</th>`).join('')}<th>Approver</th></tr>
    ${['Marketing', 'Travel']
      .map(
        (line, r) =>
          `<tr><th scope="row">${line}</th>${months
            .map((m) => `<td><input aria-label="${r ? `${m} ${line}` : `${line} ${m}`}" value="${r}${m}"></td>`)
            .join('')}<td><select aria-label="Approver for ${line}"><option>Ana</option></select></td></tr>`,
      )
      .join('')}</table>`;
  const heads = `<table aria-label="Heads"><tr><th>Team</th><th>Q2</th></tr><tr><th scope="row">Design</th>
    <td><input type="number" aria-label="Q2, Design" value="4"></td></tr></table>`;
  const seats = `<div role="grid" aria-label="Seats"><div role="row"><span role="columnheader"></span><span role="columnheader">11</span>
    <span role="columnheader">12</span></div><div role="row"><span role="rowheader">F</span>
    <span role="gridcell"><button aria-label="F11" disabled>F11</button></span>
    <span role="gridcell"><button aria-label="F12" aria-pressed="true">F12</button></span></div></div>`;
  const sheet = `<table aria-label="Sheet"><tr><th></th><th><button>A</button></th></tr>
    <tr><th><button>1</button></th><td><input aria-label="A1" value="948"></td></tr></table>`;
  const loose = `<table aria-label="Loose"><tr><th>Jan</th></tr><tr><td><input aria-label="Jan Rent" value="9"></td></tr></table>`;
  const p = await harness().open(page(plan + heads + seats + sheet + loose));
  const { text } = await readPage(p);
  expect(text).toMatch(/^ *row: Line \| Jan \| Feb \| Approver$/m);
  expect(text).toMatch(
    /^ *row: Marketing \| textbox \[ref_\d+\] value="0Jan" \| textbox \[ref_\d+\] value="0Feb" \| combobox "Approver" \[ref_\d+\]/m,
  );
  expect(text).toMatch(/^ *row: Travel \| textbox \[ref_\d+\] value="1Jan" \| textbox \[ref_\d+\] value="1Feb" \|/m);
  expect(text).toMatch(/^ *row: Design \| spinbutton \[ref_\d+\] value="4"$/m);
  expect(text).toMatch(/^ *row: F \| button disabled \| button \[ref_\d+\] pressed$/m);
  expect(text).toMatch(/^ *row: button "1" \[ref_\d+\] \| textbox \[ref_\d+\] value="948"$/m);
  expect(text).toContain('textbox "Jan Rent" [ref_');
  expect(text).not.toMatch(/"(Marketing Jan|Feb Travel|Q2, Design|F12|A1)"/);
  const flat = await readPage(p, { filter: 'interactive' });
  expect(flat.text).toContain('textbox "Marketing Jan" [ref_');
  expect(await find(p, 'F12 seat')).toContain('button "F12" [ref_');
  expect(SYSTEM_PROMPT).toContain("a cell's control named only by its column and row headers");
});

it('joins the parts of a grid row split across pinned containers (one aria-rowindex) on one line, in column order', async () => {
  // AG Grid renders a row as three row elements (pinned left, a centre scrolling sideways, pinned right): printed apart,
  // which Edit button belongs to which order could only be counted.
  const part = (cells: (r: number) => string): string =>
    [1, 2, 3].map((r) => `<div role="row" aria-rowindex="${r}">${cells(r)}</div>`).join('');
  const p = await harness().open(
    page(`<div role="grid" aria-label="Orders" style="display:grid;grid-template-columns:200px 300px 120px;width:620px">
      <div role="rowgroup">${part((r) => (r === 1 ? '<div role="columnheader" aria-colindex="1">Order</div>' : `<div role="gridcell" aria-colindex="1"><a href="/o/${r}">#100${r}</a></div>`))}</div>
      <div role="rowgroup" style="overflow-x:auto"><div style="width:600px">${part((r) =>
        r === 1
          ? '<div role="columnheader" aria-colindex="3">Status</div><div role="columnheader" aria-colindex="2">Customer</div>'
          : `<div role="gridcell" aria-colindex="3">Paid ${r}</div><div role="gridcell" aria-colindex="2">Customer ${r}</div>`,
      )}</div></div>
      <div role="rowgroup">${part((r) => (r === 1 ? '<div role="columnheader" aria-colindex="4">Actions</div>' : '<div role="gridcell" aria-colindex="4"><button>Edit</button></div>'))}</div>
    </div>
    <div role="grid" aria-label="Log"><div role="row" aria-rowindex="5"><div role="gridcell">Started</div></div>
      <div role="row" aria-rowindex="5"><div role="gridcell">Stopped</div></div></div>`),
  );
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    expect(text).toMatch(/^ row: Order \| Customer \| Status \| Actions$/m);
    expect(text).toMatch(
      /^ row: link "#1002" \[ref_\d+\]( href="\/o\/2")? \| Customer 2 \| Paid 2 \| button "Edit" \[ref_\d+\]$/m,
    );
    expect(text).toMatch(
      /^ row: link "#1003" \[ref_\d+\]( href="\/o\/3")? \| Customer 3 \| Paid 3 \| button \[ref_\d+\]$/m,
    );
    // The centre still says it scrolls sideways.
    expect(text).toMatch(/^ rowgroup \[ref_\d+\] scrollable x=0–300\/600 /m);
    // Two rows of one index side by side in one container are two rows, not the parts of one.
    expect(text).toMatch(/^ row: Started$/m);
    expect(text).toMatch(/^ row: Stopped$/m);
  }
});

it("prints no line for a layout table's empty spacer cell nor for a bare cell around a nested table", async () => {
  const p = await harness().open(
    page(`<table><tr><td width="12"></td><td><a href="/req">Requisitions</a></td></tr>
      <tr><td></td><td><table><tr><td width="12"></td><td><a href="/req/new">New requisition</a></td></tr>
        <tr><td width="12"></td><td><a href="/req/mine">My requisitions</a></td></tr></table></td></tr></table>`),
  );
  const { text } = await readPage(p);
  expect(text).toMatch(/^ row\n {2}table\n {3}row: "" \| link "New requisition" \[ref_\d+\]$/m);
  expect(text).not.toMatch(/^\s*cell$/m);
});
