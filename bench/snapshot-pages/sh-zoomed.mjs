// (sh-zoomed) An analytics workspace whose panes change geometry the newer ways: the nav rail is enlarged with CSS
// `zoom:1.25` and scrolls; the report pane is a dense view at `zoom:0.8` that scrolls by itself (its rows below the
// fold are reachable by scrolling it, not past the window's edge); a reader pane for Japanese notes is written
// `writing-mode:vertical-rl` and scrolls to the left (its older notes lie left of what it shows); KPI cards clip with
// `overflow:clip; overflow-clip-margin:12px`, so a badge button painted just past a card's edge shows (must-expose)
// while a "details" button pushed well below it does not (trap); a drawer slid away with the `translate` property and a
// tooltip flattened with `scale:0` are traps; a compare panel moved in from the left with `translate` stays on screen (over table text).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-zoomed', title: 'Analytics: zoomed panes, vertical notes, clip margins', seed: 5113 };

const CSS = `
html,body{height:100dvh;overflow:hidden}
.shell{display:grid;grid-template-columns:200px 1fr 260px;height:100dvh}
.rail{zoom:1.25;overflow-y:auto;background:#f0f2f6;padding:6px}
.rail a{display:block;padding:4px 6px}
.report{zoom:0.8;overflow-y:auto;padding:16px 20px;min-height:0}
.kpis{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;margin-bottom:28px}
.kpi{height:96px;overflow:clip;overflow-clip-margin:12px;border:1px solid #e3e6ec;border-radius:10px;background:#fff;padding:10px;position:relative}
.kpi .badge{position:absolute;right:-8px;bottom:-10px;font-size:12px;padding:1px 6px;border-radius:9px}
.kpi .more{margin-top:120px}
table{border-collapse:collapse;width:100%;background:#fff}
td,th{border-bottom:1px solid #eef0f3;padding:6px 8px;text-align:left}
.notes{writing-mode:vertical-rl;overflow-x:auto;height:100dvh;background:#fffdf6;padding:12px;border-left:1px solid #e3e6ec}
.notes article{margin-left:18px}
.drawer{position:fixed;top:0;left:0;bottom:0;width:280px;background:#fff;translate:-100% 0;box-shadow:0 0 20px rgba(0,0,0,.2);padding:14px}
.flat{position:fixed;top:120px;left:420px;scale:0;background:#1d2330;color:#fff;padding:8px}
.over{position:fixed;bottom:20px;left:0;width:220px;translate:560px 0;background:#fff;border:1px solid #d4d8e0;border-radius:8px;padding:10px;box-shadow:0 8px 24px rgba(0,0,0,.15)}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = '<div class="shell"><nav class="rail" aria-label="Reports">';
  for (let i = 0; i < 36; i++) b += `<a href="/r/${i}"${t.e('link', `rail-${i}`)}>${esc(R.title(R.int(1, 2)))}</a>`;
  b += '</nav><main class="report" aria-label="Report"><div class="kpis">';
  for (let k = 0; k < 4; k++) {
    b += `<div class="kpi"><div class="muted">${esc(R.title(2))}</div><div style="font-size:26px;font-weight:700">${R.int(100, 9999)}</div>
<button type="button" class="badge"${t.e('button', `kpi-${k}-badge`)}>+${R.int(1, 40)}%</button>
<button type="button" class="more"${t.h('clipped', `kpi-${k}-more`)}>Details</button></div>`;
  }
  b += '</div><table><thead><tr><th>Campaign</th><th>Owner</th><th>Spend</th><th>Status</th><th></th></tr></thead><tbody>';
  for (let r = 0; r < 60; r++) {
    b += `<tr><td><a href="/c/${r}"${t.e('link', `row-${r}-link`)}>${esc(R.title(R.int(2, 3)))}</a></td><td>${esc(R.person())}</td><td>$${R.int(100, 90000)}</td>
<td>${R.pick(['Active', 'Paused', 'Draft'])}</td><td><button type="button" aria-label="Edit campaign ${r}"${t.e('icon-button', `row-${r}-edit`)}>✎</button></td></tr>`;
  }
  b += '</tbody></table></main>';
  b += '<aside class="notes" aria-label="Notes" lang="ja">';
  for (let n = 0; n < 24; n++) {
    b += `<article><h3 style="margin:0">ノート ${n + 1}</h3><p>${esc(R.sentence(4, 8))}</p><a href="/n/${n}"${t.e('link', `note-${n}`)}>開く ${n + 1}</a></article>`;
  }
  b += '</aside></div>';
  b += `<div class="drawer" role="dialog" aria-label="Filters"><button type="button"${t.h('translated-away', 'drawer-apply')}>Apply filters</button>
<a href="/filters/reset"${t.h('translated-away', 'drawer-reset')}>Reset</a></div>`;
  b += `<div class="flat" role="tooltip"><button type="button"${t.h('scaled-zero', 'flat-pin')}>Pin metric</button></div>`;
  b += `<div class="over" role="dialog" aria-label="Compare"><label>Compare with <select${t.e('select', 'over-compare')}><option>Last week</option><option>Last year</option></select></label>
<button type="button"${t.e('button', 'over-close')}>Close</button></div>`;
  return { html: doc({ title: 'Report · Analytics', css: CSS, body: b, truth: t }) };
}
