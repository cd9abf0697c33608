// (sh-maps) A maps app: a full-window map under a floating sidebar; the window never scrolls. The sidebar holds a
// search combobox, filter chips (aria-pressed), and a results list virtualized the way react-virtual does it: a
// scroll pane over one tall spacer, only the rows near the pane's view rendered, each absolutely positioned by
// transform:translateY and recycled (their DOM order is not their order on screen). Each result has a title link, a
// Directions button, a Save icon button and a Call button shown only on row hover (display:none: traps). The map clips
// with overflow:clip (not scrollable): its markers (buttons placed by transform, named by aria-label) inside the map's
// box are must-expose, markers placed past its edges are traps; zoom buttons named only by title, a compass as an
// SVG role=button, a layers button with a background-image icon, tiny attribution links and a "Search this area"
// pill. Traps: a place card parked left of the window by translateX(-110%), a directions form collapsed with
// max-height:0 under a closed toggle, and a marker hover card at opacity 0.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-maps', title: 'Maps: virtualized translated results, clipped map markers', seed: 7202 };

const ROW_H = 96;
const ROWS = 40;

const CSS = `
html,body{height:100%;overflow:hidden}
.map{position:fixed;inset:0;overflow:clip;background:repeating-linear-gradient(45deg,#e8efe0 0 40px,#dfe8d6 40px 80px)}
.pin{position:absolute;left:0;top:0;width:28px;height:28px;border-radius:50% 50% 50% 0;background:#d93025;border:2px solid #fff;padding:0;color:#fff;font-size:11px}
.ctrls{position:absolute;right:16px;bottom:110px;display:flex;flex-direction:column;gap:4px}
.ctrls button{width:40px;height:40px;background:#fff;padding:0}
.layers{position:absolute;left:440px;bottom:24px;width:72px;height:72px;border-radius:8px;border:2px solid #fff;background:#6a8 url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='8' height='8'%3E%3Crect width='8' height='8' fill='%23596'/%3E%3C/svg%3E")}
.attr{position:absolute;right:0;bottom:0;font-size:10px;background:rgba(255,255,255,.7);padding:0 4px}
.attr a{margin-left:6px}
.pill{position:absolute;left:50%;top:16px;transform:translateX(-50%);border-radius:18px;background:#fff;box-shadow:0 1px 4px #0004}
.side{position:fixed;left:12px;top:12px;bottom:12px;width:408px;background:#fff;border-radius:12px;box-shadow:0 2px 8px #0003;display:flex;flex-direction:column;z-index:5;overflow:hidden}
.sbar{display:flex;gap:6px;padding:10px;border-bottom:1px solid #e3e6ec}
.sbar input{flex:1}
.chips{display:flex;gap:6px;padding:8px 10px;overflow-x:auto;flex:none}
.chips button{border-radius:16px;white-space:nowrap;padding:4px 10px}
.dir{max-height:0;overflow:hidden;flex:none}
.pane{overflow-y:auto;flex:1;min-height:0;position:relative}
.spacer{position:relative}
.res{position:absolute;left:0;right:0;top:0;height:${ROW_H}px;padding:8px 12px;border-bottom:1px solid #eee}
.res .line{display:flex;gap:6px;margin-top:4px;align-items:center}
.res .call{display:none}
.res:hover .call{display:inline-block}
.place{position:fixed;left:12px;top:12px;width:408px;bottom:12px;background:#fff;z-index:6;transform:translateX(-110%);padding:14px}
.hovercard{position:absolute;left:700px;top:260px;background:#fff;padding:8px;border-radius:8px;opacity:0;z-index:3}
`;

// Marker positions in window pixels; the map is the whole window, so positions past 1280×800 lie outside its box.
const PINS = [
  [560, 140], [690, 330], [820, 210], [940, 470], [1100, 300], [760, 600], [1180, 640], [620, 520],
  [1340, 200], [1500, 420], [900, 880], [-60, 300],
];

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="map" role="application" aria-label="Map">`;
  PINS.forEach(([x, y], i) => {
    const inside = x >= 0 && y >= 0 && x < 1260 && y < 780;
    const mark = inside ? t.e('marker', `pin-${i}`) : t.h('clipped-marker', `pin-${i}`);
    b += `<button type="button" class="pin" style="transform:translate(${x}px,${y}px)" aria-label="${esc(R.title(2))} Café"${mark}>${i + 1}</button>`;
  });
  b += `<button type="button" class="pill"${t.e('button', 'search-area')}>Search this area</button>`;
  b += `<div class="ctrls"><svg role="button" tabindex="0" width="40" height="40" aria-label="Reset bearing to north" style="background:#fff"${t.e('svg-button', 'compass')}><path d="M20 6l6 14h-12z" fill="#d93025"/></svg>`;
  b += `<button type="button" title="Zoom in"${t.e('title-only', 'zoom-in')}>+</button><button type="button" title="Zoom out"${t.e('title-only', 'zoom-out')}>−</button>`;
  b += `<button type="button" aria-label="Show your location"${t.e('icon-button', 'locate')}><svg aria-hidden="true" width="18" height="18"><circle cx="9" cy="9" r="6" fill="#1a73e8"/></svg></button></div>`;
  b += `<button type="button" class="layers" aria-label="Layers"${t.e('icon-button', 'layers')}></button>`;
  b += `<div class="attr">Map data ©2024<a href="/terms"${t.e('link', 'attr-terms')}>Terms</a><a href="/privacy"${t.e('link', 'attr-privacy')}>Privacy</a><a href="/feedback"${t.e('link', 'attr-feedback')}>Send feedback</a></div>`;
  b += `<div class="hovercard" role="tooltip"><a href="#place/hover"${t.h('opacity-zero', 'hover-link')}>Open place</a></div></div>`;
  b += `<aside class="side" aria-label="Results"><div class="sbar"><button type="button" aria-label="Menu"${t.e('icon-button', 'menu')}>☰</button>`;
  b += `<input role="combobox" aria-expanded="false" aria-autocomplete="list" aria-label="Search Maps" value="coffee near me"${t.e('combobox', 'search')}>`;
  b += `<button type="button" aria-label="Directions" aria-expanded="false"${t.e('icon-button', 'dir-toggle')}>➜</button></div>`;
  b += `<div class="dir" aria-label="Directions"><input aria-label="Choose starting point"${t.h('collapsed', 'dir-from')}><input aria-label="Choose destination"${t.h('collapsed', 'dir-to')}><button type="button"${t.h('collapsed', 'dir-swap')}>Swap</button></div>`;
  b += `<div class="chips">`;
  ['Open now', 'Top rated', 'Price', 'Wheelchair accessible', 'Outdoor seating'].forEach((c, i) => (b += `<button type="button" aria-pressed="${i === 0}"${t.e('chip', `chip-${i}`)}>${c}</button>`));
  b += `</div><div class="pane" id="pane" role="feed" aria-label="Results for coffee"><div class="spacer" style="height:${ROW_H * ROWS}px">`;
  // Rendered window: rows 0–9 (the pane shows about six), recycled out of order.
  const order = [4, 0, 7, 2, 9, 5, 1, 8, 3, 6];
  for (const i of order) {
    const id = `r${i}`;
    b += `<article class="res" style="transform:translateY(${i * ROW_H}px)" aria-posinset="${i + 1}" aria-setsize="${ROWS}">`;
    b += `<a href="#place/${i}"${t.e('link', `${id}-title`)}>${esc(R.title(2))} Coffee</a><div class="muted" style="font-size:13px">${(3 + R.next() * 2).toFixed(1)} ★ (${R.int(12, 900)}) · ${esc(R.word())} St · ${R.int(2, 20)} min</div>`;
    b += `<div class="line"><button type="button"${t.e('button', `${id}-dir`)}>Directions</button><button type="button" aria-label="Save"${t.e('icon-button', `${id}-save`)}>☆</button>`;
    b += `<button type="button" class="call"${t.h('hover-display', `${id}-call`)}>Call</button></div></article>`;
  }
  b += `</div></div></aside>`;
  b += `<section class="place" aria-label="Place details"><h2>${esc(R.title(2))} Coffee</h2><button type="button"${t.h('parked-offscreen', 'place-back')}>Back to results</button><a href="#web"${t.h('parked-offscreen', 'place-web')}>Website</a></section>`;
  return { html: doc({ title: 'coffee near me – Maps', css: CSS, body: b, truth: t }) };
}
