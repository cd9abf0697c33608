// (sh-pdp) A fashion product page as Shopify-style themes render it: colour and size swatches are radio inputs
// visually hidden (the clip pattern) behind the labels that draw them, the colour labels showing only a painted
// circle and naming the colour in a visually hidden span; one size is sold out (its input disabled, the label struck
// through: neutral). The labels carry the truth (a label stands for its control; the page check hit-tests the label). A quantity stepper, an Add to cart button, a "Size guide" button whose <dialog> is closed
// (traps), an accordion of product details (<details>: the closed one's links are traps). Reviews are clamped to
// three lines by -webkit-line-clamp, each with a "See more" button; the review photos are links. A sticky add-to-cart
// bar is fixed at the bottom of the window once the main button scrolls away (shown from the start here, as after a
// scroll), with its own size select and button.
import { makeRng, esc, Truth, doc, svgImage } from './_lib.mjs';

export const meta = { id: 'sh-pdp', title: 'Product page: hidden radio swatches, line-clamped reviews, sticky cart bar', seed: 8123 };

const CSS = `
.pdp{display:grid;grid-template-columns:1.2fr 1fr;gap:32px;max-width:1180px;margin:0 auto;padding:20px 24px;background:#fff}
.gallery{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.gallery img{width:100%;height:auto;display:block}
.vh{position:absolute!important;overflow:hidden;width:1px;height:1px;margin:-1px;padding:0;border:0;clip:rect(0 0 0 0);word-wrap:normal!important}
fieldset{border:0;padding:0;margin:0 0 16px}
legend{font-weight:600;margin-bottom:6px}
.sw{display:inline-flex;gap:8px;flex-wrap:wrap}
.sw label{cursor:pointer}
.col label{width:34px;height:34px;border-radius:50%;border:2px solid #fff;box-shadow:0 0 0 1px #c3c8d2;display:inline-block}
.col input:checked+label{box-shadow:0 0 0 2px #1d2330}
.size label{min-width:48px;padding:8px 10px;border:1px solid #c3c8d2;border-radius:4px;text-align:center}
.size input:checked+label{background:#1d2330;color:#fff}
.size input:disabled+label{color:#9aa3b0;text-decoration:line-through;cursor:not-allowed;background:repeating-linear-gradient(135deg,#fff 0 6px,#f0f1f4 6px 7px)}
.qty{display:inline-flex;border:1px solid #c3c8d2;border-radius:4px}
.qty button{border:0;width:36px}
.qty input{border:0;width:48px;text-align:center}
.add{width:100%;padding:14px;margin:12px 0;background:#1d2330;color:#fff;border:0}
details{border-top:1px solid #e3e6ec;padding:10px 0}
.reviews{max-width:1180px;margin:0 auto;padding:10px 24px 120px;background:#fff}
.review{border-top:1px solid #e3e6ec;padding:14px 0}
.clamp{max-width:640px;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden}
.more{border:0;background:none;color:#1a5fb4;padding:0;text-decoration:underline}
.photos a img{width:64px;height:48px;border-radius:4px}
.sticky{position:fixed;left:0;right:0;bottom:0;z-index:20;display:flex;align-items:center;gap:14px;padding:10px 24px;background:#fff;box-shadow:0 -2px 10px #0002}
.sticky img{width:40px;height:40px}
`;

const COLOURS = [['Sand', '#d8c3a5'], ['Olive', '#6b7a3a'], ['Navy', '#1f2d4d'], ['Rust', '#b5532a']];
const SIZES = ['XS', 'S', 'M', 'L', 'XL'];
const SOLD_OUT = 3;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const img = (n) => `data:image/svg+xml,${encodeURIComponent(svgImage(n))}`;
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'logo')}>Fieldwork</a><nav>`;
  ['New in', 'Women', 'Men', 'Sale'].forEach((n, i) => (b += `<a href="/c/${i}"${t.e('link', `nav-${i}`)}>${n}</a>`));
  b += `</nav><span class="spacer"></span><a href="/search" aria-label="Search"${t.e('icon-link', 'search')}>🔍</a><a href="/cart" aria-label="Cart, 1 item"${t.e('icon-link', 'cart')}>👜</a></header>
<div class="pdp"><div class="gallery">`;
  for (let i = 0; i < 4; i++) b += `<a href="#zoom-${i}"${t.e('image-link', `zoom-${i}`)}><img src="${img(i)}" alt="Field jacket, view ${i + 1}"></a>`;
  b += `</div><div><nav aria-label="Breadcrumb" style="font-size:13px"><a href="/c/1"${t.e('link', 'crumb-0')}>Women</a> / <a href="/c/1/jackets"${t.e('link', 'crumb-1')}>Jackets</a></nav>
<h1 style="margin:6px 0">Waxed cotton field jacket</h1><p style="font-size:20px;margin:0 0 12px">€189.00</p>
<form onsubmit="return false"><fieldset class="col"><legend>Colour: <span>Olive</span></legend><div class="sw">`;
  COLOURS.forEach(([name, hex], i) => (b += `<input type="radio" class="vh" name="colour" id="c-${i}" value="${name}"${i === 1 ? ' checked' : ''}><label for="c-${i}"${t.e('swatch', `colour-${i}`)} style="background:${hex}"><span class="vh">${name}</span></label>`));
  b += `</div></fieldset><fieldset class="size"><legend>Size</legend><div class="sw">`;
  SIZES.forEach((s, i) => {
    const mark = i === SOLD_OUT ? t.n(`size-${i}`) : t.e('swatch', `size-${i}`);
    b += `<input type="radio" class="vh" name="size" id="s-${i}" value="${s}"${i === 2 ? ' checked' : ''}${i === SOLD_OUT ? ' disabled' : ''}><label for="s-${i}"${mark}>${s}${i === SOLD_OUT ? '<span class="vh"> – sold out</span>' : ''}</label>`;
  });
  b += `</div></fieldset><button type="button" class="more" onclick="document.getElementById('guide').showModal()"${t.e('button', 'size-guide')}>Size guide</button>
<div style="margin-top:14px"><div class="qty"><button type="button" aria-label="Decrease quantity"${t.e('icon-button', 'qty-minus')}>−</button><input type="number" value="1" min="1" aria-label="Quantity"${t.e('input', 'qty')}><button type="button" aria-label="Increase quantity"${t.e('icon-button', 'qty-plus')}>+</button></div></div>
<button type="submit" class="add"${t.e('button', 'add')}>Add to cart</button></form>
<details open><summary${t.e('summary', 'acc-desc')}>Description</summary><p>${esc(R.paragraph())}</p></details>
<details><summary${t.e('summary', 'acc-care')}>Materials &amp; care</summary><p>${esc(R.paragraph())} <a href="/care"${t.h('closed-details', 'care-link')}>Wax care guide</a></p></details>
<details><summary${t.e('summary', 'acc-ship')}>Shipping &amp; returns</summary><p>${esc(R.sentence())} <a href="/returns"${t.h('closed-details', 'returns-link')}>Returns policy</a></p></details></div></div>
<section class="reviews" aria-labelledby="rv-h"><h2 id="rv-h">Reviews (128)</h2><select aria-label="Sort reviews"${t.e('select', 'rv-sort')}><option>Most recent</option><option>Highest rated</option></select>`;
  for (let i = 0; i < 6; i++) {
    b += `<article class="review"><b>${esc(R.person())}</b> <span aria-label="${R.int(3, 5)} out of 5 stars">★★★★☆</span><p class="clamp" id="rv-${i}">${esc(R.paragraph(4, 6))}</p><button type="button" class="more" aria-expanded="false" aria-controls="rv-${i}"${t.e('button', `rv-${i}-more`)}>See more</button>`;
    if (i % 2 === 0) b += `<div class="photos"><a href="/review/${i}/photo"${t.e('image-link', `rv-${i}-photo`)}><img src="${img(i + 5)}" alt="Photo from ${i === 0 ? 'the first' : 'a'} review"></a></div>`;
    b += `<button type="button" class="more" style="color:#475061"${t.e('button', `rv-${i}-helpful`)}>Helpful (${R.int(0, 30)})</button></article>`;
  }
  b += `<button type="button"${t.e('button', 'rv-load')}>Load more reviews</button></section>
<div class="sticky" role="region" aria-label="Quick add"><img src="${img(1)}" alt=""><span style="flex:1"><b>Waxed cotton field jacket</b> · Olive · €189.00</span><select aria-label="Size"${t.e('select', 'st-size')}>${SIZES.map((s, i) => `<option${i === SOLD_OUT ? ' disabled' : ''}${i === 2 ? ' selected' : ''}>${s}</option>`).join('')}</select><button type="button" class="primary"${t.e('button', 'st-add')}>Add to cart</button></div>
<dialog id="guide" aria-labelledby="g-h"><h2 id="g-h">Size guide</h2><table><tr><th>Size</th><th>Chest (cm)</th></tr>${SIZES.map((s, i) => `<tr><td>${s}</td><td>${84 + i * 6}</td></tr>`).join('')}</table><a href="/measure"${t.h('closed-dialog', 'guide-how')}>How to measure</a><button type="button"${t.h('closed-dialog', 'guide-close')}>Close</button></dialog>`;
  return { html: doc({ title: 'Waxed cotton field jacket – Fieldwork', css: CSS, body: b, truth: t }) };
}
