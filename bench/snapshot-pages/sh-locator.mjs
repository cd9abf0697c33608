// (sh-locator) Store locator with a reservation checkout, as retail sites build it: a 100dvh grid of a results list
// pane (store cards with "Directions" links and "Set as my store" buttons, scrolling by itself) and an SVG map whose
// markers are SVG <a href> elements named by aria-label and clusters are <g role=button tabindex=0>, with a search box
// and zoom buttons overlaid on the map. Markers whose coordinates fall outside the SVG's viewBox are clipped by the
// <svg> (traps), as is a marker tooltip with display:none. Under the list, a <checkout-panel> web component holds, in
// its shadow root, a same-origin iframe (srcdoc) with the reservation form, taller than the frame (it scrolls).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-locator', title: 'Store locator: SVG map markers, list pane, checkout frame in a shadow root', seed: 2808 };

const CSS = `
html,body{height:100dvh;overflow:hidden}
.app{display:grid;grid-template-columns:420px 1fr;grid-template-rows:56px 1fr;height:100dvh}
.top{grid-column:1/3;display:flex;align-items:center;gap:12px;padding:0 16px;background:#fff;border-bottom:1px solid #e3e6ec}
.left{display:flex;flex-direction:column;min-height:0;border-right:1px solid #e3e6ec}
.results{overflow-y:auto;flex:1;min-height:0}
.store{padding:10px 14px;border-bottom:1px solid #eee}
.store h3{margin:0;font-size:15px}
.store .acts{display:flex;gap:8px;margin-top:6px}
.map{position:relative;min-width:0;overflow:hidden;background:#e8eef3}
.map svg{display:block;width:100%;height:100%}
.overlay{position:absolute;left:16px;top:16px;display:flex;gap:6px;background:#fff;padding:6px;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.2)}
.zoom{position:absolute;right:16px;bottom:24px;display:flex;flex-direction:column;gap:4px}
.tip{display:none}
checkout-panel{display:block;height:260px;border-top:1px solid #e3e6ec}
`;

const FRAME = (t, R) => `<!doctype html><html><head><meta charset="utf-8"><style>body{font:14px system-ui;margin:10px}label{display:block;margin-top:8px}input,select{width:100%;padding:4px}</style></head><body>
<h2 style="margin:0 0 6px;font-size:16px">Reserve for pickup</h2>
<label>Full name<input name="name"${t.e('field', 'co-name')}></label><label>Email<input type="email" name="email"${t.e('field', 'co-email')}></label>
<label>Phone<input type="tel" name="phone"${t.e('field', 'co-phone')}></label><label>Pickup time<select${t.e('select', 'co-time')}><option>Today 17:00</option><option>Tomorrow 10:00</option></select></label>
<label>Card number<input inputmode="numeric" autocomplete="cc-number"${t.e('field', 'co-card')}></label><label>Expiry<input placeholder="MM/YY"${t.e('field', 'co-exp')}></label>
<label><input type="checkbox" style="width:auto"${t.e('checkbox', 'co-terms')}> I agree to the ${esc(R.title(2))} terms</label>
<button type="button" style="margin-top:10px"${t.e('button', 'co-pay')}>Pay and reserve</button></body></html>`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="app"><header class="top"><strong>Outfitters</strong><nav style="display:flex;gap:12px">`;
  ['Shop', 'Stores', 'Services', 'Help'].forEach((n, i) => (b += `<a href="#n/${i}"${t.e('link', `nav-${i}`)}>${n}</a>`));
  b += `</nav><div class="spacer"></div><a href="#cart" aria-label="Cart, 2 items"${t.e('icon-link', 'cart')}>🛒 2</a></header><div class="left"><div class="results" role="region" aria-label="32 stores near you">`;
  const stores = [];
  for (let i = 0; i < 32; i++) {
    const name = `${R.title(2)} ${R.pick(['Mall', 'Center', 'Plaza', 'Street'])}`;
    stores.push(name);
    b += `<article class="store" aria-labelledby="st-${i}"><h3 id="st-${i}">${i + 1}. ${esc(name)}</h3><div class="muted">${R.int(1, 40)}.${R.int(0, 9)} km · ${R.chance(0.3) ? 'Closes soon' : 'Open until 21:00'}</div>
<div class="acts"><a href="#dir/${i}"${t.e('link', `st-${i}-dir`)}>Directions</a><button type="button"${t.e('button', `st-${i}-set`)}>Set as my store</button></div></article>`;
  }
  b += `</div><checkout-panel></checkout-panel></div><div class="map" aria-label="Map"><svg viewBox="0 0 800 700" preserveAspectRatio="xMidYMid slice" role="img" aria-label="Map of stores" style="overflow:hidden">
<rect width="800" height="700" fill="#e8eef3"/><path d="M0 300 C200 250 400 420 800 360" stroke="#fff" stroke-width="14" fill="none"/>`;
  for (let i = 0; i < 32; i++) {
    const outside = i >= 26;
    const x = outside ? 900 + i * 20 : R.int(60, 740);
    const y = outside ? R.int(60, 640) : R.int(60, 640);
    const mark = outside ? t.h('svg-clipped', `mk-${i}`) : t.e('svg-link', `mk-${i}`);
    b += `<a href="#store/${i}" aria-label="${esc(stores[i])}"${mark}><circle cx="${x}" cy="${y}" r="11" fill="#d33"/><text x="${x}" y="${y + 4}" text-anchor="middle" font-size="10" fill="#fff" aria-hidden="true">${i + 1}</text></a>`;
  }
  for (let c = 0; c < 3; c++) {
    const x = 150 + c * 220;
    b += `<g role="button" tabindex="0" aria-label="Cluster of ${R.int(3, 9)} stores, zoom in"${t.e('svg-button', `cluster-${c}`)}><circle cx="${x}" cy="120" r="18" fill="#1a5fb4"/></g>`;
  }
  b += `</svg><div class="overlay" role="search"><input type="search" aria-label="City or postcode" value="Springfield"${t.e('search', 'map-search')}><button type="button"${t.e('button', 'map-go')}>Search</button><button type="button" aria-pressed="false"${t.e('toggle', 'map-open-now')}>Open now</button></div>
<div class="zoom"><button type="button" aria-label="Zoom in"${t.e('icon-button', 'zoom-in')}>+</button><button type="button" aria-label="Zoom out"${t.e('icon-button', 'zoom-out')}>−</button></div>
<div class="tip" role="tooltip"><a href="#tip"${t.h('display-none', 'tip-link')}>Store details</a></div></div></div>
<template id="co-tpl"><style>:host{display:block}iframe{width:100%;height:100%;border:0}</style><iframe title="Reservation checkout"></iframe></template>
<script>customElements.define('checkout-panel', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).append(document.getElementById('co-tpl').content.cloneNode(true)); } });
document.querySelector('checkout-panel').shadowRoot.querySelector('iframe').srcdoc = ${JSON.stringify(FRAME(t, R)).replace(/</g, '\\u003c')};</script>`;
  return { html: doc({ title: 'Find a store – Outfitters', css: CSS, body: b, truth: t }) };
}
