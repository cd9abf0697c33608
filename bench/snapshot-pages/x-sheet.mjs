// (x) Spreadsheet-style app whose whole UI lives in one position:fixed root (inset:0), as many SPAs do, so a
// "full-viewport fixed layer" is the app itself, not an overlay. Inside: a toolbar, a formula bar, a grid pane
// scrolled (by script) 260 px right and 120 px down, with a sticky first column and sticky header row, so cells
// lie under the sticky column/header; sheet tabs in a horizontal strip at the bottom; a side panel of comments.
// Portaled to <body> after the root: an open popover-like context menu (absolute, must-expose) and a closed one
// (display:none, traps); a content-visibility:hidden panel (traps).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'x-sheet', title: 'Spreadsheet in a fixed app root, sticky row and column', seed: 1515 };

const CSS = `
#root{position:fixed;inset:0;display:grid;grid-template-rows:48px 36px 1fr 40px;grid-template-columns:1fr 280px;background:#fff}
.tb{grid-column:1/3;display:flex;gap:6px;align-items:center;padding:0 12px;border-bottom:1px solid #e3e6ec}
.fx{grid-column:1/3;display:flex;gap:6px;align-items:center;padding:0 12px;border-bottom:1px solid #e3e6ec}
.grid{overflow:auto;min-height:0;min-width:0}
.grid table{border-collapse:separate;border-spacing:0;font-size:13px}
.grid th,.grid td{border-right:1px solid #e3e6ec;border-bottom:1px solid #e3e6ec;height:30px;padding:0}
.grid thead th{position:sticky;top:0;background:#f0f2f6;z-index:2;min-width:110px}
.grid tbody th{position:sticky;left:0;background:#f0f2f6;z-index:1;width:56px}
.grid thead th:first-child{left:0;z-index:3}
.grid input{border:0;border-radius:0;width:110px;height:29px;padding:0 6px}
.side{overflow-y:auto;border-left:1px solid #e3e6ec;padding:8px;min-height:0}
.tabs{grid-column:1/3;display:flex;gap:4px;overflow-x:auto;align-items:center;padding:0 8px;border-top:1px solid #e3e6ec}
.tabs button{flex:0 0 auto}
.ctx{position:absolute;left:760px;top:4px;background:#fff;border:1px solid #c3c8d2;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.2);padding:4px;display:grid;z-index:10}
.ctx button{border:0;text-align:left}
.cvh{content-visibility:hidden}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div id="root"><div class="tb"><strong>Sheets</strong>`;
  ['Undo', 'Redo', 'Bold', 'Italic', 'Merge cells', 'Wrap', 'Insert chart', 'Filter'].forEach((n, i) => (b += `<button type="button"${t.e('button', `tb-${i}`)}>${n}</button>`));
  b += `<div class="spacer"></div><button type="button" class="primary"${t.e('button', 'tb-share')}>Share</button></div>
<div class="fx"><span class="muted">fx</span><input aria-label="Formula" style="flex:1" value="=SUM(B2:B40)"${t.e('text', 'fx-input')}></div>
<div class="grid" id="grid" role="region" aria-label="Sheet 1"><table><thead><tr><th></th>`;
  const COLS = 16;
  for (let c = 0; c < COLS; c++) b += `<th><button type="button" style="border:0;background:none;width:100%"${t.e('col-header', `ch-${c}`)}>${String.fromCharCode(65 + c)}</button></th>`;
  b += '</tr></thead><tbody>';
  for (let r = 0; r < 60; r++) {
    b += `<tr><th><button type="button" style="border:0;background:none;width:100%"${t.e('row-header', `rh-${r}`)}>${r + 1}</button></th>`;
    for (let c = 0; c < COLS; c++) b += `<td><input aria-label="${String.fromCharCode(65 + c)}${r + 1}" value="${R.chance(0.6) ? R.int(1, 999) : esc(R.word())}"${t.e('cell', `c-${r}-${c}`)}></td>`;
    b += '</tr>';
  }
  b += `</tbody></table></div><aside class="side" aria-label="Comments"><h2 style="font-size:15px;margin:4px 0">Comments</h2>`;
  for (let i = 0; i < 14; i++) b += `<div style="border:1px solid #e3e6ec;border-radius:8px;padding:8px;margin:6px 0"><a href="#u/${i}"${t.e('link', `cm-user-${i}`)}>${esc(R.person())}</a><p style="margin:4px 0;font-size:13px">${esc(R.sentence(5, 12))}</p><button type="button"${t.e('button', `cm-resolve-${i}`)}>Resolve</button></div>`;
  b += `<div class="cvh"><button type="button"${t.h('content-visibility-hidden', 'cvh-btn')}>Archived comments</button></div></aside><div class="tabs" role="tablist" aria-label="Sheets">`;
  for (let i = 0; i < 24; i++) b += `<button type="button" role="tab" aria-selected="${i === 0}"${t.e('tab', `tab-${i}`)}>${esc(R.title(1))} ${i + 1}</button>`;
  b += `<button type="button" aria-label="Add sheet"${t.e('icon-button', 'tab-add')}>+</button></div></div>
<div class="ctx" role="menu" aria-label="Cell menu">`;
  ['Copy', 'Paste'].forEach((n, i) => (b += `<button type="button" role="menuitem"${t.e('menuitem', `ctx-${i}`)}>${n}</button>`));
  b += `</div><div class="ctx" role="menu" style="display:none">`;
  ['Hide column', 'Freeze'].forEach((n, i) => (b += `<button type="button" role="menuitem"${t.h('display-none', `ctx2-${i}`)}>${n}</button>`));
  b += `</div><script>const g = document.getElementById('grid'); g.scrollLeft = 260; g.scrollTop = 120;</script>`;
  return { html: doc({ title: 'Budget 2027 – Sheets', css: CSS, body: b, truth: t }) };
}
