// (sh-ide) Code editor in the browser as VS Code for the Web builds it: a 100dvh grid (activity bar, side bar, a
// role=separator resizer, editor group, status bar). The explorer is a virtualized tree: treeitem rows absolutely
// positioned (top:Npx) inside a tall spacer in a scrolling pane, 40 of 200 rows rendered. The editor group has a tab
// strip overflowing sideways (22 tabs, each a role=tab with a close button named "Close <file>"), breadcrumbs, code
// lines absolutely positioned in a scrolling view with "N references" code-lens links, a minimap canvas (aria-hidden),
// and a bottom panel pinned under it (tablist; the Terminal panel shows a log scrolled to its end and an input; the
// Problems panel is `hidden`: traps). Status bar items are buttons whose icon and text are separate spans. Traps: the
// command palette (display:none), a hover widget (visibility:hidden), a suggest widget parked above the window.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-ide', title: 'IDE: virtualized explorer, overflowing tabs, terminal panel', seed: 2606 };

const LINE = 19;
const CSS = `
html,body{height:100dvh;overflow:hidden;font-size:13px}
.wb{display:grid;grid-template-columns:48px 250px 4px 1fr;grid-template-rows:1fr 22px;height:100dvh;background:#1e1e1e;color:#ccc}
.wb button{background:transparent;color:inherit;border:0;border-radius:0;padding:2px 6px}
.act{background:#333;display:flex;flex-direction:column;align-items:center;gap:8px;padding-top:8px}
.act a{color:#ccc;font-size:20px}
.side{background:#252526;display:flex;flex-direction:column;min-height:0}
.side h2{font-size:11px;text-transform:uppercase;margin:8px 12px}
.explorer{flex:1;overflow-y:auto;position:relative;min-height:0}
.rows{position:relative;height:${200 * 22}px}
.rows [role=treeitem]{position:absolute;left:0;right:0;height:22px;line-height:22px;white-space:nowrap;cursor:pointer}
.sash{background:#444;cursor:col-resize}
.editor{display:grid;grid-template-rows:35px 22px 1fr 240px;min-width:0;min-height:0}
.tabs{display:flex;overflow-x:auto;background:#252526;scrollbar-width:none}
.tabs [role=tab]{flex:0 0 auto;display:flex;align-items:center;gap:4px;padding:0 6px 0 12px;border-right:1px solid #1e1e1e;background:#2d2d2d;cursor:pointer}
.tabs [aria-selected=true]{background:#1e1e1e;color:#fff}
.crumbs{display:flex;gap:4px;padding:0 12px;align-items:center;font-size:12px}
.crumbs a{color:#ccc}
.code{position:relative;overflow:auto;min-height:0}
.lines{position:relative;height:${400 * LINE}px;width:1400px;font-family:monospace}
.ln{position:absolute;left:0;width:50px;text-align:right;color:#858585}
.line{position:absolute;left:64px;white-space:pre}
.lens{position:absolute;left:64px;font-size:11px;color:#999}
.lens a{color:#999}
.minimap{position:absolute;right:14px;top:0;width:80px;height:100%}
.panel{border-top:1px solid #444;display:flex;flex-direction:column;min-height:0}
.ptabs{display:flex;gap:4px;padding:0 8px}
.ptabs [aria-selected=true]{border-bottom:1px solid #fff}
.term{flex:1;overflow-y:auto;font-family:monospace;padding:4px 10px;min-height:0}
.term textarea{width:100%;background:#1e1e1e;color:#ccc;border:0;height:22px;resize:none}
.status{grid-column:1/5;background:#007acc;color:#fff;display:flex;gap:4px;align-items:center;padding:0 8px}
.palette{display:none;position:fixed;left:400px;top:10px;width:600px;background:#252526;z-index:50}
.hover{visibility:hidden;position:absolute;left:300px;top:120px;background:#252526;border:1px solid #454545;padding:6px;z-index:9}
.suggest{position:absolute;left:200px;top:-900px;background:#252526;border:1px solid #454545}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = '<div class="wb"><nav class="act" aria-label="Activity bar">';
  ['Explorer', 'Search', 'Source Control', 'Run and Debug', 'Extensions'].forEach((a, i) => (b += `<a href="#view/${i}" aria-label="${a}"${t.e('icon-link', `act-${i}`)}><span aria-hidden="true">◼</span></a>`));
  b += `</nav><div class="side"><h2>Explorer</h2><div class="explorer" id="explorer"><div class="rows" role="tree" aria-label="Files Explorer">`;
  const rendered = 40;
  for (let i = 0; i < rendered; i++) {
    const level = R.int(1, 4);
    const isDir = R.chance(0.3);
    const name = `${R.word()}${isDir ? '' : R.pick(['.ts', '.tsx', '.json', '.md', '.css'])}`;
    b += `<div role="treeitem" aria-level="${level}" aria-setsize="12" aria-posinset="${(i % 12) + 1}"${isDir ? ` aria-expanded="${R.chance(0.5)}"` : ''} style="top:${i * 22}px;padding-left:${level * 10}px"${t.e('treeitem', `ex-${i}`)}>${isDir ? '▸ ' : ''}${esc(name)}</div>`;
  }
  b += `</div></div></div><div class="sash" role="separator" aria-orientation="vertical" aria-label="Resize side bar" tabindex="0" aria-valuenow="250"${t.e('separator', 'sash')}></div><div class="editor"><div class="tabs" role="tablist" aria-label="Open editors">`;
  for (let i = 0; i < 22; i++) {
    const file = `${R.word()}-${i}.ts`;
    b += `<div role="tab" aria-selected="${i === 3}" tabindex="${i === 3 ? 0 : -1}"${t.e('tab', `tab-${i}`)}><span>${file}</span><button type="button" aria-label="Close ${file}"${t.e('icon-button', `tab-${i}-close`)}>×</button></div>`;
  }
  b += `</div><nav class="crumbs" aria-label="Breadcrumbs"><a href="#b/src"${t.e('link', 'crumb-src')}>src</a>›<a href="#b/server"${t.e('link', 'crumb-server')}>server</a>›<a href="#b/file"${t.e('link', 'crumb-file')}>router.ts</a></nav>
<div class="code" id="code" role="code"><div class="lines">`;
  for (let l = 0; l < 400; l++) {
    const top = l * LINE;
    if (l % 25 === 3) {
      b += `<div class="lens" style="top:${top - 1}px"><a href="#refs/${l}"${t.e('link', `lens-${l}`)}>${R.int(1, 30)} references</a></div>`;
      continue;
    }
    b += `<div class="ln" aria-hidden="true" style="top:${top}px">${l + 1}</div><div class="line" style="top:${top}px">${esc(`${' '.repeat(R.int(0, 3) * 2)}${R.pick(['const', 'let', 'return', 'if (', 'await', '//'])} ${R.words(R.int(2, 6))};`)}</div>`;
  }
  b += `</div><canvas class="minimap" aria-hidden="true" width="80" height="400"></canvas>
<div class="hover" role="tooltip"><a href="#go/def"${t.h('visibility-hidden', 'hover-def')}>Go to definition</a></div><div class="suggest" role="listbox" aria-label="Suggestions"><div role="option" tabindex="-1"${t.h('offscreen', 'suggest-0')}>${esc(R.word())}</div></div></div>
<section class="panel" aria-label="Panel"><div class="ptabs" role="tablist" aria-label="Panel">`;
  ['Problems', 'Output', 'Terminal'].forEach((p, i) => (b += `<button type="button" role="tab" aria-selected="${i === 2}" aria-controls="pp-${i}"${t.e('tab', `ptab-${i}`)}>${p}</button>`));
  b += `<div class="spacer"></div><button type="button" aria-label="New Terminal"${t.e('icon-button', 'term-new')}>+</button><button type="button" aria-label="Maximize Panel Size"${t.e('icon-button', 'term-max')}>^</button></div>
<div id="pp-0" role="tabpanel" hidden>`;
  for (let i = 0; i < 6; i++) b += `<a href="#problem/${i}"${t.h('hidden-attr', `problem-${i}`)}>${esc(R.sentence(4, 8))}</a>`;
  b += `</div><div id="pp-2" role="tabpanel" aria-label="Terminal" class="term">`;
  for (let i = 0; i < 80; i++) b += `<div>${i % 9 === 0 ? `<a href="#file/${i}"${t.e('link', `term-link-${i}`)}>src/${esc(R.word())}.ts:${R.int(1, 300)}</a> ` : ''}${esc(R.words(R.int(3, 9)))}</div>`;
  b += `<textarea aria-label="Terminal input"${t.e('textarea', 'term-input')}></textarea></div></section></div>
<footer class="status" aria-label="Status bar"><button type="button"${t.e('button', 'st-branch')}><span aria-hidden="true">⎇</span><span>main*</span></button><button type="button"${t.e('button', 'st-problems')}><span>⊗</span><span>0</span><span>⚠</span><span>2</span></button>
<div class="spacer"></div><button type="button"${t.e('button', 'st-pos')}>Ln 12, Col 5</button><button type="button"${t.e('button', 'st-enc')}>UTF-8</button><button type="button"${t.e('button', 'st-lang')}>TypeScript</button></footer></div>
<div class="palette" role="dialog" aria-label="Command palette"><input aria-label="Type a command"${t.h('display-none', 'palette-input')}></div>
<script>const term = document.querySelector('.term'); term.scrollTop = term.scrollHeight; document.getElementById('code').scrollTop = ${40 * LINE};</script>`;
  return { html: doc({ title: 'router.ts — web-app — Code', css: CSS, body: b, truth: t }) };
}
