// (sh-seats) A cinema booking page: the window scrolls; a date strip of 21 days scrolling sideways (scrolled by script
// to today, earlier days lie to the left, later ones bleed off the right edge), showtimes as a radio group of buttons;
// a seat map as an ARIA grid (role=grid, rows of a rowheader letter and gridcells holding seat buttons named "F12"
// — row letter and seat number, both printed as the map's row and column headers — with aria-pressed for the chosen
// seats; sold seats disabled: neutral), the hall wider than its pane (overflow-x:auto: the far seats lie past its right
// edge); a legend, ticket types with steppers, a seat tooltip parked at opacity 0 (trap), a sold-out showtime's
// waitlist popover display:none (trap), and an order summary fixed at the right with Continue.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-seats', title: 'Cinema booking: sideways date strip and a seat-map grid', seed: 6604 };

const CSS = `
.page{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:20px;padding:16px 24px;max-width:1280px}
.strip{display:flex;gap:6px;overflow-x:auto;padding-bottom:6px}
.strip button{flex:0 0 76px;display:flex;flex-direction:column;align-items:center;padding:6px}
.strip button[aria-selected=true]{background:#1a5fb4;color:#fff}
.times{display:flex;gap:8px;flex-wrap:wrap;margin:10px 0}
.times button[aria-checked=true]{background:#1a5fb4;color:#fff}
.hall{overflow-x:auto;border:1px solid #e3e6ec;border-radius:10px;padding:10px;background:#fff}
.screen{text-align:center;color:#6a7280;border-bottom:4px solid #c3c8d2;margin-bottom:10px;width:1000px}
.map{display:grid;grid-template-columns:28px repeat(30,30px);gap:3px;width:max-content}
.map [role=row]{display:contents}
.map [role=columnheader],.map [role=rowheader]{font-size:11px;color:#6a7280;text-align:center;line-height:26px}
.seat{width:28px;height:26px;padding:0;font-size:0;border-radius:6px 6px 3px 3px;background:#dfe9f7;border:1px solid #9fb7da}
.seat[aria-pressed=true]{background:#1a5fb4}
.seat:disabled{background:#e3e6ec;border-color:#e3e6ec}
.tip{position:absolute;opacity:0;background:#1d2330;color:#fff;padding:6px;border-radius:6px}
.summary{position:fixed;right:24px;top:90px;width:280px;background:#fff;border:1px solid #e3e6ec;border-radius:12px;padding:14px}
.types .r{display:flex;align-items:center;gap:6px;margin:6px 0}
.types .r span:first-child{flex:1}
.gone{display:none}
`;

const ROWS = 'ABCDEFGHIJKL'.split('');
const SEATS = 30;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'logo')}>Reelhouse</a><nav><a href="/movies"${t.e('link', 'nav-0')}>Movies</a><a href="/cinemas"${t.e('link', 'nav-1')}>Cinemas</a><a href="/offers"${t.e('link', 'nav-2')}>Offers</a></nav><span class="spacer"></span><a href="/account"${t.e('link', 'account')}>Sign in</a></header>
<div class="page"><main><h1 style="font-size:22px;margin:0 0 4px">Orbital Drift</h1><p class="muted" style="margin:0 0 10px">2 h 14 min · Hall 3 · Dolby Atmos</p>
<div class="strip" id="strip" role="tablist" aria-label="Dates">`;
  const DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  for (let d = 0; d < 21; d++) {
    // Scrolled so that day 4 (today) is first: days 0–3 lie left of the strip's edge, the last ones past its right.
    b += `<button type="button" role="tab" aria-selected="${d === 4}"${t.e('date', `d-${d}`)}><span>${DOW[d % 7]}</span><strong>${d + 7}</strong><span>Dec</span></button>`;
  }
  b += `</div><div class="times" role="radiogroup" aria-label="Showtimes">`;
  ['11:30', '14:15', '17:00', '19:45', '22:30'].forEach((tm, i) => {
    b += i === 4
      ? `<button type="button" role="radio" aria-checked="false" aria-disabled="true" aria-describedby="wait"${t.n('time-4')}>${tm} Sold out</button>`
      : `<button type="button" role="radio" aria-checked="${i === 3}"${t.e('showtime', `time-${i}`)}>${tm}</button>`;
  });
  b += `</div><div class="gone" role="dialog" id="wait" aria-label="Waitlist"><button type="button"${t.h('display-none', 'wait-join')}>Join waitlist</button></div>
<div class="hall" role="region" aria-label="Seat map" tabindex="0"><div class="screen">Screen</div><div class="map" role="grid" aria-label="Seats, Hall 3"><div role="row"><span role="columnheader"></span>`;
  for (let s = 1; s <= SEATS; s++) b += `<span role="columnheader">${s}</span>`;
  b += `</div>`;
  const chosen = new Set(['F14', 'F15']);
  ROWS.forEach((row) => {
    b += `<div role="row"><span role="rowheader">${row}</span>`;
    for (let s = 1; s <= SEATS; s++) {
      const id = `${row}${s}`;
      const sold = !chosen.has(id) && R.chance(0.3);
      b += `<span role="gridcell"><button type="button" class="seat" aria-label="${id}"${sold ? ` disabled${t.n(`seat-${id}`)}` : ` aria-pressed="${chosen.has(id)}"${t.e('seat', `seat-${id}`)}`}>${id}</button></span>`;
    }
    b += `</div>`;
  });
  b += `</div></div><div class="tip" role="tooltip">F14 · Standard · €12.50 <button type="button"${t.h('opacity-0', 'tip-more')}>Details</button></div>
<p class="muted">Legend: available, selected, sold. ${esc(R.sentence(8, 14))}</p></main>
<aside class="summary" aria-label="Your order"><h2 style="font-size:16px;margin:0 0 8px">Your order</h2><p style="margin:0">Sat 11 Dec · 19:45 · Seats F14, F15</p><div class="types">`;
  ['Adult', 'Student', 'Child'].forEach((n, i) => {
    b += `<div class="r"><span>${n}</span><button type="button" aria-label="Fewer ${n} tickets"${t.e('button', `tt-${i}-dec`)}>−</button><span>${i === 0 ? 2 : 0}</span><button type="button" aria-label="More ${n} tickets"${t.e('button', `tt-${i}-inc`)}>+</button></div>`;
  });
  b += `</div><p><strong>Total €25.00</strong></p><button type="button" class="primary" style="width:100%"${t.e('button', 'continue')}>Continue</button></aside></div>
<script>document.getElementById('strip').scrollLeft = 350;</script>`;
  return { html: doc({ title: 'Orbital Drift · Hall 3 · Reelhouse', css: CSS, body: b, truth: t }) };
}
