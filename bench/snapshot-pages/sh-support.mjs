// (sh-support) A product page with a support chat widget as Intercom/Zendesk-like widgets inject it: the page (nav,
// product, specs, reviews); a launcher fixed bottom-right (an icon button whose unread count is a badge span, named by
// aria-label) and, open above it, the chat panel in a same-origin `iframe srcdoc`: a header (agent avatar, name,
// reply-time note, minimise and close icon buttons named by aria-label), a message list that scrolls by itself and is
// scrolled to the newest message at load (older messages above: reachable), bubbles with links, an order card with a
// button, quick-reply chips (buttons), a composer (a textarea, attach and emoji icon buttons named by title, a send
// button disabled until typed), and a satisfaction survey popup minimised out of the frame (translateY(110%) under
// `overflow:clip`: traps); on the page a closed "Did we help?" survey layer (opacity:0, pointer-events:none, traps).
import { makeRng, esc, Truth, doc, svgImage } from './_lib.mjs';

export const meta = { id: 'sh-support', title: 'Product page with a support chat widget in a srcdoc frame', seed: 8419 };

const CSS = `
.pdp{display:grid;grid-template-columns:460px 1fr;gap:28px;padding:20px 24px;max-width:1100px}
.pdp svg{width:460px;height:345px;border-radius:10px}
.specs{display:grid;grid-template-columns:160px 1fr;gap:6px 12px;font-size:14px}
.rev{max-width:760px;margin:0 24px;padding:12px 0;border-bottom:1px solid #e3e6ec}
.launcher{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;background:#6b3df5;color:#fff;display:grid;place-items:center;z-index:2147483000;box-shadow:0 4px 14px rgba(0,0,0,.25);padding:0}
.launcher svg{width:24px;height:24px}
.badge{position:absolute;top:-2px;right:-2px;background:#e5173f;color:#fff;border-radius:10px;font-size:11px;min-width:18px;height:18px;display:grid;place-items:center}
.chat{position:fixed;right:20px;bottom:88px;width:370px;height:560px;border:0;border-radius:14px;box-shadow:0 8px 32px rgba(0,0,0,.25);z-index:2147483000;background:#fff}
.survey{position:fixed;left:24px;bottom:24px;width:300px;background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:12px;opacity:0;pointer-events:none}
`;

const FRAME_CSS = `
*{box-sizing:border-box}body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1d2330;height:100vh;overflow:hidden}
.w{display:grid;grid-template-rows:64px 1fr auto auto;height:100vh;position:relative;overflow:clip}
.hd{display:flex;align-items:center;gap:10px;padding:0 12px;background:#6b3df5;color:#fff}
.hd img{width:36px;height:36px;border-radius:50%}
.hd small{display:block;opacity:.8;font-size:12px}
.hd button{margin-left:4px;background:none;border:0;color:#fff;width:30px;height:30px;padding:0;display:grid;place-items:center;cursor:pointer}
.hd svg{width:16px;height:16px}
.list{overflow-y:auto;min-height:0;padding:12px;display:flex;flex-direction:column;gap:8px}
.m{max-width:80%;padding:8px 12px;border-radius:14px;background:#f0f1f4}
.m.me{align-self:flex-end;background:#6b3df5;color:#fff}
.m.me a{color:#fff;text-decoration:underline}
.m time{display:block;font-size:11px;opacity:.7;margin-top:2px}
.card{border:1px solid #e3e6ec;border-radius:10px;padding:10px;background:#fff;max-width:80%}
.card button{margin-top:6px;width:100%;border:1px solid #6b3df5;color:#6b3df5;background:#fff;border-radius:6px;padding:6px;font:inherit}
.chips{display:flex;flex-wrap:wrap;gap:6px;padding:6px 12px}
.chips button{border:1px solid #6b3df5;color:#6b3df5;background:#fff;border-radius:16px;padding:4px 10px;font:inherit;cursor:pointer}
.comp{display:flex;align-items:center;gap:4px;border-top:1px solid #e3e6ec;padding:8px}
.comp textarea{flex:1;border:0;resize:none;font:inherit;height:36px;padding:8px}
.comp button{background:none;border:0;width:32px;height:32px;padding:0;display:grid;place-items:center;cursor:pointer}
.comp svg{width:18px;height:18px}
.sv{position:absolute;left:12px;right:12px;bottom:0;background:#fff;border:1px solid #e3e6ec;border-radius:10px 10px 0 0;padding:12px;transform:translateY(110%)}
`;

const svg = (p) => `<svg viewBox="0 0 24 24" aria-hidden="true"><path d="${p}" stroke="currentColor" fill="none" stroke-width="2"/></svg>`;
const AVATAR = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="36" height="36"><circle cx="18" cy="18" r="18" fill="#f2c94c"/></svg>')}`;

function frame(t, R) {
  let f = `<!doctype html><html lang="en"><head><style>${FRAME_CSS}</style></head><body><div class="w"><div class="hd"><img src="${AVATAR}" alt=""><div style="flex:1"><strong>Priya from Oakline</strong><small>Typically replies in under 5 minutes</small></div>
<button type="button" aria-label="Minimise chat"${t.e('icon-button', 'min')}>${svg('M5 12h14')}</button><button type="button" aria-label="End chat"${t.e('icon-button', 'end')}>${svg('M6 6l12 12M18 6L6 18')}</button></div>
<div class="list" id="list" role="log" aria-label="Conversation">`;
  const msgs = [];
  for (let k = 0; k < 14; k++) msgs.push([k % 2 === 1, R.sentence(5, 16)]);
  msgs.push([false, 'Here is the order I can see on your account:']);
  msgs.forEach(([me, text], k) => {
    f += `<div class="m${me ? ' me' : ''}">${esc(text)}${k === 3 ? ` See <a href="/help/returns" target="_top"${t.e('link', 'm-link-3')}>our returns policy</a>.` : ''}<time>${me ? 'You' : 'Priya'} · ${9 + Math.floor(k / 4)}:${String(10 + k * 3).padStart(2, '0')}</time></div>`;
  });
  f += `<div class="card"><strong>Order #OAK-58214</strong><div>Hartley standing desk · Shipped Nov 28</div><div class="muted">Arriving Thursday</div><button type="button"${t.e('button', 'track')}>Track package</button></div>
<div class="m">Is there anything else I can help with?<time>Priya · 9:58</time></div></div><div class="chips" role="group" aria-label="Suggested replies">`;
  ['Change delivery address', 'Return an item', 'Talk to a person', 'No, thanks'].forEach((c, i) => (f += `<button type="button"${t.e('chip', `chip-${i}`)}>${c}</button>`));
  f += `</div><form class="comp" onsubmit="return false"><textarea placeholder="Write a message…" aria-label="Message"${t.e('textbox', 'composer')}></textarea>
<button type="button" title="Attach a file"${t.e('icon-button', 'attach')}>${svg('M16 7l-7 7a3 3 0 0 0 4 4l7-7a5 5 0 0 0-7-7l-7 7')}</button><button type="button" title="Insert emoji"${t.e('icon-button', 'emoji')}>${svg('M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M8 14s1.5 2 4 2 4-2 4-2')}</button>
<button type="submit" aria-label="Send" disabled${t.n('send')}>${svg('M3 12l18-9-6 18-3-7z')}</button></form>
<div class="sv" role="dialog" aria-label="Rate your conversation"><p>How did Priya do?</p>${['Great', 'Okay', 'Not good'].map((x, i) => `<button type="button"${t.h('translated-away', `sv-${i}`)}>${x}</button>`).join('')}</div></div>
<script>const l = document.getElementById('list'); l.scrollTop = l.scrollHeight;</script></body></html>`;
  return f;
}

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'logo')}>Oakline</a><nav>${['Desks', 'Chairs', 'Storage', 'Lighting'].map((n, i) => `<a href="/${n.toLowerCase()}"${t.e('link', `nav-${i}`)}>${n}</a>`).join('')}</nav><span class="spacer"></span>
<a href="/cart" aria-label="Cart, 1 item"${t.e('link', 'cart')}>Cart (1)</a></header>
<main><div class="pdp">${svgImage(2)}<section><h1 style="margin:0">Hartley standing desk</h1><p><strong>$549.00</strong></p><p>${esc(R.paragraph(2, 3))}</p>
<label>Finish <select${t.e('select', 'finish')}><option>Oak</option><option>Walnut</option><option>White</option></select></label>
<p><button type="button" class="primary"${t.e('button', 'add')}>Add to cart</button> <button type="button"${t.e('button', 'save')}>Save for later</button></p>
<h2 style="font-size:16px">Specifications</h2><div class="specs">`;
  [['Width', '140 cm'], ['Depth', '70 cm'], ['Height range', '65–130 cm'], ['Lift capacity', '120 kg'], ['Motors', 'Dual'], ['Warranty', '10 years']].forEach(([k, v]) => (b += `<span class="muted">${k}</span><span>${v}</span>`));
  b += `</div></section></div><h2 style="margin:8px 24px">Reviews</h2>`;
  for (let i = 0; i < 8; i++) b += `<div class="rev"><strong>${esc(R.person())}</strong> <span class="muted">${R.int(3, 5)} ★</span><p style="margin:4px 0">${esc(R.paragraph(1, 2))}</p><button type="button"${t.e('button', `helpful-${i}`)}>Helpful (${R.int(0, 30)})</button></div>`;
  b += `</main><iframe class="chat" title="Chat with Oakline support" srcdoc="${esc(frame(t, R))}"${t.n('chat-frame')}></iframe>
<button type="button" class="launcher" aria-label="Close chat, 2 unread messages" aria-expanded="true"${t.e('icon-button', 'launcher')}>${svg('M6 9l6 6 6-6')}<span class="badge" aria-hidden="true">2</span></button>
<div class="survey" role="dialog" aria-label="Did we help?"><p>Did we help today?</p><button type="button"${t.h('opacity-0', 'ps-yes')}>Yes</button><button type="button"${t.h('opacity-0', 'ps-no')}>No</button></div>`;
  return { html: doc({ title: 'Hartley standing desk · Oakline', css: CSS, body: b, truth: t }) };
}
