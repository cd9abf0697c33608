// (sh-pricing) A pricing sheet as Airtable/Notion-database-like editors build it: a fixed shell with a toolbar and a
// formula bar over a div grid (role=grid, rows of role=row) in a pane scrolling on both axes. The header row sticks
// to the pane's top and the first column (feature names, role=rowheader) to its left; the data cells are
// contenteditable gridcells holding prices, some empty (a person sees a blank cell and can type in it: must-expose,
// and it must not read as holding its neighbour's text), one holding only a "—". A total row sticks to the pane's
// bottom. The active cell is being edited: an input laid exactly over it (the cell beneath is covered: a trap). A
// column group "Legacy plans" is collapsed by a zero-width grid track whose cells clip their content (traps). Cells
// scrolled under the sticky header, column or total row, or out of the pane, are neutral; cells past the pane's right
// edge and bottom are must-expose for `all`. Traps besides: a cell context menu closed with display:none and a
// find-and-replace bar parked above the window with a negative top.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-pricing', title: 'Pricing sheet: contenteditable grid cells, sticky edges, collapsed column', seed: 8505 };

const PLANS = ['Free', 'Starter', 'Team', 'Business', 'Legacy Pro', 'Legacy Max', 'Enterprise', 'Education', 'Nonprofit'];
const LEGACY = new Set([4, 5]);
const ROWS = 24;
const COL_W = 150;
const FIRST_W = 220;
const ROW_H = 36;
const SCROLL_TOP = ROW_H * 2;
const CSS = `
html,body{height:100%;overflow:hidden}
.app{position:fixed;inset:0;display:grid;grid-template-rows:52px 44px 40px 1fr}
.top{display:flex;align-items:center;gap:12px;padding:0 16px;background:#fff;border-bottom:1px solid #e3e6ec}
.tools{display:flex;align-items:center;gap:8px;padding:0 16px;background:#fafbfc;border-bottom:1px solid #e3e6ec}
.fbar{display:flex;align-items:center;gap:8px;padding:0 16px;border-bottom:1px solid #e3e6ec}
.fbar input{flex:1}
.pane{overflow:auto;min-height:0;position:relative;background:#fff}
.g{display:grid;grid-template-columns:${FIRST_W}px ${PLANS.map((_, i) => (LEGACY.has(i) ? '0px' : `${COL_W}px`)).join(' ')};width:max-content}
.g [role=row]{display:contents}
.g [role=columnheader],.g [role=rowheader],.g [role=gridcell]{height:${ROW_H}px;padding:0 8px;line-height:${ROW_H}px;border-right:1px solid #eee;border-bottom:1px solid #eee;white-space:nowrap;overflow:hidden;background:#fff;font-size:13px}
.g [role=columnheader]{position:sticky;top:0;z-index:2;background:#f1f3f6;font-weight:600}
.g [role=rowheader]{position:sticky;left:0;z-index:1;background:#fafbfc}
.g [role=columnheader]:first-child{left:0;z-index:3}
.g .legacy{padding:0;border:0}
.g .total{position:sticky;bottom:0;z-index:2;background:#eef6ee;font-weight:600}
.g .total[role=rowheader]{z-index:3}
.g [role=gridcell]:focus{outline:2px solid #1a73e8;outline-offset:-2px}
.editor{position:absolute;z-index:4;height:${ROW_H}px;border:2px solid #1a73e8;border-radius:0;padding:0 6px;font-size:13px}
.ctx{display:none;position:absolute;background:#fff;border:1px solid #ccc}
.find{position:fixed;left:400px;top:-80px;background:#fff;border:1px solid #ccc;padding:6px;z-index:30}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="app"><header class="top"><strong>Tabula</strong><span>Pricing 2027</span><span class="spacer"></span><button type="button"${t.e('button', 'share')}>Share</button><button type="button" class="primary"${t.e('button', 'publish')}>Publish</button></header>`;
  b += `<div class="tools" role="toolbar" aria-label="Sheet tools"><button type="button" aria-label="Undo"${t.e('icon-button', 'undo')}>↶</button><button type="button" aria-label="Redo"${t.e('icon-button', 'redo')}>↷</button>`;
  b += `<label>Currency <select${t.e('select', 'currency')}><option>USD</option><option>EUR</option><option>GBP</option></select></label><button type="button"${t.e('button', 'add-plan')}>Add plan</button><button type="button" aria-expanded="false"${t.e('button', 'legacy-toggle')}>Show legacy plans</button></div>`;
  b += `<div class="fbar"><span class="muted" style="font-family:monospace">C4</span><input aria-label="Cell value" value="49"${t.e('text', 'formula')}></div>`;
  b += `<div class="pane" id="pane" role="region" aria-label="Pricing grid" tabindex="-1"><div class="g" role="grid" aria-label="Plans" aria-rowcount="${ROWS + 2}">`;
  b += `<div role="row"><div role="columnheader">Feature</div>`;
  PLANS.forEach((p, c) => (b += `<div role="columnheader" class="${LEGACY.has(c) ? 'legacy' : ''}">${p}</div>`));
  b += `</div>`;
  // Geometry: the pane begins at y = 52 + 44 + 40 = 136 and runs to 800 (664 px); it shows FIRST_W + the visible
  // plan columns across 1280 px. Rows scrolled up by SCROLL_TOP lie under the sticky header (neutral); the last
  // visible row band is under the sticky total row (neutral).
  const paneH = 800 - 136;
  const visibleCols = PLANS.map((_, c) => c).filter((c) => !LEGACY.has(c));
  const colLeft = (c) => FIRST_W + COL_W * visibleCols.indexOf(c);
  for (let r = 0; r < ROWS; r++) {
    const top = ROW_H * (r + 1) - SCROLL_TOP; // pane client y
    const underHeader = top < ROW_H;
    const underTotal = top + ROW_H > paneH - ROW_H && top < paneH;
    const below = top >= paneH;
    const feature = `${R.title(2)}`;
    b += `<div role="row" aria-rowindex="${r + 2}"><div role="rowheader"${underHeader ? '' : ''}>${esc(feature)}</div>`;
    PLANS.forEach((p, c) => {
      const id = `r${r}c${c}`;
      const empty = R.chance(0.2);
      const dash = !empty && R.chance(0.05);
      const value = empty ? '' : dash ? '—' : `${R.int(0, 120)}`;
      if (LEGACY.has(c)) {
        b += `<div role="gridcell" class="legacy" contenteditable="true"${t.h('zero-width-column', id)}>${value}</div>`;
        return;
      }
      const left = colLeft(c);
      const right = left + COL_W;
      const partly = right > 1280;
      const editing = r === 2 && c === 2;
      let mark;
      if (editing) mark = t.h('under-editor', id);
      else if (underHeader || underTotal) mark = t.n(id);
      else if (below || partly) mark = partly && !below ? t.n(id) : t.e('cell', id);
      else mark = t.e('cell', id);
      b += `<div role="gridcell" contenteditable="true" aria-label="${esc(feature)}, ${p}"${mark}>${value}</div>`;
    });
    b += `</div>`;
  }
  b += `<div role="row" aria-rowindex="${ROWS + 2}"><div role="rowheader" class="total">Monthly total</div>`;
  PLANS.forEach((p, c) => (b += `<div role="gridcell" class="total${LEGACY.has(c) ? ' legacy' : ''}">${LEGACY.has(c) ? '' : R.int(200, 900)}</div>`));
  b += `</div></div>`;
  // The editor over cell r2 × Team (c2): its row is at pane y = 3 × ROW_H − SCROLL_TOP.
  b += `<input class="editor" aria-label="Edit cell" value="49" style="left:${colLeft(2)}px;top:${ROW_H * 3}px;width:${COL_W}px"${t.e('text', 'editor')}>`;
  b += `<div class="ctx" role="menu"><button role="menuitem"${t.h('display-none', 'ctx-copy')}>Copy</button><button role="menuitem"${t.h('display-none', 'ctx-clear')}>Clear</button></div></div></div>`;
  b += `<div class="find" role="search"><input aria-label="Find in sheet"${t.h('parked-above', 'find-q')}><button type="button"${t.h('parked-above', 'find-next')}>Next</button></div>`;
  b += `<script>const p=document.getElementById('pane');p.scrollTop=${SCROLL_TOP};</script>`;
  return { html: doc({ title: 'Pricing 2027 – Tabula', css: CSS, body: b, truth: t }) };
}
