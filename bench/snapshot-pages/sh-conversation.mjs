// (sh-conversation) A mail client's conversation view as Outlook/Gmail build it: a fixed shell of three panes split
// by focusable window-splitter separators (role=separator with a value: must-expose). The message list is a listbox
// virtualized the recycled-rows way (absolute rows placed by translateY in a tall sizer, only those near the view
// rendered); each option's sender, subject, snippet and date are inline spans laid out by flex with no whitespace
// between them in the markup. The reading pane holds a conversation: older messages collapsed to one-line buttons
// (sender, snippet and date in spans without whitespace between), a "3 more messages" button standing for three
// messages kept in the DOM with display:none (traps), and the latest message expanded: a header with the sender's
// name as a button, recipients behind a "to me" details toggle, a body with links, a "Show trimmed content" button
// whose quoted reply stays in the DOM with display:none (its links: traps), Reply / Reply all / Forward buttons and
// an inline reply box. Traps besides: a sender hovercard preloaded at opacity 0 with pointer-events:none, a "Move to"
// menu closed with visibility:hidden, and a snooze popover scaled to zero.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-conversation', title: 'Mail conversation: splitters, recycled list rows, collapsed and trimmed messages', seed: 8404 };

const ROW_H = 64;
const TOTAL = 400;
const RENDERED = 16;
const CSS = `
html,body{height:100%;overflow:hidden}
.app{position:fixed;inset:0;display:grid;grid-template-columns:200px 6px 380px 6px 1fr;grid-template-rows:52px 1fr}
.top{grid-column:1/6;display:flex;align-items:center;gap:12px;padding:0 14px;background:#0f6cbd;color:#fff}
.folders{overflow:auto;padding:8px;background:#f5f5f5}
.folders a{display:flex;justify-content:space-between;padding:5px 8px;color:#242424}
.sep{background:#e0e0e0;cursor:col-resize}
.sep:focus{outline:2px solid #0f6cbd}
.list{overflow:auto;min-height:0;background:#fff;position:relative}
.sizer{position:relative;height:${TOTAL * ROW_H}px}
.opt{position:absolute;left:0;right:0;height:${ROW_H}px;display:flex;flex-wrap:wrap;align-content:center;column-gap:8px;padding:0 12px;border-bottom:1px solid #eee;cursor:pointer}
.opt[aria-selected=true]{background:#ebf3fc}
.opt .from{font-weight:600;flex:1 1 60%}
.opt .date{font-size:12px;color:#616161}
.opt .subj{flex:1 1 100%;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.read{overflow:auto;min-height:0;padding:12px 20px;background:#fff}
.collapsed{display:flex;gap:10px;width:100%;text-align:left;border:0;border-bottom:1px solid #eee;border-radius:0;padding:10px 0;background:none}
.collapsed .s{color:#616161;flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.more{display:block;margin:8px auto}
.msg{border-top:1px solid #eee;padding-top:10px}
.mh{display:flex;align-items:center;gap:8px}
.sender{border:0;background:none;padding:0;font-weight:600}
.recips{display:none}
.trimmed{display:none;border-left:2px solid #ccc;padding-left:10px;color:#555}
.hover{position:absolute;left:700px;top:140px;opacity:0;pointer-events:none;background:#fff;border:1px solid #ccc;padding:8px}
.moveto{position:absolute;right:20px;top:100px;visibility:hidden;background:#fff;border:1px solid #ccc;display:flex;flex-direction:column}
.snooze{position:absolute;right:60px;top:100px;transform:scale(0);background:#fff;border:1px solid #ccc}
.actions{display:flex;gap:8px;margin:14px 0}
textarea{width:100%;height:90px}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="app"><header class="top"><strong>Relay Mail</strong><input type="search" aria-label="Search mail" placeholder="Search mail"${t.e('search', 'q')}><span class="spacer"></span><button type="button" aria-label="Settings"${t.e('icon-button', 'settings')}>⚙</button></header>`;
  b += `<nav class="folders" aria-label="Folders"><button type="button" class="primary" style="width:100%;margin-bottom:8px"${t.e('button', 'new-mail')}>New mail</button>`;
  ['Inbox', 'Drafts', 'Sent', 'Archive', 'Junk', 'Deleted'].forEach((f, i) => (b += `<a href="#${f.toLowerCase()}"${i === 0 ? ' aria-current="page"' : ''}${t.e('link', `f-${i}`)}><span>${f}</span><span>${i === 0 ? 12 : ''}</span></a>`));
  b += `</nav>`;
  b += `<div class="sep" role="separator" aria-orientation="vertical" aria-label="Resize folder pane" aria-valuenow="200" aria-valuemin="120" aria-valuemax="320" tabindex="0"${t.e('separator', 'sep-1')}></div>`;
  // The list, scrolled to row 5: rows 3 to 18 are rendered (two above the view as overscan), placed by translateY.
  const first = 3;
  const scrollTop = ROW_H * 5;
  const listH = 800 - 52;
  b += `<div class="list" id="list"><div class="sizer" role="listbox" aria-label="Inbox messages" aria-setsize="${TOTAL}">`;
  for (let k = 0; k < RENDERED; k++) {
    const i = first + k;
    const top = i * ROW_H - scrollTop;
    const mark = top + ROW_H <= 0 ? t.n(`m${i}`) : top >= listH ? t.e('option', `m${i}`) : t.e('option', `m${i}`);
    const from = R.person();
    b += `<div class="opt" role="option" aria-selected="${i === 6}" aria-posinset="${i + 1}" tabindex="${i === 6 ? 0 : -1}" style="transform:translateY(${i * ROW_H}px)"${mark}><span class="from">${esc(from)}</span><span class="date">${R.int(1, 28)} Nov</span><span class="subj">${esc(R.title(4))} — ${esc(R.sentence(6, 10))}</span></div>`;
  }
  b += `</div></div>`;
  b += `<div class="sep" role="separator" aria-orientation="vertical" aria-label="Resize message list" aria-valuenow="380" aria-valuemin="260" aria-valuemax="600" tabindex="0"${t.e('separator', 'sep-2')}></div>`;
  // The reading pane.
  const subject = R.title(5);
  b += `<main class="read" aria-label="Reading pane"><h1 style="font-size:20px;margin:4px 0 12px">${esc(subject)}</h1>`;
  b += `<div class="actions" style="margin-top:0"><button type="button"${t.e('button', 'archive')}>Archive</button><button type="button"${t.e('button', 'delete')}>Delete</button><button type="button" aria-haspopup="menu"${t.e('button', 'move')}>Move to</button><button type="button" aria-haspopup="dialog"${t.e('button', 'snooze')}>Snooze</button></div>`;
  for (let i = 0; i < 2; i++) {
    b += `<button type="button" class="collapsed" aria-expanded="false"${t.e('collapsed-message', `c${i}`)}><strong>${esc(R.person())}</strong><span class="s">${esc(R.sentence(8, 12))}</span><span>${R.int(1, 20)} Nov</span></button>`;
  }
  b += `<button type="button" class="more" aria-expanded="false"${t.e('button', 'more-msgs')}>3 more messages</button>`;
  for (let i = 0; i < 3; i++) {
    b += `<div class="msg" style="display:none"><div class="mh"><button type="button" class="sender"${t.h('display-none', `hid${i}-from`)}>${esc(R.person())}</button></div><p>${esc(R.paragraph())}</p><a href="#doc${i}"${t.h('display-none', `hid${i}-link`)}>Shared document</a></div>`;
  }
  const sender = R.person();
  b += `<article class="msg" aria-label="Message from ${esc(sender)}"><div class="mh"><button type="button" class="sender"${t.e('button', 'from')}>${esc(sender)}</button><span class="muted">&lt;${esc(sender.split(' ')[0].toLowerCase())}@example.com&gt;</span><span class="spacer"></span><span class="muted">Today 09:14</span>`;
  b += `<button type="button" aria-label="Reply"${t.e('icon-button', 'h-reply')}>↩</button><button type="button" aria-label="More actions" aria-haspopup="menu"${t.e('icon-button', 'h-more')}>⋯</button></div>`;
  b += `<button type="button" aria-expanded="false" style="border:0;background:none;padding:0;color:#616161"${t.e('button', 'to-me')}>to me ▾</button><div class="recips"><a href="#to/1"${t.h('display-none', 'rec-1')}>${esc(R.person())}</a></div>`;
  b += `<p>${esc(R.paragraph())} <a href="#agenda"${t.e('link', 'b-agenda')}>the agenda</a> ${esc(R.sentence())}</p><p>${esc(R.paragraph())}</p>`;
  b += `<button type="button" aria-label="Show trimmed content" aria-expanded="false"${t.e('icon-button', 'trim')}>•••</button>`;
  b += `<blockquote class="trimmed"><p>On Mon, ${esc(R.person())} wrote:</p><p>${esc(R.paragraph())}</p><a href="#old"${t.h('display-none', 'q-link')}>Earlier attachment</a></blockquote>`;
  b += `<div class="actions"><button type="button"${t.e('button', 'reply')}>Reply</button><button type="button"${t.e('button', 'reply-all')}>Reply all</button><button type="button"${t.e('button', 'forward')}>Forward</button></div>`;
  b += `<label for="inline-reply" class="muted">Reply to ${esc(sender)}</label><textarea id="inline-reply"${t.e('textarea', 'inline')}></textarea><button type="button" class="primary"${t.e('button', 'send')}>Send</button></article>`;
  b += `<div class="moveto" role="menu"><button role="menuitem"${t.h('visibility-hidden', 'mv-arch')}>Archive folder</button><button role="menuitem"${t.h('visibility-hidden', 'mv-proj')}>Projects</button></div>`;
  b += `<div class="snooze" role="dialog" aria-label="Snooze until"><button type="button"${t.h('scaled-zero', 'sn-tom')}>Tomorrow</button></div>`;
  b += `</main></div>`;
  b += `<div class="hover" role="dialog" aria-label="Contact card"><a href="#profile"${t.h('faded-hovercard', 'hc-profile')}>View profile</a><button type="button"${t.h('faded-hovercard', 'hc-email')}>Send email</button></div>`;
  b += `<script>document.getElementById('list').scrollTop=${scrollTop};</script>`;
  return { html: doc({ title: `${subject} – Relay Mail`, css: CSS, body: b, truth: t }) };
}
