// (sh-grid) An admin's orders grid as Material-style data grids render it: an app bar, a permanent drawer, a toolbar
// (quick filter with a floating label, a "Dense rows" switch), and a virtualized role=grid (aria-rowcount=400, rows
// absolutely placed in a tall spacer, 14 columns scrolling sideways, an actions column pinned right with
// position:sticky). The toolkit's checkboxes and switch are native inputs faded to opacity 0 and stretched over the
// icon the wrapper paints, with an aria-label and no <label>: the wrapper (what a person sees) must be exposed, and the
// faded input inside it is what a snapshotter should offer. Sortable column headers are cells clickable by a
// delegated listener (cursor:pointer). The header's sort and menu icon buttons show only on hover
// (visibility:hidden: traps), as do the hidden native input of the rows-per-page select (aria-hidden) and a closing
// snackbar (opacity 0). A snackbar with Undo is open (fixed, bottom left).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-grid', title: 'Orders: Material-style data grid', seed: 2611 };

const ROW = 52;
const COLS = ['Order', 'Customer', 'Status', 'Total', 'Items', 'Placed', 'Ship by', 'Carrier', 'Tracking', 'Region', 'Channel', 'Notes'];
const CSS = `
html,body{height:100%;overflow:hidden}
.bar{position:fixed;top:0;left:0;right:0;height:56px;background:#1a5fb4;color:#fff;display:flex;align-items:center;gap:16px;padding:0 16px;z-index:10}
.bar a{color:#fff}
.bar button{background:transparent;color:#fff;border:0}
.drawer{position:fixed;top:56px;bottom:0;left:0;width:220px;border-right:1px solid #e3e6ec;background:#fff;padding:8px 0}
.drawer a{display:block;padding:8px 20px;color:#1d2330}
.main{position:fixed;top:56px;left:220px;right:0;bottom:0;display:flex;flex-direction:column;padding:12px 16px;min-width:0}
.tools{display:flex;align-items:center;gap:10px;margin-bottom:8px}
.tools button{border:0;color:#1a5fb4;background:transparent;font-weight:600}
.tf{position:relative;display:inline-block}
.tf label{position:absolute;left:10px;top:-8px;font-size:11px;background:#fff;padding:0 4px;color:#6a7280}
.cbx,.sw{position:relative;display:inline-flex;width:38px;height:38px;align-items:center;justify-content:center;border-radius:50%;cursor:pointer}
.cbx input,.sw input{position:absolute;inset:0;width:100%;height:100%;margin:0;opacity:0;cursor:inherit;z-index:1}
.cbx svg{width:20px;height:20px}
.sw{width:58px}
.sw .track{width:34px;height:14px;border-radius:7px;background:#9aa3b2}
.sw .thumb{position:absolute;left:9px;top:9px;width:20px;height:20px;border-radius:50%;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.4)}
.grid{flex:1;min-height:0;border:1px solid #e3e6ec;border-radius:6px;display:flex;flex-direction:column;background:#fff}
.scroller{flex:1;min-height:0;overflow:auto;position:relative}
.head{position:sticky;top:0;z-index:3;display:flex;background:#fafbfc;border-bottom:1px solid #e3e6ec;width:max-content}
.cell,.hcell{flex:none;width:150px;height:${ROW}px;display:flex;align-items:center;gap:4px;padding:0 10px;border-bottom:1px solid #f0f1f4;overflow:hidden;white-space:nowrap;background:inherit}
.hcell{font-weight:600;cursor:pointer;height:56px}
.hcell .ib{visibility:hidden;border:0;background:transparent;padding:2px 4px}
.hcell:hover .ib{visibility:visible}
.sel{width:58px}
.pin{position:sticky;right:0;z-index:2;background:#fff;border-left:1px solid #e3e6ec;width:120px}
.head .pin{background:#fafbfc}
.body{position:relative;height:${400 * ROW}px;width:max-content}
.row{position:absolute;left:0;display:flex;background:#fff;width:max-content}
.chip{border-radius:12px;padding:2px 8px;font-size:12px;background:#e8f0fb}
.pin button{border:0;background:transparent;padding:4px 6px}
.foot{display:flex;align-items:center;justify-content:flex-end;gap:12px;padding:6px 12px;border-top:1px solid #e3e6ec}
.msel{position:relative;display:inline-flex;align-items:center;padding:4px 24px 4px 8px;cursor:pointer}
.msel input{position:absolute;bottom:0;left:0;width:100%;opacity:0;pointer-events:none;box-sizing:border-box}
.snack{position:fixed;left:24px;bottom:24px;background:#323232;color:#fff;border-radius:4px;padding:8px 16px;display:flex;gap:12px;align-items:center;z-index:20}
.snack button{background:transparent;border:0;color:#90caf9;font-weight:600}
.closing{opacity:0;transform:scale(.9);bottom:80px}
`;

const BOX = '<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="3" y="3" width="18" height="18" rx="2" fill="none" stroke="#555" stroke-width="2"/></svg>';

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="bar"><button type="button" aria-label="Open navigation"${t.e('icon-button', 'bar-menu')}>☰</button><strong>Shopline admin</strong><div class="spacer"></div>`;
  b += `<a href="/help"${t.e('link', 'bar-help')}>Help</a><button type="button" aria-label="Notifications"${t.e('icon-button', 'bar-bell')}>🔔</button></header>`;
  b += `<nav class="drawer" aria-label="Sections">`;
  ['Home', 'Orders', 'Products', 'Customers', 'Discounts', 'Analytics', 'Settings'].forEach((s, i) => (b += `<a href="/${s.toLowerCase()}"${t.e('nav-link', `nav-${i}`)}>${s}</a>`));
  b += `</nav><main class="main"><h1 style="font-size:20px;margin:0 0 8px">Orders</h1><div class="tools">`;
  ['Columns', 'Filters', 'Density', 'Export'].forEach((s, i) => (b += `<button type="button"${t.e('button', `tool-${i}`)}>${s}</button>`));
  b += `<div class="spacer"></div><span class="tf"><label for="qf">Search</label><input id="qf" type="search" placeholder="Search…"${t.e('search', 'quick-filter')}></span>`;
  b += `<span class="sw"${t.e('faded-input-switch', 'dense')}><input type="checkbox" role="switch" aria-label="Dense rows"><span class="track"></span><span class="thumb"></span></span> Dense</div>`;
  b += `<div class="grid" role="grid" aria-label="Orders" aria-rowcount="401" aria-colcount="${COLS.length + 2}"><div class="scroller" id="scroller">`;
  b += `<div class="head" role="row" aria-rowindex="1"><div class="hcell sel" role="columnheader" tabindex="-1"><span class="cbx"${t.e('faded-input-checkbox', 'select-all')}><input type="checkbox" aria-label="Select all rows">${BOX}</span></div>`;
  COLS.forEach((c, i) => {
    b += `<div class="hcell" role="columnheader" tabindex="-1" aria-sort="${i === 5 ? 'descending' : 'none'}"${t.e('sortable-header', `h-${i}`)}>${c}`;
    b += `<button type="button" class="ib" aria-label="Sort"${t.h('hover-only', `h-${i}-sort`)}>↑</button><button type="button" class="ib" aria-label="Menu"${t.h('hover-only', `h-${i}-menu`)}>⋮</button></div>`;
  });
  b += `<div class="hcell pin" role="columnheader" tabindex="-1">Actions</div></div><div class="body" role="rowgroup">`;
  for (let r = 0; r < 18; r++) {
    const id = `r${r}`;
    b += `<div class="row" role="row" aria-rowindex="${r + 2}" style="transform:translateY(${r * ROW}px)"><div class="cell sel" role="gridcell" tabindex="-1"><span class="cbx"${t.e('faded-input-checkbox', `${id}-sel`)}><input type="checkbox" aria-label="Select row">${BOX}</span></div>`;
    COLS.forEach((c, i) => {
      let v = esc(R.title(1));
      if (i === 0) v = `<a href="/orders/${1000 + r}"${t.e('link', `${id}-order`)}>#${1000 + r}</a>`;
      else if (i === 1) v = esc(R.person());
      else if (i === 2) v = `<span class="chip">${R.pick(['Paid', 'Pending', 'Refunded', 'Shipped'])}</span>`;
      else if (i === 3) v = `€${R.int(10, 900)}.00`;
      else if (i === 8) v = `<a href="/track/${r}"${t.e('link', `${id}-track`)}>TRK${R.int(100000, 999999)}</a>`;
      b += `<div class="cell" role="gridcell" tabindex="-1">${v}</div>`;
    });
    b += `<div class="cell pin" role="gridcell" tabindex="-1"><button type="button" aria-label="Edit order"${t.e('icon-button', `${id}-edit`)}>✎</button><button type="button" aria-label="Delete order"${t.e('icon-button', `${id}-del`)}>🗑</button></div></div>`;
  }
  b += `</div></div><div class="foot">Rows per page: <div class="msel" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-label="Rows per page"${t.e('custom-select', 'per-page')}>25 ▾<input aria-hidden="true" tabindex="-1" value="25"${t.h('aria-hidden-native', 'per-page-native')}></div>`;
  b += `<span>1–25 of 400</span><button type="button" aria-label="Previous page" disabled${t.n('prev-page')}>‹</button><button type="button" aria-label="Next page"${t.e('icon-button', 'next-page')}>›</button></div></div></main>`;
  b += `<div class="snack closing" role="status" aria-hidden="false"><span>Order archived</span><button type="button"${t.h('closing-snackbar', 'snack-old-undo')}>Undo</button></div>`;
  b += `<div class="snack" role="status"><span>3 orders deleted</span><button type="button"${t.e('snackbar', 'snack-undo')}>Undo</button><button type="button" aria-label="Close"${t.e('snackbar', 'snack-close')}>✕</button></div>`;
  b += `<script>document.getElementById('scroller').addEventListener('click', (e) => { const h = e.target.closest('[role=columnheader]'); if (h) h.setAttribute('aria-sort', 'ascending'); });</script>`;
  return { html: doc({ title: 'Orders – Shopline admin', css: CSS, body: b, truth: t }) };
}
