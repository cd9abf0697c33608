// (tr-covers) A reporting dashboard where things are painted over other things, in the viewport and below the
// fold. Must-expose: controls under a pointer-events:none vignette over the whole window, controls under a cookie banner
// fixed over the bottom third (a scroll brings them out), the banner's buttons, the visible card of a grid-stacked
// paywall, the active tab panel, the popup card on a section's click-blocking backdrop, a sheet slid over a list with a
// transform. Traps: a table under a panel's opaque loading overlay, the content a grid-stacked paywall card paints over
// (no positioning: both are grid items in one cell), tab panels stacked under the active one, the section content
// under a semi-transparent click-blocking backdrop, list items under the transformed sheet. Each case appears once in
// the viewport and once below the fold.
import { makeRng, esc, Truth, doc, footer } from './_lib.mjs';

export const meta = { id: 'tr-covers', title: 'Dashboard with things painted over things', seed: 2202 };

const CSS = `
.vignette{position:fixed;inset:0;pointer-events:none;background:radial-gradient(transparent 60%,rgba(0,0,0,.15));z-index:70}
.cookie{position:fixed;left:0;right:0;bottom:0;height:260px;background:#fff;border-top:2px solid #1d2330;padding:20px 32px;z-index:80}
.grid{max-width:1180px;margin:0 auto;padding:12px 24px;display:grid;grid-template-columns:1fr 1fr;gap:18px}
.panel{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:12px;position:relative;min-height:220px}
.loading{position:absolute;inset:0;background:#fff;display:flex;align-items:center;justify-content:center;z-index:3;border-radius:10px}
.stack{display:grid}
.stack>*{grid-area:1/1}
.paywall{background:#fff;border:1px solid #c3c8d2;border-radius:10px;padding:16px}
.tabs{position:relative;height:180px}
.tabpanel{position:absolute;inset:0;background:#fff;padding:10px}
.tabpanel.active{z-index:2}
.backdrop{position:absolute;inset:0;background:rgba(20,24,33,.55);z-index:4;display:flex;align-items:center;justify-content:center}
.popup{background:#fff;border-radius:10px;padding:14px;width:280px}
.sheet{height:150px;background:#fff;border:1px solid #c3c8d2;border-radius:12px 12px 0 0;padding:12px;transform:translateY(-100%);box-shadow:0 -6px 20px rgba(0,0,0,.2)}
.list a{display:block;padding:6px 0}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="vignette"></div><header class="topbar" style="position:relative"><a class="logo" href="/"${t.e('link', 'logo')}>Metricly</a><nav>`;
  ['Overview', 'Reports', 'Alerts'].forEach((n, i) => (b += `<a href="/n/${i}"${t.e('link', `nav-${i}`)}>${n}</a>`));
  b += `</nav><div class="spacer"></div><input type="search" aria-label="Search reports"${t.e('search', 'search')}></header><div class="grid">`;
  for (let copy = 0; copy < 2; copy++) {
    const p = `c${copy}`;
    // 1. a panel whose table is under an opaque loading overlay
    b += `<section class="panel"><h2 style="font-size:17px;margin:0 0 8px">${esc(R.title(3))}</h2><table>`;
    for (let r = 0; r < 4; r++) b += `<tr><td>${esc(R.title(2))}</td><td><button type="button"${t.h('under-loading-overlay', `${p}-load-${r}`)}>Open</button></td></tr>`;
    b += `</table><div class="loading" role="status"><span>Loading…</span></div></section>`;
    // 2. a paywall card stacked over the content in one grid cell (no positioning)
    b += `<section class="panel stack"><div><h2 style="font-size:17px;margin:0">${esc(R.title(3))}</h2>`;
    for (let r = 0; r < 3; r++) b += `<a href="/${p}/pw/${r}" style="display:block"${t.h('under-grid-stack', `${p}-pw-${r}`)}>${esc(R.title(3))}</a>`;
    b += `</div><div class="paywall"><h3 style="margin:0 0 6px">Upgrade to see this report</h3><p>${esc(R.sentence())}</p><button type="button" class="primary"${t.e('button', `${p}-upgrade`)}>Upgrade</button></div></section>`;
    // 3. tab panels stacked: only the active one is on top
    b += `<section class="panel"><div role="tablist">`;
    ['Daily', 'Weekly', 'Monthly'].forEach((n, i) => (b += `<button type="button" role="tab" aria-selected="${i === 0}"${t.e('tab', `${p}-tab-${i}`)}>${n}</button>`));
    b += `</div><div class="tabs">`;
    for (let i = 0; i < 3; i++) {
      b += `<div class="tabpanel${i === 0 ? ' active' : ''}" role="tabpanel">`;
      for (let r = 0; r < 3; r++) b += `<a href="/${p}/tab/${i}/${r}" style="display:block"${i === 0 ? t.e('link', `${p}-tp-${i}-${r}`) : t.h('under-stacked-tab', `${p}-tp-${i}-${r}`)}>${esc(R.title(2))}</a>`;
      b += `</div>`;
    }
    b += `</div></section>`;
    // 4. a section under a click-blocking, see-through backdrop, with a popup card on it
    b += `<section class="panel"><h2 style="font-size:17px;margin:0 0 8px">${esc(R.title(3))}</h2>`;
    for (let r = 0; r < 3; r++) b += `<button type="button" style="margin:4px"${t.h('under-backdrop', `${p}-bd-${r}`)}>${esc(R.title(1))}</button>`;
    b += `<p>${esc(R.sentence())}</p><div class="backdrop"><div class="popup" role="dialog" aria-label="Rename"><input type="text" aria-label="New name"${t.e('text', `${p}-rename`)}> <button type="button"${t.e('button', `${p}-rename-ok`)}>Save</button></div></div></section>`;
    // 5. a sheet slid over a list with a transform (no positioning)
    b += `<section class="panel"><div class="list">`;
    for (let r = 0; r < 6; r++) b += `<a href="/${p}/list/${r}"${r < 2 ? t.e('link', `${p}-li-${r}`) : t.h('under-transformed-sheet', `${p}-li-${r}`)}>${esc(R.title(2))}</a>`;
    b += `</div><div class="sheet"><h3 style="margin:0">Filters</h3><label><input type="checkbox"${t.e('checkbox', `${p}-sheet-cb`)}> Only mine</label><button type="button"${t.e('button', `${p}-sheet-apply`)}>Apply</button></div></section>`;
    if (copy === 0) b += `<section class="panel" style="grid-column:1/-1;min-height:900px"><h2>${esc(R.title(4))}</h2><p>${esc(R.paragraph(3, 4))}</p></section>`;
  }
  b += `</div>${footer(t, R, 'f')}<div style="height:300px"></div>`;
  b += `<div class="cookie" role="region" aria-label="Cookies"><h3 style="margin:0 0 8px">We value your privacy</h3><p>${esc(R.paragraph(2, 3))}</p><a href="/privacy"${t.e('cookie-link', 'ck-policy')}>Privacy policy</a> <button type="button"${t.e('cookie-button', 'ck-reject')}>Reject all</button> <button type="button" class="primary"${t.e('cookie-button', 'ck-accept')}>Accept all</button></div>`;
  return { html: doc({ title: 'Metricly – reports', css: CSS, body: b, truth: t }) };
}
