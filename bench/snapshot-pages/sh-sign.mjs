// (sh-sign) An e-signature document as DocuSign-like signing rooms render it: a sticky top bar (the envelope's
// subject, a Finish button disabled until every required field is done, an "Other actions" menu button whose menu is
// closed: display:none, traps); a left palette of fields to drag onto the page (draggable divs with role=button, an
// icon and a label); the document in an inner scroll pane: three page images (the contract's words are pixels) with
// fields laid over them at absolute positions: signature and initial tabs (buttons named by aria-label, showing only
// "Sign"/"Initial" and a chevron), date-signed tabs filled by the service (read-only text), text fields and a
// checkbox named only by their tooltip (title), and fields already filled (an adopted signature image inside its
// button, a typed value); a guided "Next" arrow (a button fixed beside the pane, its label drawn by `::after` from
// `data-label`); a closed "Adopt your signature" dialog (traps); a page navigator (page thumbnails as buttons).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-sign', title: 'E-signature: fields over page images, guided Next, disabled Finish', seed: 8111 };

const CSS = `
html,body{height:100%;overflow:hidden}
#room{position:fixed;inset:0;display:grid;grid-template-rows:56px 1fr;grid-template-columns:220px 1fr 150px;background:#e9eaee}
.bar{grid-column:1/4;position:sticky;top:0;display:flex;align-items:center;gap:12px;padding:0 18px;background:#1e1e1e;color:#fff;z-index:20}
.bar .msg{font-size:14px}
.bar button{background:#ffce00;border:0;font-weight:700}
.bar button[disabled]{opacity:.55;cursor:not-allowed}
.bar .ghost{background:transparent;color:#fff;border:1px solid #888}
.menu{position:absolute;right:18px;top:52px;background:#fff;color:#1d2330;border-radius:4px;box-shadow:0 4px 16px rgba(0,0,0,.3);min-width:200px;padding:4px 0;display:none}
.menu [role=menuitem]{display:block;padding:6px 14px;cursor:pointer}
.palette{background:#fff;border-right:1px solid #d5d7dd;overflow:auto;padding:10px}
.palette h2{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:#6a7280;margin:12px 4px 6px}
.tool{display:flex;align-items:center;gap:8px;padding:6px 8px;border-radius:4px;cursor:grab;font-size:14px}
.tool:hover{background:#f0f1f4}
.tool i{width:18px;height:18px;display:inline-block;background:#4c00ff;border-radius:3px;opacity:.75}
.viewer{position:relative;overflow:auto;min-height:0}
.page{position:relative;width:816px;height:1056px;margin:16px auto;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.2)}
.page>img{display:block;width:816px;height:1056px}
.tab{position:absolute;display:flex;align-items:center;gap:4px;font-size:12px;border:1px dashed #9a7b00;background:rgba(255,206,0,.45);color:#3b2f00;border-radius:3px;padding:2px 6px;font-weight:700}
.tab.sign{width:150px;height:44px;flex-direction:column;justify-content:center}
.tab.sign svg{width:14px;height:14px}
.tab.initial{width:60px;height:40px;flex-direction:column;justify-content:center}
.tab.done{background:transparent;border-color:transparent}
.tab.done img{width:140px;height:40px}
.tab.date{border:0;background:transparent;font-weight:400;font-size:14px}
.tab input[type=text]{width:200px;height:24px;border:1px solid #9a7b00;background:rgba(255,206,0,.25);font-size:13px;padding:2px 4px;border-radius:2px}
.tab.cb{border:0;background:transparent;padding:0}
.tab.cb input{width:18px;height:18px;margin:0;accent-color:#4c00ff}
.req::after{content:"*";color:#c00;position:absolute;right:-8px;top:-6px}
.next{position:absolute;left:236px;top:210px;z-index:15;width:90px;height:34px;border:0;background:#ffce00;clip-path:polygon(0 0,80% 0,100% 50%,80% 100%,0 100%);font-weight:800;font-size:13px;padding:0 14px 0 8px;text-align:left}
.next::after{content:attr(data-label)}
.nav{background:#fff;border-left:1px solid #d5d7dd;overflow:auto;padding:10px;display:flex;flex-direction:column;gap:10px;align-items:center}
.nav button{padding:2px;background:#fff;border:2px solid transparent;border-radius:2px}
.nav button[aria-current=true]{border-color:#4c00ff}
.nav img{width:92px;height:119px;display:block}
dialog{border:0;border-radius:6px}
`;

// A page image: the contract's text drawn as grey bars and a few real words, the way a flattened PDF page looks.
const pageImage = (R, p) => {
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="816" height="1056"><rect width="816" height="1056" fill="#fff"/>`;
  s += `<text x="72" y="90" font-size="22" font-family="serif">${p === 0 ? 'MASTER SERVICES AGREEMENT' : `Section ${p + 3}`}</text>`;
  for (let l = 0; l < 38; l++) s += `<rect x="72" y="${120 + l * 22}" width="${420 + ((l * 37 + p * 11) % 250)}" height="8" fill="#c9ccd3"/>`;
  return `data:image/svg+xml,${encodeURIComponent(s + '</svg>')}`;
};
const SIGNATURE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="140" height="40"><path d="M4 30 C20 4 30 36 44 18 S70 8 80 26 S110 30 136 10" stroke="#1a237e" stroke-width="2" fill="none"/></svg>')}`;
const CHEVRON = '<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 10l4-4 4 4" stroke="currentColor" fill="none"/></svg>';

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div id="room"><header class="bar"><span class="msg">Please review and complete the fields below. <strong>4 of 9</strong> required fields remaining.</span><span class="spacer"></span>
<button type="button" class="ghost" aria-haspopup="menu" aria-expanded="false" aria-controls="more"${t.e('button', 'other')}>Other actions ▾</button>
<button type="button" disabled title="Complete all required fields to finish"${t.n('finish')}>Finish</button>
<div class="menu" id="more" role="menu" aria-label="Other actions">`;
  ['Finish later', 'Print & sign', 'Assign to someone else', 'Decline to sign', 'View history', 'View certificate (PDF)', 'Session information'].forEach((m, i) => {
    b += `<a role="menuitem" href="#" tabindex="-1"${t.h('display-none', `menu-${i}`)}>${m}</a>`;
  });
  b += `</div></header><aside class="palette" aria-label="Fields"><h2>Standard fields</h2>`;
  ['Signature', 'Initial', 'Stamp', 'Date signed', 'Name', 'Email', 'Company', 'Title', 'Text', 'Checkbox', 'Dropdown', 'Radio', 'Attachment', 'Note', 'Approve', 'Decline'].forEach((f, i) => {
    b += `<div class="tool" role="button" tabindex="0" draggable="true" aria-roledescription="draggable field"${t.e('palette', `tool-${i}`)}><i aria-hidden="true"></i>${f}</div>`;
  });
  b += `</aside><main class="viewer" id="viewer" aria-label="Document">`;
  // Each page: [type, id, x, y, label, state]. Signing order is page by page, top to bottom.
  const fields = [
    [
      ['text', 'client-name', 120, 232, 'Client legal name', 'Northwind Traders LLC'],
      ['text', 'client-address', 120, 276, 'Client registered address', ''],
      ['cb', 'cb-terms', 96, 420, 'I have read the attached Schedule A', false],
      ['initial', 'init-1', 700, 980, 'Initial here: page 1', ''],
    ],
    [
      ['text', 'po-number', 420, 300, 'Purchase order number', ''],
      ['cb', 'cb-renew', 96, 520, 'Auto-renew for successive one-year terms', true],
      ['initial', 'init-2', 700, 980, 'Initial here: page 2', 'done'],
    ],
    [
      ['sign', 'sign-client', 96, 720, 'Sign here: Client signature', ''],
      ['date', 'date-client', 300, 740, 'Date signed', '12/01/2025'],
      ['text', 'signer-title', 96, 800, 'Signer title', ''],
      ['sign', 'sign-witness', 480, 720, 'Sign here: Witness signature', 'done'],
      ['date', 'date-witness', 660, 740, 'Date signed', '11/28/2025'],
      ['initial', 'init-3', 700, 980, 'Initial here: page 3', ''],
    ],
  ];
  fields.forEach((pf, p) => {
    b += `<section class="page" aria-label="Page ${p + 1} of ${fields.length}"><img src="${pageImage(R, p)}" alt="Master Services Agreement, page ${p + 1}">`;
    for (const [type, id, x, y, label, state] of pf) {
      const pos = `style="left:${x}px;top:${y}px"`;
      if (type === 'text') b += `<div class="tab req" ${pos}><input type="text" title="${label}" value="${esc(state)}" required${t.e('text-field', id)}></div>`;
      else if (type === 'cb') b += `<div class="tab cb" ${pos}><input type="checkbox" title="${label}"${state ? ' checked' : ''}${t.e('checkbox', id)}></div>`;
      else if (type === 'date') b += `<div class="tab date" ${pos} title="${label}"${t.n(id)}>${state}</div>`;
      else if (state === 'done') b += `<button type="button" class="tab ${type} done" ${pos} aria-label="${label.replace(/^(Sign|Initial) here/, (_, v) => (v === 'Sign' ? 'Signed' : 'Initialled'))}, change"${t.e('signed', id)}><img src="${SIGNATURE}" alt=""></button>`;
      else b += `<button type="button" class="tab ${type} req" ${pos} aria-label="${label}"${t.e(type, id)}>${type === 'sign' ? 'Sign' : 'Initial'}${CHEVRON}</button>`;
    }
    b += `</section>`;
  });
  b += `</main><nav class="nav" aria-label="Pages">`;
  fields.forEach((_, p) => {
    b += `<button type="button"${p === 0 ? ' aria-current="true"' : ''}${t.e('page-thumb', `thumb-${p}`)}><img src="${pageImage(R, p)}" alt="Page ${p + 1}"></button>`;
  });
  b += `</nav><button type="button" class="next" data-label="NEXT" aria-describedby="next-hint"${t.e('guide', 'next')}></button><span id="next-hint" hidden>Go to the next required field</span></div>
<dialog id="adopt" aria-label="Adopt your signature"><h2>Adopt your signature</h2><label>Full name <input value="Rosa Silva"${t.h('closed-dialog', 'adopt-name')}></label>
<div role="tablist"><button role="tab"${t.h('closed-dialog', 'adopt-style')}>Select style</button><button role="tab"${t.h('closed-dialog', 'adopt-draw')}>Draw</button></div>
<button${t.h('closed-dialog', 'adopt-ok')}>Adopt and sign</button><button${t.h('closed-dialog', 'adopt-cancel')}>Cancel</button></dialog>`;
  return { html: doc({ title: 'DocuSign: Master Services Agreement', css: CSS, body: b, truth: t }) };
}
