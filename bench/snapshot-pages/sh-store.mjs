// (sh-store) A product page built from carousel and list libraries: a gallery carousel as Swiper renders it in loop
// mode (a translated wrapper in a clipping box — `overflow:clip`, so the harness's scrollIntoView cannot scroll it —
// duplicate slides before and after; only the active slide is shown, the others are clipped away: traps), pagination
// bullets as `span role=button`, prev/next `div role=button`; size pills (radios visually hidden behind their labels), a quantity stepper, an Add to cart button; a "Similar items"
// carousel as Slick renders it (clones aria-hidden with tabindex -1, off-track slides clipped: traps); a
// "Recently viewed" scroll-snap strip (overflow-x:auto: cards past its edge are reachable); reviews in a react-window
// list (an inner pane with a tall spacer and absolutely positioned rows, only the rendered rows exist); a sticky
// add-to-cart bar fixed at the bottom; a size-guide dialog closed (display:none: traps).
import { makeRng, esc, Truth, doc, svgImage } from './_lib.mjs';

export const meta = { id: 'sh-store', title: 'Product page: loop carousels, clones, snap strip, virtual reviews', seed: 5505 };

const CSS = `
.prod{display:grid;grid-template-columns:620px 1fr;gap:28px;padding:20px 24px}
.swiper{position:relative;overflow:clip;width:620px;height:420px;border-radius:12px}
.swiper-wrapper{display:flex;transform:translate3d(-1240px,0,0)}
.swiper-slide{flex:0 0 620px;height:420px;position:relative}
.swiper-slide svg{width:620px;height:420px}
.swiper-slide a{position:absolute;left:20px;bottom:20px;background:#fff;padding:6px 10px;border-radius:6px}
.nav-btn{position:absolute;top:190px;z-index:5;width:36px;height:36px;border-radius:50%;background:#fff;display:grid;place-items:center;cursor:pointer}
.bullets{position:absolute;bottom:10px;left:0;right:0;display:flex;justify-content:center;gap:8px;z-index:5}
.bullets span{width:12px;height:12px;border-radius:50%;background:#fff;opacity:.7;cursor:pointer}
.pills{display:flex;gap:6px}
.pills input{position:absolute;opacity:0;width:1px;height:1px}
.pills label{border:1px solid #c3c8d2;border-radius:16px;padding:4px 12px;cursor:pointer}
.step{display:inline-flex;align-items:center;gap:4px}
.step input{width:56px;text-align:center}
.slick{position:relative;overflow:hidden;margin:0 24px}
.slick-track{display:flex;transform:translate3d(-880px,0,0)}
.slick-slide{flex:0 0 220px;padding:8px}
.slick-slide .c{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:8px}
.slick-slide svg{width:100%;height:120px}
.strip{display:flex;gap:12px;overflow-x:auto;scroll-snap-type:x mandatory;margin:0 24px;padding-bottom:8px}
.strip .c{flex:0 0 240px;scroll-snap-align:start;background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:8px}
.reviews{height:420px;overflow:auto;margin:0 24px;border:1px solid #e3e6ec;border-radius:10px;background:#fff}
.rv{position:absolute;left:0;right:0;height:120px;padding:10px 14px;border-bottom:1px solid #f0f1f4}
.buybar{position:fixed;left:0;right:0;bottom:0;height:56px;background:#fff;border-top:1px solid #e3e6ec;display:flex;align-items:center;gap:12px;padding:0 24px;z-index:40}
.gone{display:none}
h2{margin:24px 24px 8px;font-size:18px}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'logo')}>Oakline</a><nav><a href="/living"${t.e('link', 'nav-0')}>Living</a><a href="/office"${t.e('link', 'nav-1')}>Office</a><a href="/sale"${t.e('link', 'nav-2')}>Sale</a></nav><span class="spacer"></span>
<input type="search" aria-label="Search products" placeholder="Search"${t.e('search', 'search')}><a href="/cart" aria-label="Cart, 2 items"${t.e('link', 'cart')}>🛒 2</a></header>
<div class="prod"><div><div class="swiper" role="region" aria-roledescription="carousel" aria-label="Product photos"><div class="swiper-wrapper">`;
  // Loop mode: [dup of last] [dup of 4th]... here: dup-3, dup-4, 0 (active), 1, 2, 3, 4, dup-0, dup-1.
  const slides = [3, 4, 0, 1, 2, 3, 4, 0, 1];
  slides.forEach((s, k) => {
    const active = k === 2;
    const id = `slide-${k}`;
    b += `<div class="swiper-slide${k < 2 || k > 6 ? ' swiper-slide-duplicate' : ''}" role="group" aria-label="${s + 1} / 5">${svgImage(s)}
<a href="/photo/${s}"${active ? t.e('link', id) : t.h('clipped', id)}>Zoom photo ${s + 1}</a></div>`;
  });
  b += `</div><div class="nav-btn" role="button" tabindex="0" aria-label="Previous slide" style="left:10px"${t.e('button', 'prev')}>‹</div>
<div class="nav-btn" role="button" tabindex="0" aria-label="Next slide" style="right:10px"${t.e('button', 'next')}>›</div><div class="bullets">`;
  for (let i = 0; i < 5; i++) b += `<span role="button" tabindex="0" aria-label="Go to slide ${i + 1}"${i === 0 ? ' aria-current="true"' : ''}${t.e('bullet', `bullet-${i}`)}></span>`;
  b += `</div></div></div><section aria-labelledby="p-title"><h1 id="p-title" style="margin:0">Hartley standing desk</h1><p><strong>$549.00</strong> <span class="muted">4.6 ★ (218)</span></p>
<p>${esc(R.paragraph(2, 3))}</p><fieldset style="border:0;padding:0"><legend>Size</legend><div class="pills">`;
  ['120 cm', '140 cm', '160 cm', '180 cm'].forEach((s, i) => {
    b += `<label${t.e('radio', `size-${i}`)}><input type="radio" name="size"${i === 1 ? ' checked' : ''}>${s}</label>`;
  });
  b += `</div></fieldset><p><a href="#size-guide"${t.e('link', 'guide')}>Size guide</a></p>
<div class="step"><button type="button" aria-label="Decrease quantity"${t.e('button', 'qty-dec')}>−</button><input type="number" aria-label="Quantity" value="1" min="1"${t.e('number', 'qty')}><button type="button" aria-label="Increase quantity"${t.e('button', 'qty-inc')}>+</button></div>
<p><button type="button" class="primary"${t.e('button', 'add')}>Add to cart</button> <button type="button" aria-label="Save to wishlist" aria-pressed="false"${t.e('icon-button', 'wish')}>♡</button></p>
<label><input type="checkbox"${t.e('checkbox', 'assembly')}> Add assembly service (+$49)</label></section></div>
<h2>Similar items</h2><div class="slick" role="region" aria-label="Similar items"><button type="button" aria-label="Previous" style="position:absolute;left:0;top:70px;z-index:3"${t.e('button', 'slick-prev')}>‹</button><div class="slick-track">`;
  // Slick: 4 clones, then 10 real slides (track shifted by 4 slides: real 0–4 in view at 1232 px wide box), then clones.
  const real = 10;
  for (let c = 0; c < 4; c++) {
    b += `<div class="slick-slide slick-cloned" aria-hidden="true"><div class="c">${svgImage(20 + c)}<a href="/sim/${6 + c}" tabindex="-1"${t.h('aria-hidden', `clone-pre-${c}`)}>${esc(R.title(2))}</a></div></div>`;
  }
  for (let i = 0; i < real; i++) {
    const shown = i < 5;
    b += `<div class="slick-slide"${shown ? '' : ' aria-hidden="true"'}><div class="c">${svgImage(30 + i)}<a href="/sim/${i}"${shown ? t.e('link', `sim-${i}`) : ` tabindex="-1"${t.h('clipped', `sim-${i}`)}`}>${esc(R.title(2))}</a></div></div>`;
  }
  for (let c = 0; c < 4; c++) {
    b += `<div class="slick-slide slick-cloned" aria-hidden="true"><div class="c">${svgImage(40 + c)}<a href="/sim/${c}" tabindex="-1"${t.h('aria-hidden', `clone-post-${c}`)}>${esc(R.title(2))}</a></div></div>`;
  }
  b += `</div><button type="button" aria-label="Next" style="position:absolute;right:0;top:70px;z-index:3"${t.e('button', 'slick-next')}>›</button></div>
<h2>Recently viewed</h2><div class="strip" role="region" aria-label="Recently viewed" tabindex="0">`;
  for (let i = 0; i < 12; i++) {
    b += `<div class="c">${svgImage(50 + i)}<a href="/p/${i}"${t.e('link', `recent-${i}`)}>${esc(R.title(3))}</a> <button type="button" aria-label="Add ${i + 1} to cart"${t.e('button', `recent-${i}-add`)}>+</button></div>`;
  }
  b += `</div><h2>Reviews</h2><div class="reviews" role="region" aria-label="Reviews"><div style="position:relative;height:${218 * 120}px">`;
  for (let i = 0; i < 6; i++) {
    b += `<article class="rv" style="top:${i * 120}px"><strong>${esc(R.person())}</strong> <span class="muted">${R.int(1, 5)} ★</span><p style="margin:4px 0">${esc(R.sentence(10, 18))}</p>
<button type="button" aria-label="Helpful (${R.int(0, 40)})"${t.e('button', `rv-${i}-help`)}>👍 Helpful</button> <a href="/report/${i}"${t.e('link', `rv-${i}-report`)}>Report</a></article>`;
  }
  b += `</div></div><div style="height:90px"></div>
<div class="buybar" role="region" aria-label="Buy"><strong>Hartley standing desk</strong><span class="spacer"></span><span>$549.00</span><button type="button" class="primary"${t.e('button', 'bar-add')}>Add to cart</button></div>
<div class="gone" role="dialog" aria-label="Size guide" id="size-guide"><button type="button"${t.h('display-none', 'guide-close')}>Close</button></div>`;
  return { html: doc({ title: 'Hartley standing desk · Oakline', css: CSS, body: b, truth: t }) };
}
