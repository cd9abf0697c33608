// (sh-calendar) Calendar week view as Google/Outlook build it: the UI is a `position:fixed; inset:0` grid root; a
// sidebar with a mini month (role=grid, day gridcells with a roving tabindex, named by aria-label) whose next month is
// pre-rendered beside it in an overflow:clip slider (trap: clipped away; overflow:clip, so no script scroll reaches it either), and "My calendars" custom checkboxes
// (role=checkbox spans). The week's time grid scrolls by itself, scrolled to 07:00 on load; events are absolutely
// positioned role=button blocks whose time and title are two block children ("09:00 – 10:00" / "Standup"), and an
// all-day row holds a "+2 more" button whose popover is closed with display:none (trap). An event-details card
// portaled to <body> is closed with opacity:0 (trap).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-calendar', title: 'Calendar week view with a scrolling time grid', seed: 2202 };

const HOUR = 48;
const CSS = `
html,body{height:100%;overflow:hidden}
.root{position:fixed;inset:0;display:grid;grid-template-columns:256px 1fr;grid-template-rows:60px 1fr}
.top{grid-column:1/3;display:flex;align-items:center;gap:10px;padding:0 14px;border-bottom:1px solid #e3e6ec;background:#fff}
.side{padding:10px 14px;overflow-y:auto;min-height:0}
.mini{overflow:clip;width:224px}
.slider{display:flex;width:448px}
.month{flex:0 0 224px}
.mgrid{display:grid;grid-template-columns:repeat(7,32px);font-size:12px;text-align:center}
.mgrid [role=row]{display:contents}
.mgrid [role=gridcell]{height:28px;line-height:28px;border-radius:50%;cursor:pointer}
.mgrid [aria-selected=true]{background:#1a5fb4;color:#fff}
.cal{display:flex;align-items:center;gap:8px;padding:3px 0;font-size:14px}
.box{display:inline-block;width:16px;height:16px;border-radius:3px;border:2px solid #1a5fb4}
.box[aria-checked=true]{background:#1a5fb4}
.week{display:grid;grid-template-rows:auto auto 1fr;min-height:0;min-width:0}
.days,.allday{display:grid;grid-template-columns:56px repeat(7,1fr);border-bottom:1px solid #e3e6ec}
.days button{border:0;background:transparent;padding:6px 0}
.allday>div{min-height:28px;padding:2px;border-left:1px solid #eee;position:relative}
.allday .pill{display:block;width:100%;font-size:12px;padding:1px 4px;background:#dbe7f7;border:0;border-radius:4px;margin-bottom:2px;text-align:left}
.more{display:none;position:absolute;top:26px;left:0;background:#fff;border:1px solid #c3c8d2;padding:6px;z-index:4;width:180px}
.grid{overflow-y:auto;min-height:0;position:relative}
.hours{display:grid;grid-template-columns:56px repeat(7,1fr);height:${24 * HOUR}px}
.gutter div{height:${HOUR}px;font-size:11px;color:#6a7280;text-align:right;padding-right:6px}
.col{position:relative;border-left:1px solid #eee;background:repeating-linear-gradient(#fff 0 ${HOUR - 1}px,#eee ${HOUR - 1}px ${HOUR}px)}
.ev{position:absolute;left:2px;right:4px;background:#1a5fb4;color:#fff;border-radius:6px;padding:2px 6px;font-size:12px;overflow:hidden;cursor:pointer}
.ev div:first-child{font-size:11px;opacity:.85}
.now{position:absolute;left:0;right:0;height:2px;background:#d33}
.detail{position:fixed;left:520px;top:220px;width:320px;background:#fff;border:1px solid #c3c8d2;border-radius:10px;padding:12px;opacity:0;z-index:40}
`;

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function hhmm(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function month(t, id, name, days, start, selected) {
  let h = `<div class="month"><h2 id="${id}-h" style="font-size:14px;margin:4px 0">${name}</h2><div role="grid" class="mgrid" aria-labelledby="${id}-h"><div role="row">`;
  for (const d of ['M', 'T', 'W', 'T', 'F', 'S', 'S']) h += `<span role="columnheader">${d}</span>`;
  h += '</div>';
  let cell = 0;
  h += '<div role="row">';
  for (let i = 0; i < start; i++, cell++) h += '<span role="gridcell"></span>';
  for (let d = 1; d <= days; d++, cell++) {
    if (cell % 7 === 0) h += '</div><div role="row">';
    const sel = d === selected;
    const mark = t(`${id}-d${d}`);
    h += `<span role="gridcell" tabindex="${sel ? 0 : -1}" aria-selected="${sel}" aria-label="${d} ${name}"${mark}>${d}</span>`;
  }
  return `${h}</div></div></div>`;
}

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="root"><header class="top"><button type="button" aria-label="Main menu"${t.e('icon-button', 'top-menu')}>☰</button><strong>Calendar</strong>
<button type="button"${t.e('button', 'top-today')}>Today</button><button type="button" aria-label="Previous week"${t.e('icon-button', 'top-prev')}>‹</button><button type="button" aria-label="Next week"${t.e('icon-button', 'top-next')}>›</button>
<h1 style="font-size:20px;margin:0 10px">December 2026</h1><div class="spacer"></div>
<input type="search" aria-label="Search events" placeholder="Search"${t.e('search', 'top-search')}>
<div role="group" aria-label="View"><button type="button" aria-pressed="false"${t.e('toggle', 'view-day')}>Day</button><button type="button" aria-pressed="true"${t.e('toggle', 'view-week')}>Week</button><button type="button" aria-pressed="false"${t.e('toggle', 'view-month')}>Month</button></div></header>
<aside class="side" aria-label="Calendar navigation"><button type="button" class="primary"${t.e('button', 'side-create')}>+ Create</button>
<div class="mini"><div class="slider">`;
  b += month((id) => t.e('gridcell', id), 'mini-dec', 'December 2026', 31, 1, 1);
  b += month((id) => t.h('clipped-slide', id), 'mini-jan', 'January 2027', 31, 4, 0);
  b += '</div></div><h3 style="font-size:13px">My calendars</h3>';
  for (let i = 0; i < 14; i++) {
    const on = R.chance(0.7);
    b += `<div class="cal"><span role="checkbox" tabindex="0" class="box" aria-checked="${on}" aria-labelledby="cal-${i}"${t.e('checkbox', `cal-${i}`)}></span><span id="cal-${i}">${esc(i === 0 ? R.person() : R.title(2))}</span></div>`;
  }
  b += `</aside><main class="week" aria-label="Week of 30 November"><div class="days"><span></span>`;
  DAYS.forEach((d, i) => (b += `<button type="button"${t.e('button', `day-${i}`)}><div>${d}</div><div style="font-size:20px">${((29 + i) % 30) + 1}</div></button>`));
  b += '</div><div class="allday"><span style="font-size:11px;color:#6a7280;padding:4px">all-day</span>';
  DAYS.forEach((_, i) => {
    b += '<div>';
    if (i === 2) {
      b += `<button type="button" class="pill"${t.e('event', 'allday-2-0')}>${esc(R.title(2))}</button><button type="button" class="pill" aria-haspopup="dialog" aria-expanded="false"${t.e('button', 'allday-more')}>+2 more</button>`;
      b += `<div class="more" role="dialog" aria-label="Wednesday"><button type="button" class="pill"${t.h('display-none', 'more-0')}>${esc(R.title(2))}</button><button type="button" class="pill"${t.h('display-none', 'more-1')}>${esc(R.title(2))}</button></div>`;
    } else if (R.chance(0.5)) b += `<button type="button" class="pill"${t.e('event', `allday-${i}-0`)}>${esc(R.title(2))}</button>`;
    b += '</div>';
  });
  b += '</div><div class="grid" id="grid"><div class="hours"><div class="gutter">';
  for (let h = 0; h < 24; h++) b += `<div>${h ? hhmm(h * 60) : ''}</div>`;
  b += '</div>';
  DAYS.forEach((_, d) => {
    b += '<div class="col">';
    let at = R.int(0, 3) * 60;
    let e = 0;
    while (at < 23 * 60) {
      const len = R.pick([30, 45, 60, 90]);
      b += `<div class="ev" role="button" tabindex="0" style="top:${(at / 60) * HOUR}px;height:${(len / 60) * HOUR - 2}px"${t.e('event', `ev-${d}-${e}`)}><div>${hhmm(at)} – ${hhmm(at + len)}</div><div>${esc(R.title(R.int(1, 3)))}</div></div>`;
      at += len + R.int(1, 5) * 30;
      e++;
    }
    if (d === 1) b += `<div class="now" style="top:${(14 + 20 / 60) * HOUR}px"></div>`;
    b += '</div>';
  });
  b += `</div></div></main></div>
<div class="detail" role="dialog" aria-label="Event details"><button type="button"${t.h('opacity-0', 'detail-edit')}>Edit event</button><button type="button"${t.h('opacity-0', 'detail-delete')}>Delete</button></div>
<script>document.getElementById('grid').scrollTop = ${7 * HOUR};</script>`;
  return { html: doc({ title: 'Calendar – Week of 30 November 2026', css: CSS, body: b, truth: t }) };
}
