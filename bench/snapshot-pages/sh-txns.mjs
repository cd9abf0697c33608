// (sh-txns) A bank's transactions page as Monzo/Revolut/Chase web apps build it: the window scrolls under a fixed app
// bar; a filter bar sticks below it; the transactions table's header row sticks below that and each day's group
// header row (`<th scope=rowgroup>`) sticks below the header, so three sticky bands stack. Each row: a select checkbox
// that is a native input laid at opacity 0 over the box its label draws (usable: must-expose), the merchant as a
// button, a category chip whose native select lies at opacity 0 over the chip it draws (usable), the amount, and a
// Details toggle (icon-only, aria-expanded). One row is expanded: its detail row holds a description list and
// Report / Split / receipt controls. Above the table, insight cards opened by a stretched title link (its ::after
// laid across the card) keep a "Learn more" link under it (traps) and a Dismiss button raised above it. The other rows' detail rows stay in the DOM collapsed three ways: the `hidden`
// attribute, a `max-height:0; overflow:hidden` wrapper in a padded cell, and a row set to `visibility:collapse`
// (traps). Pending rows have a disabled checkbox (neutral). A bulk-action bar docked at the bottom is parked below the
// window with transform (traps), a "Download statement" menu is closed with opacity 0 and pointer-events:none (traps),
// and an aria-hidden copy of the header row (a sticky-header shim) sits in the DOM (traps).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-txns', title: 'Bank transactions: stacked sticky bands, expandable rows, faded native inputs', seed: 8202 };

const DAYS = ['Today', 'Yesterday', 'Monday 30 November', 'Sunday 29 November', 'Saturday 28 November', 'Friday 27 November'];
const CATS = ['Groceries', 'Eating out', 'Transport', 'Shopping', 'Bills', 'Entertainment'];
const CSS = `
.bar{position:fixed;top:0;left:0;right:0;height:60px;display:flex;align-items:center;gap:16px;padding:0 24px;background:#14233c;color:#fff;z-index:20}
.bar a{color:#fff}
.page{padding:60px 24px 40px;max-width:1100px;margin:0 auto}
.filters{position:sticky;top:60px;z-index:10;display:flex;gap:10px;align-items:center;padding:10px 0;background:#f6f7f9}
.dl{position:relative}
.dlmenu{position:absolute;top:36px;right:0;background:#fff;border:1px solid #ccc;opacity:0;pointer-events:none;display:flex;flex-direction:column}
table{border-collapse:separate;border-spacing:0;width:100%;background:#fff}
thead th{position:sticky;top:114px;z-index:5;background:#eef1f5;height:36px;text-align:left;padding:0 10px;font-size:13px}
.shim{position:absolute;left:-9999px}
th.day{position:sticky;top:150px;z-index:4;background:#fafbfc;text-align:left;padding:6px 10px;font-size:13px;color:#555}
td{padding:0 10px;height:48px;border-bottom:1px solid #eef0f3;font-size:14px}
.box{position:relative;display:inline-block;width:18px;height:18px;border:2px solid #7a8596;border-radius:4px;vertical-align:middle}
.box input{position:absolute;inset:-2px;margin:0;opacity:0;cursor:pointer}
.merchant{border:0;background:none;padding:0;font-weight:600}
.chip{position:relative;display:inline-block;padding:2px 10px;border-radius:12px;background:#e8eefc;font-size:12px}
.chip select{position:absolute;inset:0;opacity:0;cursor:pointer;width:100%}
.amt{text-align:right;font-variant-numeric:tabular-nums}
.tog{border:0;background:none;padding:4px 8px}
.detail td{height:auto;background:#fbfcfe}
.detail dl{display:grid;grid-template-columns:160px 1fr;gap:2px 12px;margin:10px 0}
.detail dd{margin:0}
.fold{max-height:0;overflow:hidden}
.foldcell{padding:0;height:0;border:0}
.tips{display:flex;gap:12px;margin:12px 0}
.tip{position:relative;flex:1;background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:12px}
.tip p{margin:6px 0 0;font-size:13px}
.stretch{font-weight:600}
.stretch::after{content:"";position:absolute;inset:0;z-index:1}
.raise{position:absolute;right:8px;top:8px;z-index:2;border:0;background:none;padding:2px 6px}
.bulk{position:fixed;left:50%;bottom:16px;transform:translate(-50%,200%);background:#1d2330;color:#fff;border-radius:10px;padding:10px 16px;display:flex;gap:10px;z-index:15}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="bar"><strong>Kestrel</strong><nav style="display:flex;gap:14px"><a href="#home"${t.e('link', 'nav-home')}>Home</a><a href="#payments"${t.e('link', 'nav-pay')}>Payments</a><a href="#cards"${t.e('link', 'nav-cards')}>Cards</a></nav><span class="spacer"></span><button type="button" aria-label="Account menu"${t.e('icon-button', 'acct')}>AC</button></header>`;
  b += `<div class="page"><h1 style="margin:16px 0 0">Transactions</h1><div class="tips">`;
  // Insight cards opened by a stretched title link: its ::after covers the card, so "Learn more" is not reached
  // (traps) while Dismiss, raised above it, is.
  ['Spending is down', 'A bill is due soon', 'Round-ups saved £12'].forEach((title, i) => {
    b += `<div class="tip"><a class="stretch" href="#insight/${i}"${t.e('link', `tip${i}`)}>${title}</a><p>${esc(R.sentence(5, 8))} <a href="#learn/${i}"${t.h('under-stretched-link', `tip${i}-learn`)}>Learn more</a></p><button type="button" class="raise" aria-label="Dismiss ${title}"${t.e('icon-button', `tip${i}-x`)}>✕</button></div>`;
  });
  b += `</div>`;
  b += `<div class="filters"><input type="search" aria-label="Search transactions" placeholder="Search transactions"${t.e('search', 'q')}>`;
  b += `<label class="chip" style="padding:6px 12px"${t.e('faded-select', 'f-cat')}><span>All categories ▾</span><select aria-label="Category filter"><option>All categories</option>${CATS.map((c) => `<option>${c}</option>`).join('')}</select></label>`;
  b += `<button type="button" aria-pressed="false"${t.e('button', 'f-in')}>Money in</button><button type="button" aria-pressed="true"${t.e('button', 'f-out')}>Money out</button>`;
  b += `<span class="spacer"></span><div class="dl"><button type="button" aria-haspopup="menu" aria-expanded="false"${t.e('button', 'dl-btn')}>Download statement</button><div class="dlmenu" role="menu"><a role="menuitem" href="#pdf"${t.h('faded-menu', 'dl-pdf')}>PDF</a><a role="menuitem" href="#csv"${t.h('faded-menu', 'dl-csv')}>CSV</a></div></div></div>`;
  const head = (mark) => `<tr><th><span class="box"${mark('sel-all')}><input type="checkbox" aria-label="Select all"></span></th><th>Merchant</th><th>Category</th><th class="amt">Amount</th><th><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Details</span></th></tr>`;
  b += `<table class="shim" aria-hidden="true"><thead>${head((id) => t.h('aria-hidden-shim', `shim-${id}`))}</thead></table>`;
  b += `<table aria-label="Transactions"><thead>${head((id) => t.e('faded-checkbox', id))}</thead>`;
  let n = 0;
  DAYS.forEach((day, d) => {
    b += `<tbody><tr><th class="day" colspan="5" scope="rowgroup">${day}</th></tr>`;
    const count = d === 0 ? 3 : R.int(4, 6);
    for (let i = 0; i < count; i++, n++) {
      const merchant = `${R.title(1)} ${R.pick(['Market', 'Cafe', 'Rail', 'Store', 'Energy', 'Cinema'])}`;
      const pending = d === 0 && i < 2;
      const cat = R.pick(CATS);
      const amount = `−£${R.int(2, 180)}.${String(R.int(0, 99)).padStart(2, '0')}`;
      const open = n === 3;
      const sel = pending
        ? `<span class="box"${t.n(`t${n}-sel`)}><input type="checkbox" disabled aria-label="Select ${esc(merchant)}"></span>`
        : `<span class="box"${t.e('faded-checkbox', `t${n}-sel`)}><input type="checkbox" aria-label="Select ${esc(merchant)}"></span>`;
      b += `<tr><td>${sel}</td><td><button type="button" class="merchant"${t.e('button', `t${n}-m`)}>${esc(merchant)}</button>${pending ? ' <span class="muted">Pending</span>' : ''}</td>`;
      b += `<td><label class="chip"${t.e('faded-select', `t${n}-cat`)}><span>${cat}</span><select aria-label="Category for ${esc(merchant)}">${CATS.map((c) => `<option${c === cat ? ' selected' : ''}>${c}</option>`).join('')}</select></label></td>`;
      b += `<td class="amt">${amount}</td><td><button type="button" class="tog" aria-expanded="${open}" aria-controls="d${n}" aria-label="Details"${t.e('icon-button', `t${n}-tog`)}>${open ? '▴' : '▾'}</button></td></tr>`;
      const detail = (mark) =>
        `<dl><dt>Reference</dt><dd>${R.int(100000, 999999)}</dd><dt>Card</dt><dd>•••• ${R.int(1000, 9999)}</dd><dt>Location</dt><dd>${esc(R.title(2))}</dd></dl>` +
        `<p><button type="button"${mark(`d${n}-report`)}>Report a problem</button> <button type="button"${mark(`d${n}-split`)}>Split bill</button> <a href="#receipt/${n}"${mark(`d${n}-receipt`)}>View receipt</a></p>`;
      if (open) b += `<tr class="detail" id="d${n}"><td></td><td colspan="4">${detail((id) => t.e('detail-control', id))}</td></tr>`;
      else if (n % 3 === 0) b += `<tr class="detail" id="d${n}" hidden><td></td><td colspan="4">${detail((id) => t.h('hidden-row', id))}</td></tr>`;
      else if (n % 3 === 1) b += `<tr class="detail" id="d${n}"><td class="foldcell"></td><td class="foldcell" colspan="4"><div class="fold">${detail((id) => t.h('max-height-0', id))}</div></td></tr>`;
      else b += `<tr class="detail" id="d${n}" style="visibility:collapse"><td></td><td colspan="4">${detail((id) => t.h('collapsed-row', id))}</td></tr>`;
    }
    b += `</tbody>`;
  });
  b += `</table><p style="text-align:center"><button type="button"${t.e('button', 'more')}>Load older transactions</button></p></div>`;
  b += `<div class="bulk" role="toolbar" aria-label="Selected transactions"><button type="button"${t.h('parked-below', 'bulk-cat')}>Change category</button><button type="button"${t.h('parked-below', 'bulk-export')}>Export</button></div>`;
  return { html: doc({ title: 'Transactions – Kestrel', css: CSS, body: b, truth: t }) };
}
