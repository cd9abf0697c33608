// (sh-helpdesk) Support desk as Zendesk/Freshdesk build it: a 100dvh grid; a ticket list pane grouped under sticky
// group headers ("Urgent", "Open", …), each ticket a row link with a priority chip and an assignee avatar; the ticket
// pane shows a conversation log that scrolls by itself, a reply editor that is a same-origin iframe whose body is
// contenteditable (TinyMCE/CKEditor 4 style) under an editor toolbar, "Macros" and "Submit as" buttons (the macro menu
// is a portal at the end of <body> closed with display:none: traps) and a properties sidebar with selects and a tag
// input. The ticket's internal-note tab panel is `hidden` (traps).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-helpdesk', title: 'Help desk: grouped ticket list, conversation, iframe rich-text editor', seed: 3010 };

const CSS = `
html,body{height:100dvh;overflow:hidden}
.desk{display:grid;grid-template-columns:340px 1fr 260px;grid-template-rows:48px 1fr;height:100dvh}
.top{grid-column:1/4;display:flex;align-items:center;gap:10px;padding:0 12px;background:#03363d;color:#fff}
.top a{color:#fff}
.list{overflow-y:auto;min-height:0;border-right:1px solid #ddd}
.group{position:sticky;top:0;background:#f3f4f6;padding:4px 10px;font-size:12px;font-weight:700;z-index:2}
.tk{display:grid;grid-template-columns:1fr auto;gap:2px 8px;padding:8px 10px;border-bottom:1px solid #eee}
.tk a{font-weight:600}
.chip{font-size:11px;border-radius:4px;padding:0 5px;background:#fde2e1;color:#8a1c1c;justify-self:start}
.ticket{display:flex;flex-direction:column;min-height:0;min-width:0}
.thead{padding:10px 16px;border-bottom:1px solid #eee}
.log{flex:1;overflow-y:auto;min-height:0;padding:10px 16px;background:#fafafa}
.msg{background:#fff;border:1px solid #e5e5e5;border-radius:8px;padding:10px;margin-bottom:10px}
.compose{border-top:1px solid #ddd;padding:8px 16px}
.tabs{display:flex;gap:4px;margin-bottom:6px}
.etb{display:flex;gap:2px;border:1px solid #ccc;border-bottom:0;padding:2px}
.etb button{border:0;background:transparent;width:28px;height:26px;padding:0}
.compose iframe{width:100%;height:110px;border:1px solid #ccc;display:block}
.actions{display:flex;gap:8px;justify-content:flex-end;margin-top:8px}
.side{border-left:1px solid #ddd;padding:12px;overflow-y:auto}
.side label{display:block;font-size:12px;color:#555;margin-top:10px}
.side select,.side input{width:100%}
.macros{display:none;position:fixed;left:600px;top:500px;background:#fff;border:1px solid #ccc;z-index:30}
`;

const EDITOR = (mark) =>
  `<!doctype html><html><head><meta charset="utf-8"><style>body{font:14px system-ui;margin:8px}</style></head><body contenteditable="true" aria-label="Reply body"${mark}><p>Hi there,</p><p><br></p></body></html>`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="desk"><header class="top"><strong>Support</strong><a href="#views"${t.e('link', 'top-views')}>Views</a><a href="#reports"${t.e('link', 'top-reports')}>Reporting</a><div class="spacer"></div>
<input type="search" aria-label="Search tickets" placeholder="Search"${t.e('search', 'top-search')}><button type="button" aria-label="Notifications"${t.e('icon-button', 'top-bell')}>🔔</button></header>
<section class="list" aria-label="Tickets">`;
  let n = 0;
  for (const [g, count] of [['Urgent', 6], ['Open', 22], ['Pending', 14], ['On hold', 8]]) {
    b += `<div role="group" aria-labelledby="g-${g}"><div class="group" id="g-${g}">${g} (${count})</div>`;
    for (let i = 0; i < count; i++, n++) {
      const who = R.person();
      b += `<div class="tk"><a href="#t/${n}"${t.e('link', `tk-${n}`)}>#${4100 + n} ${esc(R.title(R.int(3, 6)))}</a><button type="button" title="Assignee: ${esc(who)}" style="border-radius:50%;width:26px;height:26px;padding:0;font-size:10px"${t.e('icon-button', `tk-${n}-who`)}>${who.split(' ').map((w) => w[0]).join('')}</button>
<span class="chip">${g === 'Urgent' ? 'Urgent' : R.pick(['High', 'Normal', 'Low'])}</span><span class="muted" style="font-size:12px">${esc(R.person())} · ${R.int(1, 59)}m</span></div>`;
    }
    b += '</div>';
  }
  b += `</section><main class="ticket" aria-label="Ticket #4100"><div class="thead"><h1 style="font-size:18px;margin:0">#4100 ${esc(R.title(5))}</h1><a href="#requester"${t.e('link', 'th-requester')}>${esc(R.person())}</a></div>
<div class="log" role="log" aria-label="Conversation">`;
  for (let m = 0; m < 14; m++) {
    b += `<div class="msg"><strong>${esc(R.person())}</strong> <span class="muted">${R.int(1, 12)} Nov</span><p>${esc(R.paragraph(1, 3))}</p>${m % 4 === 1 ? `<a href="#att/${m}"${t.e('link', `att-${m}`)}>${esc(R.word())}.png</a>` : ''}</div>`;
  }
  b += `</div><div class="compose"><div class="tabs" role="tablist" aria-label="Reply type"><button type="button" role="tab" aria-selected="true" aria-controls="pub"${t.e('tab', 'tab-public')}>Public reply</button><button type="button" role="tab" aria-selected="false" aria-controls="note"${t.e('tab', 'tab-note')}>Internal note</button></div>
<div id="pub" role="tabpanel" aria-label="Public reply"><div class="etb" role="toolbar" aria-label="Formatting">`;
  ['Bold', 'Italic', 'Bulleted list', 'Insert link', 'Attach file'].forEach((label, i) => (b += `<button type="button" aria-label="${label}"${t.e('icon-button', `etb-${i}`)}><span aria-hidden="true">${'BI•🔗📎'.split('')[i] ?? '?'}</span></button>`));
  b += `</div><iframe title="Rich text editor" id="ed"${t.n('editor-frame')}></iframe></div>
<div id="note" role="tabpanel" aria-label="Internal note" hidden><textarea aria-label="Note"${t.h('hidden-attr', 'note-text')}></textarea><button type="button"${t.h('hidden-attr', 'note-add')}>Add note</button></div>
<div class="actions"><button type="button" aria-haspopup="menu" aria-expanded="false"${t.e('button', 'macros')}>Apply macro</button><button type="button" class="primary"${t.e('button', 'submit')}>Submit as Open</button></div></div></main>
<aside class="side" aria-label="Ticket properties"><label for="p-assignee">Assignee</label><select id="p-assignee"${t.e('select', 'p-assignee')}><option>${esc(R.person())}</option><option>${esc(R.person())}</option></select>
<label for="p-type">Type</label><select id="p-type"${t.e('select', 'p-type')}><option>Question</option><option>Incident</option><option>Problem</option></select>
<label for="p-priority">Priority</label><select id="p-priority"${t.e('select', 'p-priority')}><option>Urgent</option><option>High</option></select>
<label for="p-tags">Tags</label><input id="p-tags" value="billing, refund"${t.e('field', 'p-tags')}>
<h3 style="font-size:13px">Other tickets from requester</h3>`;
  for (let i = 0; i < 6; i++) b += `<div><a href="#o/${i}"${t.e('link', `other-${i}`)}>#${3900 + i} ${esc(R.title(3))}</a></div>`;
  b += `</aside></div><div class="macros" role="menu">`;
  for (let i = 0; i < 5; i++) b += `<button type="button" role="menuitem"${t.h('display-none', `macro-${i}`)}>${esc(R.title(3))}</button>`;
  b += `</div><script>const ed = document.getElementById('ed'); ed.srcdoc = ${JSON.stringify(EDITOR(t.e('textbox', 'editor-body'))).replace(/</g, '\\u003c')};</script>`;
  return { html: doc({ title: '#4100 – Support', css: CSS, body: b, truth: t }) };
}
