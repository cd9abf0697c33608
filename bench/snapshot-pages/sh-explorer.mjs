// (sh-explorer) A web code host's file explorer with a command palette open, as tree widgets render them: a
// role=tree of nested `<li role=treeitem aria-expanded>` with `role=group` children and a roving tabindex (every item
// tabindex -1 but the current one), rows clicked through one listener on the tree; collapsed folders keep their
// subtree in the DOM with `hidden` (traps, several levels deep); hover-only row buttons (opacity 0: traps); the tree
// scrolls in its own pane (items below its edge are reachable). Beside it an editor with a tab strip, breadcrumb
// and a toolbar; over the editor a command palette (no backdrop; a `role=dialog` holding a combobox input and its open
// listbox of commands with key hints, aria-activedescendant) that covers part of the toolbar (the covered buttons are
// traps); a status bar at the bottom.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-explorer', title: 'Code host: file tree and an open command palette', seed: 5303 };

const CSS = `
html,body{height:100%;overflow:hidden}
.app{position:fixed;inset:0;display:grid;grid-template-columns:300px 1fr;grid-template-rows:48px minmax(0,1fr) 26px}
.head{grid-column:1/3;display:flex;align-items:center;gap:12px;padding:0 14px;background:#24292f;color:#fff}
.head a{color:#fff}
.side{overflow:auto;border-right:1px solid #e3e6ec;background:#fff}
[role=tree],[role=group]{list-style:none;margin:0;padding:0}
[role=treeitem]>.r{display:flex;align-items:center;gap:4px;height:26px;cursor:pointer;position:relative;white-space:nowrap}
[role=treeitem][aria-selected=true]>.r{background:#dfe6f3}
.r .acts{position:absolute;right:6px;opacity:0}
.r .acts button{border:0;padding:0 4px;background:transparent}
.ed{display:flex;flex-direction:column;min-width:0;position:relative}
.tabs{display:flex;border-bottom:1px solid #e3e6ec;background:#f6f7f9}
.tabs [role=tab]{border:0;border-right:1px solid #e3e6ec;border-radius:0;background:transparent;padding:6px 12px}
.tabs [aria-selected=true]{background:#fff}
.tools button{width:80px}
.tools{display:flex;gap:6px;justify-content:flex-end;padding:6px 12px;border-bottom:1px solid #e3e6ec;align-items:center}
.code{flex:1;overflow:auto;font-family:monospace;font-size:13px;padding:8px 12px;background:#fff}
.code div{white-space:pre}
.pal{position:absolute;left:50%;top:44px;transform:translateX(-50%);width:600px;background:#fff;border:1px solid #c3c8d2;border-radius:10px;box-shadow:0 12px 32px rgba(0,0,0,.28);z-index:30;padding:8px}
.pal input{width:100%}
.pal [role=listbox]{margin:6px 0 0;padding:0;list-style:none;max-height:360px;overflow:auto}
.pal [role=option]{display:flex;justify-content:space-between;padding:5px 8px;border-radius:6px;cursor:pointer}
.pal [aria-selected=true]{background:#dfe6f3}
kbd{font-size:11px;border:1px solid #c3c8d2;border-radius:4px;padding:0 4px;color:#6a7280}
.status{grid-column:1/3;display:flex;gap:12px;align-items:center;padding:0 10px;background:#1a5fb4;color:#fff;font-size:12px}
.status button{background:transparent;color:#fff;border:0;padding:0 4px;font-size:12px}
`;

const NAMES = ['src', 'lib', 'test', 'docs', 'scripts', 'assets', 'config', 'packages', 'tools', 'examples'];

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let n = 0;
  // A folder's subtree; `shown` says whether its items are rendered (ancestors expanded).
  const tree = (depth, shown, count) => {
    let h = '';
    for (let i = 0; i < count; i++) {
      const id = `ti-${n++}`;
      const folder = depth < 3 && R.chance(0.35);
      const mark = shown ? t.e('treeitem', id) : t.h('collapsed', id);
      const name = folder ? `${R.pick(NAMES)}-${R.int(1, 9)}` : `${R.word()}.${R.pick(['ts', 'tsx', 'json', 'md'])}`;
      const open = folder && shown && R.chance(0.45);
      h += `<li role="treeitem" tabindex="-1"${folder ? ` aria-expanded="${open}"` : ''}${mark}><div class="r" style="padding-left:${8 + depth * 14}px">${folder ? (open ? '▾' : '▸') : ' '} ${esc(name)}`;
      h += `<span class="acts"><button type="button" aria-label="Rename ${esc(name)}"${t.h('opacity-0', `${id}-ren`)}>✎</button></span></div>`;
      if (folder) h += `<ul role="group"${open ? '' : ' hidden'}>${tree(depth + 1, open, R.int(2, 6))}</ul>`;
      h += '</li>';
    }
    return h;
  };
  let b = `<div class="app"><header class="head"><strong>Forge</strong><a href="/org"${t.e('link', 'org')}>acme</a> / <a href="/org/api"${t.e('link', 'repo')}>api-server</a>
<span class="spacer"></span><button type="button"${t.e('button', 'branch')}>main ▾</button><button type="button"${t.e('button', 'code-btn')}>Code</button></header>
<nav class="side" aria-label="Files"><ul role="tree" aria-label="Files">${tree(0, true, 34)}</ul></nav>
<section class="ed" aria-label="Editor"><div class="tabs" role="tablist" aria-label="Open files">`;
  ['server.ts', 'routes.ts', 'db.ts', 'README.md'].forEach((f, i) => {
    b += `<button type="button" role="tab" aria-selected="${i === 0}"${t.e('tab', `tab-${i}`)}>${f}</button>`;
  });
  // The toolbar: the palette (560 px wide, centred in the editor) covers the buttons in its middle.
  b += `</div><div class="tools"><nav aria-label="Breadcrumb"><a href="/org/api/src"${t.e('link', 'crumb-src')}>src</a> / server.ts</nav><span class="spacer"></span>`;
  const tools = ['Blame', 'History', 'Raw', 'Copy path', 'Edit', 'Delete'];
  tools.forEach((tl, i) => {
    const covered = i <= 3;
    b += `<button type="button"${covered ? t.h('covered', `tool-${i}`) : t.e('button', `tool-${i}`)}>${tl}</button>`;
  });
  b += '</div><div class="code" role="region" aria-label="server.ts" tabindex="0">';
  for (let i = 1; i <= 90; i++) b += `<div>${String(i).padStart(3)}  ${esc(R.words(R.int(2, 8)))}</div>`;
  b += `</div><div class="pal" role="dialog" aria-label="Command palette"><input role="combobox" aria-label="Type a command" aria-expanded="true" aria-controls="cmds" aria-activedescendant="cmd-0" value="&gt;git"${t.e('combobox', 'pal-input')}>
<ul role="listbox" id="cmds" aria-label="Commands">`;
  [
    ['Git: Commit', 'Ctrl+Enter'],
    ['Git: Pull', ''],
    ['Git: Push', ''],
    ['Git: Checkout to…', ''],
    ['Git: Create branch…', ''],
    ['Git: Stash', ''],
    ['Git: View history', 'Alt+H'],
    ['Git: Discard all changes', ''],
    ['Git: Open changes', ''],
    ['Git: Fetch', ''],
  ].forEach(([c, k], i) => {
    b += `<li role="option" id="cmd-${i}" aria-selected="${i === 0}"${t.e('option', `cmd-${i}`)}><span>${c}</span>${k ? `<kbd>${k}</kbd>` : ''}</li>`;
  });
  b += `</ul></div></section><footer class="status"><button type="button"${t.e('button', 'st-branch')}>⎇ main</button><button type="button"${t.e('button', 'st-sync')}>⟳ 2↓ 1↑</button><span class="spacer"></span><button type="button"${t.e('button', 'st-problems')}>⚠ 3</button><button type="button"${t.e('button', 'st-lang')}>TypeScript</button></footer></div>`;
  const script = `<script>
document.querySelector('[role=tree]').addEventListener('click', (e) => {
  const it = e.target.closest('[role=treeitem]'); if (!it) return;
  for (const o of document.querySelectorAll('[role=treeitem][aria-selected]')) o.removeAttribute('aria-selected');
  it.setAttribute('aria-selected', 'true');
});
document.getElementById('cmds').addEventListener('click', () => {});
</script>`;
  return { html: doc({ title: 'api-server · Forge', css: CSS, body: b + script, truth: t }) };
}
