// (y) Right-to-left app (dir="rtl", as Arabic/Hebrew/Persian sites are): content that overflows runs to the LEFT
// and scrollLeft goes negative. A horizontal category strip overflowing to the left, an orders table wider than its
// pane (the extra columns are to the left), a window that scrolls sideways to the left because a wide banner row
// overflows, a side nav on the right. Traps: an off-canvas menu pushed to the RIGHT (translateX(100%), fixed), a
// display:none filter panel.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'y-rtl', title: 'Right-to-left shop admin', seed: 1616 };

const CSS = `
.wrap{display:grid;grid-template-columns:220px 1fr;gap:16px;padding:12px 16px}
.side a{display:block;padding:5px 8px}
.strip{display:flex;gap:8px;overflow-x:auto;padding:6px 0 10px}
.strip button{flex:0 0 auto}
.box{overflow-x:auto;border:1px solid #e3e6ec;background:#fff;max-width:900px}
table{border-collapse:collapse;min-width:1700px}
td,th{padding:6px 8px;border-bottom:1px solid #f0f1f4;white-space:nowrap;text-align:start}
.wide{display:flex;gap:12px;width:1900px;padding:8px 0}
.wide .promo{flex:0 0 300px;background:#fff;border:1px solid #e3e6ec;border-radius:8px;padding:10px}
.menu{position:fixed;top:0;right:0;bottom:0;width:280px;background:#fff;transform:translateX(100%);z-index:50}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'hdr-logo')}>Souq Admin</a><nav>`;
  ['Orders', 'Products', 'Customers', 'Reports'].forEach((n, i) => (b += `<a href="/${i}"${t.e('link', `hdr-nav-${i}`)}>${n}</a>`));
  b += `</nav><div class="spacer"></div><button type="button"${t.e('button', 'hdr-menu')}>Menu</button></header>
<div class="wrap"><nav class="side" aria-label="Sections">`;
  for (let i = 0; i < 10; i++) b += `<a href="#s/${i}"${t.e('link', `side-${i}`)}>${esc(R.title(2))}</a>`;
  b += `</nav><main style="min-width:0"><h1 style="font-size:22px;margin:4px 0">Orders</h1><div class="strip" role="group" aria-label="Categories">`;
  for (let i = 0; i < 30; i++) b += `<button type="button"${t.e('strip-button', `cat-${i}`)}>${esc(R.title(1))} ${i + 1}</button>`;
  b += `</div><div class="box" tabindex="0" aria-label="Orders table"><table><thead><tr>`;
  const cols = ['Order', 'Customer', 'Total', 'Status', 'Placed', 'Items', 'Payment', 'Carrier', 'Tracking', 'Region', 'Notes', 'Actions'];
  cols.forEach((c, i) => (b += `<th><button type="button" style="border:0;background:none;font-weight:700"${t.e('sort-button', `th-${i}`)}>${c}</button></th>`));
  b += '</tr></thead><tbody>';
  for (let r = 0; r < 25; r++) {
    b += `<tr><td><a href="#o/${r}"${t.e('row-link', `o-${r}`)}>#${10000 + r}</a></td><td>${esc(R.person())}</td><td>${R.int(10, 900)}.00</td><td>${R.pick(['Paid', 'Shipped', 'Refunded'])}</td><td>2026-11-${String(R.int(1, 28)).padStart(2, '0')}</td><td>${R.int(1, 9)}</td><td>${R.pick(['Card', 'Cash', 'Wallet'])}</td><td>${esc(R.title(1))}</td><td>${R.int(100000, 999999)}</td><td>${esc(R.title(1))}</td><td>${esc(R.words(4))}</td>
<td><button type="button"${t.e('row-button', `o-${r}-refund`)}>Refund</button> <button type="button"${t.e('row-button', `o-${r}-print`)}>Print label</button></td></tr>`;
  }
  b += `</tbody></table></div><div class="wide">`;
  for (let i = 0; i < 6; i++) b += `<div class="promo"><strong>${esc(R.title(3))}</strong><p style="margin:4px 0">${esc(R.sentence(5, 9))}</p><a href="#p/${i}"${t.e('promo-link', `promo-${i}`)}>Edit promotion</a></div>`;
  b += `</div><div style="display:none" class="filters"><input aria-label="Filter"${t.h('display-none', 'flt-in')}></div></main></div>
<aside class="menu" aria-label="Menu"><a href="/settings"${t.h('transform-offscreen', 'menu-settings')}>Settings</a><a href="/logout"${t.h('transform-offscreen', 'menu-logout')}>Log out</a></aside>`;
  return { html: doc({ title: 'Orders – Souq Admin', css: CSS, body: b, truth: t }).replace('<html lang="en">', '<html lang="ar" dir="rtl">') };
}
