// (sh-thread) A team chat in a fixed root: a channel sidebar scrolling by itself; a message pane laid out bottom-up
// (`flex-direction: column-reverse`, as chat apps do to stay anchored at the newest message: its scroll origin is the
// bottom, older messages lie above and scrollTop runs negative); sticky day dividers; each message with visible
// reaction buttons and a "N replies" thread link, and a hover toolbar (React, Reply, More) shown only on hover
// (display:none: traps); a "Jump to newest" pill parked below the pane (visibility:hidden: trap); a composer whose
// contenteditable holds "@ma" with an OPEN mention popup (listbox of people over the bottom of the pane: the messages'
// controls under it are neutral), a formatting toolbar and Send; a thread side pane, also bottom-anchored, with its
// own reply box. A closed emoji picker (display:none: traps).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-thread', title: 'Team chat: bottom-anchored message panes, mention popup', seed: 6603 };

const CSS = `
#app{position:fixed;inset:0;display:grid;grid-template-columns:240px 1fr 340px;grid-template-rows:48px 1fr;background:#fff}
.top{grid-column:1/4;display:flex;align-items:center;gap:10px;padding:0 14px;border-bottom:1px solid #e3e6ec;background:#3f0e40;color:#fff}
.top input{width:420px}
.side{overflow-y:auto;min-height:0;background:#f7f5f8;padding:8px;display:flex;flex-direction:column;gap:2px}
.side a{padding:3px 8px;border-radius:6px}
.center{display:grid;grid-template-rows:44px 1fr auto;min-height:0;border-right:1px solid #e3e6ec;position:relative}
.chead{display:flex;align-items:center;gap:8px;padding:0 14px;border-bottom:1px solid #e3e6ec}
.msgs{overflow-y:auto;min-height:0;display:flex;flex-direction:column-reverse;padding:0 14px}
.day{position:sticky;top:0;text-align:center;background:#fff;font-size:12px;font-weight:600;padding:4px;z-index:2}
.msg{padding:6px 0;position:relative}
.msg .who{font-weight:700}
.msg .hov{display:none;position:absolute;right:0;top:-8px;background:#fff;border:1px solid #e3e6ec;border-radius:6px}
.msg:hover .hov{display:flex}
.reacts{display:flex;gap:4px;margin-top:2px}
.reacts button{padding:0 6px;border-radius:10px;font-size:12px}
.composer{border:1px solid #c3c8d2;border-radius:8px;margin:8px 14px 12px}
.composer .ed{min-height:40px;padding:8px}
.composer .tools{display:flex;gap:4px;padding:4px;border-top:1px solid #eef0f3}
.pop{position:absolute;left:20px;bottom:120px;width:300px;background:#fff;border:1px solid #c3c8d2;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.2);z-index:10;padding:4px}
.pop [role=option]{padding:5px 8px;border-radius:6px;cursor:pointer}
.pop [aria-selected=true]{background:#e8f0fe}
.pill{position:absolute;left:50%;bottom:130px;visibility:hidden}
.thread{display:grid;grid-template-rows:44px 1fr auto;min-height:0}
.thread .msgs{padding:0 10px}
.gone{display:none}
`;

// Controls of the newest messages whose centre the open mention popup covers (measured at 1280×800): neutral.
const UNDER_POPUP = new Set(['m-0-r', 'm-0-thread', 'm-1-r']);

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const shown = (kind, tid) => (UNDER_POPUP.has(tid) ? t.n(tid) : t.e(kind, tid));
  let b = `<div id="app"><header class="top"><strong>Huddle</strong><span class="spacer"></span><input type="search" aria-label="Search Huddle"${t.e('search', 'search')}><span class="spacer"></span><button type="button" aria-label="Your profile"${t.e('button', 'profile')}>RS</button></header>
<nav class="side" aria-label="Channels"><button type="button"${t.e('button', 'compose')}>New message</button>`;
  const chans = ['general', 'random', 'design', 'eng-backend', 'eng-frontend', 'incidents', 'launch-q3', 'marketing', 'ops', 'people', 'sales-emea', 'support', 'deploys', 'security', 'data', 'mobile', 'infra', 'hiring', 'finance', 'legal', 'events', 'book-club', 'pets', 'music', 'travel', 'coffee', 'fitness', 'photos', 'gaming', 'cooking', 'movies', 'books', 'parents', 'remote', 'berlin', 'tokyo', 'nyc', 'london'];
  chans.forEach((c, i) => (b += `<a href="/c/${c}"${i === 3 ? ' aria-current="page"' : ''}${t.e('link', `ch-${i}`)}># ${c}</a>`));
  b += `</nav><section class="center" aria-label="eng-backend"><div class="chead"><h1 style="font-size:16px;margin:0"># eng-backend</h1><button type="button"${t.e('button', 'members')}>24 members</button><button type="button" aria-label="Channel details"${t.e('icon-button', 'details')}>ⓘ</button></div>
<div class="msgs" role="log" aria-label="Messages in eng-backend">`;
  // column-reverse: the first child is drawn at the bottom. Messages are emitted newest first.
  const N = 40;
  for (let k = 0; k < N; k++) {
    const id = `m-${k}`;
    if (k === 12 || k === 30) b += `<div class="day" role="separator">${k === 12 ? 'Yesterday' : 'Monday, November 30'}</div>`;
    b += `<div class="msg"><span class="who">${esc(R.person())}</span> <span class="muted">${10 + (k % 12)}:${String(10 + k).padStart(2, '0')}</span><div>${esc(R.sentence(6, 16))}</div>
<div class="reacts"><button type="button" aria-label="${R.int(1, 9)} reactions with thumbs up"${shown('reaction', `${id}-r`)}>👍 ${R.int(1, 9)}</button>${k % 3 === 0 ? `<a href="/t/${k}"${shown('link', `${id}-thread`)}>${R.int(2, 14)} replies</a>` : ''}</div>
<div class="hov" role="toolbar" aria-label="Message actions"><button type="button" aria-label="Add reaction"${t.h('hover-only', `${id}-h0`)}>☺</button><button type="button" aria-label="Reply in thread"${t.h('hover-only', `${id}-h1`)}>↩</button><button type="button" aria-label="More actions"${t.h('hover-only', `${id}-h2`)}>⋯</button></div></div>`;
  }
  b += `</div><div><div class="composer"><div class="tools" role="toolbar" aria-label="Formatting">`;
  ['Bold', 'Italic', 'Strikethrough', 'Link', 'Bulleted list', 'Code block'].forEach((n, i) => (b += `<button type="button" aria-label="${n}"${t.e('icon-button', `fmt-${i}`)}>${n[0]}</button>`));
  b += `</div><div class="ed" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message #eng-backend" aria-controls="mention-list" aria-activedescendant="mo-0"${t.e('textbox', 'editor')}>Can you check this @ma</div>
<div class="tools"><button type="button" aria-label="Attach file"${t.e('icon-button', 'attach')}>+</button><button type="button" aria-label="Emoji"${t.e('icon-button', 'emoji')}>☺</button><span class="spacer"></span><button type="button" class="primary" aria-label="Send"${t.e('button', 'send')}>➤</button></div></div></div>
<div class="pop" id="mention-list" role="listbox" aria-label="People">`;
  ['Maya Fischer', 'Marco Rossi', 'Mateo Silva', 'Malik Okafor', 'Mara Jensen'].forEach((n, i) => (b += `<div role="option" id="mo-${i}" aria-selected="${i === 0}"${t.e('option', `mo-${i}`)}>${n} <span class="muted">@${n.split(' ')[0].toLowerCase()}</span></div>`));
  b += `</div><button type="button" class="pill"${t.h('visibility-hidden', 'jump')}>Jump to newest</button>
<div class="gone" role="dialog" aria-label="Emoji picker"><button type="button"${t.h('display-none', 'emoji-0')}>😀</button><button type="button"${t.h('display-none', 'emoji-1')}>🎉</button></div></section>
<aside class="thread" aria-label="Thread"><div class="chead"><strong>Thread</strong><span class="spacer"></span><button type="button" aria-label="Close thread"${t.e('icon-button', 'th-close')}>✕</button></div><div class="msgs" role="log" aria-label="Replies">`;
  for (let k = 0; k < 14; k++) {
    b += `<div class="msg"><span class="who">${esc(R.person())}</span><div>${esc(R.sentence(5, 14))}</div><div class="reacts"><button type="button" aria-label="Add reaction to reply ${14 - k}"${t.e('reaction', `th-${k}-r`)}>☺ +</button></div></div>`;
  }
  b += `</div><div class="composer"><div class="ed" contenteditable="true" role="textbox" aria-label="Reply"${t.e('textbox', 'th-editor')}></div><div class="tools"><label><input type="checkbox"${t.e('checkbox', 'th-also')}> Also send to #eng-backend</label><span class="spacer"></span><button type="button"${t.e('button', 'th-send')}>Reply</button></div></div></aside></div>`;
  return { html: doc({ title: '#eng-backend · Huddle', css: CSS, body: b, truth: t }) };
}
