// (sh-editor) A Notion-like page editor: a sidebar page tree whose rows show their "…" and "+" buttons only on hover
// (opacity 0: traps), a top bar with an overlapping avatar stack and Share, and one rich-text editor (a single
// contenteditable root as ProseMirror-style editors build it) holding headings, paragraphs, a task list whose
// checkboxes sit in contenteditable=false labels, a code block whose language <select> and Copy button sit in a
// contenteditable=false header, an image node with a Replace button, a callout with a link, a collapsed toggle block
// (its body display:none: traps) and a table. Controls inside the editor are must-expose: they take clicks. A slash
// menu is OPEN (a listbox portaled to the end of <body>, fixed near the caret; the editor keeps focus and points at
// the active option with aria-activedescendant). A floating block drag handle (opacity 0 until a block is hovered)
// and a closed link-preview card (visibility:hidden) are traps. The editor pane scrolls on its own; its lower blocks
// are below the fold.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-editor', title: 'Page editor: contenteditable blocks, task list, slash menu', seed: 2612 };

const CSS = `
html,body{height:100%;overflow:hidden}
.app{position:fixed;inset:0;display:grid;grid-template-columns:240px 1fr;grid-template-rows:44px 1fr}
.side{grid-row:1/3;background:#f7f7f5;overflow-y:auto;padding:8px 6px;font-size:14px}
.side .it{display:flex;align-items:center;gap:4px;padding:3px 6px;border-radius:4px;position:relative}
.side .it a{flex:1;color:#37352f}
.side .it .hov{opacity:0;border:0;background:transparent;padding:0 4px}
.side .it:hover .hov{opacity:1}
.top{display:flex;align-items:center;gap:8px;padding:0 14px;border-bottom:1px solid #ededeb}
.avatars{display:flex}
.avatars button{width:30px;height:30px;border-radius:50%;padding:0;margin-left:-8px;border:2px solid #fff;background:#c9d6ea;font-size:11px}
.pane{overflow-y:auto;min-height:0;position:relative}
.ProseMirror{max-width:720px;margin:0 auto;padding:40px 60px 120px;outline:none;font-size:16px;line-height:1.6}
.ProseMirror ul.tasks{list-style:none;padding:0}
.ProseMirror ul.tasks li{display:flex;gap:8px;align-items:flex-start}
.ProseMirror ul.tasks label{display:inline-flex;padding-top:4px}
pre{background:#f7f6f3;border-radius:4px;padding:0 0 12px;margin:12px 0}
pre .cb-head{display:flex;gap:8px;justify-content:space-between;padding:6px 10px;font:13px system-ui}
pre code{display:block;padding:0 14px}
.img{position:relative;margin:12px 0}
.img .ph{height:200px;background:linear-gradient(135deg,#dfe7f2,#f3e6da);border-radius:4px}
.img .replace{position:absolute;right:8px;top:8px}
.callout{display:flex;gap:8px;background:#f1f1ef;border-radius:4px;padding:12px}
.toggle-body{display:none;padding-left:24px}
table{border-collapse:collapse;margin:12px 0}
td,th{border:1px solid #e9e9e7;padding:6px 10px;min-width:120px}
.handle{position:absolute;left:calc(50% - 400px);top:180px;opacity:0;cursor:grab;border:0;background:transparent}
.slash{position:absolute;left:440px;top:560px;width:300px;background:#fff;border-radius:6px;box-shadow:0 4px 20px rgba(15,15,15,.2);padding:6px;z-index:50}
.slash [role=option]{display:flex;gap:10px;align-items:center;padding:6px 8px;border-radius:4px;cursor:pointer}
.slash [aria-selected=true]{background:#efefed}
.slash .ic{width:40px;height:40px;border:1px solid #e3e3e1;border-radius:4px;display:flex;align-items:center;justify-content:center}
.preview{position:fixed;left:300px;top:500px;width:280px;background:#fff;border:1px solid #ddd;padding:8px;visibility:hidden}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="app"><nav class="side" aria-label="Pages"><button type="button"${t.e('button', 'side-search')}>Search</button><button type="button"${t.e('button', 'side-new')}>New page</button>`;
  for (let i = 0; i < 22; i++) {
    b += `<div class="it"><a href="/p/${i}"${t.e('tree-link', `page-${i}`)}>📄 ${esc(R.title(R.int(1, 3)))}</a>`;
    b += `<button type="button" class="hov" aria-label="More"${t.h('hover-only', `page-${i}-more`)}>…</button><button type="button" class="hov" aria-label="Add a page inside"${t.h('hover-only', `page-${i}-add`)}>+</button></div>`;
  }
  b += `</nav><header class="top"><span>Team space / <strong>Launch plan</strong></span><div class="spacer"></div><div class="avatars">`;
  for (let i = 0; i < 4; i++) b += `<button type="button" aria-label="${esc(R.person())}"${t.e('avatar', `avatar-${i}`)}>${'ABCD'[i]}${'KLMN'[i]}</button>`;
  b += `</div><button type="button"${t.e('button', 'share')}>Share</button><button type="button" aria-label="Favourite"${t.e('icon-button', 'fav')}>☆</button><button type="button" aria-label="More actions"${t.e('icon-button', 'more')}>⋯</button></header>`;
  b += `<main class="pane" id="pane"><button type="button" class="handle" aria-label="Drag to move"${t.h('hover-only', 'drag-handle')}>⋮⋮</button>`;
  b += `<div class="ProseMirror" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Page content" aria-controls="slash" aria-activedescendant="slash-1" translate="no"${t.e('contenteditable', 'editor')}>`;
  b += `<h1>Launch plan</h1><p>${esc(R.paragraph(2, 3))}</p><h2>Checklist</h2><ul class="tasks">`;
  for (let i = 0; i < 5; i++) {
    b += `<li data-checked="${i < 2}"><label contenteditable="false"><input type="checkbox"${i < 2 ? ' checked' : ''}${t.e('task-checkbox', `task-${i}`)}></label><div><p>${esc(R.sentence(4, 8))}</p></div></li>`;
  }
  b += `</ul><p>/</p><p>${esc(R.paragraph(2, 3))}</p>`;
  b += `<div class="callout"><span>💡</span><p>Read the <a href="/p/brief"${t.e('editor-link', 'callout-link')}>launch brief</a> first. ${esc(R.sentence(6, 10))}</p></div>`;
  b += `<pre><div class="cb-head" contenteditable="false"><select aria-label="Language"${t.e('select', 'code-lang')}><option>TypeScript</option><option>Python</option><option>Shell</option></select><button type="button"${t.e('button', 'code-copy')}>Copy</button></div><code>const launch = await plan.ship({ region: "eu" });\nconsole.log(launch.id);</code></pre>`;
  b += `<div class="img" contenteditable="false"><div class="ph" role="img" aria-label="Launch timeline chart"></div><button type="button" class="replace"${t.e('button', 'img-replace')}>Replace</button></div>`;
  b += `<div class="toggle"><button type="button" aria-expanded="false" contenteditable="false"${t.e('toggle', 'toggle-btn')}>▸</button> <strong>Open questions</strong><div class="toggle-body"><p>${esc(R.sentence())}</p><a href="/p/faq"${t.h('display-none', 'toggle-link')}>FAQ</a></div></div>`;
  b += `<h2>Owners</h2><table><tr><th>Area</th><th>Owner</th><th>Status</th></tr>`;
  for (let i = 0; i < 6; i++) b += `<tr><td>${esc(R.title(1))}</td><td>${esc(R.person())}</td><td><input type="checkbox" aria-label="Done"${t.e('table-checkbox', `table-done-${i}`)}></td></tr>`;
  b += `</table>`;
  for (let i = 0; i < 4; i++) b += `<p>${esc(R.paragraph(2, 4))}</p>`;
  b += `<p>See also <a href="/p/retro"${t.e('editor-link', 'end-link')}>last retro</a>.</p></div>`;
  b += `<div class="slash" id="slash" role="listbox" aria-label="Insert block">`;
  ['Text', 'Heading 1', 'To-do list', 'Code', 'Table', 'Callout'].forEach((o, i) => {
    b += `<div role="option" id="slash-${i}" aria-selected="${i === 1}"${t.e('slash-option', `slash-${i}`)}><span class="ic" aria-hidden="true">${o[0]}</span><span>${o}<br><small class="muted">${esc(R.sentence(3, 5))}</small></span></div>`;
  });
  b += `</div></main></div><div class="preview" role="tooltip"><a href="/p/brief"${t.h('visibility-hidden', 'preview-open')}>Open launch brief</a></div>`;
  return { html: doc({ title: 'Launch plan – Pages', css: CSS, body: b, truth: t }) };
}
