// (s) Team chat: the window does not scroll. Channel sidebar pane; a virtualized message list whose
// scroller starts scrolled to the BOTTOM (newest last; rows are absolutely positioned inside a tall
// spacer, only the last 60 are in the DOM); each message has reaction buttons, a link and a
// "reply in thread" button; a composer pinned at the bottom (contenteditable + toolbar + send);
// a popover-API emoji picker left open (must-expose) and a closed popover menu (traps); a thread
// panel closed with transform:translateX(100%) (traps); a `hidden="until-found"` older-history block (traps).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 's-chat', title: 'Chat app, virtualized list scrolled to bottom', seed: 1010 };

const ROW_H = 72;
const TOTAL = 5000;
const RENDERED = 60;

const CSS = `
html,body{height:100%;overflow:hidden}
.app{display:grid;grid-template-columns:240px 1fr;height:100vh}
.side{background:#2b1d38;color:#e6dcef;overflow-y:auto;padding:8px 0}
.side a{display:block;color:#e6dcef;padding:4px 16px}
.main{display:grid;grid-template-rows:52px 1fr auto;min-height:0;position:relative}
.head{display:flex;align-items:center;gap:10px;padding:0 16px;border-bottom:1px solid #e3e6ec;background:#fff}
.scroller{overflow-y:auto;min-height:0;position:relative;background:#fff}
.spacer-v{position:relative}
.msg{position:absolute;left:0;right:0;height:${ROW_H}px;padding:6px 16px;display:grid;grid-template-columns:36px 1fr;gap:8px}
.msg .av{width:36px;height:36px;border-radius:6px;background:#c9c4e8}
.msg .meta{font-size:13px}
.msg .body{font-size:14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.msg .react{display:flex;gap:4px;font-size:12px}
.msg .react button{padding:0 6px;border-radius:10px}
.composer{border-top:1px solid #e3e6ec;padding:8px 16px;background:#fff}
.composer .box{border:1px solid #c3c8d2;border-radius:8px;padding:6px 8px;min-height:40px}
.tools{display:flex;gap:4px;margin-top:6px}
.thread{position:fixed;top:0;right:0;width:380px;height:100vh;background:#fff;border-left:1px solid #c3c8d2;transform:translateX(100%)}
[popover]{margin:0;border:1px solid #c3c8d2;border-radius:8px;padding:8px}
#emoji{position:fixed;left:auto;right:40px;top:auto;bottom:120px;inset:auto 40px 120px auto}
#emoji button{border:0;font-size:18px;padding:2px 4px}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="app"><nav class="side" aria-label="Channels"><div style="padding:4px 16px;font-weight:700">Acme HQ</div>`;
  for (let i = 0; i < 45; i++) b += `<a href="#c/${i}"${t.e('link', `ch-${i}`)}># ${esc(R.word())}-${esc(R.word())}</a>`;
  b += `<div style="padding:8px 16px 2px;font-weight:700">Direct messages</div>`;
  for (let i = 0; i < 25; i++) b += `<a href="#dm/${i}"${t.e('link', `dm-${i}`)}>${esc(R.person())}</a>`;
  b += `</nav><div class="main"><div class="head"><h1 style="font-size:17px;margin:0"># general</h1><span class="muted">${esc(R.sentence(4, 7))}</span><div class="spacer"></div>
<button type="button" popovertarget="chanmenu"${t.e('button', 'head-menu')}>Channel options</button>
<div id="chanmenu" popover><button type="button"${t.h('popover-closed', 'pm-leave')}>Leave channel</button><button type="button"${t.h('popover-closed', 'pm-mute')}>Mute channel</button></div>
<input type="search" aria-label="Search messages" placeholder="Search"${t.e('search', 'head-search')}></div>
<div class="scroller" id="scroller" role="log" aria-label="Messages in general"><div hidden="until-found"><button type="button"${t.h('until-found', 'old-load')}>Load older history</button></div><div class="spacer-v" style="height:${TOTAL * ROW_H}px">`;
  for (let i = TOTAL - RENDERED; i < TOTAL; i++) {
    const who = R.person();
    b += `<div class="msg" style="top:${i * ROW_H}px"><div class="av"></div><div style="min-width:0"><div class="meta"><a href="#u/${i}"${t.e('link', `msg-user-${i}`)}>${esc(who)}</a> <span class="muted">${R.int(8, 18)}:${String(R.int(0, 59)).padStart(2, '0')}</span></div>
<div class="body">${esc(R.sentence(6, 12))}${R.chance(0.3) ? ` <a href="#x/${i}"${t.e('link', `msg-link-${i}`)}>${esc(R.title(2))}</a>` : ''}</div>
<div class="react"><button type="button" aria-label="React with thumbs up, ${R.int(1, 9)}"${t.e('react', `msg-up-${i}`)}>👍 ${R.int(1, 9)}</button><button type="button"${t.e('button', `msg-thread-${i}`)}>Reply in thread</button></div></div></div>`;
  }
  b += `</div></div>
<div class="composer"><div class="box" contenteditable="true" role="textbox" aria-label="Message #general" aria-multiline="true"${t.e('contenteditable', 'cmp-box')}></div>
<div class="tools"><button type="button" aria-label="Bold"${t.e('icon-button', 'cmp-bold')}><b>B</b></button><button type="button" aria-label="Italic"${t.e('icon-button', 'cmp-it')}><i>I</i></button><button type="button" aria-label="Attach file"${t.e('icon-button', 'cmp-attach')}>📎</button><button type="button" popovertarget="emoji" aria-label="Emoji"${t.e('icon-button', 'cmp-emoji')}>☺</button><div class="spacer"></div><button type="button" class="primary"${t.e('button', 'cmp-send')}>Send</button></div></div>
<div id="emoji" popover aria-label="Emoji picker">`;
  ['😀', '🎉', '🔥', '👀', '✅', '🙏', '💯', '🚀'].forEach((e, i) => (b += `<button type="button" aria-label="Emoji ${i + 1}"${t.e('popover-open', `emo-${i}`)}>${e}</button>`));
  b += `</div></div></div>
<aside class="thread" aria-label="Thread"><h2>Thread</h2><textarea aria-label="Reply"${t.h('transform-offscreen', 'th-reply')}></textarea><button type="button"${t.h('transform-offscreen', 'th-send')}>Send reply</button></aside>
<script>
const s = document.getElementById('scroller'); s.scrollTop = s.scrollHeight;
document.getElementById('emoji').showPopover();
</script>`;
  return { html: doc({ title: '#general – Acme HQ', css: CSS, body: b, truth: t }) };
}
