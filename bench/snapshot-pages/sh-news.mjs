// (sh-news) A news article as publishers' templates render it: a sticky table of contents (position:sticky in the
// left column, the current section marked aria-current), footnote references as superscript buttons whose notes are
// popovers (`popover` attribute: one open, anchored beside its reference; the closed ones' links are traps), share
// buttons, a same-origin srcdoc video embed with its own play button, seek slider and captions toggle, and the end of
// the article faded under a paywall (a gradient layer over the last paragraphs and their links: traps) with a
// subscribe box, then the site footer. A cookie-consent banner is fixed to the bottom of the window over part of the embed: the embed's
// controls under it are covered from the parent document, which the page check cannot see (neutral).
import { makeRng, esc, Truth, doc, footer } from './_lib.mjs';

export const meta = { id: 'sh-news', title: 'News article: sticky contents, footnote popovers, paywall fade, cookie banner over an embed', seed: 9127 };

const CSS = `
html{background:#fff}
body{padding-bottom:150px}
.mast{display:flex;align-items:center;gap:16px;padding:10px 24px;border-bottom:3px double #1d2330}
.mast .logo{font:700 26px Georgia,serif;color:#1d2330}
.layout{display:grid;grid-template-columns:220px 680px;gap:40px;justify-content:center;padding:20px 24px}
.toc{position:sticky;top:16px;align-self:start;font-size:14px}
.toc a{display:block;padding:3px 0 3px 10px;border-left:2px solid #e3e6ec;color:#475061}
.toc a[aria-current]{border-left-color:#1d2330;color:#1d2330;font-weight:600}
article{font:18px/1.6 Georgia,serif;position:relative}
article h1{font-size:34px;line-height:1.2;margin:0 0 10px}
.fn{font:600 11px system-ui,sans-serif;padding:0 4px;border-radius:3px;vertical-align:super;border:1px solid #c3c8d2;anchor-name:var(--a)}
[popover].note{position:absolute;margin:0;width:280px;font:14px/1.4 system-ui,sans-serif;padding:10px 12px;border:1px solid #c3c8d2;border-radius:6px;box-shadow:0 4px 12px #0002;position-anchor:--fn1;top:anchor(bottom);left:anchor(left)}
.share{display:flex;gap:8px;margin:10px 0 18px}
.embed{width:100%;height:383px;border:0;display:block}
.paywalled{position:relative}
.fade{position:absolute;inset:0;background:linear-gradient(to bottom,#fff0 0%,#fff 35%)}
.sub{position:relative;margin-top:-120px;border:1px solid #1d2330;padding:20px;background:#fff;text-align:center;font:15px system-ui,sans-serif}
.cookie{position:fixed;left:0;right:0;bottom:0;z-index:100;background:#1d2330;color:#fff;padding:16px 24px;display:flex;gap:14px;align-items:center;font-size:14px;height:150px}
.cookie p{flex:1;margin:0}
.cookie a{color:#9cc8ff}
.cookie button{border:0}
`;

const SECTIONS = ['The vote', 'What changes', 'Who pays', 'Reactions', 'What comes next'];

function video(t) {
  return `<!doctype html><html><head><style>body{margin:0;background:#000;color:#fff;font:13px system-ui,sans-serif;height:100vh;display:flex;flex-direction:column}
.screen{flex:1;display:flex;align-items:center;justify-content:center}.big{width:72px;height:52px;border-radius:12px;background:#c4302b;border:0;color:#fff;font-size:22px;cursor:pointer}
.ctl{display:flex;gap:8px;align-items:center;padding:6px 10px;background:#000c}.ctl button{background:none;border:0;color:#fff;cursor:pointer}.ctl input{flex:1}</style></head><body>
<div class="screen"><button class="big" aria-label="Play video"${t.e('button', 'v-play')}>▶</button></div>
<div class="ctl"><button aria-label="Play"${t.n('v-play-small')}>▶</button><input type="range" aria-label="Seek" value="0"${t.n('v-seek')}><span>0:00 / 3:41</span><button aria-label="Subtitles" aria-pressed="false"${t.n('v-cc')}>CC</button><button aria-label="Full screen"${t.n('v-fs')}>⛶</button></div></body></html>`;
}

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="mast"><a class="logo" href="/"${t.e('link', 'logo')}>The Meridian</a><nav style="display:flex;gap:14px">`;
  ['World', 'Politics', 'Business', 'Climate', 'Opinion'].forEach((n, i) => (b += `<a href="/${n.toLowerCase()}"${t.e('link', `nav-${i}`)}>${n}</a>`));
  b += `</nav><span class="spacer"></span><a href="/subscribe"${t.e('link', 'top-sub')}>Subscribe</a><a href="/login"${t.e('link', 'login')}>Log in</a></header>
<div class="layout"><nav class="toc" aria-label="In this article"><b>In this article</b>`;
  SECTIONS.forEach((s, i) => (b += `<a href="#s${i}"${i === 0 ? ' aria-current="true"' : ''}${t.e('toc-link', `toc-${i}`)}>${s}</a>`));
  b += `</nav><article><h1>Parliament passes the coastal protection bill after a night session</h1><p class="muted" style="font:14px system-ui">By <a href="/by/elena"${t.e('link', 'byline')}>Elena Rossi</a> · 12 March 2027</p>
<div class="share"><button type="button" aria-label="Share on Mastodon"${t.e('icon-button', 'share-0')}>🐘</button><button type="button" aria-label="Copy link"${t.e('icon-button', 'share-1')}>🔗</button><button type="button" aria-label="Save for later"${t.e('icon-button', 'share-2')}>🔖</button></div>`;
  let note = 0;
  const ref = (open) => {
    const n = ++note;
    const id = `note-${n}`;
    const pop = `<div popover class="note" id="${id}" style="position-anchor:--fn${n}">${n}. ${esc(R.sentence(8, 12))} <a href="/sources/${n}"${open ? t.e('link', `${id}-src`) : t.h('closed-popover', `${id}-src`)}>Source</a></div>`;
    return `<button type="button" class="fn" popovertarget="${id}" aria-label="Footnote ${n}" style="--a:--fn${n}"${t.e('footnote', `fn-${n}`)}>${n}</button>${pop}`;
  };
  SECTIONS.slice(0, 3).forEach((s, i) => {
    b += `<h2 id="s${i}">${s}</h2><p>${esc(R.paragraph(3, 4))}${ref(i === 0)} ${esc(R.sentence())}</p>`;
    if (i === 0) b += `<iframe class="embed" title="Video: the night session in three minutes" srcdoc="${esc(video(t))}"${t.n('embed')}></iframe><p>${esc(R.paragraph(2, 3))} <a href="/related/1"${t.e('link', 'related-1')}>${esc(R.title(4))}</a></p>`;
    else b += `<p>${esc(R.paragraph(3, 5))}${ref(false)}</p>`;
  });
  b += `<div class="paywalled"><h2 id="s3">${SECTIONS[3]}</h2><p>${esc(R.paragraph(3, 4))} <a href="/related/2"${t.h('under-paywall', 'related-2')}>${esc(R.title(3))}</a></p><h2 id="s4">${SECTIONS[4]}</h2><p>${esc(R.paragraph(3, 4))} <a href="/related/3"${t.h('under-paywall', 'related-3')}>${esc(R.title(3))}</a></p><div class="fade"></div></div>
<div class="sub"><h3 style="margin:0 0 6px">Keep reading for €1</h3><p>${esc(R.sentence())}</p><button type="button" class="primary"${t.e('button', 'sub-go')}>Subscribe now</button> <a href="/login"${t.e('link', 'sub-login')}>I already have an account</a></div></article></div>${footer(t, R, 'news')}
<div class="cookie" role="dialog" aria-label="Cookie consent"><p>We and our 143 partners use cookies to personalise content and ads. See our <a href="/cookies"${t.e('link', 'ck-policy')}>cookie policy</a>.</p><button type="button"${t.e('button', 'ck-settings')}>Manage settings</button><button type="button"${t.e('button', 'ck-reject')}>Reject all</button><button type="button" class="primary"${t.e('button', 'ck-accept')}>Accept all</button></div>
<script>document.getElementById('note-1').showPopover();</script>`;
  return { html: doc({ title: 'Parliament passes the coastal protection bill – The Meridian', css: CSS, body: b, truth: t }) };
}
