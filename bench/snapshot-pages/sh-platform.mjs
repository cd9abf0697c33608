// (sh-platform) A storefront admin built on web-platform features shipped in the last releases: customizable selects
// (`appearance: base-select`, a `<button>` with `<selectedcontent>` inside, rich options; their closed pickers' options
// are traps), `command`/`commandfor` buttons opening a `<dialog closedby="any">` (left closed: its controls are traps)
// and toggling popovers, a `popover="hint"` tip shown over the page (its link must be exposed), a hint popover left
// closed (trap), an `interestfor` link whose hover card is closed (trap), a CSS-anchor-positioned menu (`anchor-name`,
// `position-area`, `position-try-fallbacks: flip-block`) open under a button near the bottom of the window (it flips
// above; must-expose), a scroll-driven "Back to top" button faded in by `animation-timeline: scroll()` (at the top of
// the page its opacity is 0: trap), `field-sizing: content` inputs and a `contenteditable="plaintext-only"` note.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-platform', title: 'Store admin: base-select, command buttons, hint popovers, anchored menus', seed: 9241 };

const CSS = `
.wrap{max-width:1100px;margin:0 auto;padding:16px 24px 40px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.card{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:14px}
select.rich,select.rich::picker(select){appearance:base-select}
select.rich{min-width:220px}
select.rich::picker(select){border:1px solid #d4d8e0;border-radius:8px;padding:4px}
select.rich option{display:flex;gap:8px;align-items:center;padding:4px 8px}
.sw{display:inline-block;width:14px;height:14px;border-radius:50%}
input.grow{field-sizing:content;min-width:6ch}
[popover]{margin:0;border:1px solid #d4d8e0;border-radius:8px;background:#fff;padding:8px;box-shadow:0 8px 24px rgba(0,0,0,.15)}
#tip{position:fixed;inset:auto;top:300px;left:880px;width:240px;background:#1d2330;color:#fff}
#tip a{color:#9cc3ff}
.anchor{anchor-name:--bulk}
#bulk{position:fixed;inset:auto;position-anchor:--bulk;position-area:bottom span-right;position-try-fallbacks:flip-block;min-width:200px}
#bulk button{display:block;width:100%;text-align:left;border:0;background:none}
#totop{position:fixed;right:20px;bottom:20px;animation:appear linear both;animation-timeline:scroll(root);animation-range:0 300px}
@keyframes appear{from{opacity:0}to{opacity:1}}
.note{border:1px dashed #c3c8d2;border-radius:6px;padding:8px;min-height:60px}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'logo')}>Shopkeep</a><nav><a href="/orders"${t.e('link', 'nav-orders')}>Orders</a><a href="/products"${t.e('link', 'nav-products')}>Products</a><a href="/customers" interestfor="cust-card"${t.e('link', 'nav-customers')}>Customers</a></nav><div class="spacer"></div>
<button type="button" commandfor="new-dialog" command="show-modal" class="primary"${t.e('button', 'new')}>New product</button></header>
<div id="cust-card" popover="hint">12,480 customers · <a href="/customers/new"${t.h('closed-hint', 'cust-new')}>Add customer</a></div>
<div class="wrap"><h1 style="font-size:22px">Edit product</h1><div class="grid"><section class="card" aria-label="Details">
<label>Title <input class="grow" value="${esc(R.title(3))}"${t.e('input', 'title')}></label>
<p><label>Status <select class="rich"${t.e('select', 'status')}><button><selectedcontent></selectedcontent></button>`;
  [['Active', '#2e8540'], ['Draft', '#b0b6c3'], ['Archived', '#6a7280']].forEach(([s, c], i) => {
    b += `<option${i === 0 ? ' selected' : ''}${t.h('closed-picker', `status-${i}`)}><span class="sw" style="background:${c}"></span>${s}</option>`;
  });
  b += `</select></label></p><p><label>Vendor <select class="rich"${t.e('select', 'vendor')}><button><selectedcontent></selectedcontent></button>`;
  for (let i = 0; i < 5; i++) b += `<option${i === 2 ? ' selected' : ''}${t.h('closed-picker', `vendor-${i}`)}>${esc(R.title(2))}</option>`;
  b += `</select></label></p>
<p>Tags: <input class="grow" value="summer"${t.e('input', 'tag-0')}> <input class="grow" value="linen"${t.e('input', 'tag-1')}> <button type="button"${t.e('button', 'tag-add')}>Add tag</button></p>
<p>Internal note</p><div class="note" contenteditable="plaintext-only" aria-label="Internal note"${t.e('editable', 'note')}>${esc(R.sentence())}</div></section>
<section class="card" aria-label="Pricing"><p>Price <input class="grow" inputmode="decimal" value="49.00" aria-label="Price"${t.e('input', 'price')}>
<button type="button" popovertarget="tip" popovertargetaction="show"${t.e('button', 'price-help')}>What is compare-at?</button></p>
<p><label><input type="checkbox" checked${t.e('checkbox', 'taxed')}> Charge tax</label></p>
<div id="tip" popover="hint">The compare-at price shows as struck through. <a href="/help/compare"${t.e('link', 'tip-more')}>Learn more</a></div>
<div id="tip2" popover="hint">Cost per item is never shown to customers. <a href="/help/cost"${t.h('closed-hint', 'tip2-more')}>Learn more</a></div>
<p>Cost <input class="grow" value="18.50" aria-label="Cost per item"${t.e('input', 'cost')}> <button type="button" popovertarget="tip2"${t.e('button', 'cost-help')}>?</button></p></section></div>
<dialog id="new-dialog" closedby="any" aria-label="New product"><form method="dialog"><label>Name <input${t.h('closed-dialog', 'new-name')}></label>
<button${t.h('closed-dialog', 'new-create')}>Create</button><button type="button" commandfor="new-dialog" command="close"${t.h('closed-dialog', 'new-cancel')}>Cancel</button></form></dialog>
<h2 style="font-size:18px;margin-top:24px">Variants</h2><table style="width:100%;background:#fff;border-collapse:collapse">`;
  for (let v = 0; v < 8; v++) {
    b += `<tr><td style="padding:6px"><label><input type="checkbox"${t.e('checkbox', `var-${v}`)}> ${esc(R.title(2))}</label></td><td><input class="grow" value="${R.int(1, 90)}" aria-label="Stock"${t.e('input', `stock-${v}`)}></td><td>${v === 7 ? '<span class="anchor">' : ''}<button type="button" commandfor="${v === 7 ? 'bulk' : 'row-menu'}" command="toggle-popover"${t.e('button', `row-${v}`)}>Actions</button>${v === 7 ? '</span>' : ''}</td></tr>`;
  }
  b += `</table><div id="row-menu" popover>${['Duplicate', 'Delete'].map((m, i) => `<button type="button"${t.h('closed-popover', `row-menu-${i}`)}>${m}</button>`).join('')}</div>
<div id="bulk" popover role="menu" aria-label="Variant actions">${['Edit prices', 'Adjust stock', 'Duplicate variant', 'Delete variant'].map((m, i) => `<button type="button" role="menuitem"${t.e('menuitem', `bulk-${i}`)}>${m}</button>`).join('')}</div>`;
  for (let p = 0; p < 6; p++) b += `<p>${esc(R.paragraph())}</p>`;
  b += `<button type="button"${t.e('button', 'save-bottom')}>Save product</button></div>
<button type="button" id="totop" aria-label="Back to top"${t.h('scroll-faded', 'totop')}>↑</button>
<script>document.getElementById('bulk').showPopover(); document.getElementById('tip').showPopover();</script>`;
  return { html: doc({ title: 'Edit product · Shopkeep', css: CSS, body: b, truth: t }) };
}
