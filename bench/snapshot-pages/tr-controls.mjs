// (tr-controls) A travel-booking settings page made of the odd controls real apps build. Must-expose: a card
// clickable only by cursor:pointer, a tabindex chip, an <a> without href made clickable by CSS, checkboxes and a
// segmented radio control whose native inputs are hidden behind styled labels (opacity:0, clip, display:none: the
// label stands in), a role=option list driven by aria-activedescendant, contenteditable notes (one in a shadow root),
// SVG icon buttons (role=button svg; a link named by an svg <title>; a button named by sr-only text), controls in open
// shadow roots (slotted and own), a rich-text editor iframe whose body is contenteditable, a custom select and a custom
// date picker (role=grid, roving tabindex), a role=slider, a clickable table row, draggable list items. Traps: the
// options of the collapsed custom select, a closed date picker's days, a tab panel with the `hidden` attribute.
// Neutral: <area> links of an image map (no box of their own).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'tr-controls', title: 'Booking settings built from odd controls', seed: 2404 };

const CSS = `
.wrap{max-width:1180px;margin:0 auto;padding:12px 24px;display:grid;grid-template-columns:1fr 1fr;gap:18px}
.box{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:12px}
.card{cursor:pointer;border:1px solid #c3c8d2;border-radius:8px;padding:10px;margin:6px 0}
.chip{display:inline-block;border:1px solid #c3c8d2;border-radius:14px;padding:2px 10px;margin:2px}
.js-link{cursor:pointer;color:#1a5fb4}
.cb input{position:absolute;opacity:0;width:1px;height:1px}
.cb span.tick{display:inline-block;width:16px;height:16px;border:1px solid #555;border-radius:3px;vertical-align:middle}
.seg input{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}
.seg label{display:inline-block;border:1px solid #c3c8d2;padding:4px 10px;cursor:pointer}
.none-input{display:none}
.lb [role=option]{padding:4px 8px}
.lb [aria-selected=true]{background:#dbe7fb}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.cs{position:relative;display:inline-block}
.cs [role=listbox]{position:absolute;top:100%;left:0;background:#fff;border:1px solid #c3c8d2;display:none}
.dp-pop{display:none}
table.cal td{padding:2px}
tr.click{cursor:pointer}
.slider{display:inline-block;width:160px;height:8px;background:#c3c8d2;border-radius:4px;position:relative}
.slider span{position:absolute;left:40%;top:-4px;width:16px;height:16px;border-radius:50%;background:#1a5fb4}
li[draggable]{cursor:grab;padding:4px;border:1px dashed #c3c8d2;margin:3px 0;list-style:none}
`;

const EDITOR = `<!doctype html><html><head><style>body{font:14px system-ui;margin:8px}</style></head><body contenteditable="true" aria-label="Message to host" data-testid="editor-body"><p>Dear host,</p></body></html>`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'logo')}>Staybook</a><a class="js-link"${t.e('js-link', 'js-trips')}>My trips</a><div class="spacer"></div>`;
  b += `<svg role="button" tabindex="0" aria-label="Notifications" width="24" height="24"${t.e('svg-button', 'svg-bell')}><circle cx="12" cy="12" r="9" fill="#1d2330"/></svg>`;
  b += `<a href="/profile"${t.e('svg-link', 'svg-profile')}><svg width="24" height="24"><title>Profile</title><rect width="24" height="24" rx="12" fill="#1a5fb4"/></svg></a></header><div class="wrap"><div>`;
  // Cards clickable by cursor only, chips by tabindex
  b += `<div class="box"><h2 style="margin:0 0 6px;font-size:17px">Saved stays</h2>`;
  for (let i = 0; i < 3; i++) b += `<div class="card"${t.e('clickable-div', `card-${i}`)}><strong>${esc(R.title(2))}</strong><div class="muted">${esc(R.sentence(3, 5))}</div></div>`;
  ['Pool', 'Pets', 'Parking', 'Wi-Fi'].forEach((c, i) => (b += `<span class="chip" tabindex="0"${t.e('tabindex-chip', `chip-${i}`)}>${c}</span>`));
  b += `</div>`;
  // Hidden native inputs behind styled labels
  b += `<div class="box"><h2 style="margin:0 0 6px;font-size:17px">Preferences</h2>`;
  ['Email me deals', 'Show prices with tax'].forEach((n, i) => (b += `<label class="cb" style="display:block;margin:4px 0"${t.e('custom-checkbox', `cb-${i}`)}><input type="checkbox"><span class="tick"></span> ${n}</label>`));
  b += `<input type="checkbox" id="dark" class="none-input"><label for="dark" class="chip"${t.e('label-for-hidden', 'dark-label')}>Dark mode</label>`;
  b += `<div class="seg" role="radiogroup" aria-label="Currency" style="margin-top:8px">`;
  ['EUR', 'USD', 'GBP'].forEach((c, i) => (b += `<input type="radio" name="cur" id="cur-${i}"${i === 0 ? ' checked' : ''}><label for="cur-${i}"${t.e('segmented-radio', `cur-${i}`)}>${c}</label>`));
  b += `</div></div>`;
  // role=option list with aria-activedescendant
  b += `<div class="box"><h2 id="lb-h" style="margin:0 0 6px;font-size:17px">Room type</h2><div class="lb" role="listbox" tabindex="0" aria-labelledby="lb-h" aria-activedescendant="rt-1">`;
  ['Single', 'Double', 'Suite'].forEach((o, i) => (b += `<div role="option" id="rt-${i}" aria-selected="${i === 1}"${t.e('option', `rt-${i}`)}>${o}</div>`));
  b += `</div></div>`;
  // contenteditable + shadow roots
  b += `<div class="box"><h2 style="margin:0 0 6px;font-size:17px">Notes</h2><div contenteditable="true" aria-label="Notes for the trip" style="min-height:40px;border:1px solid #c3c8d2;padding:6px"${t.e('contenteditable', 'notes')}></div>`;
  b += `<trip-card><a href="/slotted" slot="action"${t.e('slotted-link', 'slotted')}>View itinerary</a></trip-card></div>`;
  // image map (neutral)
  b += `<div class="box"><img src="/img/3.svg" usemap="#m" width="240" height="90" alt="Map of the resort"><map name="m"><area shape="rect" coords="0,0,120,90" href="/beach" alt="Beach"${t.n('area-beach')}><area shape="rect" coords="120,0,240,90" href="/spa" alt="Spa"${t.n('area-spa')}></map></div>`;
  b += `</div><div>`;
  // custom select (collapsed) and custom date picker
  b += `<div class="box"><h2 style="margin:0 0 6px;font-size:17px">Dates and guests</h2><span class="cs"><div role="combobox" tabindex="0" aria-expanded="false" aria-controls="guests-lb" aria-label="Guests"${t.e('custom-select', 'guests')}>2 guests ▾</div><div role="listbox" id="guests-lb">`;
  for (let i = 1; i <= 4; i++) b += `<div role="option"${t.h('collapsed-custom-select', `guests-${i}`)}>${i} guests</div>`;
  b += `</div></span> <button type="button" aria-haspopup="dialog" aria-expanded="false"${t.e('button', 'dp-closed-btn')}>Check-out date</button><div class="dp-pop" role="dialog"><button type="button"${t.h('closed-datepicker', 'dp-closed-day')}>15</button></div>`;
  b += `<table class="cal" role="grid" aria-label="March 2027"><tr>`;
  for (let d = 1; d <= 14; d++) {
    b += `<td role="gridcell" tabindex="${d === 5 ? 0 : -1}" aria-selected="${d === 5}"${t.e('gridcell', `day-${d}`)}>${d}</td>`;
    if (d === 7) b += `</tr><tr>`;
  }
  b += `</tr></table><div role="slider" tabindex="0" aria-label="Max price" aria-valuemin="0" aria-valuemax="500" aria-valuenow="200" class="slider"${t.e('slider', 'price')}><span></span></div></div>`;
  // tabs with a hidden panel, buttons named by sr-only text, clickable table rows
  b += `<div class="box"><div role="tablist"><button role="tab" aria-selected="true" aria-controls="tp-a"${t.e('tab', 'tab-a')}>Upcoming</button><button role="tab" aria-selected="false" aria-controls="tp-b"${t.e('tab', 'tab-b')}>Past</button></div><div id="tp-a" role="tabpanel"><table>`;
  for (let r = 0; r < 3; r++) b += `<tr class="click"${t.e('clickable-row', `trip-${r}`)}><td>${esc(R.title(2))}</td><td>${esc(R.title(1))}</td><td><button type="button"${t.e('icon-button', `trip-del-${r}`)}><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12"/></svg><span class="sr">Delete trip</span></button></td></tr>`;
  b += `</table></div><div id="tp-b" role="tabpanel" hidden><a href="/past"${t.h('hidden-tabpanel', 'past-link')}>Past trip</a></div></div>`;
  // draggable list and a rich-text editor iframe
  b += `<div class="box"><h2 style="margin:0 0 6px;font-size:17px">Stops (drag to reorder)</h2><ul style="padding:0">`;
  for (let i = 0; i < 3; i++) b += `<li draggable="true"${t.e('draggable', `stop-${i}`)}>${esc(R.title(2))}</li>`;
  b += `</ul><iframe src="/pages/${meta.id}/editor.html" title="Message editor" style="width:100%;height:90px;border:1px solid #c3c8d2"></iframe></div>`;
  b += `</div></div>`;
  t.e('iframe-contenteditable', 'editor-body');
  b += `<script>customElements.define('trip-card', class extends HTMLElement { constructor() { super(); const r = this.attachShadow({ mode: 'open' }); r.innerHTML = '<div style="border:1px solid #c3c8d2;border-radius:8px;padding:8px;margin-top:8px"><b>Trip to Lisbon</b> <button type="button" data-testid="shadow-share">Share</button> <div contenteditable="true" aria-label="Trip note" data-testid="shadow-note" style="border:1px dashed #c3c8d2;min-height:24px"></div><slot name="action"></slot></div>'; } });</script>`;
  t.e('shadow-button', 'shadow-share');
  t.e('shadow-contenteditable', 'shadow-note');
  return { html: doc({ title: 'Staybook – settings', css: CSS, body: b, truth: t }), files: { 'editor.html': EDITOR } };
}
