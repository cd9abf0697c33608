// (sh-embeds) A checkout page made of things embedded from elsewhere: a card form in a cross-origin frame (the page
// is on 127.0.0.1, the frame on localhost; its inside is out of a main-world script's reach, so only the frame element
// is scored), a cross-origin chat launcher frame fixed at the bottom right, a cross-origin tracking frame hidden with
// display:none and a 0×0 one (traps); web components with CLOSED shadow roots (a rating widget whose host takes
// focus, a promo-code widget with slotted light-DOM help link, a consent toggle host with role=switch set on the host);
// a product video and an audio preview with native controls; a signature pad canvas (tabindex=0) and a canvas chart
// whose fallback content is not rendered (neutral); a delivery-slot `<select size=4>` listbox; `<meter>` and
// `<progress>`; below the fold, terms in an open `<details>` and a closed one (traps).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-embeds', title: 'Checkout: cross-origin frames, closed shadow roots, media, canvas', seed: 5404 };

const CSS = `
.page{display:grid;grid-template-columns:1fr 380px;gap:20px;padding:20px 24px}
.box{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:14px;margin-bottom:14px}
iframe{border:1px solid #e3e6ec;border-radius:8px;width:100%}
.chat{position:fixed;right:20px;bottom:20px;width:64px;height:64px;border:0;border-radius:50%;z-index:30}
.gone{display:none}
store-rating,promo-code,consent-toggle{display:block;margin:6px 0}
canvas{border:1px solid #e3e6ec;border-radius:6px;display:block}
`;

const FRAME = (title, body) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;margin:8px}input,button{font:inherit;padding:6px;margin:3px 0;display:block;width:100%}</style></head><body>${body}</body></html>`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'logo')}>Northwind</a><nav><a href="/cart"${t.e('link', 'cart')}>Cart (2)</a><a href="/help"${t.e('link', 'help')}>Help</a></nav></header>
<div class="page"><main>
<section class="box" aria-labelledby="pay-h"><h2 id="pay-h" style="margin:0 0 8px;font-size:17px">Payment</h2>
<label><input type="radio" name="pm" checked${t.e('radio', 'pm-card')}> Card</label> <label><input type="radio" name="pm"${t.e('radio', 'pm-bank')}> Bank transfer</label>
<iframe title="Secure card payment" data-src="pay.html" height="190"${t.e('cross-origin-frame', 'pay-frame')}></iframe>
<promo-code${t.e('closed-shadow', 'promo')}><a slot="help" href="/promo-help"${t.e('link', 'promo-help')}>Where do I find my code?</a></promo-code></section>
<section class="box" aria-labelledby="del-h"><h2 id="del-h" style="margin:0 0 8px;font-size:17px">Delivery</h2>
<label for="slot">Delivery slot</label><br><select id="slot" size="4"${t.e('select', 'slot')}>`;
  ['Mon 8–12', 'Mon 12–16', 'Tue 8–12', 'Tue 12–16', 'Wed 8–12', 'Wed 12–16'].forEach((s, i) => (b += `<option${i === 2 ? ' selected' : ''}>${s}</option>`));
  b += `</select>
<p>Packing <meter min="0" max="100" value="70" aria-label="Packing progress">70%</meter> Upload receipt <progress max="100" value="30" aria-label="Receipt upload">30%</progress></p>
<consent-toggle role="switch" aria-checked="false" aria-label="Leave at the door" tabindex="0"${t.e('closed-shadow', 'consent')}></consent-toggle>
<p class="muted">Sign for delivery:</p><canvas width="420" height="110" tabindex="0" role="img" aria-label="Signature pad" style="cursor:crosshair"${t.e('canvas', 'signature')}></canvas>
<button type="button"${t.e('button', 'sig-clear')}>Clear signature</button></section>
<section class="box" aria-labelledby="prod-h"><h2 id="prod-h" style="margin:0 0 8px;font-size:17px">Your items</h2>
<video controls width="360" height="200" aria-label="How to assemble the desk" poster="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='360' height='200'%3E%3Crect width='360' height='200' fill='%23c4d7e8'/%3E%3C/svg%3E"${t.e('media', 'video')}></video>
<audio controls aria-label="Product sound preview"${t.e('media', 'audio')}></audio>
<store-rating tabindex="0" aria-label="Rate this desk"${t.e('closed-shadow', 'rating')}></store-rating>
<canvas width="360" height="120" role="img" aria-label="Price history: down 12% this month"><button type="button"${t.n('canvas-fallback')}>Show price table</button></canvas></section>
<section class="box" aria-labelledby="terms-h"><h2 id="terms-h" style="margin:0 0 8px;font-size:17px">Terms</h2>
<details open><summary${t.e('summary', 'terms-open')}>Returns</summary><p>${esc(R.paragraph(3, 5))}</p><a href="/returns"${t.e('link', 'returns')}>Full returns policy</a></details>
<details><summary${t.e('summary', 'terms-closed')}>Warranty</summary><p>${esc(R.paragraph(2, 3))}</p><a href="/warranty"${t.h('closed-details', 'warranty')}>Warranty terms</a></details>`;
  for (let i = 0; i < 6; i++) b += `<p>${esc(R.paragraph(3, 6))}</p>`;
  b += `<label><input type="checkbox"${t.e('checkbox', 'agree')}> I accept the terms</label></section></main>
<aside><section class="box" aria-labelledby="sum-h"><h2 id="sum-h" style="margin:0 0 8px;font-size:17px">Order summary</h2>`;
  for (let i = 0; i < 2; i++) b += `<p>${esc(R.title(3))} <span class="muted">$${R.int(20, 400)}.00</span> <button type="button" aria-label="Remove item ${i + 1}"${t.e('icon-button', `rm-${i}`)}>✕</button></p>`;
  b += `<button type="button" class="primary" style="width:100%"${t.e('button', 'place')}>Place order</button></section></aside></div>
<iframe class="chat" title="Chat with us" data-src="chat.html"${t.e('cross-origin-frame', 'chat-frame')}></iframe>
<iframe class="gone" title="Analytics" data-src="track.html"${t.h('display-none', 'track-frame')}></iframe>
<iframe title="Pixel" data-src="track.html" width="0" height="0" style="border:0"${t.h('zero-size', 'pixel-frame')}></iframe>`;
  const script = `<script>
// The frames come from the other loopback name: cross-origin to this page.
for (const f of document.querySelectorAll('iframe[data-src]')) f.src = 'http://localhost:' + location.port + location.pathname.replace(/\\.html$/, '/') + f.dataset.src;
const sheet = ':host{display:block}button{font:inherit;border:1px solid #c3c8d2;background:#fff;border-radius:6px;padding:4px 10px;cursor:pointer}input{font:inherit;padding:5px;border:1px solid #c3c8d2;border-radius:6px}';
customElements.define('store-rating', class extends HTMLElement {
  constructor() { super(); const r = this.attachShadow({ mode: 'closed' });
    r.innerHTML = '<style>' + sheet + '</style>' + [1, 2, 3, 4, 5].map((n) => '<button aria-label="' + n + ' stars">★</button>').join(''); }
});
customElements.define('promo-code', class extends HTMLElement {
  constructor() { super(); const r = this.attachShadow({ mode: 'closed' });
    r.innerHTML = '<style>' + sheet + '</style><label>Promo code <input></label> <button>Apply</button> <slot name="help"></slot>'; }
});
customElements.define('consent-toggle', class extends HTMLElement {
  constructor() { super(); const r = this.attachShadow({ mode: 'closed' });
    r.innerHTML = '<style>:host{display:inline-block;cursor:pointer}span{display:inline-block;width:40px;height:22px;border-radius:11px;background:#c3c8d2}</style><span></span> Leave at the door'; }
});
</script>`;
  return {
    html: doc({ title: 'Checkout · Northwind', css: CSS, body: b + script, truth: t }),
    files: {
      'pay.html': FRAME(
        'Card',
        '<label>Card number <input autocomplete="cc-number"></label><label>Expiry <input placeholder="MM/YY"></label><label>CVC <input></label><button>Pay $129.00</button>',
      ),
      'chat.html': FRAME('Chat', '<button aria-label="Open chat" style="width:48px;height:48px;border-radius:50%">💬</button>'),
      'track.html': FRAME('Track', '<button>Opt out</button>'),
    },
  };
}
