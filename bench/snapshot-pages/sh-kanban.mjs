// (sh-kanban) Project board as Trello/Jira build it: a CSS-grid shell 100dvh high (icon rail, top bar, board), the
// window never scrolls; the board scrolls sideways (9 lists, most past the right edge) and each list scrolls its cards
// vertically between a sticky list header and a pinned "Add a card" footer. Cards use content-visibility:auto (offscreen
// cards skip rendering), are drag sources (role=button divs named by their title, with a label chip, a due-date badge
// and an assignee button named by title only). Icon-rail links are named by aria-label. Traps: a card menu portaled
// to the end of <body> closed with the `hidden` attribute, a list-actions popover closed with display:none inside the
// list header, and a quick-edit overlay closed with visibility:hidden.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-kanban', title: 'Kanban board: sideways board, lists scrolling on their own', seed: 2101 };

const CSS = `
html,body{height:100dvh;overflow:hidden}
.app{display:grid;grid-template-columns:56px 1fr;grid-template-rows:52px 1fr;height:100dvh}
.rail{grid-row:1/3;background:#1d2330;display:flex;flex-direction:column;gap:6px;padding:10px 8px}
.rail a{display:flex;width:40px;height:40px;align-items:center;justify-content:center;border-radius:8px;color:#dfe4ee}
.top{display:flex;align-items:center;gap:10px;padding:0 14px;background:#fff;border-bottom:1px solid #e3e6ec}
.avatar{width:30px;height:30px;border-radius:50%;padding:0;font-size:12px}
.board{display:flex;gap:12px;overflow-x:auto;overflow-y:hidden;padding:12px;background:#3a6ea5;min-width:0}
.list{flex:0 0 280px;display:flex;flex-direction:column;max-height:100%;background:#ebecf0;border-radius:10px}
.lhead{display:flex;align-items:center;gap:6px;padding:8px 10px;position:relative}
.lhead h2{font-size:14px;margin:0;flex:1}
.pop{display:none;position:absolute;top:36px;right:0;background:#fff;border:1px solid #c3c8d2;z-index:5;padding:4px}
.cards{overflow-y:auto;flex:1 1 auto;min-height:0;padding:0 8px}
.card{content-visibility:auto;contain-intrinsic-size:auto 92px;background:#fff;border-radius:8px;padding:8px;margin-bottom:8px;box-shadow:0 1px 0 #c3c8d2;cursor:grab}
.chip{display:inline-block;font-size:11px;border-radius:4px;padding:0 6px;background:#61bd4f;color:#fff}
.meta{display:flex;align-items:center;gap:8px;margin-top:6px;font-size:12px;color:#5e6c84}
.lfoot{padding:6px 8px}
.lfoot button{width:100%;text-align:left;border:0;background:transparent}
.addlist{flex:0 0 280px;align-self:flex-start}
.quick{visibility:hidden;position:fixed;left:400px;top:200px;width:300px;background:#fff;padding:10px;z-index:20}
.cardmenu{position:fixed;left:700px;top:160px;background:#fff;border:1px solid #c3c8d2;padding:6px;z-index:30}
`;

const LISTS = ['Backlog', 'To do', 'In progress', 'Review', 'Blocked', 'QA', 'Ready to ship', 'Done', 'Icebox'];
const LABELS = ['Bug', 'Feature', 'Design', 'Chore', 'Docs'];

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = '<div class="app"><nav class="rail" aria-label="Workspace">';
  ['Home', 'Boards', 'Members', 'Settings'].forEach((n, i) => {
    b += `<a href="#rail/${i}" aria-label="${n}"${t.e('icon-link', `rail-${i}`)}><svg aria-hidden="true" width="18" height="18"><circle cx="9" cy="9" r="7" fill="currentColor"/></svg></a>`;
  });
  b += `</nav><header class="top"><h1 style="font-size:17px;margin:0">Platform roadmap</h1>
<button type="button" aria-pressed="true"${t.e('toggle', 'top-star')} title="Star board"><span aria-hidden="true">★</span></button>
<input type="search" placeholder="Filter cards" aria-label="Filter cards"${t.e('search', 'top-filter')}>
<div class="spacer"></div>`;
  for (let i = 0; i < 4; i++) {
    const who = R.person();
    b += `<button type="button" class="avatar" title="${esc(who)}"${t.e('icon-button', `top-member-${i}`)}>${who.split(' ').map((w) => w[0]).join('')}</button>`;
  }
  b += `<button type="button" class="primary"${t.e('button', 'top-share')}>Share</button></header><main class="board" aria-label="Board">`;
  LISTS.forEach((list, li) => {
    const n = R.int(6, 26);
    b += `<section class="list" aria-labelledby="lh-${li}"><div class="lhead"><h2 id="lh-${li}">${list}</h2><span class="muted">${n}</span>
<button type="button" aria-label="List actions" aria-haspopup="menu" aria-expanded="false"${t.e('icon-button', `l${li}-actions`)}>⋯</button>
<div class="pop" role="menu"><button role="menuitem"${t.h('display-none', `l${li}-pop-archive`)}>Archive list</button><button role="menuitem"${t.h('display-none', `l${li}-pop-sort`)}>Sort by…</button></div></div><div class="cards">`;
    for (let c = 0; c < n; c++) {
      const id = `l${li}-c${c}`;
      const who = R.person();
      const label = R.pick(LABELS);
      b += `<div class="card" role="button" tabindex="0" aria-roledescription="draggable card"${t.e('card', `${id}-open`)}><span class="chip">${label}</span>
<div>${esc(R.title(R.int(3, 7)))}</div><div class="meta"><span>${R.int(1, 28)} Dec</span><span>${R.int(0, 9)} comments</span><span class="spacer"></span>
<button type="button" class="avatar" title="Assigned to ${esc(who)}"${t.e('icon-button', `${id}-who`)}>${who.split(' ').map((w) => w[0]).join('')}</button></div></div>`;
    }
    b += `</div><div class="lfoot"><button type="button"${t.e('button', `l${li}-add`)}>+ Add a card</button></div></section>`;
  });
  b += `<button type="button" class="addlist"${t.e('button', 'add-list')}>+ Add another list</button></main></div>
<div class="quick" role="dialog" aria-label="Quick edit"><textarea aria-label="Card title"${t.h('visibility-hidden', 'quick-title')}></textarea><button type="button"${t.h('visibility-hidden', 'quick-save')}>Save</button></div>
<div class="cardmenu" role="menu" hidden><button role="menuitem"${t.h('hidden-attr', 'cm-move')}>Move</button><button role="menuitem"${t.h('hidden-attr', 'cm-copy')}>Copy</button><button role="menuitem"${t.h('hidden-attr', 'cm-archive')}>Archive</button></div>`;
  return { html: doc({ title: 'Platform roadmap | Boards', css: CSS, body: b, truth: t }) };
}
