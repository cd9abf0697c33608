// (sh-3ds) A checkout whose payment step is a frame, as hosted-checkout providers embed it: the shop page (127.0.0.1)
// holds a same-origin checkout frame scrolled down inside (its address fields above its view are reached by scrolling
// it), which holds the card fields in a cross-origin frame from the other loopback name (localhost) and, over them, a
// 3-D Secure challenge the provider laid over the frame's own window: a fixed backdrop and a centred modal (no
// `<dialog>`, no `inert`) holding the bank's challenge in a second cross-origin frame and a Cancel link. Everything of
// the checkout frame under the backdrop (its fields, its Pay button, the card frame) is a trap; the challenge frame, the
// Cancel link and the shop page around the checkout frame must be exposed.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-3ds', title: 'Checkout: nested cross-origin payment frames under a 3-D Secure challenge', seed: 3391 };

const CSS = `
.page{display:grid;grid-template-columns:1fr 340px;gap:20px;padding:20px 24px;max-width:1200px;margin:0 auto}
.box{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:14px;margin-bottom:14px}
iframe.checkout{width:100%;height:560px;border:1px solid #e3e6ec;border-radius:10px;background:#fff}
`;

const FRAME = (title, css, body) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:14px system-ui,sans-serif;margin:12px;color:#1d2330}input,select,button{font:inherit;padding:6px;margin:3px 0;box-sizing:border-box}label{display:block;margin:6px 0}${css}</style></head><body>${body}</body></html>`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'logo')}>Fernhill</a><nav><a href="/shop"${t.e('link', 'shop')}>Shop</a><a href="/help"${t.e('link', 'help')}>Help</a></nav><div class="spacer"></div><a href="/cart"${t.e('link', 'cart')}>Cart (3)</a></header>
<div class="page"><main><h1 style="font-size:22px;margin:0 0 12px">Checkout</h1>
<iframe class="checkout" title="Secure checkout" src="sh-3ds/checkout.html"${t.e('frame', 'checkout-frame')}></iframe>
<p class="muted">Payments are processed by Paylane. <a href="/terms"${t.e('link', 'terms')}>Terms of sale</a></p></main>
<aside><section class="box" aria-label="Order summary"><h2 style="font-size:17px;margin:0 0 8px">Order summary</h2>`;
  for (let i = 0; i < 3; i++) b += `<p>${esc(R.title(3))} <span class="muted">€${R.int(12, 180)}.00</span> <button type="button" aria-label="Remove ${i + 1}"${t.e('icon-button', `rm-${i}`)}>✕</button></p>`;
  b += `<label>Discount code <input${t.e('input', 'discount')}></label> <button type="button"${t.e('button', 'discount-apply')}>Apply</button></section></aside></div>`;

  // The checkout frame: address fields (above its scrolled view), the card frame, Pay, and the challenge over them.
  let c = '<form onsubmit="return false"><h2 style="font-size:17px">Shipping address</h2>';
  ['Full name', 'Street and number', 'Postcode', 'City', 'Phone'].forEach((f, i) => {
    c += `<label>${f} <input value="${esc(i === 0 ? R.person() : R.title(2))}"${t.h('behind-challenge', `addr-${i}`)}></label>`;
  });
  c += `<label>Country <select${t.h('behind-challenge', 'country')}><option>Portugal</option><option>Spain</option></select></label>
<label><input type="checkbox" checked${t.h('behind-challenge', 'same-billing')}> Billing address is the same</label>
<h2 style="font-size:17px">Payment</h2><iframe class="card" title="Card details" data-src="card.html"${t.h('behind-challenge', 'card-frame')}></iframe>
<label><input type="checkbox"${t.h('behind-challenge', 'save-card')}> Save card for next time</label>
<button type="submit" class="pay"${t.h('behind-challenge', 'pay')}>Pay €214.00</button></form>`;
  for (let i = 0; i < 3; i++) c += `<p style="color:#6a7280">${esc(R.sentence())}</p>`;
  c += `<div class="backdrop"></div><div class="challenge" role="dialog" aria-modal="true" aria-label="Verify your payment">
<div class="head"><strong>Verify it's you</strong><a href="#cancel"${t.e('link', 'challenge-cancel')}>Cancel</a></div>
<iframe title="Bank verification" data-src="acs.html"${t.e('frame', 'acs-frame')}></iframe></div>`;
  const checkoutJs = `<script>
for (const f of document.querySelectorAll('iframe[data-src]')) f.src = 'http://localhost:' + location.port + location.pathname.replace(/checkout\\.html$/, '') + f.dataset.src;
scrollTo(0, 240);
</script>`;
  const files = {
    'checkout.html': FRAME(
      'Checkout',
      `input:not([type]),select{width:100%}iframe.card{width:100%;height:150px;border:1px solid #e3e6ec;border-radius:6px}
.pay{width:100%;background:#1a5fb4;color:#fff;border:0;border-radius:6px;padding:10px}
.backdrop{position:fixed;inset:0;background:rgba(20,24,32,.55);z-index:10}
.challenge{position:fixed;top:50%;left:50%;transform:translate(-50%,-50%);width:380px;height:420px;background:#fff;border-radius:10px;z-index:11;display:flex;flex-direction:column;box-shadow:0 20px 40px rgba(0,0,0,.3)}
.challenge .head{display:flex;justify-content:space-between;padding:10px 14px;border-bottom:1px solid #e3e6ec}
.challenge iframe{flex:1;border:0}`,
      c + checkoutJs,
    ),
    'card.html': FRAME('Card', '', '<label>Card number <input autocomplete="cc-number" value="4000 0027 6000 3184"></label><label>Expiry <input value="09/29"></label><label>CVC <input value="123"></label>'),
    'acs.html': FRAME('Bank', '', '<h3>Bank of Lisbon</h3><p>We sent a code to your phone ending in 42.</p><label>Code <input inputmode="numeric" autocomplete="one-time-code"></label><button>Submit</button> <button>Resend code</button>'),
  };
  return { html: doc({ title: 'Checkout · Fernhill', css: CSS, body: b, truth: t }), files };
}
