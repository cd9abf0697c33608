// (sh-charts) Analytics dashboard built the way chart libraries render it: a date-range segmented control
// (role=radiogroup of div radios with a roving tabindex), KPI cards, a line chart in SVG whose legend items are
// painted in the SVG and made clickable by an accessibility module's proxy buttons (HTML buttons laid over them at
// opacity 0.001, as Highcharts does), focusable data points (`<circle tabindex=0 role=img aria-label>`), a
// hover tooltip parked at opacity 0 (its link a trap), a bar chart whose bars are `<rect role=button>`, a brush
// with two `role=slider` handles, an annotation toolbar in a `<foreignObject>`, a canvas doughnut with a clickable
// legend beside it and fallback content inside the canvas (not rendered: neutral), an Export menu closed with
// display:none, a closed "Show as table" `<details>` (traps), and a data table below the fold.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-charts', title: 'Analytics: SVG charts, legend proxies, brush, canvas', seed: 5101 };

const CSS = `
.top{position:sticky;top:0;z-index:20;display:flex;align-items:center;gap:14px;height:56px;padding:0 24px;background:#fff;border-bottom:1px solid #e3e6ec}
.seg{display:inline-flex;border:1px solid #c3c8d2;border-radius:8px;overflow:hidden}
.seg [role=radio]{padding:5px 12px;cursor:pointer;user-select:none}
.seg [role=radio][aria-checked=true]{background:#1a5fb4;color:#fff}
.wrap{padding:16px 24px;display:grid;grid-template-columns:repeat(4,1fr);gap:14px}
.kpi{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:12px}
.kpi b{display:block;font-size:22px}
.card{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:12px;position:relative}
.wide{grid-column:span 3}
.chart{position:relative}
.proxy{position:absolute;opacity:0.001;border:0;padding:0;margin:0;background:#fff;cursor:pointer}
.tip{position:absolute;left:300px;top:60px;opacity:0;pointer-events:none;background:#1d2330;color:#fff;padding:6px 8px;border-radius:6px}
.tip a{color:#9cc3ff}
.menu{display:none;position:absolute;right:12px;top:40px;background:#fff;border:1px solid #c3c8d2;border-radius:8px;padding:4px}
.menu [role=menuitem]{display:block;padding:4px 10px}
.legend2 button{display:flex;align-items:center;gap:6px;border:0;background:transparent;padding:3px 4px}
.legend2 i{width:10px;height:10px;border-radius:2px;display:inline-block}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #eef0f3;padding:5px 8px;text-align:left}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="top"><strong>Pulse analytics</strong><a href="/reports"${t.e('link', 'nav-reports')}>Reports</a><a href="/alerts"${t.e('link', 'nav-alerts')}>Alerts</a><span class="spacer"></span>
<div class="seg" role="radiogroup" aria-label="Date range">`;
  ['7 days', '30 days', '90 days', 'Year to date'].forEach((r, i) => {
    b += `<div role="radio" aria-checked="${i === 1}" tabindex="${i === 1 ? 0 : -1}"${t.e('radio', `range-${i}`)}>${r}</div>`;
  });
  b += `</div><button type="button" aria-haspopup="menu" aria-expanded="false"${t.e('button', 'export')}>Export</button>
<div class="menu" role="menu">`;
  ['CSV', 'PNG', 'PDF'].forEach((f) => (b += `<a role="menuitem" href="/export.${f.toLowerCase()}"${t.h('display-none', `export-${f}`)}>${f}</a>`));
  b += '</div></header><main class="wrap">';
  ['Sessions', 'Users', 'Bounce rate', 'Revenue'].forEach((k, i) => {
    b += `<section class="kpi" aria-labelledby="kpi-${i}"><span id="kpi-${i}" class="muted">${k}</span><b>${R.int(1000, 90000).toLocaleString('en-US')}</b>
<a href="/kpi/${i}"${t.e('link', `kpi-${i}-link`)}>View ${k.toLowerCase()}</a></section>`;
  });
  // Line chart: SVG painted legend + HTML proxy buttons over it; focusable points; tooltip parked at opacity 0.
  const W = 860;
  const H = 300;
  const series = ['Organic', 'Paid', 'Referral'];
  const colours = ['#1a5fb4', '#c64600', '#26a269'];
  b += `<section class="card wide" aria-labelledby="lc-h"><h2 id="lc-h" style="font-size:16px;margin:0 0 6px">Sessions by channel</h2><div class="chart">
<svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" aria-labelledby="lc-h">`;
  series.forEach((s, si) => {
    let d = '';
    for (let p = 0; p < 12; p++) d += `${p ? 'L' : 'M'}${40 + p * 70},${60 + si * 50 + R.int(0, 60)} `;
    b += `<path d="${d}" fill="none" stroke="${colours[si]}" stroke-width="2"/>`;
    for (let p = 0; p < 12; p += 3) {
      b += `<circle cx="${40 + p * 70}" cy="${90 + si * 50}" r="5" fill="${colours[si]}" tabindex="0" role="img" aria-label="${s}, week ${p + 1}: ${R.int(200, 900)} sessions"${t.e('data-point', `pt-${si}-${p}`)}/>`;
    }
  });
  series.forEach((s, si) => {
    b += `<g class="legend-item" transform="translate(${40 + si * 130},${H - 24})"><rect width="12" height="12" fill="${colours[si]}"/><text x="18" y="11" font-size="13">${s}</text></g>`;
  });
  b += '</svg>';
  series.forEach((s, si) => {
    b += `<button type="button" class="proxy" style="left:${36 + si * 130}px;top:${H - 28}px;width:110px;height:20px" aria-pressed="true" aria-label="Show ${s}"${t.e('legend-proxy', `proxy-${si}`)}></button>`;
  });
  b += `<div class="tip" role="tooltip">Paid, week 4: 512 sessions <a href="/drill/paid/4"${t.h('opacity-0', 'tip-link')}>Drill down</a></div></div>
<svg width="${W}" height="44" viewBox="0 0 ${W} 44" aria-label="Zoom range"><rect x="0" y="10" width="${W}" height="24" fill="#eef0f3"/><rect x="200" y="10" width="300" height="24" fill="#c4d7e8"/>
<rect x="194" y="6" width="12" height="32" rx="3" fill="#1a5fb4" role="slider" tabindex="0" aria-label="Range start" aria-valuemin="1" aria-valuemax="12" aria-valuenow="3"${t.e('slider', 'brush-start')}/>
<rect x="494" y="6" width="12" height="32" rx="3" fill="#1a5fb4" role="slider" tabindex="0" aria-label="Range end" aria-valuemin="1" aria-valuemax="12" aria-valuenow="7"${t.e('slider', 'brush-end')}/></svg></section>`;
  // Bar chart with clickable bars and an annotation toolbar in a foreignObject.
  b += `<section class="card" aria-labelledby="bc-h"><h2 id="bc-h" style="font-size:16px;margin:0 0 6px">Top pages</h2>
<svg width="260" height="300" viewBox="0 0 260 300" role="group" aria-labelledby="bc-h">
<foreignObject x="0" y="0" width="260" height="34"><div xmlns="http://www.w3.org/1999/xhtml" style="display:flex;gap:4px">
<button type="button" aria-label="Add note"${t.e('button', 'fo-note')}>✎</button><button type="button" aria-label="Compare period"${t.e('button', 'fo-compare')}>⇄</button></div></foreignObject>`;
  for (let i = 0; i < 6; i++) {
    const w = R.int(60, 230);
    b += `<rect x="0" y="${44 + i * 40}" width="${w}" height="28" fill="#c4d7e8" role="button" tabindex="0" aria-label="/page-${i}: ${w * 37} views" style="cursor:pointer"${t.e('bar', `bar-${i}`)}/>
<text x="6" y="${63 + i * 40}" font-size="12" aria-hidden="true" pointer-events="none">/page-${i}</text>`;
  }
  b += '</svg></section>';
  // Canvas doughnut: legend beside it is HTML; fallback content inside the canvas is not rendered.
  b += `<section class="card" aria-labelledby="dn-h"><h2 id="dn-h" style="font-size:16px;margin:0 0 6px">Devices</h2>
<canvas width="200" height="200" role="img" aria-label="Devices: desktop 61%, mobile 33%, tablet 6%"><a href="/devices"${t.n('canvas-fallback')}>Device table</a></canvas>
<div class="legend2">`;
  ['Desktop', 'Mobile', 'Tablet'].forEach((d, i) => {
    b += `<button type="button" aria-pressed="true"${t.e('legend', `dev-${i}`)}><i style="background:${colours[i]}"></i>${d}</button>`;
  });
  b += `</div></section>
<section class="card wide" aria-labelledby="tb-h"><h2 id="tb-h" style="font-size:16px;margin:0 0 6px">Sessions table</h2>
<details><summary${t.e('summary', 'table-summary')}>Show as table</summary><table><tbody>`;
  for (let i = 0; i < 5; i++) b += `<tr><td>Week ${i + 1}</td><td><a href="/w/${i}"${t.h('closed-details', `dt-${i}`)}>${R.int(100, 999)}</a></td></tr>`;
  b += `</tbody></table></details>
<table><thead><tr><th>Page</th><th>Views</th><th>Change</th><th></th></tr></thead><tbody>`;
  for (let i = 0; i < 30; i++) {
    b += `<tr><td><a href="/p/${i}"${t.e('link', `row-${i}`)}>/${esc(R.word())}/${esc(R.word())}</a></td><td>${R.int(100, 99999)}</td><td>${R.int(-40, 40)}%</td><td><button type="button" aria-label="Annotate row ${i + 1}"${t.e('button', `row-${i}-note`)}>✎</button></td></tr>`;
  }
  b += '</tbody></table></section></main>';
  const script = `<script>
document.querySelector('[role=radiogroup]').addEventListener('click', (e) => {
  const r = e.target.closest('[role=radio]'); if (!r) return;
  for (const o of r.parentElement.children) { o.setAttribute('aria-checked', String(o === r)); o.tabIndex = o === r ? 0 : -1; }
});
for (const p of document.querySelectorAll('.proxy')) p.addEventListener('click', () => p.setAttribute('aria-pressed', String(p.getAttribute('aria-pressed') !== 'true')));
for (const r of document.querySelectorAll('rect[role=button]')) r.addEventListener('click', () => {});
</script>`;
  return { html: doc({ title: 'Pulse analytics', css: CSS, body: b + script, truth: t }) };
}
