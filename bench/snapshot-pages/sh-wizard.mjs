// (sh-wizard) A checkout wizard built from headless-UI primitives (Radix / Headless UI / shadcn style): a stepper
// (done steps are buttons, later ones disabled: neutral), a select whose trigger is a button role=combobox beside the
// hidden native <select> the kit keeps for forms (aria-hidden, visually hidden: trap), checkboxes that are
// button role=checkbox beside an aria-hidden "bubble" input (opacity 0, moved aside, pointer-events none: traps), an
// OPEN autocomplete (input role=combobox with aria-activedescendant; its listbox options must be exposed), a one-time
// code field built as one transparent <input> laid over six painted slots (transparent text, background and border:
// the slots are what a person sees, the input is what takes the typing), radio cards (label + visually hidden input),
// a slider (role=slider), an open date-picker popover (day buttons in role=grid rows; the next month pre-rendered in
// a track that clips it: traps), an accordion whose closed items are `hidden`, a sticky order summary, a toast stack
// (the front toast's buttons must be exposed; the two toasts stacked behind show no content: opacity 0, traps) and a
// bottom sheet parked below the window (translateY(100%): trap). The page scrolls; the lower sections are below the
// fold.
import { makeRng, esc, Truth, doc, footer } from './_lib.mjs';

export const meta = { id: 'sh-wizard', title: 'Checkout wizard: headless-UI primitives', seed: 2614 };

const CSS = `
body{padding-bottom:140px}
.wrap{max-width:1180px;margin:0 auto;padding:16px 24px;display:grid;grid-template-columns:1fr 320px;gap:24px;align-items:start}
.steps{display:flex;gap:8px;align-items:center;grid-column:1/3}
.steps button{border-radius:16px}
.steps .now{font-weight:700;padding:6px 12px}
.card{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:16px;margin-bottom:16px;position:relative}
.field{display:flex;flex-direction:column;gap:4px;margin:10px 0;position:relative}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.trigger{display:flex;justify-content:space-between;width:260px;text-align:left}
.rcb{display:inline-flex;align-items:center;gap:8px;margin:4px 12px 4px 0;position:relative}
.rcb button{width:18px;height:18px;padding:0;border-radius:4px;border:1px solid #1d2330}
.rcb button[aria-checked=true]{background:#1d2330;color:#fff}
.bubble{position:absolute;pointer-events:none;opacity:0;margin:0;transform:translateX(-100%)}
.ac{position:relative;width:320px}
.ac ul{position:absolute;top:100%;left:0;right:0;list-style:none;margin:4px 0 0;padding:4px;background:#fff;border:1px solid #c3c8d2;border-radius:8px;z-index:5;box-shadow:0 8px 24px rgba(0,0,0,.15)}
.ac li{padding:6px 8px;border-radius:6px}
.ac li[data-active]{background:#eef2ff}
.otp{position:relative;display:flex;gap:8px;width:max-content}
.otp .slot{width:44px;height:52px;border:1px solid #c3c8d2;border-radius:8px;display:flex;align-items:center;justify-content:center;font-size:22px;background:#fff}
.otp input{position:absolute;inset:0;width:calc(100% + 40px);clip-path:inset(0 40px 0 0);color:transparent;background:transparent;caret-color:transparent;border:0 solid transparent;outline:0;box-shadow:none;letter-spacing:-.5em;font-size:52px;font-family:monospace;padding:0}
.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:10px}
.cards label{border:1px solid #c3c8d2;border-radius:8px;padding:10px;cursor:pointer}
.cards input{position:absolute;opacity:0;width:0;height:0}
.slider{position:relative;width:280px;height:6px;background:#dde1e8;border-radius:3px;margin:16px 0}
.slider [role=slider]{position:absolute;left:45%;top:-7px;width:20px;height:20px;border-radius:50%;background:#fff;border:2px solid #1d2330}
.dp{position:absolute;left:220px;top:-150px;background:#fff;border:1px solid #c3c8d2;border-radius:10px;padding:10px;z-index:6;box-shadow:0 8px 24px rgba(0,0,0,.15);width:280px}
.dp .track{overflow:hidden;width:258px}
.dp .months{display:flex;width:max-content}
.dp .month{width:258px}
.dp [role=row]{display:grid;grid-template-columns:repeat(7,1fr)}
.dp [role=gridcell]{padding:4px 0;border:0;background:transparent}
.acc h3{margin:0}
.acc button{width:100%;text-align:left;border:0;border-bottom:1px solid #e3e6ec;border-radius:0;padding:10px 0}
.summary{position:sticky;top:16px}
.toasts{position:fixed;right:24px;bottom:24px;width:340px;z-index:30}
.toast{position:absolute;right:0;bottom:0;width:340px;background:#fff;border:1px solid #e3e6ec;border-radius:8px;padding:12px;box-shadow:0 4px 12px rgba(0,0,0,.1);display:flex;gap:8px;align-items:center}
.toast.back>*{opacity:0}
.toast.b1{transform:translateY(-14px) scale(.95);z-index:-1}
.toast.b2{transform:translateY(-28px) scale(.9);z-index:-2}
.sheet{position:fixed;left:0;right:0;bottom:0;height:320px;background:#fff;border-top:1px solid #c3c8d2;transform:translateY(100%)}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'logo')}>Cartwheel</a><div class="spacer"></div><a href="/help"${t.e('link', 'help')}>Help</a></header><div class="wrap">`;
  b += `<nav class="steps" aria-label="Checkout steps"><button type="button"${t.e('step', 'step-1')}>1 Cart ✓</button>›<button type="button"${t.e('step', 'step-2')}>2 Account ✓</button>›<span class="now" aria-current="step">3 Delivery</span>›`;
  b += `<button type="button" disabled${t.n('step-4')}>4 Payment</button>›<button type="button" disabled${t.n('step-5')}>5 Review</button></nav><div>`;
  // Delivery card: select, checkboxes, autocomplete (open), date picker (open)
  b += `<section class="card"><h2 style="font-size:18px;margin:0">Delivery</h2>`;
  b += `<div class="field"><span id="country-l">Country</span><button type="button" role="combobox" aria-expanded="false" aria-labelledby="country-l" class="trigger"${t.e('select-trigger', 'country')}>Germany <span aria-hidden="true">▾</span></button>`;
  b += `<select aria-hidden="true" tabindex="-1" class="sr"${t.h('aria-hidden-native', 'country-native')}><option>Germany</option><option>France</option></select></div>`;
  ['Leave at the door', 'Call before delivery', 'Gift wrap'].forEach((c, i) => {
    b += `<span class="rcb"><button type="button" role="checkbox" aria-checked="${i === 0}" id="ck-${i}"${t.e('aria-checkbox', `ck-${i}`)}>${i === 0 ? '✓' : ''}</button>`;
    b += `<input type="checkbox" aria-hidden="true" tabindex="-1" class="bubble"${i === 0 ? ' checked' : ''}${t.h('bubble-input', `ck-${i}-bubble`)}><label for="ck-${i}">${c}</label></span>`;
  });
  b += `<div class="field"><label for="street">Street</label><div class="ac"><input id="street" role="combobox" aria-autocomplete="list" aria-expanded="true" aria-controls="street-lb" aria-activedescendant="street-o2" value="Haupt" style="width:100%"${t.e('combobox', 'street')}>`;
  b += `<ul role="listbox" id="street-lb">`;
  for (let i = 0; i < 5; i++) b += `<li role="option" id="street-o${i}"${i === 2 ? ' data-active aria-selected="true"' : ' aria-selected="false"'}${t.e('option', `street-o${i}`)}>Hauptstraße ${R.int(1, 99)}, ${esc(R.title(1))}</li>`;
  b += `</ul></div></div>`;
  b += `<div class="field"><label for="city">City</label><input id="city" style="width:320px"${t.n('city-under-list')}></div>`;
  b += `<div class="field" style="margin-top:140px"><label for="date">Delivery date</label><input id="date" value="2027-03-12" style="width:200px"${t.e('date-input', 'date')}>`;
  b += `<div class="dp" role="dialog" aria-label="Choose a delivery date"><div style="display:flex;justify-content:space-between"><button type="button" aria-label="Previous month"${t.e('icon-button', 'dp-prev')}>‹</button><strong>March 2027</strong><button type="button" aria-label="Next month"${t.e('icon-button', 'dp-next')}>›</button></div>`;
  b += `<div class="track"><div class="months">`;
  for (let m = 0; m < 2; m++) {
    b += `<div class="month" role="grid" aria-label="${m ? 'April' : 'March'} 2027">`;
    for (let w = 0; w < 4; w++) {
      b += `<div role="row">`;
      for (let d = 1; d <= 7; d++) {
        const day = w * 7 + d;
        b += `<button type="button" role="gridcell" tabindex="${m === 0 && day === 12 ? 0 : -1}" aria-selected="${m === 0 && day === 12}"${m ? t.h('clipped-month', `dp-apr-${day}`) : t.e('gridcell', `dp-mar-${day}`)}>${day}</button>`;
      }
      b += `</div>`;
    }
    b += `</div>`;
  }
  b += `</div></div></div></div></section>`;
  // Verification card: OTP, radio cards, slider
  b += `<section class="card"><h2 style="font-size:18px;margin:0 0 8px">Confirm your phone</h2><div class="otp"${t.e('otp', 'otp')}>`;
  for (let i = 0; i < 6; i++) b += `<div class="slot">${i < 2 ? R.int(0, 9) : ''}</div>`;
  b += `<input autocomplete="one-time-code" inputmode="numeric" maxlength="6" aria-label="One-time code" value="42"></div>`;
  b += `<h3 style="font-size:15px">Speed</h3><div class="cards" role="radiogroup" aria-label="Speed">`;
  ['Standard', 'Express', 'Same day'].forEach((s, i) => (b += `<label${t.e('radio-card', `speed-${i}`)}><input type="radio" name="speed"${i === 0 ? ' checked' : ''}><strong>${s}</strong><br><span class="muted">${esc(R.sentence(3, 5))}</span></label>`));
  b += `</div><h3 style="font-size:15px">Tip for the driver</h3><div class="slider"><span role="slider" tabindex="0" aria-label="Tip" aria-valuemin="0" aria-valuemax="10" aria-valuenow="4"${t.e('slider', 'tip')}></span></div></section>`;
  // FAQ accordion
  b += `<section class="card acc"><h2 style="font-size:18px;margin:0 0 8px">Questions</h2>`;
  for (let i = 0; i < 5; i++) {
    b += `<h3><button type="button" aria-expanded="${i === 0}" aria-controls="faq-${i}"${t.e('accordion', `faq-${i}-btn`)}>${esc(R.title(4))}?</button></h3>`;
    b += `<div id="faq-${i}" role="region"${i === 0 ? '' : ' hidden'}><p>${esc(R.sentence())} <a href="/faq/${i}"${i === 0 ? t.e('link', `faq-${i}-link`) : t.h('hidden-attr', `faq-${i}-link`)}>More</a></p></div>`;
  }
  b += `</section></div>`;
  b += `<aside class="summary card" aria-label="Order summary"><h2 style="font-size:18px;margin:0 0 8px">Summary</h2>`;
  for (let i = 0; i < 3; i++) b += `<div style="display:flex;justify-content:space-between"><span>${esc(R.title(2))}</span><span>€${R.int(5, 90)}.00</span></div>`;
  b += `<div class="field"><label for="coupon">Coupon</label><input id="coupon"${t.e('text', 'coupon')}></div><button type="button"${t.e('button', 'coupon-apply')}>Apply</button>`;
  b += `<button type="button" class="primary" style="width:100%;margin-top:12px"${t.e('button', 'continue')}>Continue to payment</button></aside></div>`;
  b += footer(t, R, 'ft');
  b += `<section class="toasts" aria-label="Notifications">`;
  b += `<div class="toast b2 back"><span>Address saved</span><button type="button"${t.h('stacked-toast', 'toast-2-undo')}>Undo</button></div>`;
  b += `<div class="toast b1 back"><span>Coupon removed</span><button type="button"${t.h('stacked-toast', 'toast-1-undo')}>Undo</button></div>`;
  b += `<div class="toast"><span style="flex:1">Delivery slot reserved for 20 min</span><button type="button"${t.e('toast', 'toast-0-undo')}>Undo</button><button type="button" aria-label="Close"${t.e('toast', 'toast-0-close')}>✕</button></div></section>`;
  b += `<div class="sheet" role="dialog" aria-label="Saved addresses"><button type="button"${t.h('off-canvas', 'sheet-use')}>Use this address</button></div>`;
  return { html: doc({ title: 'Checkout – Delivery', css: CSS, body: b, truth: t }) };
}
