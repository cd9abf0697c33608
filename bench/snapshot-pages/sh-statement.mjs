// (sh-statement) Online banking: a fixed shell (account rail, a statement table pane, an insights column). The
// statement is a wide table in its own two-axis scroll pane with a sticky header row and a sticky first column (the
// date and payee link); the page script scrolls it on load to the latest months at the right and a few rows down, as
// banking apps restore your place. The visible cells' "Dispute" buttons and the sticky cells are must-expose; cells
// scrolled under the sticky column or header, or out of the pane, are neutral (the truth check scrolls each element
// into view, which would uncover them) and measured only by tokens. Around it, the ways UI kits of today hide
// things: locked cards whose content a ::after veil of their own card paints over (the hit test returns the card, an
// ancestor, not the button: traps), one in view and one below the insights pane's fold, their "upgrade" links stacked
// above the veil (must-expose); a filters panel collapsed the grid-template-rows:0fr way (traps); an export menu shrunk
// with the individual `scale: 0` property and a transfer drawer parked left with the individual `translate` property
// (traps); a card locked while it updates and a pager's Previous link, both set to pointer-events:none (a click passes
// through them: traps); an open accordion (grid-template-rows:1fr) and an unlocked card beside them (must-expose).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-statement', title: 'Bank statement: sticky column, restored two-axis scroll, veils and 0fr panels', seed: 7505 };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ROWS = 30;
const COL_W = 150;
const FIRST_W = 220;
const ROW_H = 44;
const SCROLL_LEFT = COL_W * 7; // Jan–Jul scrolled out (partly under the sticky column)
const SCROLL_TOP = ROW_H * 4; // four rows scrolled up under the sticky header

const CSS = `
html,body{height:100%;overflow:hidden}
.app{position:fixed;inset:0;display:grid;grid-template-columns:200px 1fr 300px;grid-template-rows:56px 1fr}
.top{grid-column:1/4;display:flex;align-items:center;gap:12px;padding:0 16px;background:#0b3d2e;color:#fff}
.top a{color:#fff}
.rail{overflow-y:auto;padding:10px;border-right:1px solid #e3e6ec;background:#fff}
.rail a{display:block;padding:6px 8px}
.mid{display:flex;flex-direction:column;min-height:0;min-width:0;padding:10px}
.tools{display:flex;gap:8px;align-items:center;margin-bottom:8px;position:relative}
.filters{display:grid;grid-template-rows:0fr;transition:grid-template-rows .2s}
.filters>div{overflow:hidden;min-height:0}
.filters.open{grid-template-rows:1fr}
.export{position:absolute;left:200px;top:36px;background:#fff;border:1px solid #c3c8d2;z-index:10;scale:0;transform-origin:0 0}
.pane{overflow:auto;flex:1;min-height:0;border:1px solid #e3e6ec;background:#fff;position:relative}
table{border-collapse:separate;border-spacing:0;table-layout:fixed;width:${FIRST_W + COL_W * MONTHS.length}px}
th,td{height:${ROW_H}px;padding:0 8px;border-bottom:1px solid #eee;white-space:nowrap;overflow:hidden;font-size:13px;background:#fff}
th{position:sticky;top:0;z-index:2;background:#f3f5f7;text-align:left}
th:first-child,td:first-child{position:sticky;left:0;z-index:1;width:${FIRST_W}px;background:#fafbfc;border-right:1px solid #dde}
th:first-child{z-index:3}
td button{padding:2px 6px;font-size:12px}
.side{overflow-y:auto;min-height:0;padding:10px;border-left:1px solid #e3e6ec;background:#fff}
.card{position:relative;border:1px solid #e3e6ec;border-radius:8px;padding:10px;margin-bottom:10px}
.card.locked::after{content:"";position:absolute;inset:0;background:rgba(255,255,255,.96);border-radius:8px}
.card .lockmsg{position:absolute;left:10px;bottom:10px;z-index:1}
.busy{pointer-events:none;opacity:.6}
.pager .off{pointer-events:none;color:#9aa0a6}
.drawer{position:fixed;left:0;top:56px;bottom:0;width:340px;background:#fff;translate:-100% 0;z-index:20;padding:12px;box-shadow:2px 0 8px #0003}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="app"><header class="top"><strong>Northbank</strong><nav style="display:flex;gap:14px"><a href="#accounts"${t.e('link', 'n-accounts')}>Accounts</a><a href="#pay"${t.e('link', 'n-pay')}>Payments</a><a href="#cards"${t.e('link', 'n-cards')}>Cards</a></nav><span class="spacer"></span><button type="button" aria-label="Notifications"${t.e('icon-button', 'n-bell')}>🔔</button><button type="button" aria-label="Log out"${t.e('icon-button', 'n-logout')}>⎋</button></header>`;
  b += `<nav class="rail" aria-label="Accounts">`;
  for (let i = 0; i < 8; i++) b += `<a href="#acct/${i}"${t.e('link', `acct-${i}`)}>${esc(R.title(1))} ···${R.int(1000, 9999)}</a>`;
  b += `<button type="button" class="primary"${t.e('button', 'new-transfer')}>New transfer</button></nav>`;
  b += `<main class="mid" aria-label="Statement"><div class="tools"><input type="search" aria-label="Search transactions" placeholder="Search transactions"${t.e('search', 'q')}>`;
  b += `<button type="button" aria-expanded="false" aria-controls="filters"${t.e('button', 'filters-btn')}>Filters</button><button type="button" aria-haspopup="menu"${t.e('button', 'export-btn')}>Export</button>`;
  b += `<div class="export" role="menu"><button role="menuitem"${t.h('scale-zero', 'exp-csv')}>CSV</button><button role="menuitem"${t.h('scale-zero', 'exp-pdf')}>PDF</button></div></div>`;
  b += `<div class="filters" id="filters"><div><label>From <input type="date"${t.h('zero-fr', 'f-from')}></label> <label>To <input type="date"${t.h('zero-fr', 'f-to')}></label> <button type="button"${t.h('zero-fr', 'f-apply')}>Apply</button></div></div>`;
  b += `<div class="pane" id="pane" role="region" aria-label="Transactions" tabindex="0"><table><thead><tr><th>Payee</th>`;
  MONTHS.forEach((m) => (b += `<th>${m} 2024</th>`));
  b += `</tr></thead><tbody>`;
  // Geometry after the restore scroll: the pane shows about 500×(pane height) px; the sticky column covers
  // x < FIRST_W of the pane and the sticky header covers the first ROW_H px.
  for (let r = 0; r < ROWS; r++) {
    const rowTop = ROW_H * (r + 1) - SCROLL_TOP; // relative to the pane's top edge, after the scroll
    b += `<tr><td><a href="#payee/${r}"${r < 4 ? t.n(`r${r}-payee`) : t.e('sticky-cell', `r${r}-payee`)}>${esc(R.title(2))}</a></td>`;
    MONTHS.forEach((m, c) => {
      const left = FIRST_W + COL_W * c - SCROLL_LEFT;
      const right = left + COL_W;
      const underColumn = right <= FIRST_W + 1 && right > 0;
      const underHeader = rowTop + ROW_H <= ROW_H + 1 && rowTop + ROW_H > 0;
      const id = `r${r}-${m}`;
      // Under a sticky cell or scrolled out: neutral (the truth check scrolls each element into view, which uncovers it).
      const mark = underColumn || underHeader || right <= 0 || rowTop + ROW_H <= 0 ? t.n(id) : t.e('cell-button', id);
      b += `<td>${R.int(-900, 900)}.${String(R.int(0, 99)).padStart(2, '0')} <button type="button"${mark}>Dispute</button></td>`;
    });
    b += `</tr>`;
  }
  b += `</tbody></table></div></main>`;
  b += `<aside class="side" aria-label="Insights">`;
  b += `<section class="card"><h3 style="margin:0 0 6px;font-size:15px">Budgets</h3><p>${esc(R.sentence())}</p><button type="button"${t.e('button', 'budget-open')}>See budgets</button></section>`;
  b += `<section class="card locked"><h3 style="margin:0 0 6px;font-size:15px">Spending insights</h3><p>${esc(R.sentence())}</p><button type="button"${t.h('veiled', 'ins-open')}>Open insights</button> <a href="#ins/cats"${t.h('veiled', 'ins-cats')}>Categories</a>`;
  b += `<div class="lockmsg"><a href="#premium"${t.e('link', 'ins-upgrade')}>Upgrade to Premium</a></div></section>`;
  b += `<section class="card"><h3 style="margin:0 0 6px;font-size:15px">Savings goals</h3><div class="filters open"><div><p>${esc(R.sentence())}</p><button type="button"${t.e('button', 'goal-add')}>Add goal</button></div></div></section>`;
  b += `<section class="card busy" aria-busy="true"><h3 style="margin:0 0 6px;font-size:15px">Scheduled payments</h3><p>Updating…</p><button type="button"${t.h('pointer-events-none', 'sched-edit')}>Edit schedule</button> <a href="#sched"${t.h('pointer-events-none', 'sched-all')}>All payments</a></section>`;
  b += `<nav class="pager" aria-label="Statement pages"><a class="off" href="#page/0"${t.h('pointer-events-none', 'page-prev')}>Previous</a> <span>Page 1 of 9</span> <a href="#page/2"${t.e('link', 'page-next')}>Next</a></nav>`;
  b += `<section class="card" style="margin-top:300px"><h3 style="margin:0 0 6px;font-size:15px">Offers</h3><a href="#offers"${t.e('link', 'offers')}>See offers</a></section>`;
  b += `<section class="card locked"><h3 style="margin:0 0 6px;font-size:15px">Credit score</h3><button type="button"${t.h('veiled', 'score-open')}>Check your score</button><div class="lockmsg"><a href="#premium-score"${t.e('link', 'score-upgrade')}>Unlock with Premium</a></div></section>`;
  b += `</aside></div>`;
  b += `<aside class="drawer" aria-label="Transfer"><label>Amount <input type="number"${t.h('translated-away', 'tr-amount')}></label><button type="button"${t.h('translated-away', 'tr-send')}>Send</button></aside>`;
  b += `<script>const p=document.getElementById('pane');p.scrollLeft=${SCROLL_LEFT};p.scrollTop=${SCROLL_TOP};</script>`;
  return { html: doc({ title: 'Statement – Northbank', css: CSS, body: b, truth: t }) };
}
