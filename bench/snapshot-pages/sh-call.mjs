// (sh-call) A video call as meeting apps build it: a dark fixed shell, a grid of participant tiles (a <video> or an
// initials avatar, a name plate, a muted badge), a control bar pinned at the bottom and a side panel with the chat.
// Each remote tile's Pin and More buttons are faded to opacity 0 until the tile is hovered (traps); the speaking
// tile's and your own tile's controls always show (must-expose). Control-bar buttons are split buttons (a mic toggle
// with a small "Audio settings" arrow), named by aria-label, by a title only, or by aria-labelledby pointing at a
// closed tooltip; Leave call is a red icon button. The chat scrolls on its own (links in messages, a composer). A
// self-view floats at the bottom right with a Minimize button over the grid. Traps: the People tab's panel closed with
// `hidden`, a reactions tray closed with visibility:hidden, the meeting-details bar slid above the window, a
// "Leave call?" <dialog> never opened, and tiles on a second grid page laid out past the grid's clipped right edge.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-call', title: 'Video call: tile grid with hover controls, control bar, chat panel', seed: 7303 };

const CSS = `
html,body{height:100%;overflow:hidden;background:#202124;color:#e8eaed}
a{color:#8ab4f8}
button{background:#3c4043;color:#e8eaed;border:0}
.app{position:fixed;inset:0;display:grid;grid-template-columns:1fr 360px;grid-template-rows:1fr 80px}
.stage{position:relative;overflow:hidden;padding:12px}
.grid{display:grid;grid-auto-flow:column;grid-template-rows:repeat(3,1fr);grid-auto-columns:calc((100% - 24px) / 3);gap:12px;height:100%;overflow:hidden}
.tile{position:relative;background:#3c4043;border-radius:10px;overflow:hidden;display:flex;align-items:center;justify-content:center}
.tile.speaking{outline:3px solid #8ab4f8}
.tile video{position:absolute;inset:0;width:100%;height:100%;object-fit:cover;background:#5f6368}
.av{width:72px;height:72px;border-radius:50%;background:#7b1fa2;display:flex;align-items:center;justify-content:center;font-size:28px}
.plate{position:absolute;left:8px;bottom:8px;font-size:13px;text-shadow:0 0 2px #000}
.tc{position:absolute;right:8px;top:8px;display:flex;gap:4px;opacity:0;transition:opacity .2s}
.tile:hover .tc,.tile.keep .tc{opacity:1}
.tc button{width:32px;height:32px;border-radius:50%;background:#0008}
.self{position:fixed;right:380px;bottom:96px;width:220px;height:124px;background:#5f6368;border-radius:10px;z-index:10}
.self .tc{opacity:1}
.bar{grid-column:1/3;display:flex;align-items:center;justify-content:center;gap:10px;position:relative}
.bar .left{position:absolute;left:16px;font-size:14px}
.bar .right{position:absolute;right:16px;display:flex;gap:6px}
.bar button{height:44px;min-width:44px;border-radius:22px;padding:0 12px}
.split{display:flex}
.split button:first-child{border-radius:22px 0 0 22px}
.split button:last-child{border-radius:0 22px 22px 0;min-width:28px;padding:0 4px;border-left:1px solid #202124}
.leave{background:#ea4335!important;width:64px}
.tip{display:none}
.side{background:#fff;color:#202124;border-radius:10px;margin:12px 12px 0 0;display:flex;flex-direction:column;min-height:0}
.side header{display:flex;gap:4px;padding:10px;border-bottom:1px solid #e3e6ec}
.side header button{background:#f1f3f4;color:#202124;border-radius:16px;padding:4px 12px}
.msgs{overflow-y:auto;flex:1;min-height:0;padding:10px}
.msg{margin-bottom:12px;font-size:14px}
.compose{display:flex;gap:6px;padding:10px;border-top:1px solid #e3e6ec}
.compose input{flex:1}
.tray{position:fixed;left:50%;bottom:90px;transform:translateX(-50%);background:#3c4043;border-radius:24px;padding:6px;visibility:hidden;z-index:20}
.details{position:fixed;left:0;right:0;top:0;height:56px;background:#303134;transform:translateY(-100%);display:flex;gap:10px;align-items:center;padding:0 16px;z-index:20}
`;

const initials = (n) => n.split(' ').map((w) => w[0]).join('');

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="app"><main class="stage" aria-label="Participants"><div class="grid">`;
  for (let i = 0; i < 12; i++) {
    const who = R.person();
    const id = `p${i}`;
    const pageTwo = i >= 9;
    const speaking = i === 4;
    const mark = (kind, suffix) =>
      pageTwo ? t.h('second-page', `${id}-${suffix}`) : speaking ? t.e('shown-tile-control', `${id}-${suffix}`) : t.h(kind, `${id}-${suffix}`);
    b += `<div class="tile${speaking ? ' speaking keep' : ''}" role="group" aria-label="${esc(who)}">`;
    b += i % 3 === 0 ? `<video muted playsinline aria-hidden="true"></video>` : `<div class="av" aria-hidden="true">${initials(who)}</div>`;
    b += `<div class="plate">${esc(who)}${i % 4 === 1 ? ' <span aria-label="Microphone off">🔇</span>' : ''}</div>`;
    b += `<div class="tc"><button type="button" aria-label="Pin ${esc(who)}"${mark('hover-opacity', 'pin')}>📌</button><button type="button" aria-label="More options for ${esc(who)}"${mark('hover-opacity', 'more')}>⋮</button></div></div>`;
  }
  b += `</div><div class="self" role="group" aria-label="You"><div class="plate">You</div><div class="tc"><button type="button" aria-label="Minimize self view"${t.e('icon-button', 'self-min')}>–</button><button type="button" aria-label="Self view options"${t.e('icon-button', 'self-more')}>⋮</button></div></div></main>`;
  b += `<aside class="side" aria-label="In-call messages"><header role="tablist"><button type="button" role="tab" aria-selected="false" aria-controls="people"${t.e('tab', 'tab-people')}>People</button><button type="button" role="tab" aria-selected="true" aria-controls="chat"${t.e('tab', 'tab-chat')}>Chat</button><span class="spacer"></span><button type="button" aria-label="Close"${t.e('icon-button', 'side-close')}>✕</button></header>`;
  b += `<div id="people" role="tabpanel" hidden><button type="button"${t.h('hidden-attr', 'people-mute-all')}>Mute all</button><input aria-label="Search for people"${t.h('hidden-attr', 'people-search')}></div>`;
  b += `<div id="chat" role="tabpanel" class="msgs"><label style="display:flex;gap:8px;font-size:13px;margin-bottom:10px"><input type="checkbox" checked${t.e('checkbox', 'let-chat')}> Let everyone send messages</label>`;
  for (let i = 0; i < 18; i++) {
    b += `<div class="msg"><strong>${esc(R.person())}</strong> <span class="muted">${R.int(9, 11)}:${String(R.int(10, 59))}</span><br>${esc(R.sentence(5, 14))}`;
    if (i % 3 === 1) b += ` <a href="https://docs.example.com/${i}"${t.e('link', `msg-${i}-link`)}>docs.example.com/${i}</a>`;
    b += `</div>`;
  }
  b += `</div><div class="compose"><input aria-label="Send a message to everyone" placeholder="Send a message"${t.e('textbox', 'chat-input')}><button type="button" aria-label="Send message" disabled${t.n('chat-send')}>➤</button></div></aside>`;
  b += `<footer class="bar" aria-label="Call controls"><div class="left">10:42 | wkly-sync-abc</div>`;
  b += `<div class="split"><button type="button" aria-label="Turn off microphone" aria-pressed="false"${t.e('toggle', 'mic')}>🎤</button><button type="button" aria-label="Audio settings" aria-haspopup="menu"${t.e('icon-button', 'mic-settings')}>˄</button></div>`;
  b += `<div class="split"><button type="button" title="Turn off camera"${t.e('title-only', 'cam')}>📷</button><button type="button" title="Video settings"${t.e('title-only', 'cam-settings')}>˄</button></div>`;
  b += `<button type="button" aria-labelledby="tip-cc"${t.e('labelledby-hidden', 'captions')}>CC</button><span class="tip" id="tip-cc" role="tooltip">Turn on captions</span>`;
  b += `<button type="button" aria-label="Send a reaction" aria-expanded="false"${t.e('icon-button', 'react')}>☺</button>`;
  b += `<button type="button" aria-label="Raise hand" aria-pressed="false"${t.e('toggle', 'hand')}>✋</button>`;
  b += `<button type="button" aria-label="Present now"${t.e('icon-button', 'present')}>⇪</button>`;
  b += `<button type="button" aria-label="More options"${t.e('icon-button', 'more')}>⋮</button>`;
  b += `<button type="button" class="leave" aria-label="Leave call"${t.e('icon-button', 'leave')}>☎</button>`;
  b += `<div class="right"><button type="button" aria-label="Meeting details"${t.e('icon-button', 'info')}>ⓘ</button><button type="button" aria-label="Show everyone"${t.e('icon-button', 'people')}>👥</button><button type="button" aria-label="Chat with everyone" aria-pressed="true"${t.e('toggle', 'chat')}>💬</button></div></footer></div>`;
  b += `<div class="tray" role="toolbar" aria-label="Reactions">`;
  ['Sparkling heart', 'Thumbs up', 'Party popper', 'Clapping hands'].forEach((r, i) => (b += `<button type="button" aria-label="${r}"${t.h('visibility-hidden', `react-${i}`)}>★</button>`));
  b += `</div><div class="details" role="region" aria-label="Meeting details"><a href="https://meet.example.com/wkly-sync-abc"${t.h('parked-above', 'details-link')}>meet.example.com/wkly-sync-abc</a><button type="button"${t.h('parked-above', 'details-copy')}>Copy joining info</button></div>`;
  b += `<dialog id="leave"><p>Leave call?</p><button type="button"${t.h('closed-dialog', 'leave-just-me')}>Just leave</button><button type="button"${t.h('closed-dialog', 'leave-end')}>End the call for all</button></dialog>`;
  return { html: doc({ title: 'Meet – wkly-sync-abc', css: CSS, body: b, truth: t }) };
}
