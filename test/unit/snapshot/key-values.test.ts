// Values a page shows beside their labels: a description list's term and definitions are one line, `Placed | 3 March
// 2026`, as a row's cells are (run on into one string, an order summary's pairs could not be told apart), in read_page
// and in the page text; a progress bar or meter says its value even when nothing names it; an item that is no control
// keeps what the page marks on it (the current step, a selected cell, the column a table is sorted by). Real Chromium.
import { expect, it } from 'vitest';
import { page, pageText, readPage, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const SUMMARY = page(`<h2>Order</h2>
  <dl><dt>Order number</dt><dd>#A-1042</dd><dt>Placed</dt><dd>3 March 2026</dd>
    <dt>Gift for</dt><dd>Ada</dd><dd>Grace</dd>
    <dt>Address</dt><dd>1 Main St <a href="/address">Change</a></dd></dl>
  <dl style="display:grid;grid-template-columns:auto auto">
    <div><dt>Status</dt><dd>Shipped</dd></div><div><dt>Carrier</dt><dd>DHL</dd></div></dl>
  <p>Upload</p><progress value="40" max="100">40%</progress>
  <div role="progressbar" aria-valuenow="55" style="width:100px;height:8px;background:#ccc"></div>`);

it('reads each term with its definitions on one line, and an unnamed progress bar by its value', async () => {
  const p = await harness().open(SUMMARY);
  for (const filter of [null, 'all'] as const) {
    const lines = (await readPage(p, { filter })).text.split('\n');
    for (const line of [
      'Order number | #A-1042',
      'Placed | 3 March 2026',
      'Gift for | Ada | Grace',
      'Status | Shipped',
    ])
      expect(lines, line).toContain(line);
    expect(lines).toContainEqual(expect.stringMatching(/^Address \| 1 Main St \| link "Change" \[ref_\w+\]/));
    expect(lines).toContain('progressbar value="40%"');
    expect(lines).toContain('progressbar value="55%"');
  }
  const text = (await pageText(p)).split('\n');
  expect(text).toContain('Order number | #A-1042');
  expect(text).toContain('Carrier | DHL');
});

const MARKED = page(`<ol aria-label="Checkout"><li>Cart</li><li aria-current="step">Shipping</li><li>Pay</li></ol>
  <table><thead><tr><th aria-sort="descending"><button>Date</button></th><th aria-sort="none">Amount</th>
    <th aria-sort="ascending" tabindex="0">Payee</th></tr></thead>
    <tbody><tr><td>3 Mar</td><td aria-selected="true">€40</td><td>Ada</td></tr></tbody></table>
  <div role="grid" aria-label="Sheet"><div role="row"><div role="gridcell" aria-readonly="true">A1</div>
    <div role="gridcell" aria-readonly="true">B1</div></div></div>`);

it("keeps the marks a page puts on items that are no controls, and not every grid cell's read-only", async () => {
  const p = await harness().open(MARKED);
  const { text } = await readPage(p, { filter: 'all' });
  const lines = text.split('\n').map((line) => line.trim());
  expect(lines).toContain('listitem current: Shipping');
  expect(lines).toContain('listitem: Cart');
  expect(text).toMatch(
    /columnheader sort=descending button "Date" \[ref_\w+\] \| Amount \| columnheader "Payee" \[ref_\w+\] sort=ascending/,
  );
  expect(text).toContain('3 Mar | cell selected €40 | Ada');
  expect(text).toContain('A1 | B1');
  expect(text).not.toContain('readonly');
});

const SPECS = page(`<h2>Specifications</h2>
  <div style="display:grid;grid-template-columns:120px 1fr">
    <span>Motors</span><span>Dual</span><span>Warranty</span><span>10 years</span>
    <span>Manual</span><a href="/manual.pdf">Download PDF</a></div>
  <div style="display:grid;grid-template-columns:repeat(3, 200px)">
    <div><h3>Desk</h3><p>Oak top</p><button>Add</button></div>
    <div><h3>Chair</h3><p>Mesh back</p><button>Add</button></div>
    <div><h3>Lamp</h3><p>LED</p><button>Add</button></div></div>`);

it('reads a grid of short cells row by row, as its columns lay it out, and leaves a grid of cards as it was', async () => {
  const p = await harness().open(SPECS);
  for (const filter of [null, 'all'] as const) {
    const lines = (await readPage(p, { filter })).text.split('\n');
    expect(lines).toContain('Motors | Dual');
    expect(lines).toContain('Warranty | 10 years');
    expect(lines).toContainEqual(expect.stringMatching(/^Manual \| link "Download PDF" \[ref_\w+\]/));
    expect(lines).toContainEqual(expect.stringMatching(/^heading "Chair" level=3$/));
  }
  const text = (await pageText(p)).split('\n');
  expect(text).toContain('Motors | Dual');
  expect(text).toContain('Warranty | 10 years');
});
