// (sh-sheets) A spreadsheet drawn on a canvas, as Google Sheets renders it: a menu bar (role=menubar), a toolbar of icon
// buttons named by aria-label and by data-tooltip only, a name box and a formula bar (contenteditable); the grid is one
// canvas drawn by script under a scroll box whose tall, wide spacer drives the drawing (clicks land on the box through
// a listener; it is focusable). Beside it an accessible mirror of the grid that sighted users never see: a role=grid
// table laid off-screen (left:-10000px) whose cells are focusable buttons and links (traps), and a live region. The
// cell editor (contenteditable) is open over the active cell. A sheet tab bar fixed at the bottom (role=tab), an
// Explore side panel, and a closed context menu kept in the DOM at `display:none` (traps).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-sheets', title: 'Canvas spreadsheet with an off-screen accessible grid mirror', seed: 8123 };

const CSS = `
html,body{height:100%;overflow:hidden}
.menubar{display:flex;gap:2px;padding:2px 12px;background:#fff}
.menubar [role=menuitem]{padding:3px 8px;border-radius:4px;cursor:default}
.tools{display:flex;gap:2px;align-items:center;padding:4px 12px;background:#edf2fa;border-radius:20px;margin:0 8px}
.tools .ib{width:28px;height:28px;padding:0;border:0;background:transparent;border-radius:4px}
.fbar{display:flex;align-items:center;gap:6px;padding:4px 8px;border-bottom:1px solid #c7c7c7;background:#fff}
.namebox{width:80px}
.formula{flex:1;min-height:22px;padding:2px 6px;outline:none;border-left:1px solid #c7c7c7}
.work{position:absolute;top:160px;left:0;right:300px;bottom:40px}
.work canvas{position:absolute;left:0;top:0}
.scroller{position:absolute;inset:0;overflow:scroll}
.scroller .spacer{width:5200px;height:40000px}
.editor{position:absolute;left:146px;top:44px;width:120px;min-height:22px;background:#fff;border:2px solid #1a73e8;padding:1px 3px;outline:none;z-index:3;font:13px Arial}
.mirror{position:absolute;left:-10000px;top:0;width:1px;height:1px;overflow:hidden}
.explore{position:absolute;top:160px;right:0;width:300px;bottom:40px;border-left:1px solid #c7c7c7;background:#fff;padding:12px;overflow:auto}
.tabsbar{position:fixed;left:0;right:0;bottom:0;height:40px;display:flex;align-items:center;gap:4px;padding:0 8px;background:#f9fbfd;border-top:1px solid #c7c7c7}
.tabsbar [role=tab]{padding:6px 14px;border-radius:6px 6px 0 0;cursor:pointer}
.tabsbar [role=tab][aria-selected=true]{background:#e1e9f7;color:#0b57d0;font-weight:600}
.ctx{display:none;position:absolute;left:300px;top:200px;background:#fff;box-shadow:0 2px 8px #0004}
`;

const COLS = 'ABCDEFGHIJ'.split('');

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header style="display:flex;align-items:center;gap:10px;padding:6px 12px;background:#fff"><a href="/sheets"${t.e('link', 'home')} aria-label="Sheets home">▦</a>
<input value="Q4 forecast"${t.e('input', 'doc-title')} aria-label="Rename" style="border:0;font-size:18px;width:200px"><button type="button" aria-label="Star"${t.e('icon-button', 'star')}>☆</button><span class="spacer"></span>
<button type="button" class="primary"${t.e('button', 'share')}>Share</button></header>
<div class="menubar" role="menubar" aria-label="Menu bar">`;
  ['File', 'Edit', 'View', 'Insert', 'Format', 'Data', 'Tools', 'Extensions', 'Help'].forEach((m, i) => (b += `<div role="menuitem" aria-haspopup="true" aria-expanded="false" tabindex="${i ? -1 : 0}" id="menu-${i}"${t.e('menuitem', `menu-${i}`)}>${m}</div>`));
  b += `</div><div class="tools" role="toolbar" aria-label="Main toolbar">`;
  ['Undo', 'Redo', 'Print', 'Paint format'].forEach((n, i) => (b += `<button type="button" class="ib" aria-label="${n}"${t.e('icon-button', `tool-${i}`)}>◦</button>`));
  // Tooltip-only buttons: their name is only in data-tooltip (and the tooltip element created on hover).
  ['Bold', 'Italic', 'Strikethrough', 'Text colour', 'Fill colour', 'Borders', 'Merge cells'].forEach((n, i) => (b += `<div class="ib" role="button" tabindex="-1" data-tooltip="${n}" aria-label="${n}"${t.e('icon-button', `fmt-${i}`)} style="display:inline-block;width:28px;height:28px">▪</div>`));
  b += `<select aria-label="Font"${t.e('select', 'font')}><option>Arial</option><option>Roboto</option></select><input aria-label="Font size" value="10" size="2"${t.e('input', 'size')}></div>
<div class="fbar"><input class="namebox" aria-label="Name box" value="B3"${t.e('input', 'namebox')}><span aria-hidden="true">fx</span>
<div class="formula" contenteditable="true" role="combobox" aria-label="Formula input" aria-expanded="false"${t.e('textbox', 'formula')}>=SUM(B1:B2)</div></div>
<div class="work"><canvas width="940" height="640" aria-hidden="true"></canvas>
<div class="scroller" tabindex="0" aria-label="Sheet1 grid"${t.e('grid-scroller', 'grid')}><div class="spacer"></div></div>
<div class="editor" contenteditable="true" role="textbox" aria-label="Cell B3"${t.e('textbox', 'cell-editor')}>=SUM(B1:B2)</div>
<div class="mirror"><table role="grid" aria-label="Sheet1" aria-rowcount="1000"><tr>`;
  COLS.forEach((c) => (b += `<th role="columnheader">${c}</th>`));
  b += `</tr>`;
  for (let r = 1; r <= 8; r++) {
    b += `<tr>`;
    COLS.forEach((c, ci) => {
      const v = ci === 0 ? esc(R.title(2)) : String(R.int(100, 9999));
      b += ci < 2 ? `<td role="gridcell"><button type="button" tabindex="-1"${t.h('off-screen', `mir-${c}${r}`)}>${v}</button></td>` : `<td role="gridcell">${v}</td>`;
    });
    b += `</tr>`;
  }
  b += `</table><a href="https://example.com/report"${t.h('off-screen', 'mir-link')}>Linked report</a><div role="status" aria-live="polite">B3: 12,482</div></div>
<ul class="ctx" role="menu">`;
  ['Cut', 'Copy', 'Paste', 'Insert row above', 'Delete row'].forEach((m, i) => (b += `<li role="menuitem" tabindex="-1"${t.h('display-none', `ctx-${i}`)}>${m}</li>`));
  b += `</ul></div><aside class="explore" aria-label="Explore"><h2 style="font-size:16px;margin:0 0 8px">Explore</h2><button type="button" aria-label="Close Explore"${t.e('icon-button', 'explore-close')}>✕</button>
<label>Ask a question <input${t.e('input', 'explore-q')}></label><h3 style="font-size:14px">Answers</h3>`;
  for (let i = 0; i < 6; i++) b += `<p>${esc(R.sentence(6, 10))} <a href="#answer-${i}"${t.e('link', `answer-${i}`)}>Insert chart</a></p>`;
  b += `<h3 style="font-size:14px">Formatting</h3>`;
  for (let i = 0; i < 8; i++) b += `<button type="button" style="display:block;margin:4px 0"${t.e('button', `theme-${i}`)}>Apply ${esc(R.word())} colours</button>`;
  b += `</aside><div class="tabsbar"><button type="button" aria-label="Add sheet"${t.e('icon-button', 'add-sheet')}>+</button><button type="button" aria-label="All sheets"${t.e('icon-button', 'all-sheets')}>≡</button><div role="tablist" style="display:flex">`;
  ['Summary', 'Sheet1', 'Revenue', 'Costs', 'Headcount'].forEach((s, i) => (b += `<div role="tab" aria-selected="${i === 1}" tabindex="${i === 1 ? 0 : -1}"${t.e('tab', `sheet-${i}`)}>${s}</div>`));
  b += `</div><span class="spacer"></span><span>Sum: 12,482</span></div>
<script>
(function(){var c=document.querySelector('canvas'),x=c.getContext('2d');x.fillStyle='#fff';x.fillRect(0,0,940,640);x.strokeStyle='#e2e2e2';x.font='13px Arial';x.fillStyle='#222';
for(var i=0;i<30;i++){x.beginPath();x.moveTo(0,i*22+.5);x.lineTo(940,i*22+.5);x.stroke();}
for(var j=0;j<10;j++){x.beginPath();x.moveTo(46+j*100+.5,0);x.lineTo(46+j*100+.5,640);x.stroke();x.fillText('ABCDEFGHIJ'[j],90+j*100,15);}
for(var r=1;r<29;r++){x.fillText(String(r),16,22*r+15);for(var k=0;k<4;k++)x.fillText(String((r*37+k*91)%9000+100),60+k*100,22*r+15);}
document.querySelector('.scroller').addEventListener('mousedown',function(){});})();
</script>`;
  return { html: doc({ title: 'Q4 forecast - Sheets', css: CSS, body: b, truth: t }) };
}
