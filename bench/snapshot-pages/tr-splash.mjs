// (tr-splash) A web app still loading: an opaque full-window splash (position:fixed, inset:0) covers the page,
// but the page's own fixed header and a chat launcher are stacked ABOVE it, so no corner of the window shows the
// splash itself. Must-expose: the header's controls, the chat launcher, the splash's own "Cancel" and "Work offline".
// Traps: every control of the page under the splash, in the viewport and far below the fold (a long settings form).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'tr-splash', title: 'App under a loading splash with a header above it', seed: 2303 };

const CSS = `
.apphdr{position:fixed;left:0;right:0;top:0;height:56px;background:#1d2330;color:#fff;display:flex;align-items:center;gap:16px;padding:0 20px;z-index:1000}
.apphdr a,.apphdr button{color:#fff;background:transparent;border-color:#555}
.splash{position:fixed;inset:0;background:#f6f7f9;z-index:900;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px}
.launcher{position:fixed;right:20px;bottom:20px;z-index:1100;border-radius:50%;width:56px;height:56px}
.content{padding:76px 24px 24px;max-width:900px;margin:0 auto}
.content label{display:block;margin-top:14px;font-weight:600}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const U = (id) => t.h('under-splash', id);
  let b = `<header class="apphdr"><a href="/"${t.e('link', 'hdr-home')}>Ledgerline</a><button type="button"${t.e('button', 'hdr-help')}>Help</button><div class="spacer"></div><button type="button" aria-label="Account"${t.e('icon-button', 'hdr-acct')}>●</button></header>`;
  b += `<main class="content"><h1>${esc(R.title(3))}</h1><div style="display:flex;gap:8px">`;
  for (let i = 0; i < 5; i++) b += `<button type="button"${U(`tool-${i}`)}>${esc(R.title(1))}</button>`;
  b += `</div><form onsubmit="return false">`;
  for (let i = 0; i < 40; i++) {
    b += `<label for="f${i}">${esc(R.title(2))}</label><input id="f${i}" type="text"${U(`field-${i}`)}>`;
    if (i % 8 === 7) b += `<p>${esc(R.sentence())} <a href="/help/${i}"${U(`help-${i}`)}>More</a></p>`;
  }
  b += `<button type="submit"${U('save')}>Save settings</button></form></main>`;
  b += `<div class="splash" role="status" aria-label="Loading"><div style="font-size:22px">Loading your ledger…</div><button type="button"${t.e('button', 'splash-cancel')}>Cancel</button><a href="/offline"${t.e('link', 'splash-offline')}>Work offline</a></div>`;
  b += `<button type="button" class="launcher" aria-label="Chat with us"${t.e('icon-button', 'launcher')}>?</button>`;
  return { html: doc({ title: 'Ledgerline', css: CSS, body: b, truth: t }) };
}
