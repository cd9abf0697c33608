// (sh-datagrid) An orders grid as AG Grid renders it: one role=grid whose every row is split across three containers —
// pinned left (selection checkbox and order number), a centre viewport scrolling sideways (column-virtualized: only
// the columns in view are rendered, absolutely positioned by `left`), pinned right (row actions) — the parts of one
// row sharing an aria-rowindex; header rows split the same way, with a floating filter row of inputs; rows virtualized
// (aria-rowcount 1002, 24 rendered, translated by translateY inside a body that scrolls by itself); the selection
// checkboxes all named "Press Space to toggle row selection", as AG Grid names them; header cells focusable by the
// grid's roving focus and sorted by click; column menu icons shown only on hover (opacity 0: traps); a loading overlay
// display:none (trap); a pagination panel; an app shell (fixed root) with a side nav.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-datagrid', title: 'Orders grid split across pinned containers, as AG Grid renders it', seed: 6605 };

const ROW_H = 42;
const CSS = `
#app{position:fixed;inset:0;display:grid;grid-template-columns:200px 1fr;grid-template-rows:52px 1fr;background:#fff}
.top{grid-column:1/3;display:flex;align-items:center;gap:10px;padding:0 16px;border-bottom:1px solid #e3e6ec}
.nav{padding:10px;display:flex;flex-direction:column;gap:6px;border-right:1px solid #e3e6ec}
.main{display:grid;grid-template-rows:auto 1fr;min-height:0;padding:10px 16px;gap:8px}
.ag-root{display:grid;grid-template-rows:84px 1fr 44px;min-height:0;border:1px solid #d5d9e0;border-radius:6px;font-size:13px}
.ag-header{display:grid;grid-template-columns:230px 1fr 120px;background:#f7f8fa;border-bottom:1px solid #d5d9e0}
.ag-hv{overflow:hidden;position:relative}
.ag-hc{position:relative;height:84px}
.ag-header [role=row]{position:relative;height:42px}
.ag-body{overflow-y:auto;overflow-x:hidden;min-height:0;display:grid;grid-template-columns:230px 1fr 120px;position:relative}
.ag-pl,.ag-pr{position:relative}
.ag-cv{overflow-x:auto;overflow-y:hidden;position:relative}
.ag-cc{position:relative}
.ag-row{position:absolute;left:0;right:0;height:${ROW_H}px;border-bottom:1px solid #eef0f3;background:#fff}
.ag-cell,.ag-hcell{position:absolute;top:0;height:42px;line-height:42px;padding:0 10px;white-space:nowrap;overflow:hidden}
.ag-hcell{font-weight:600;cursor:pointer}
.ag-hcell .mi{opacity:0;border:0;background:none;padding:0 4px}
.ag-fcell input{width:100%;height:28px;font-size:12px}
.pill{border-radius:10px;padding:2px 8px;background:#e8f0fe}
.ag-paging{display:flex;align-items:center;justify-content:flex-end;gap:8px;padding:0 10px;border-top:1px solid #d5d9e0}
.ag-overlay{display:none}
`;

const COLS = [
  ['Customer', 180], ['Region', 120], ['Status', 120], ['Amount', 110], ['Placed', 120], ['Channel', 120], ['Carrier', 130], ['Tracking', 150], ['Rep', 150], ['Notes', 240],
];
const RENDERED_COLS = 7; // column virtualization: only the first columns (in view plus a buffer) exist
const ROWS = 24;
// The header's centre part clips (overflow:hidden) at the centre viewport's width (696 px at 1280×800) and follows the
// body's sideways scroll only by script: a header cell starting past that edge cannot be seen or reached as the page
// stands (neutral).
const clipped = (left) => left >= 696;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const width = COLS.reduce((s, [, w]) => s + w, 0);
  let b = `<div id="app"><header class="top"><strong>Shipyard</strong><span class="spacer"></span><input type="search" aria-label="Search orders"${t.e('search', 'search')}><button type="button" class="primary"${t.e('button', 'new')}>New order</button></header>
<nav class="nav" aria-label="Main">`;
  ['Dashboard', 'Orders', 'Customers', 'Products', 'Returns', 'Settings'].forEach((n, i) => (b += `<a href="/${n.toLowerCase()}"${i === 1 ? ' aria-current="page"' : ''}${t.e('link', `nav-${i}`)}>${n}</a>`));
  b += `</nav><main class="main"><div style="display:flex;gap:8px;align-items:center"><h1 style="font-size:18px;margin:0">Orders</h1><span class="spacer"></span><button type="button"${t.e('button', 'export')}>Export CSV</button><button type="button"${t.e('button', 'columns')}>Columns</button></div>
<div class="ag-root" role="grid" aria-label="Orders" aria-rowcount="1002" aria-colcount="${COLS.length + 3}" aria-multiselectable="true">
<div class="ag-header" role="presentation"><div class="ag-pl" role="rowgroup">
<div role="row" aria-rowindex="1"><div class="ag-hcell" role="columnheader" aria-colindex="1" tabindex="-1" style="left:0;width:50px"><input type="checkbox" aria-label="Press Space to toggle all rows selection (unchecked)"${t.e('checkbox', 'all')}></div><div class="ag-hcell" role="columnheader" aria-colindex="2" aria-sort="descending" tabindex="-1" style="left:50px;width:180px"${t.e('col-header', 'h-order')}>Order</div></div>
<div role="row" aria-rowindex="2"><div class="ag-hcell" role="gridcell" aria-colindex="2" style="left:50px;width:180px" ><span class="ag-fcell"><input aria-label="Order Filter Input"${t.e('filter', 'f-order')}></span></div></div></div>
<div class="ag-hv" role="presentation"><div class="ag-hc" role="rowgroup" style="width:${width}px"><div role="row" aria-rowindex="1">`;
  let left = 0;
  COLS.slice(0, RENDERED_COLS).forEach(([n, w], c) => {
    b += `<div class="ag-hcell" role="columnheader" aria-colindex="${c + 3}" tabindex="-1" style="left:${left}px;width:${w}px"${clipped(left) ? t.n(`h-${c}`) : t.e('col-header', `h-${c}`)}>${n}<button type="button" class="mi" aria-label="${n} column menu"${t.h('opacity-0', `hm-${c}`)}>≡</button></div>`;
    left += w;
  });
  b += `</div><div role="row" aria-rowindex="2">`;
  left = 0;
  COLS.slice(0, RENDERED_COLS).forEach(([n, w], c) => {
    b += `<div class="ag-hcell ag-fcell" role="gridcell" aria-colindex="${c + 3}" style="left:${left}px;width:${w}px"><input aria-label="${n} Filter Input"${clipped(left) ? t.n(`f-${c}`) : t.e('filter', `f-${c}`)}></div>`;
    left += w;
  });
  b += `</div></div></div><div class="ag-pr" role="rowgroup"><div role="row" aria-rowindex="1"><div class="ag-hcell" role="columnheader" aria-colindex="${COLS.length + 3}" style="left:0;width:120px">Actions</div></div></div></div>
<div class="ag-body" role="presentation" id="body"><div class="ag-pl" role="rowgroup" style="height:${1000 * ROW_H}px">`;
  const ids = Array.from({ length: ROWS }, (_, r) => 58210 - r);
  const y = (r) => `transform:translateY(${r * ROW_H}px)`;
  ids.forEach((id, r) => {
    b += `<div class="ag-row" role="row" aria-rowindex="${r + 3}" style="${y(r)}"><div class="ag-cell" role="gridcell" aria-colindex="1" tabindex="-1" style="left:0;width:50px"><input type="checkbox" aria-label="Press Space to toggle row selection (unchecked)"${t.e('checkbox', `sel-${r}`)}></div><div class="ag-cell" role="gridcell" aria-colindex="2" tabindex="-1" style="left:50px;width:180px"><a href="/orders/${id}"${t.e('link', `o-${r}`)}>#${id}</a></div></div>`;
  });
  b += `</div><div class="ag-cv" role="presentation"><div class="ag-cc" role="rowgroup" style="width:${width}px;height:${1000 * ROW_H}px">`;
  ids.forEach((id, r) => {
    b += `<div class="ag-row" role="row" aria-rowindex="${r + 3}" style="${y(r)}">`;
    left = 0;
    COLS.slice(0, RENDERED_COLS).forEach(([n, w], c) => {
      let v;
      if (n === 'Customer') v = `<a href="/customers/${R.int(100, 999)}"${t.e('link', `cust-${r}`)}>${esc(R.person())}</a>`;
      else if (n === 'Region') v = R.pick(['EMEA', 'APAC', 'NA', 'LATAM']);
      else if (n === 'Status') v = `<span class="pill">${R.pick(['Paid', 'Shipped', 'Pending', 'Refunded'])}</span>`;
      else if (n === 'Amount') v = `$${R.int(12, 2400)}.${String(R.int(0, 99)).padStart(2, '0')}`;
      else if (n === 'Placed') v = `${R.int(1, 28)} Nov 2026`;
      else if (n === 'Tracking') v = R.chance(0.6) ? `<a href="/track/${R.int(1e5, 9e5)}"${t.e('link', `trk-${r}`)}>1Z${R.int(1e5, 9e5)}</a>` : '';
      else v = esc(R.title(1));
      b += `<div class="ag-cell" role="gridcell" aria-colindex="${c + 3}" tabindex="-1" style="left:${left}px;width:${w}px">${v}</div>`;
      left += w;
    });
    b += `</div>`;
  });
  b += `</div></div><div class="ag-pr" role="rowgroup" style="height:${1000 * ROW_H}px">`;
  ids.forEach((id, r) => {
    b += `<div class="ag-row" role="row" aria-rowindex="${r + 3}" style="${y(r)}"><div class="ag-cell" role="gridcell" aria-colindex="${COLS.length + 3}" style="left:0;width:120px"><button type="button" aria-label="Edit"${t.e('button', `edit-${r}`)}>✎</button> <button type="button" aria-label="More actions" aria-haspopup="menu"${t.e('button', `more-${r}`)}>⋮</button></div></div>`;
  });
  b += `</div></div><div class="ag-paging" role="presentation"><span>1 to 24 of 1,000</span><button type="button" aria-label="First page" disabled${t.n('pg-first')}>«</button><button type="button" aria-label="Previous page" disabled${t.n('pg-prev')}>‹</button><span>Page 1 of 42</span><button type="button" aria-label="Next page"${t.e('button', 'pg-next')}>›</button><button type="button" aria-label="Last page"${t.e('button', 'pg-last')}>»</button></div>
<div class="ag-overlay" role="presentation"><button type="button"${t.h('display-none', 'overlay-retry')}>Retry loading</button></div></div></main></div>`;
  return { html: doc({ title: 'Orders · Shipyard', css: CSS, body: b, truth: t }) };
}
