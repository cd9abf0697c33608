// (sh-travel) A hotel search results page as travel sites render it: a 100vh shell with a header search bar, a sticky
// filter rail whose price and rating filters are two-thumb range sliders (two native range inputs stacked over one
// track, the inputs `pointer-events:none` and only their thumbs taking the pointer back, as every "dual range" recipe
// does), a results list that scrolls by itself beside a map pane (price pins as buttons placed absolutely over the
// map image; pins whose place lies outside the map's clipped box are traps), an open date-range picker popover over
// the top of the results (the sort select and result cards it covers are neutral; its month grid of day buttons must
// be exposed, the other month pre-rendered beside it and clipped away by `overflow:clip` is a trap), "Load more" at the
// end of the list, and a cookie banner fixed at the bottom of the window (its buttons must be exposed).
// `--validate-pages` reports the five slider inputs whose thumb is not at their centre as "not hit-testable": its hit
// test looks at the centre, where such an input lets the pointer through; a person grabs the thumb.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-travel', title: 'Hotel search: filter rail, dual range sliders, map, date picker', seed: 6011 };

const CSS = `
html,body{height:100vh;overflow:hidden}
.app{display:grid;grid-template-rows:64px 1fr;height:100vh}
.search{display:flex;align-items:center;gap:10px;padding:0 20px;background:#fff;border-bottom:1px solid #e3e6ec}
.search .where{width:260px}
.search .dates{min-width:220px;text-align:left}
.body{display:grid;grid-template-columns:260px 1fr 1fr;min-height:0}
.rail{overflow-y:auto;padding:14px;border-right:1px solid #e3e6ec;background:#fff}
.rail h3{font-size:14px;margin:16px 0 6px}
.rail label{display:block;padding:2px 0}
.dual{position:relative;height:28px}
.dual input[type=range]{position:absolute;left:0;top:6px;width:100%;margin:0;pointer-events:none;-webkit-appearance:none;appearance:none;background:transparent;height:16px;padding:0;border:0}
.dual input[type=range]::-webkit-slider-thumb{pointer-events:auto;-webkit-appearance:none;width:18px;height:18px;border-radius:50%;background:#1a5fb4;border:2px solid #fff;box-shadow:0 0 0 1px #1a5fb4;cursor:grab}
.dual .track{position:absolute;left:0;right:0;top:12px;height:4px;border-radius:2px;background:#d4d8e0}
.dual .fill{position:absolute;top:12px;height:4px;background:#1a5fb4}
.results{overflow-y:auto;padding:12px 16px 80px;position:relative}
.card{display:grid;grid-template-columns:140px 1fr auto;gap:12px;background:#fff;border:1px solid #e3e6ec;border-radius:12px;padding:10px;margin-bottom:12px}
.card .ph{width:140px;height:100px;border-radius:8px;background:#c4d7e8}
.card h4{margin:0 0 4px;font-size:16px}
.card .price{font-size:18px;font-weight:700;text-align:right}
.fav{border:0;background:transparent;font-size:18px;padding:2px 6px}
.map{position:relative;overflow:clip;background:#dfe9dc}
.map img{width:100%;height:100%;object-fit:cover;display:block}
.pin{position:absolute;background:#fff;border:1px solid #1d2330;border-radius:14px;padding:2px 8px;font-size:13px;font-weight:600}
.mapctl{position:absolute;right:12px;top:12px;display:flex;flex-direction:column;gap:4px}
.picker{position:absolute;top:58px;left:300px;z-index:40;background:#fff;border:1px solid #d4d8e0;border-radius:12px;box-shadow:0 12px 32px rgba(0,0,0,.2);padding:12px;width:360px}
.months{overflow:clip;width:336px}
.track2{display:flex;width:672px}
.month{width:336px;flex:none}
.month table{border-collapse:collapse}
.month td button{width:44px;height:34px;border:0;background:transparent;border-radius:17px;padding:0}
.month td button.in{background:#dbe7f7}
.cookie{position:fixed;left:0;right:0;bottom:0;z-index:60;background:#1d2330;color:#fff;display:flex;align-items:center;gap:12px;padding:14px 20px}
.cookie a{color:#9cc3ff}
`;

const MAP = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="700"><rect width="600" height="700" fill="#dfe9dc"/><path d="M0 300 C150 250 300 380 600 320" stroke="#a9c6e8" stroke-width="30" fill="none"/><path d="M120 0 L180 700 M0 520 L600 480" stroke="#fff" stroke-width="8"/></svg>')}`;

function dual(t, id, label, lo, hi, min, max) {
  return `<h3 id="${id}-h">${label}</h3><div class="dual" role="group" aria-labelledby="${id}-h"><div class="track"></div><div class="fill" style="left:${(lo - min) / (max - min) * 100}%;right:${100 - (hi - min) / (max - min) * 100}%"></div>
<input type="range" min="${min}" max="${max}" value="${lo}" aria-label="Minimum ${label.toLowerCase()}"${t.e('range', `${id}-min`)}>
<input type="range" min="${min}" max="${max}" value="${hi}" aria-label="Maximum ${label.toLowerCase()}"${t.e('range', `${id}-max`)}></div>`;
}

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="app"><header class="search"><a class="logo" href="/" style="font-weight:800;font-size:20px"${t.e('link', 'logo')}>Staywise</a>
<input class="where" type="search" aria-label="Where to?" value="Lisbon, Portugal"${t.e('input', 'where')}>
<button type="button" class="dates" aria-expanded="true" aria-controls="picker"${t.e('button', 'dates')}>12 May – 16 May</button>
<button type="button"${t.e('button', 'guests')}>2 guests, 1 room</button><button type="button" class="primary"${t.e('button', 'go')}>Search</button>
<div class="spacer"></div><a href="/trips"${t.e('link', 'trips')}>Trips</a><a href="/signin"${t.e('link', 'signin')}>Sign in</a></header>
<div class="body"><aside class="rail" aria-label="Filters"><button type="button"${t.e('button', 'clear')}>Clear all</button>`;
  b += dual(t, 'price', 'Price per night', 80, 260, 0, 500);
  b += dual(t, 'rating', 'Guest rating', 6, 10, 0, 10);
  const groups = [['Stay type', ['Hotel', 'Apartment', 'Guest house', 'Hostel', 'Villa']], ['Amenities', ['Free Wi-Fi', 'Breakfast', 'Pool', 'Parking', 'Pets allowed', 'Air conditioning', 'Gym']], ['Neighbourhood', ['Alfama', 'Baixa', 'Chiado', 'Belém', 'Príncipe Real', 'Cais do Sodré']]];
  groups.forEach(([g, items], gi) => {
    b += `<h3>${g}</h3>`;
    items.forEach((it, i) => (b += `<label><input type="checkbox"${i === 1 ? ' checked' : ''}${t.e('checkbox', `f-${gi}-${i}`)}> ${esc(it)}</label>`));
  });
  b += dual(t, 'dist', 'Distance from centre', 0, 3, 0, 10);
  b += `</aside><main class="results" aria-label="Results"><h2 style="font-size:17px;margin:4px 0 12px">${R.int(180, 420)} stays in Lisbon</h2>
<div style="display:flex;gap:8px;margin-bottom:10px"><label>Sort <select${t.n('sort')}><option>Recommended</option><option>Price (lowest)</option><option>Rating</option></select></label><button type="button"${t.n('map-toggle')}>Hide map</button></div>`;
  for (let i = 0; i < 14; i++) {
    // Cards 0–1 lie partly under the open date picker: their controls there are neutral.
    const mark = (kind, id) => (i < 2 ? t.n(id) : t.e(kind, id));
    b += `<article class="card"><div class="ph" role="img" aria-label="Photo"></div><div><h4><a href="/hotel/${i}"${mark('link', `hotel-${i}`)}>${esc(R.title(2))} Hotel</a></h4>
<div class="muted">${esc(R.pick(['Alfama', 'Baixa', 'Chiado', 'Belém']))} · ${(R.int(3, 40) / 10).toFixed(1)} km from centre</div><div>★ ${(R.int(70, 98) / 10).toFixed(1)} (${R.int(20, 900)} reviews)</div></div>
<div><button type="button" class="fav" aria-label="Save to trip"${mark('icon-button', `fav-${i}`)}>♡</button><div class="price">€${R.int(70, 300)}</div><button type="button"${mark('button', `see-${i}`)}>See availability</button></div></article>`;
  }
  b += `<button type="button" style="width:100%"${t.e('button', 'load-more')}>Load more stays</button></main>
<section class="map" aria-label="Map"><img alt="" src="${MAP}"><div class="mapctl"><button type="button" aria-label="Zoom in"${t.e('icon-button', 'zoom-in')}>+</button><button type="button" aria-label="Zoom out"${t.e('icon-button', 'zoom-out')}>−</button></div>`;
  for (let p = 0; p < 12; p++) {
    const outside = p >= 10;
    const x = outside ? 700 + p * 20 : 20 + (p * 47) % 480;
    const y = outside ? 200 : 80 + (p * 131) % 560;
    b += `<button type="button" class="pin" style="left:${x}px;top:${y}px"${outside ? t.h('clipped', `pin-${p}`) : t.e('button', `pin-${p}`)}>€${R.int(70, 300)}</button>`;
  }
  b += `</section></div></div>`;
  // Date-range picker popover, open under the dates button. The next month is pre-rendered beside it, clipped away.
  b += `<div id="picker" class="picker" role="dialog" aria-label="Choose dates"><div style="display:flex;justify-content:space-between;align-items:center">
<button type="button" aria-label="Previous month"${t.e('icon-button', 'prev-month')}>‹</button><strong>May 2027</strong><button type="button" aria-label="Next month"${t.e('icon-button', 'next-month')}>›</button></div>
<div class="months"><div class="track2">`;
  ['May', 'June'].forEach((m, mi) => {
    b += `<div class="month"><table role="grid" aria-label="${m} 2027"><tbody>`;
    let d = 1;
    for (let w = 0; w < 5; w++) {
      b += '<tr>';
      for (let c = 0; c < 7; c++, d++) {
        if (d > 31) { b += '<td></td>'; continue; }
        const inRange = mi === 0 && d >= 12 && d <= 16;
        const mark = mi === 0 ? t.e('day', `day-${mi}-${d}`) : t.h('clipped-month', `day-${mi}-${d}`);
        b += `<td><button type="button" class="${inRange ? 'in' : ''}" aria-label="${d} ${m} 2027"${mark}>${d}</button></td>`;
      }
      b += '</tr>';
    }
    b += '</tbody></table></div>';
  });
  b += `</div></div><div style="display:flex;justify-content:space-between;margin-top:8px"><button type="button"${t.e('button', 'dates-reset')}>Reset</button><button type="button" class="primary"${t.e('button', 'dates-apply')}>Apply</button></div></div>`;
  b += `<div class="cookie" role="region" aria-label="Cookie consent"><span>We use cookies to improve your stay search. <a href="/privacy"${t.e('link', 'cookie-policy')}>Privacy policy</a></span><div class="spacer"></div>
<button type="button"${t.e('button', 'cookie-settings')}>Settings</button><button type="button"${t.e('button', 'cookie-reject')}>Reject all</button><button type="button" class="primary"${t.e('button', 'cookie-accept')}>Accept all</button></div>`;
  return { html: doc({ title: 'Stays in Lisbon · Staywise', css: CSS, body: b, truth: t }) };
}
