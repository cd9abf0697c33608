// (t) Booking page (the window scrolls): a date picker as role=grid with gridcells (past days
// aria-disabled = neutral, months switched by buttons), a horizontally scrolled strip of time-slot
// buttons that bleeds off the right edge of the viewport, a "similar venues" carousel narrower than
// the viewport (overflow-x:auto, cards clipped inside the viewport rectangle), a sticky booking bar
// fixed to the bottom of the viewport, a tooltip trap (opacity 0) and a collapsed accordion (height 0, overflow hidden).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 't-booking', title: 'Booking: date grid, slot strips, sticky bar', seed: 1111 };

const CSS = `
.wrap{max-width:1180px;margin:0 auto;padding:12px 24px 120px}
.hero{display:grid;grid-template-columns:380px 1fr;gap:24px;align-items:start}
.cal table{border-collapse:collapse}
.cal td,.cal th{width:46px;height:38px;text-align:center;padding:0}
.cal td button{width:42px;height:34px;padding:0;border-radius:6px}
.cal td[aria-disabled=true]{color:#aab}
.slots{display:flex;gap:8px;overflow-x:auto;margin-right:-400px;padding:6px 0 10px;scroll-snap-type:x mandatory}
.slots button{flex:0 0 auto;scroll-snap-align:start;min-width:92px}
.venues{display:flex;gap:12px;overflow-x:auto;width:640px;padding-bottom:8px}
.venue{flex:0 0 220px;background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:10px}
.bar{position:fixed;left:0;right:0;bottom:0;height:64px;background:#fff;border-top:1px solid #c3c8d2;display:flex;align-items:center;gap:16px;padding:0 24px;z-index:30}
.acc-body{height:0;overflow:hidden}
.tip{position:absolute;opacity:0;pointer-events:none}
.review{background:#fff;border:1px solid #e3e6ec;border-radius:8px;padding:10px;margin:8px 0}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'hdr-logo')}>Tablebook</a><nav>`;
  ['Restaurants', 'Spas', 'Classes', 'My bookings'].forEach((n, i) => (b += `<a href="/${i}"${t.e('link', `hdr-nav-${i}`)}>${n}</a>`));
  b += `</nav><div class="spacer"></div><button type="button"${t.e('button', 'hdr-profile')}>${esc(R.person())}</button></header>
<div class="wrap"><h1 style="font-size:24px;margin:8px 0">${esc(R.title(3))} Bistro</h1><p class="muted" style="margin:0 0 12px">${esc(R.sentence())}</p>
<div class="hero"><div class="cal"><div style="display:flex;align-items:center;gap:8px"><button type="button" aria-label="Previous month"${t.e('icon-button', 'cal-prev')}>‹</button><h2 id="cal-h" style="font-size:16px;margin:0;flex:1;text-align:center">December 2026</h2><button type="button" aria-label="Next month"${t.e('icon-button', 'cal-next')}>›</button></div>
<table role="grid" aria-labelledby="cal-h"><thead><tr>`;
  ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'].forEach((d) => (b += `<th role="columnheader" abbr="${d}">${d}</th>`));
  b += '</tr></thead><tbody>';
  let day = 1;
  for (let w = 0; w < 5; w++) {
    b += '<tr>';
    for (let d = 0; d < 7; d++) {
      if ((w === 0 && d < 1) || day > 31) {
        b += '<td role="gridcell"></td>';
        continue;
      }
      if (day < 9) b += `<td role="gridcell" aria-disabled="true"${t.n(`day-${day}`)}>${day}</td>`;
      else b += `<td role="gridcell"${day === 12 ? ' aria-selected="true"' : ''}><button type="button" aria-label="December ${day}"${t.e('gridcell-button', `day-${day}`)}>${day}</button></td>`;
      day++;
    }
    b += '</tr>';
  }
  b += `</tbody></table></div><div style="min-width:0"><h2 style="font-size:17px;margin:0 0 6px">Available times on December 12</h2>
<label>Party size <select${t.e('select', 'party')}><option>1</option><option selected>2</option><option>3</option><option>4</option></select></label>
<div class="slots" role="group" aria-label="Time slots">`;
  for (let i = 0; i < 28; i++) {
    const h = 11 + Math.floor(i / 2);
    const label = `${h}:${i % 2 ? '30' : '00'}`;
    if (i % 7 === 3) b += `<button type="button" disabled${t.n(`slot-${i}`)}>${label}</button>`;
    else b += `<button type="button"${t.e('slot', `slot-${i}`)}>${label}</button>`;
  }
  b += `</div><p class="muted" style="font-size:13px">${esc(R.sentence())}</p>
<h3 style="font-size:15px;margin:10px 0 6px">Similar venues nearby</h3><div class="venues">`;
  for (let i = 0; i < 10; i++) b += `<div class="venue"><a href="/v/${i}"${t.e('carousel-link', `ven-${i}`)}>${esc(R.title(2))}</a><div class="muted" style="font-size:12px">${R.int(1, 9)}.${R.int(0, 9)} km · ${'$'.repeat(R.int(1, 4))}</div><button type="button" style="margin-top:6px"${t.e('carousel-button', `ven-book-${i}`)}>Book</button></div>`;
  b += `</div></div></div>
<section style="margin-top:18px"><h2 style="font-size:18px">Details</h2><div><button type="button" aria-expanded="false" aria-controls="acc1"${t.e('button', 'acc-btn')}>Cancellation policy</button><div class="acc-body" id="acc1"><a href="/policy"${t.h('height-0', 'acc-link')}>Read the full policy</a></div></div>
<span style="position:relative"><button type="button"${t.e('button', 'tip-host')}>Dress code</button><span class="tip" role="tooltip"><a href="/dress"${t.h('opacity-0', 'tip-link')}>Dress code details</a></span></span>`;
  for (let i = 0; i < 30; i++) b += `<div class="review"><a href="/u/${i}"${t.e('link', `rev-user-${i}`)}>${esc(R.person())}</a> <span class="muted">${R.int(1, 5)}★</span><p style="margin:4px 0">${esc(R.paragraph(1, 2))}</p><button type="button"${t.e('button', `rev-helpful-${i}`)}>Helpful</button></div>`;
  b += `</section></div>
<div class="bar"><strong>December 12 · 2 guests</strong><span class="muted">${esc(R.sentence(4, 6))}</span><div class="spacer"></div><button type="button"${t.e('button', 'bar-change')}>Change</button><button type="button" class="primary"${t.e('button', 'bar-reserve')}>Reserve</button></div>`;
  return { html: doc({ title: 'Book a table – Tablebook', css: CSS, body: b, truth: t }) };
}
