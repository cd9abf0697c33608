// (sh-swimlanes) A project tracker's board grouped into swimlanes, as Jira/Linear build it: a fixed shell whose
// board is one pane scrolling on both axes, nested in a main column that has its own header. The status columns'
// header row sticks to the pane's top; each swimlane's header (its toggle, assignee and count) sticks to the pane's
// left edge while the lanes' columns run past the right edge; the pane is scrolled on load a column and a half to the
// right and one lane down, as apps restore a board. Cards are links whose title, key and estimate are separate
// blocks, with an assignee avatar button named by aria-label. One lane is collapsed (its cards kept in a
// `max-height:0; overflow:hidden` body: traps). Cards scrolled out of the pane are measured only by `all`; cards under
// the sticky column header or lane header, or cut at the pane's edges, are neutral. Traps: a card's quick menu closed
// with visibility:hidden, an aria-hidden drag preview of a card parked under the board, an off-canvas filter panel
// moved left with `transform`.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-swimlanes', title: 'Tracker board: swimlanes in a two-axis pane with sticky lane headers', seed: 8303 };

const STATUSES = ['Backlog', 'To do', 'In progress', 'In review', 'QA', 'Done', 'Released'];
const LANES = ['Ava Chen', 'Ben Ito', 'Chloe Weber', 'Daniel Kim', 'Elena Rossi'];
const COL_W = 260;
const LANE_HEAD_W = 180;
const CARD_H = 84;
const HEAD_H = 40;
const LANE_TITLE_H = 36;
const SCROLL_LEFT = COL_W + COL_W / 2;
const CSS = `
html,body{height:100%;overflow:hidden}
.shell{position:fixed;inset:0;display:grid;grid-template-columns:220px 1fr;grid-template-rows:52px 1fr}
.top{grid-column:1/3;display:flex;align-items:center;gap:12px;padding:0 16px;background:#fff;border-bottom:1px solid #e3e6ec}
.side{padding:10px;border-right:1px solid #e3e6ec;background:#fafbfc;overflow:auto}
.side a{display:block;padding:5px 8px}
.main{display:grid;grid-template-rows:auto 1fr;min-height:0;min-width:0}
.mhead{display:flex;gap:10px;align-items:center;padding:10px 16px}
.board{overflow:auto;min-height:0;position:relative;background:#f4f5f7}
.grid{width:${LANE_HEAD_W + COL_W * STATUSES.length}px}
.cols{position:sticky;top:0;z-index:3;display:flex;background:#eef0f3;height:${HEAD_H}px}
.corner{position:sticky;left:0;z-index:4;flex:0 0 ${LANE_HEAD_W}px;background:#eef0f3}
.col{flex:0 0 ${COL_W}px;padding:10px;font-weight:600;font-size:13px}
.lane{border-top:1px solid #dfe1e6}
.lanetitle{position:sticky;left:0;z-index:2;display:flex;align-items:center;gap:8px;height:${LANE_TITLE_H}px;width:${LANE_HEAD_W + 240}px;padding:0 8px;background:#f4f5f7}
.lanebody{display:flex}
.lanebody.folded{max-height:0;overflow:hidden}
.gutter{flex:0 0 ${LANE_HEAD_W}px}
.cell{flex:0 0 ${COL_W}px;padding:0 8px}
.card{position:relative;display:block;height:${CARD_H - 8}px;margin-bottom:8px;padding:8px 10px;background:#fff;border-radius:6px;box-shadow:0 1px 2px #0002;color:#172b4d}
.card .t{display:block;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;padding-right:34px}
.card .k{display:inline-block;font-size:12px;color:#5e6c84;margin-top:6px}
.card .e{display:inline-block;font-size:12px;margin-left:8px;background:#dfe1e6;border-radius:8px;padding:0 6px}
.av{position:absolute;right:8px;bottom:8px;width:26px;height:26px;border-radius:50%;padding:0;font-size:11px;z-index:1}
.qmenu{position:absolute;right:4px;top:30px;visibility:hidden;background:#fff;border:1px solid #ccc;z-index:2}
.ghost{position:absolute;left:${LANE_HEAD_W + 20}px;top:2000px;width:240px;opacity:.6}
.filters{position:fixed;left:0;top:52px;bottom:0;width:300px;background:#fff;transform:translateX(-100%);z-index:9;padding:12px}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="shell"><header class="top"><strong>Trackly</strong><input type="search" aria-label="Search issues" placeholder="Search issues"${t.e('search', 'q')}><span class="spacer"></span><button type="button" class="primary"${t.e('button', 'create')}>Create</button></header>`;
  b += `<nav class="side" aria-label="Project">`;
  ['Board', 'Backlog', 'Roadmap', 'Reports', 'Releases', 'Settings'].forEach((s, i) => (b += `<a href="#${s.toLowerCase()}"${i === 0 ? ' aria-current="page"' : ''}${t.e('link', `side-${i}`)}>${s}</a>`));
  b += `</nav><main class="main" aria-label="Board"><div class="mhead"><h1 style="font-size:18px;margin:0">Sprint 24 board</h1><button type="button" aria-expanded="false" aria-controls="filters"${t.e('button', 'filters-btn')}>Filters</button>`;
  b += `<label>Group by <select${t.e('select', 'group')}><option>Assignee</option><option>Epic</option><option>None</option></select></label></div>`;
  b += `<div class="board" id="board" role="region" aria-label="Sprint board" tabindex="0"><div class="grid"><div class="cols"><div class="corner"></div>`;
  STATUSES.forEach((s) => (b += `<div class="col" role="columnheader">${s}</div>`));
  b += `</div>`;
  // Geometry of the pane's client area after the restore scroll: it starts below the main header (52 + ~52 px) and
  // runs to the window's bottom; its width is 1280 − 220. Lane 0 is scrolled up out of view (one lane down).
  const paneTop = 52 + 52;
  const paneW = 1280 - 220;
  const paneH = 800 - paneTop;
  let y = HEAD_H; // content y of the next lane
  const laneHeights = [];
  let key = 100;
  const lanesHtml = LANES.map((lane, li) => {
    const folded = li === 3;
    const cards = STATUSES.map(() => R.int(0, 3));
    const bodyH = folded ? 0 : Math.max(...cards) * CARD_H;
    const laneTop = y;
    y += LANE_TITLE_H + bodyH + 1;
    laneHeights.push(LANE_TITLE_H + bodyH + 1);
    return { lane, li, folded, cards, laneTop };
  });
  const scrollTop = laneHeights[0];
  for (const { lane, li, folded, cards, laneTop } of lanesHtml) {
    const total = cards.reduce((a, c) => a + c, 0);
    // The lane header sticks left, so it shows whenever its lane's top band is in view vertically.
    const titleTop = laneTop - scrollTop;
    const titleShown = titleTop >= HEAD_H && titleTop + LANE_TITLE_H <= paneH;
    const titleMark = (kind, id) => (titleShown ? t.e(kind, id) : titleTop + LANE_TITLE_H <= HEAD_H ? t.n(id) : t.e(kind, id));
    b += `<section class="lane" aria-label="${esc(lane)}"><div class="lanetitle"><button type="button" aria-expanded="${!folded}" aria-label="${folded ? 'Expand' : 'Collapse'} ${esc(lane)}"${titleMark('icon-button', `lane${li}-tog`)}>${folded ? '▸' : '▾'}</button><strong>${esc(lane)}</strong><span class="muted">${total} issues</span></div>`;
    b += `<div class="lanebody${folded ? ' folded' : ''}"><div class="gutter"></div>`;
    STATUSES.forEach((s, ci) => {
      b += `<div class="cell">`;
      for (let k = 0; k < cards[ci]; k++) {
        const id = `c${li}-${ci}-${k}`;
        const cardTop = laneTop + LANE_TITLE_H + k * CARD_H - scrollTop; // pane client y
        const cardLeft = LANE_HEAD_W + COL_W * ci + 8 - SCROLL_LEFT; // pane client x
        const cardRight = cardLeft + COL_W - 16;
        const cardBottom = cardTop + CARD_H - 8;
        const whole = cardTop >= HEAD_H && cardBottom <= paneH && cardLeft >= LANE_HEAD_W && cardRight <= paneW;
        const gone = cardBottom <= 0 || cardRight <= 0; // scrolled out above or left: still within the window's area
        const beyond = cardTop >= paneH || cardLeft >= paneW; // past the pane's bottom or right edge
        const mark = (kind, tid) => (folded ? t.h('max-height-0', tid) : whole || (beyond && !gone) ? t.e(kind, tid) : t.n(tid));
        const issue = `TRK-${key++}`;
        b += `<a class="card" href="#${issue}"${mark('card', id)}><span class="t">${esc(R.title(R.int(3, 6)))}</span><span class="k">${issue}</span><span class="e">${R.int(1, 8)}</span></a>`;
        b += `<button type="button" class="av" aria-label="Assignee: ${esc(lane)}" style="position:relative;float:right;margin:-40px 12px 0 0"${mark('icon-button', `${id}-av`)}>${esc(lane.split(' ').map((w) => w[0]).join(''))}</button>`;
        if (k === 0 && ci === 2) b += `<div class="qmenu" role="menu"><button role="menuitem"${t.h('visibility-hidden', `${id}-qm-move`)}>Move</button><button role="menuitem"${t.h('visibility-hidden', `${id}-qm-flag`)}>Flag</button></div>`;
      }
      b += `</div>`;
    });
    b += `</div></section>`;
  }
  b += `</div><div class="ghost" aria-hidden="true"><a class="card" href="#ghost"${t.h('aria-hidden', 'ghost')}><span class="t">Dragging</span></a></div></div></main></div>`;
  b += `<aside class="filters" id="filters" aria-label="Filters"><label><input type="checkbox"${t.h('off-canvas', 'flt-mine')}> Only my issues</label><button type="button"${t.h('off-canvas', 'flt-clear')}>Clear filters</button></aside>`;
  b += `<script>const p=document.getElementById('board');p.scrollLeft=${SCROLL_LEFT};p.scrollTop=${scrollTop};</script>`;
  return { html: doc({ title: 'Sprint 24 – Trackly', css: CSS, body: b, truth: t }) };
}
