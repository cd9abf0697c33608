// (sh-compose) A mail composer docked over a mailbox, as webmail renders it: a fixed app root with a label nav and a
// message list that scroll by themselves; a compose window (non-modal) whose To field is a chip list (each chip a
// span with a remove button) with a combobox input and its OPEN suggestion listbox (options with avatars; click by a
// delegated listener), Cc/Bcc buttons (their fields display:none: traps), a subject, a formatting toolbar with a
// roving tabindex (buttons at tabindex -1) and its overflow menu closed with `hidden` (traps), a contenteditable body
// holding a mention chip (contenteditable=false), attachment chips with progress bars and remove buttons, a split
// Send button whose menu is visibility:hidden (traps), an emoji picker closed with display:none (traps); a second,
// minimized draft as a bar; hover-only row actions in the list (opacity 0: traps).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-compose', title: 'Mail: compose window with recipient chips and suggestions', seed: 5202 };

const CSS = `
html,body{height:100%;overflow:hidden}
.app{position:fixed;inset:0;display:grid;grid-template-columns:220px 1fr;grid-template-rows:56px 1fr}
.bar{grid-column:1/3;display:flex;align-items:center;gap:12px;padding:0 16px;border-bottom:1px solid #e3e6ec;background:#fff}
.labels{overflow-y:auto;padding:8px}
.labels a{display:block;padding:5px 10px;border-radius:14px;color:#1d2330}
.list{overflow-y:auto;background:#fff;padding-bottom:48px}
.row{display:grid;grid-template-columns:28px 140px 260px 60px;align-items:center;gap:8px;padding:6px 12px;border-bottom:1px solid #f0f1f4;position:relative}
.row .acts{position:absolute;right:8px;top:4px;opacity:0;display:flex;gap:4px}
.compose{position:fixed;right:24px;bottom:0;width:560px;height:640px;background:#fff;border:1px solid #c3c8d2;border-radius:10px 10px 0 0;box-shadow:0 8px 28px rgba(0,0,0,.25);display:flex;flex-direction:column;z-index:40}
.chead{display:flex;align-items:center;gap:6px;background:#404752;color:#fff;padding:6px 10px;border-radius:10px 10px 0 0}
.chead button{background:transparent;color:#fff;border:0;padding:2px 6px}
.field{display:flex;flex-wrap:wrap;align-items:center;gap:4px;padding:4px 10px;border-bottom:1px solid #eef0f3;position:relative}
.chip{display:inline-flex;align-items:center;gap:4px;background:#e8edf5;border-radius:12px;padding:1px 4px 1px 10px}
.chip button{border:0;background:transparent;padding:0 4px;border-radius:50%}
.field input{border:0;flex:1;min-width:80px}
.sugg{position:absolute;left:40px;top:100%;width:360px;background:#fff;border:1px solid #c3c8d2;border-radius:8px;box-shadow:0 6px 18px rgba(0,0,0,.18);z-index:5;margin:0;padding:4px;list-style:none}
.sugg [role=option]{display:flex;gap:8px;align-items:center;padding:5px 8px;border-radius:6px;cursor:pointer}
.sugg [aria-selected=true]{background:#e8edf5}
.sugg img{width:24px;height:24px;border-radius:50%}
.gone{display:none}
.toolbar{display:flex;gap:2px;padding:4px 8px;border-top:1px solid #eef0f3}
.toolbar button{border:0;background:transparent;padding:3px 7px}
.toolbar [aria-pressed=true]{background:#dfe6f3}
.body{flex:1;overflow-y:auto;padding:10px;outline:0}
.mention{background:#e8edf5;border-radius:4px;padding:0 3px}
.atts{display:flex;flex-wrap:wrap;gap:6px;padding:4px 10px}
.att{display:flex;align-items:center;gap:6px;border:1px solid #c3c8d2;border-radius:6px;padding:3px 6px}
.att progress{width:60px}
.foot{display:flex;align-items:center;gap:6px;padding:8px 10px;position:relative}
.send{display:inline-flex}
.send button{border-radius:0;background:#1a5fb4;color:#fff;border-color:#1a5fb4}
.sendmenu{position:absolute;left:10px;bottom:48px;visibility:hidden;background:#fff;border:1px solid #c3c8d2;border-radius:8px;padding:4px}
.emoji{display:none;position:absolute;left:120px;bottom:48px;background:#fff;border:1px solid #c3c8d2;padding:6px;width:260px}
.mini{position:fixed;right:600px;bottom:0;width:240px;background:#404752;color:#fff;border-radius:8px 8px 0 0;display:flex;align-items:center;padding:4px 8px;z-index:40}
.mini button{background:transparent;color:#fff;border:0}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="app"><div class="bar"><strong>Postbox</strong><input type="search" aria-label="Search mail" placeholder="Search mail"${t.e('search', 'search')}>
<span class="spacer"></span><button type="button" aria-label="Settings"${t.e('icon-button', 'settings')}>⚙</button></div>
<nav class="labels" aria-label="Labels"><button type="button" class="primary"${t.e('button', 'compose-new')}>Compose</button>`;
  ['Inbox', 'Starred', 'Snoozed', 'Sent', 'Drafts', 'Spam', 'Trash', 'Clients', 'Invoices', 'Travel', 'Family', 'Receipts'].forEach(
    (l, i) => (b += `<a href="#l/${i}"${t.e('link', `label-${i}`)}>${l}</a>`),
  );
  b += '</nav><main class="list" aria-label="Messages">';
  for (let i = 0; i < 60; i++) {
    const mark = (k, kind) => t.e(kind, k);
    b += `<div class="row"><input type="checkbox" aria-label="Select"${mark(`row-${i}-cb`, 'checkbox')}><span>${esc(R.person())}</span>
<a href="#m/${i}"${mark(`row-${i}-link`, 'link')}>${esc(R.title(R.int(3, 6)))}</a><span class="muted">${R.int(1, 28)} Nov</span>
<span class="acts"><button type="button" aria-label="Archive"${t.h('opacity-0', `row-${i}-arch`)}>⬇</button><button type="button" aria-label="Delete"${t.h('opacity-0', `row-${i}-del`)}>🗑</button></span></div>`;
  }
  b += '</main></div>';
  // Compose window.
  b += `<section class="compose" role="region" aria-label="New message"><div class="chead"><span style="flex:1">New message</span>
<button type="button" aria-label="Minimize"${t.e('icon-button', 'c-min')}>—</button><button type="button" aria-label="Full screen"${t.e('icon-button', 'c-full')}>⤢</button><button type="button" aria-label="Save and close"${t.e('icon-button', 'c-close')}>✕</button></div>
<div class="field"><span class="muted">To</span>`;
  const people = ['Ana Diaz', 'Ben Chen', 'Chloe Novak'];
  people.forEach((p, i) => {
    b += `<span class="chip" title="${p.toLowerCase().replace(' ', '.')}@example.com">${p}<button type="button" aria-label="Remove ${p}"${t.e('chip-remove', `chip-${i}-x`)}>×</button></span>`;
  });
  b += `<input role="combobox" aria-label="To recipients" aria-expanded="true" aria-controls="sugg" aria-autocomplete="list" aria-activedescendant="opt-1" value="da"${t.e('combobox', 'to-input')}>
<button type="button"${t.e('button', 'cc')}>Cc</button><button type="button"${t.e('button', 'bcc')}>Bcc</button>
<ul class="sugg" id="sugg" role="listbox" aria-label="Suggestions">`;
  ['Dana Ito', 'Daniel Weber', 'Dara Okafor', 'Adam Ruiz', 'Linda Park'].forEach((p, i) => {
    b += `<li role="option" id="opt-${i}" aria-selected="${i === 1}"${t.e('option', `opt-${i}`)}><img alt="" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='24' height='24'%3E%3Ccircle cx='12' cy='12' r='12' fill='%23c4d7e8'/%3E%3C/svg%3E"><span>${p}</span><span class="muted">${p.toLowerCase().replace(' ', '.')}@example.com</span></li>`;
  });
  b += `</ul></div><div class="field gone"><span class="muted">Cc</span><input aria-label="Cc recipients"${t.h('display-none', 'cc-input')}></div>
<div class="field"><input aria-label="Subject" placeholder="Subject" value="Q3 planning offsite"${t.n('subject')}></div>
<div class="body" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message body"${t.e('editor', 'body')}><p>Hi all,</p><p>Following up with <span class="mention" contenteditable="false">@Ben Chen</span> on the ${esc(R.words(6))}.</p><p>${esc(R.paragraph(2, 3))}</p><p>Best,<br>Ava</p></div>
<div class="atts">`;
  ['agenda.pdf', 'budget-q3.xlsx'].forEach((f, i) => {
    b += `<div class="att"><span>${f}</span><progress max="100" value="${i ? 40 : 100}" aria-label="Uploading ${f}"></progress><button type="button" aria-label="Remove ${f}"${t.e('att-remove', `att-${i}-x`)}>×</button></div>`;
  });
  b += `</div><div class="toolbar" role="toolbar" aria-label="Formatting">`;
  ['Undo', 'Redo', 'Bold', 'Italic', 'Underline', 'Bulleted list', 'Numbered list', 'Insert link'].forEach((f, i) => {
    const pressed = f === 'Bold' ? ' aria-pressed="true"' : ['Italic', 'Underline'].includes(f) ? ' aria-pressed="false"' : '';
    b += `<button type="button" tabindex="${i === 0 ? 0 : -1}" aria-label="${f}"${pressed}${t.e('format', `fmt-${i}`)}>${f.slice(0, 1)}</button>`;
  });
  b += `<button type="button" tabindex="-1" aria-label="More formatting" aria-haspopup="menu" aria-expanded="false"${t.e('format', 'fmt-more')}>⋮</button>
<div role="menu" hidden>`;
  ['Strikethrough', 'Quote', 'Clear formatting'].forEach((m, i) => (b += `<div role="menuitem" tabindex="-1"${t.h('hidden-attr', `fmt-more-${i}`)}>${m}</div>`));
  b += `</div></div><div class="foot"><div class="send"><button type="button"${t.e('button', 'send')}>Send</button><button type="button" aria-label="More send options" aria-haspopup="menu"${t.e('button', 'send-more')}>▾</button></div>
<div class="sendmenu" role="menu"><div role="menuitem" tabindex="-1"${t.h('visibility-hidden', 'schedule')}>Schedule send</div></div>
<button type="button" aria-label="Insert emoji" aria-haspopup="dialog"${t.e('icon-button', 'emoji-btn')}>☺</button>
<div class="emoji" role="dialog" aria-label="Emoji">`;
  ['😀', '😂', '👍', '🎉', '🙏', '🔥'].forEach((e, i) => (b += `<button type="button" aria-label="Emoji ${i + 1}"${t.h('display-none', `emoji-${i}`)}>${e}</button>`));
  b += `</div><button type="button" aria-label="Attach files"${t.e('icon-button', 'attach')}>📎</button>
<select aria-label="Signature"${t.e('select', 'signature')}><option>No signature</option><option selected>Work</option></select><span class="spacer"></span>
<button type="button" aria-label="Discard draft"${t.e('icon-button', 'discard')}>🗑</button></div></section>
<div class="mini" role="region" aria-label="Draft: Budget review"><button type="button" style="flex:1;text-align:left"${t.e('button', 'mini-open')}>Budget review</button><button type="button" aria-label="Close draft"${t.e('icon-button', 'mini-close')}>✕</button></div>`;
  const script = `<script>
document.getElementById('sugg').addEventListener('click', (e) => { const o = e.target.closest('[role=option]'); if (o) document.querySelector('[role=combobox]').value = ''; });
</script>`;
  return { html: doc({ title: 'Postbox · New message', css: CSS, body: b + script, truth: t }) };
}
