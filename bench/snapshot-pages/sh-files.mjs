// (sh-files) File manager as Drive/Dropbox build it: a `position:fixed; inset:0` grid root with a folder tree, a
// toolbar whose breadcrumb folds its middle into a "…" button (its menu is display:none: traps), a virtualized tile grid
// (role=grid, aria-rowcount=120: only rows 27–37 exist, absolutely positioned inside a 18,000 px spacer, the pane
// scrolled to row 30), and a details rail with its own scrolling activity list. A context menu portaled to the end of
// <body> is OPEN over two tile columns (must-expose; the tiles under it are neutral). Traps: the "New" menu (`hidden`)
// and a drag ghost fixed off-screen to the left.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-files', title: 'File manager: virtualized tile grid, tree, context menu portal', seed: 2505 };

const ROW = 150;
const COL = 184;
const CSS = `
html,body{height:100%;overflow:hidden}
.root{position:fixed;inset:0;display:grid;grid-template-columns:240px 1fr 280px;grid-template-rows:56px 44px 1fr}
.top{grid-column:1/4;display:flex;align-items:center;gap:10px;padding:0 16px;border-bottom:1px solid #e3e6ec;background:#fff}
.tree{grid-row:2/4;overflow-y:auto;padding:8px;background:#f6f7f9;font-size:14px}
.tree ul{list-style:none;margin:0;padding-left:12px}
.tree li>div{display:flex;gap:4px;align-items:center}
.tree button{border:0;background:transparent;padding:0 3px}
.tools{display:flex;align-items:center;gap:6px;padding:0 12px;border-bottom:1px solid #e3e6ec;position:relative}
.crumbmenu{display:none;position:absolute;top:40px;left:120px;background:#fff;border:1px solid #c3c8d2;z-index:5}
.newmenu{position:absolute;top:40px;right:12px;background:#fff;border:1px solid #c3c8d2;z-index:5}
.files{overflow:auto;min-height:0;position:relative}
.spacer-y{position:relative;height:${120 * ROW + 24}px}
.tile{position:absolute;width:176px;height:132px;border:1px solid #e3e6ec;border-radius:10px;background:#fff;padding:8px;font-size:13px}
.tile[aria-selected=true]{border-color:#1a5fb4;background:#e8f0fb}
.tile .thumb{height:70px;border-radius:6px;background:#eef1f5;margin-bottom:6px}
.tile .more{position:absolute;right:6px;top:6px;padding:0 6px}
.rail{grid-row:2/4;grid-column:3;border-left:1px solid #e3e6ec;display:flex;flex-direction:column;min-height:0;padding:12px}
.activity{overflow-y:auto;flex:1;min-height:0}
.activity li{padding:6px 0;border-bottom:1px solid #f0f1f4;font-size:13px}
.ctx{position:fixed;left:690px;top:150px;width:200px;background:#fff;border:1px solid #c3c8d2;border-radius:8px;box-shadow:0 6px 20px rgba(0,0,0,.2);padding:4px;z-index:100}
.ctx [role=menuitem]{display:block;width:100%;text-align:left;border:0;background:transparent;padding:6px 10px}
.ghost{position:fixed;left:-400px;top:300px;width:176px}
`;

const KINDS = ['PDF', 'Spreadsheet', 'Document', 'Image', 'Folder', 'Slides'];

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="root"><header class="top"><strong style="font-size:18px">Files</strong><input type="search" aria-label="Search in Drive" placeholder="Search in Drive" style="width:420px"${t.e('search', 'top-search')}>
<div class="spacer"></div><button type="button" aria-label="Settings"${t.e('icon-button', 'top-settings')}>⚙</button><button type="button" title="Account: ${esc(R.person())}"${t.e('icon-button', 'top-account')}>AB</button></header>
<nav class="tree" aria-label="Folders"><button type="button" class="primary" style="border:1px solid" aria-haspopup="menu"${t.e('button', 'tree-new')}>+ New</button><ul role="tree" aria-label="My Drive">`;
  let n = 0;
  const folder = (depth) => {
    const id = `tree-${n++}`;
    const kids = depth < 2 && R.chance(0.35) ? R.int(2, 4) : 0;
    let h = `<li role="treeitem"${kids ? ' aria-expanded="true"' : ''}><div>${kids ? `<button type="button" aria-label="Collapse folder"${t.e('icon-button', `${id}-tog`)}>▾</button>` : ''}<a href="#f/${id}"${t.e('tree', `${id}-link`)}>📁 ${esc(R.title(R.int(1, 3)))}</a></div>`;
    if (kids) {
      h += '<ul role="group">';
      for (let k = 0; k < kids; k++) h += folder(depth + 1);
      h += '</ul>';
    }
    return `${h}</li>`;
  };
  for (let i = 0; i < 28; i++) b += folder(0);
  b += `</ul></nav><div class="tools"><nav aria-label="Path" style="display:flex;gap:4px;align-items:center"><a href="#f/root"${t.e('link', 'crumb-root')}>My Drive</a> ›
<button type="button" aria-label="Show hidden path" aria-haspopup="menu" aria-expanded="false"${t.e('icon-button', 'crumb-more')}>…</button> ›
<a href="#f/q4"${t.e('link', 'crumb-q4')}>Q4 planning</a> › <span aria-current="page">Assets</span></nav>
<div class="crumbmenu" role="menu">`;
  ['Shared', 'Marketing', 'Campaigns', '2026'].forEach((c, i) => (b += `<a role="menuitem" href="#f/c${i}"${t.h('display-none', `crumbmenu-${i}`)}>${c}</a>`));
  b += `</div><div class="spacer"></div><button type="button" aria-pressed="true" aria-label="Grid view"${t.e('toggle', 'view-grid')}>▦</button><button type="button" aria-pressed="false" aria-label="List view"${t.e('toggle', 'view-list')}>☰</button>
<div class="newmenu" role="menu" hidden><button role="menuitem"${t.h('hidden-attr', 'new-folder')}>New folder</button><button role="menuitem"${t.h('hidden-attr', 'new-upload')}>File upload</button></div></div>
<main class="files" id="files" aria-label="Files in Assets"><div role="grid" aria-label="Assets" aria-rowcount="120" aria-colcount="4" class="spacer-y">`;
  for (let r = 27; r <= 37; r++) {
    b += `<div role="row" aria-rowindex="${r + 1}">`;
    for (let c = 0; c < 4; c++) {
      const id = `f-${r}-${c}`;
      const under = (r === 30 || r === 31) && (c === 2 || c === 3);
      const mark = (k, kind) => (under ? t.n(k) : t.e(kind, k));
      const kind = R.pick(KINDS);
      const selected = r === 30 && c === 2;
      b += `<div role="gridcell" class="tile" tabindex="-1" aria-selected="${selected}" style="left:${12 + c * COL}px;top:${12 + r * ROW}px"${mark(`${id}-tile`, 'gridcell')}><div class="thumb"></div><div>${esc(R.word())}-${r * 4 + c}.${kind === 'Folder' ? '' : 'pdf'}</div><div class="muted">${kind}</div>
<button type="button" class="more" aria-label="More actions"${mark(`${id}-more`, 'icon-button')}>⋮</button></div>`;
    }
    b += '</div>';
  }
  b += `</div></main><aside class="rail" aria-label="Details"><h2 style="font-size:16px;margin:0 0 6px">rain-122.pdf</h2><div style="display:flex;gap:6px;margin-bottom:8px"><button type="button"${t.e('button', 'rail-share')}>Share</button><button type="button"${t.e('button', 'rail-download')}>Download</button></div>
<h3 style="font-size:13px;margin:6px 0">Activity</h3><ul class="activity" style="list-style:none;padding:0;margin:0">`;
  for (let i = 0; i < 40; i++) b += `<li><a href="#u/${i}"${t.e('link', `act-${i}`)}>${esc(R.person())}</a> ${R.pick(['edited', 'commented on', 'shared', 'moved'])} ${esc(R.word())}-${R.int(1, 400)}.pdf</li>`;
  b += `</ul></aside></div>
<div class="ctx" role="menu" aria-label="File actions">`;
  ['Open with', 'Share', 'Get link', 'Move to', 'Rename', 'Make a copy', 'Download', 'Move to trash'].forEach((m, i) => (b += `<button type="button" role="menuitem"${t.e('menuitem', `ctx-${i}`)}>${m}</button>`));
  b += `</div><div class="ghost" aria-label="Moving 1 file"><button type="button"${t.h('offscreen', 'ghost-cancel')}>Cancel move</button></div>
<script>document.getElementById('files').scrollTop = ${30 * ROW};</script>`;
  return { html: doc({ title: 'Assets – Files', css: CSS, body: b, truth: t }) };
}
