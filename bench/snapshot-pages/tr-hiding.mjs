// (tr-hiding) A help-centre page that hides things every way real pages do, many of them combined, in the
// viewport and below the fold. Must-expose: a link that sets visibility:visible inside a visibility:hidden card (also
// under display:contents), the children of a zero-height box that does not clip its overflow, the visible face of a
// flipped card, the first slide of a clipped carousel, a non-modal <dialog> opened with show() and the page around it.
// Traps: a tooltip whose child resets opacity:1 under an opacity:0 parent, visibility:hidden through display:contents,
// content-visibility:hidden, a closed <details> inside an open one, a <dialog> never opened, scaleY(0) and scale(0)
// menus, a drawer translated far above the page, a grid-rows 0fr accordion, width:0 clipping, font-size:0 links, the
// back face of a flipped card (backface-visibility), carousel slides clipped by their track, a nav hidden by a media
// query, a visibility:collapse table row, options of closed selects, a clip:rect(1px,1px,1px,1px) box, inert and
// aria-hidden regions. Neutral: an off-screen skip link, content faded with filter:opacity(0) or a transparent mask.
import { makeRng, esc, Truth, doc, footer } from './_lib.mjs';

export const meta = { id: 'tr-hiding', title: 'Help centre hiding things every way', seed: 2101 };

const CSS = `
.wrap{max-width:1120px;margin:0 auto;padding:12px 24px;display:grid;grid-template-columns:1fr 300px;gap:24px}
.card{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:12px;margin:10px 0}
.skip{position:absolute;top:-60px;left:8px}
.skip:focus{top:8px}
.tip{position:absolute;opacity:0;background:#1d2330;color:#fff;padding:6px;border-radius:6px;pointer-events:none}
.tip a{opacity:1;color:#fff}
.ghost{visibility:hidden}
.ghost .back{visibility:visible}
.cvh{content-visibility:hidden}
.sy0{transform:scaleY(0);transform-origin:top;position:absolute;background:#fff;border:1px solid #ccc}
.s0{transform:scale(0);position:absolute}
.far{position:absolute;left:0;top:0;transform:translateY(-200vh);width:280px;background:#fff}
.acc{display:grid;grid-template-rows:0fr}
.acc>div{overflow:hidden}
.w0{display:inline-block;width:0;overflow:hidden;white-space:nowrap}
.fs0{font-size:0}
.flip{position:relative;height:90px;perspective:600px}
.flip .inner{position:absolute;inset:0;transform-style:preserve-3d;transform:rotateY(180deg)}
.flip .face{position:absolute;inset:0;backface-visibility:hidden;background:#fff;border:1px solid #e3e6ec;border-radius:8px;padding:10px}
.flip .back{transform:rotateY(180deg)}
.track{overflow:clip;width:600px;border-radius:8px}
.slides{display:flex;width:max-content}
.slide{width:600px;height:120px;padding:16px;background:#eef1f5;border-right:1px solid #fff}
.topbar .mobile-nav{display:none}
@media (max-width:700px){.topbar .mobile-nav{display:flex}.topbar .desk-nav{display:none}}
.h0{height:0}
.srbox{position:absolute;clip:rect(1px,1px,1px,1px);width:200px;height:40px}
.fade{filter:opacity(0)}
.mask{-webkit-mask-image:linear-gradient(transparent,transparent);mask-image:linear-gradient(transparent,transparent)}
dialog.inline{position:static;margin:10px 0;border:1px solid #c3c8d2;border-radius:10px}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<a class="skip" href="#main"${t.n('skip')}>Skip to content</a><header class="topbar"><a class="logo" href="/"${t.e('link', 'logo')}>Helpwell</a><nav class="desk-nav">`;
  ['Guides', 'Billing', 'Account', 'Status'].forEach((n, i) => (b += `<a href="/n/${i}"${t.e('link', `nav-${i}`)}>${n}</a>`));
  b += `</nav><nav class="mobile-nav">`;
  ['Guides', 'Billing', 'Account', 'Status'].forEach((n, i) => (b += `<a href="/m/${i}"${t.h('media-display-none', `mnav-${i}`)}>${n}</a>`));
  b += `</nav><div class="spacer"></div><span style="position:relative"><button type="button" aria-haspopup="menu" aria-expanded="false"${t.e('button', 'acct')}>Account</button><div class="sy0" role="menu">`;
  ['Profile', 'Sign out'].forEach((n, i) => (b += `<button type="button" role="menuitem" style="display:block"${t.h('scaleY-0', `acct-${i}`)}>${n}</button>`));
  b += `</div></span></header><aside class="far" aria-label="Drawer">`;
  for (let i = 0; i < 4; i++) b += `<a href="/far/${i}" style="display:block"${t.h('translate-above', `far-${i}`)}>${esc(R.title(2))}</a>`;
  b += `</aside><div class="wrap" id="main"><main><h1 style="margin:6px 0">${esc(R.title(5))}</h1>`;
  // 0. a non-modal dialog opened with show(): it and the page around it stay usable
  b += `<dialog class="inline" id="fb"><p>Was this helpful?</p><button type="button"${t.e('dialog-button', 'fb-yes')}>Yes</button> <button type="button"${t.e('dialog-button', 'fb-no')}>No</button></dialog>`;
  // 1. tooltip: opacity:0 parent, child opacity:1 (opacity multiplies: still invisible)
  b += `<div class="card" style="position:relative"><p>${esc(R.sentence())}</p><button type="button" aria-describedby="tip1"${t.e('button', 'tip-btn')}>What is this?</button><div class="tip" id="tip1" role="tooltip">${esc(R.sentence(4, 6))} <a href="/tip"${t.h('opacity-0-parent', 'tip-link')}>Learn more</a></div></div>`;
  // 2. visibility:hidden card with a visible child, also through display:contents
  b += `<div class="card ghost"><p>${esc(R.sentence())}</p><a href="/g"${t.h('visibility-hidden', 'ghost-link')}>Hidden guide</a> <div style="display:contents"><a href="/g2"${t.h('visibility-hidden-contents', 'ghost-contents')}>Hidden through contents</a> <a class="back" href="/back"${t.e('link', 'ghost-back')}>Visible inside hidden</a></div></div>`;
  b += `<div style="display:contents;visibility:hidden"><a href="/dc"${t.h('contents-visibility-hidden', 'dc-link')}>Contents hidden</a></div>`;
  // 3. zero-height box that does not clip: its children show
  b += `<div class="h0"><a href="/h0"${t.e('link', 'h0-link')}>Overflowing a zero-height box</a></div><div style="height:28px"></div>`;
  // 4. flipped card: the front face is turned away
  b += `<div class="flip"><div class="inner"><div class="face"><a href="/front"${t.h('backface-hidden', 'flip-front')}>Front of card</a></div><div class="face back"><a href="/backface"${t.e('link', 'flip-back')}>Back of card</a></div></div></div>`;
  // 5. width:0 clipping and font-size:0 links
  b += `<div class="card"><span class="w0"><a href="/w0"${t.h('width-0-clip', 'w0-link')}>Zero-width panel</a></span><span class="fs0"><a href="/fs0"${t.h('font-size-0', 'fs0-link')}>Tiny</a></span><button type="button"${t.e('button', 'fs-btn')}>Print</button></div>`;
  // 6. carousel clipped by its track
  b += `<div class="track"><div class="slides">`;
  for (let i = 0; i < 4; i++) b += `<div class="slide"><h3 style="margin:0">${esc(R.title(3))}</h3><a href="/slide/${i}"${i === 0 ? t.e('link', 'slide-0') : t.h('carousel-clipped', `slide-${i}`)}>Read story ${i + 1}</a></div>`;
  b += `</div></div><button type="button" aria-label="Next slide"${t.e('icon-button', 'slide-next')}>›</button>`;
  // 7. closed selects: their options are not offered
  b += `<div class="card"><label for="topic">Topic</label> <select id="topic"${t.e('select', 'topic')}>`;
  ['Billing', 'Login', 'Privacy', 'Other'].forEach((o, i) => (b += `<option${t.h('closed-option', `topic-${i}`)}>${o}</option>`));
  b += `</select></div>`;
  // 8. below the fold: details, dialogs, content-visibility, accordions, tables
  for (let s = 0; s < 6; s++) {
    b += `<section class="card"><h2 style="font-size:18px">${esc(R.title(4))}</h2><p>${esc(R.paragraph(2, 3))}</p><a href="/sec/${s}"${t.e('link', `sec-${s}`)}>${esc(R.title(2))}</a>`;
    if (s === 0) {
      b += `<details open><summary${t.e('summary', 'outer-sum')}>Steps</summary><p>${esc(R.sentence())}</p><details><summary${t.e('summary', 'inner-sum')}>Advanced</summary><a href="/adv"${t.h('closed-details-nested', 'adv-link')}>Advanced steps</a></details></details>`;
    }
    if (s === 1) {
      b += `<dialog id="never"><button type="button"${t.h('dialog-closed', 'never-btn')}>Confirm</button></dialog>`;
    }
    if (s === 2) b += `<div class="cvh"><a href="/cvh"${t.h('content-visibility-hidden', 'cvh-link')}>Hidden section</a></div>`;
    if (s === 3) {
      b += `<button type="button" aria-expanded="false"${t.e('button', 'acc-btn')}>More answers</button><div class="acc"><div><a href="/acc"${t.h('grid-rows-0fr', 'acc-link')}>Collapsed answer</a></div></div>`;
      b += `<span style="position:relative;display:inline-block"><button type="button"${t.e('button', 's0-btn')}>Share</button><span class="s0"><a href="/s0"${t.h('scale-0', 's0-link')}>Copy link</a></span></span>`;
    }
    if (s === 4) {
      b += `<table><tbody><tr><td><a href="/row/0"${t.e('link', 'row-0')}>Plan A</a></td></tr><tr style="visibility:collapse"><td><a href="/row/1"${t.h('visibility-collapse', 'row-1')}>Plan B</a></td></tr></tbody></table>`;
      b += `<div style="position:relative;height:40px"><div class="srbox"><a href="/sr"${t.h('clip-rect-1px', 'sr-link')}>Clipped box</a></div></div>`;
    }
    if (s === 5) {
      b += `<div class="fade"><a href="/fade"${t.n('filter-opacity-0')}>Faded by filter</a></div><div class="mask"><a href="/mask"${t.n('mask-transparent')}>Masked away</a></div>`;
      b += `<div inert><button type="button"${t.h('inert', 'inert-btn')}>Inert action</button></div><div aria-hidden="true"><a href="/ah"${t.h('aria-hidden', 'ah-link')}>Decorative link</a></div>`;
    }
    b += `</section>`;
  }
  b += `</main><aside><div class="card"><h3>Popular</h3>`;
  for (let i = 0; i < 5; i++) b += `<a href="/pop/${i}" style="display:block"${t.e('link', `pop-${i}`)}>${esc(R.title(3))}</a>`;
  b += `</div></aside></div>${footer(t, R, 'f')}<script>document.getElementById('fb').show()</script>`;
  return { html: doc({ title: 'Helpwell – help centre', css: CSS, body: b, truth: t }) };
}
