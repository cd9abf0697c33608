// (w) Docs/news site with the usual overlay furniture and "hidden" done many ways. Must-expose: a
// fixed cookie banner, stacked toasts (fixed, top right), content-visibility:auto sections below the
// fold, a child that sets visibility:visible inside a visibility:hidden parent, an <details open>.
// Neutral: sr-only skip link and sr-only "opens in new tab" text. Traps: a drawer closed with
// transform:translateX(-100%), a mega menu closed with clip-path, a language menu closed with
// clip:rect(0 0 0 0) (full-size box), a menu scaled to 0, an inert sidebar, hidden="until-found"
// answers, closed popovers, a collapsed (height:0) panel — several of them below the fold.
import { makeRng, esc, Truth, doc, footer } from './_lib.mjs';

export const meta = { id: 'w-overlays', title: 'Overlays and many kinds of hidden', seed: 1414 };

const CSS = `
body{padding-bottom:140px}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:0;top:0}
.skip:not(:focus){clip-path:inset(50%);width:1px;height:1px;overflow:hidden}
.drawer{position:fixed;left:0;top:0;bottom:0;width:300px;background:#fff;transform:translateX(-100%);z-index:80;padding:16px}
.mega{position:absolute;left:0;right:0;top:60px;height:260px;background:#fff;clip-path:inset(0 0 100% 0);z-index:40;display:grid;grid-template-columns:repeat(4,1fr);padding:16px}
.cookie{position:fixed;left:16px;right:16px;bottom:16px;background:#fff;border:1px solid #c3c8d2;border-radius:10px;padding:12px 16px;display:flex;gap:10px;align-items:center;z-index:90}
.toasts{position:fixed;right:16px;top:72px;display:grid;gap:8px;z-index:95;width:300px}
.toast{background:#1d2330;color:#fff;padding:10px 12px;border-radius:8px;display:flex;gap:8px;align-items:center}
.toast button,.toast a{color:#fff;background:transparent;border-color:#555}
.page{max-width:1100px;margin:0 auto;padding:16px 24px;display:grid;grid-template-columns:1fr 260px;gap:24px}
.sec{content-visibility:auto;contain-intrinsic-size:auto 600px}
.langs{position:absolute;clip:rect(0 0 0 0);width:220px;height:200px;background:#fff;bottom:40px}
.scale0{transform:scale(0);position:absolute}
.ghost{visibility:hidden}
.ghost .back{visibility:visible}
.panel0{height:0;overflow:hidden}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<a class="skip" href="#main"${t.n('skip')}>Skip to content</a><header class="topbar" style="position:relative"><button type="button" aria-label="Open menu"${t.e('icon-button', 'hdr-menu')}>☰</button><a class="logo" href="/"${t.e('link', 'hdr-logo')}>Dailyfold</a><nav>`;
  ['World', 'Tech', 'Science', 'Culture', 'Opinion'].forEach((n, i) => (b += `<a href="/s/${i}"${t.e('link', `hdr-nav-${i}`)}>${n}</a>`));
  b += `<button type="button" popovertarget="more-pop"${t.e('button', 'hdr-more')}>More</button></nav><div id="more-pop" popover><a href="/s/more/0"${t.h('popover-closed', 'pop-0')}>Sports</a><a href="/s/more/1"${t.h('popover-closed', 'pop-1')}>Travel</a></div>
<div class="spacer"></div><a href="/sub" target="_blank"${t.e('link', 'hdr-sub')}>Subscribe<span class="sr"> (opens in a new tab)</span></a><button type="button"${t.e('button', 'hdr-login')}>Log in</button>
<div class="mega" aria-label="Sections menu">`;
  for (let i = 0; i < 12; i++) b += `<a href="/mega/${i}"${t.h('clip-path', `mega-${i}`)}>${esc(R.title(2))}</a>`;
  b += `</div></header><aside class="drawer" aria-label="Menu">`;
  for (let i = 0; i < 8; i++) b += `<a href="/d/${i}" style="display:block"${t.h('transform-offscreen', `drw-${i}`)}>${esc(R.title(1))}</a>`;
  b += `</aside><div class="page" id="main"><main><h1 style="font-size:26px;margin:6px 0">${esc(R.title(6))}</h1><p class="muted">${esc(R.sentence())}</p>
<div style="display:flex;gap:8px"><button type="button"${t.e('button', 'art-share')}>Share</button><button type="button"${t.e('button', 'art-save')}>Save</button><div style="position:relative"><button type="button"${t.e('button', 'art-font')}>Text size</button><div class="scale0" role="menu"><button type="button" role="menuitem"${t.h('scale-0', 'font-lg')}>Larger</button></div></div></div>`;
  for (let s = 0; s < 8; s++) {
    b += `<section class="sec"><h2 style="font-size:19px">${esc(R.title(4))}</h2>`;
    for (let p = 0; p < 4; p++) b += `<p>${esc(R.paragraph(2, 4))} <a href="/ref/${s}/${p}"${t.e('link', `sec-${s}-${p}`)}>${esc(R.title(2))}</a></p>`;
    b += `<button type="button"${t.e('button', `sec-${s}-more`)}>Show more</button></section>`;
    if (s === 1) b += `<details open><summary${t.e('summary', 'faq-sum')}>Corrections</summary><p>${esc(R.sentence())} <a href="/c"${t.e('link', 'faq-link')}>See corrections</a></p></details>`;
    if (s === 2) b += `<div hidden="until-found"><p>${esc(R.sentence())}</p><a href="/found"${t.h('until-found', 'uf-link')}>Archived answer</a></div>`;
    if (s === 3) b += `<div class="ghost"><p>Hidden teaser</p><a href="/t"${t.h('visibility-hidden', 'ghost-link')}>Teaser link</a><a class="back" href="/back"${t.e('link', 'ghost-back')}>Back to top</a></div>`;
    if (s === 4) b += `<button type="button" aria-expanded="false"${t.e('button', 'p0-btn')}>Methodology</button><div class="panel0"><a href="/m"${t.h('height-0', 'p0-link')}>Full methodology</a></div>`;
  }
  b += `<div style="position:relative;margin-top:20px"><button type="button" aria-haspopup="true" aria-expanded="false"${t.e('button', 'lang-btn')}>Language: English</button><div class="langs">`;
  ['Deutsch', 'Español', 'Français', '日本語'].forEach((l, i) => (b += `<a href="/lang/${i}" style="display:block"${t.h('clip-rect', `lang-${i}`)}>${l}</a>`));
  b += `</div></div></main><aside inert style="opacity:.5"><h3>Most read</h3>`;
  for (let i = 0; i < 6; i++) b += `<a href="/mr/${i}" style="display:block"${t.h('inert', `mr-${i}`)}>${esc(R.title(4))}</a>`;
  b += `</aside></div>${footer(t, R, 'n')}
<div class="toasts">`;
  for (let i = 0; i < 3; i++) b += `<div class="toast" role="status"><span style="flex:1">${esc(R.sentence(3, 6))}</span><a href="/notif/${i}"${t.e('toast-link', `toast-view-${i}`)}>View</a><button type="button" aria-label="Dismiss"${t.e('toast-button', `toast-x-${i}`)}>✕</button></div>`;
  b += `</div><div class="cookie" role="region" aria-label="Cookie consent"><span style="flex:1">${esc(R.sentence())} <a href="/privacy"${t.e('cookie-link', 'ck-policy')}>Privacy policy</a></span><button type="button"${t.e('cookie-button', 'ck-settings')}>Settings</button><button type="button"${t.e('cookie-button', 'ck-reject')}>Reject all</button><button type="button" class="primary"${t.e('cookie-button', 'ck-accept')}>Accept all</button></div>`;
  return { html: doc({ title: 'Dailyfold – news', css: CSS, body: b, truth: t }) };
}
