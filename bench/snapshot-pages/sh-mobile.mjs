// (sh-mobile) A mobile-first web app (a social/shopping PWA) that keeps its phone layout on any screen: a column at
// most 430 px wide, 100dvh high, centred; the window never scrolls. A sticky top bar with a hamburger button, a feed
// that scrolls in its own pane with a sideways "stories" strip (scroll-snap) at its top, a floating action button
// fixed over the feed, and a bottom tab bar (role=tablist of links with icon + label, the label hidden on narrow
// screens is still in the DOM as sr-only text). Traps: the hamburger drawer off-canvas (translateX(-100%)) with its own
// scrolling menu, a share bottom sheet pushed below the column (translateY(100%)) inside the column's overflow:clip,
// and a toast closed with `hidden`. Feed posts are <article>s with an author link, a text, an image link and a row of
// icon buttons named by aria-label (Like has aria-pressed).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-mobile', title: 'Mobile web app: feed pane, stories strip, bottom tab bar, drawer', seed: 2909 };

const CSS = `
html,body{height:100dvh;overflow:hidden;background:#e9ebef}
.phone{position:relative;max-width:430px;height:100dvh;margin:0 auto;background:#fff;display:flex;flex-direction:column;overflow:clip}
.top{position:sticky;top:0;z-index:5;display:flex;align-items:center;gap:8px;padding:8px 10px;border-bottom:1px solid #eee;background:#fff}
.top button{border:0;background:transparent;font-size:20px;padding:4px 8px}
.feed{flex:1;overflow-y:auto;min-height:0;overscroll-behavior:contain;padding-bottom:80px}
.stories{display:flex;gap:10px;overflow-x:auto;scroll-snap-type:x mandatory;padding:10px;border-bottom:1px solid #eee}
.story{flex:0 0 72px;scroll-snap-align:start;text-align:center;font-size:12px}
.story a{display:block;width:64px;height:64px;border-radius:50%;background:#f2e3b3;margin:0 auto 4px}
.post{padding:10px 12px;border-bottom:1px solid #eee}
.post .img{display:block;height:180px;border-radius:10px;background:#c4d7e8;margin:8px 0}
.acts{display:flex;gap:4px}
.acts button{border:0;background:transparent;font-size:18px;padding:4px 8px}
.fab{position:absolute;right:16px;bottom:76px;width:52px;height:52px;border-radius:50%;background:#1a5fb4;color:#fff;font-size:26px;z-index:6}
.tabs{display:flex;border-top:1px solid #ddd;background:#fff;height:60px}
.tabs a{flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center;font-size:11px;color:#444}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.drawer{position:absolute;top:0;left:0;bottom:0;width:300px;background:#fff;z-index:20;transform:translateX(-100%);overflow-y:auto;padding:10px}
.drawer a{display:block;padding:8px}
.sheet{position:absolute;left:0;right:0;bottom:0;height:280px;background:#fff;z-index:20;transform:translateY(100%);padding:12px}
.toast{position:absolute;left:12px;right:12px;bottom:80px;background:#1d2330;color:#fff;padding:10px;border-radius:8px}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="phone"><header class="top"><button type="button" aria-label="Open menu" aria-expanded="false" aria-controls="drawer"${t.e('icon-button', 'top-menu')}>☰</button>
<strong style="flex:1">Loop</strong><button type="button" aria-label="Search"${t.e('icon-button', 'top-search')}>⌕</button><button type="button" aria-label="Messages, 3 unread"${t.e('icon-button', 'top-messages')}>✉</button></header>
<main class="feed" aria-label="Feed"><div class="stories" role="list" aria-label="Stories">`;
  for (let i = 0; i < 14; i++) {
    const who = R.first();
    b += `<div class="story" role="listitem"><a href="#story/${i}" aria-label="Story by ${esc(who)}"${t.e('strip-link', `story-${i}`)}></a>${esc(who)}</div>`;
  }
  b += '</div>';
  for (let i = 0; i < 24; i++) {
    const who = R.person();
    const liked = R.chance(0.3);
    b += `<article class="post" aria-labelledby="p${i}-a"><a id="p${i}-a" href="#u/${i}"${t.e('link', `post-${i}-author`)}><strong>${esc(who)}</strong></a> <span class="muted">${R.int(1, 23)}h</span>
<p style="margin:6px 0">${esc(R.sentence(8, 20))}</p><a class="img" href="#post/${i}" aria-label="Photo: ${esc(R.title(3))}"${t.e('image-link', `post-${i}-photo`)}></a>
<div class="acts"><button type="button" aria-label="Like" aria-pressed="${liked}"${t.e('toggle', `post-${i}-like`)}>${liked ? '♥' : '♡'}</button><button type="button" aria-label="Comment"${t.e('icon-button', `post-${i}-comment`)}>💬</button><button type="button" aria-label="Share"${t.e('icon-button', `post-${i}-share`)}>↗</button><span class="spacer"></span><button type="button" aria-label="Save"${t.e('icon-button', `post-${i}-save`)}>🔖</button></div></article>`;
  }
  b += `</main><button type="button" class="fab" aria-label="New post"${t.e('icon-button', 'fab')}>+</button>
<nav class="tabs" aria-label="Main">`;
  ['Home', 'Explore', 'Shop', 'Inbox', 'Profile'].forEach((n, i) => {
    b += `<a href="#tab/${i}"${i === 0 ? ' aria-current="page"' : ''}${t.e('tab-link', `tab-${i}`)}><span aria-hidden="true">◼</span><span${i % 2 ? ' class="sr"' : ''}>${n}</span></a>`;
  });
  b += '</nav><aside class="drawer" id="drawer" aria-label="Menu">';
  for (let i = 0; i < 16; i++) b += `<a href="#menu/${i}"${t.h('transform-offscreen', `drawer-${i}`)}>${esc(R.title(2))}</a>`;
  b += `</aside><div class="sheet" role="dialog" aria-label="Share to"><button type="button"${t.h('transform-offscreen', 'sheet-copy')}>Copy link</button><button type="button"${t.h('transform-offscreen', 'sheet-send')}>Send to a friend</button></div>
<div class="toast" role="status" hidden>Saved <button type="button"${t.h('hidden-attr', 'toast-undo')}>Undo</button></div></div>`;
  return { html: doc({ title: 'Loop', css: CSS, body: b, truth: t }) };
}
