// (sh-lightning) A CRM opportunity record as Salesforce Lightning renders it: custom elements nested three shadow roots
// deep (record page → highlights panel → lightning-button, whose label is slotted light-DOM text), a path of stages as a
// `role=listbox` of `a role=option`, tabs in a shadow root, and an edit form whose comboboxes keep their listbox
// outside: the open Stage combobox (a shadow-root input with aria-expanded=true and aria-controls) has its listbox
// portaled to the end of <body> and placed under the input with position:fixed (its options must be exposed); a
// closed Forecast combobox's portaled listbox stays in the DOM at visibility:hidden (traps); a closed lookup field ties
// its portaled results (`hidden`: traps) with aria-owns on a light-DOM wrapper. The open listbox covers the Account and
// Probability fields beneath it (traps). A button menu closed in its shadow root (display:none traps),
// related lists below the fold, and a utility bar fixed at the bottom.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-lightning', title: 'CRM record in nested shadow roots with portaled combobox listboxes', seed: 5237 };

const CSS = `
.global{display:flex;align-items:center;gap:12px;height:48px;padding:0 16px;background:#fff;border-bottom:1px solid #dddbda}
.navbar{display:flex;gap:2px;height:40px;align-items:stretch;padding:0 12px;background:#fff;border-bottom:3px solid #0176d3}
.navbar a{display:flex;align-items:center;padding:0 12px;color:#181818}
.page{padding:12px;padding-bottom:60px}
.utility{position:fixed;left:0;right:0;bottom:0;height:40px;background:#fff;border-top:1px solid #dddbda;display:flex;gap:8px;align-items:center;padding:0 12px;z-index:20}
.portal{position:absolute;z-index:9000;background:#fff;border:1px solid #dddbda;border-radius:4px;box-shadow:0 2px 6px #0003;width:260px;padding:4px 0;margin:0;list-style:none}
.portal [role=option]{padding:6px 12px;cursor:pointer}
.portal [role=option][aria-selected=true]{background:#f3f3f3}
`;

// Shadow templates (declarative shadow DOM), innermost first.
const BUTTON = (label, attrs, variant = '') => `<lightning-button${attrs}><template shadowrootmode="open"><style>button{font:inherit;border:1px solid #c9c9c9;border-radius:4px;background:${variant ? '#0176d3' : '#fff'};color:${variant ? '#fff' : '#0176d3'};padding:0 16px;height:32px}</style><button type="button" part="button"><slot></slot></button></template>${label}</lightning-button>`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const stages = ['Prospecting', 'Qualification', 'Needs Analysis', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost'];
  const forecasts = ['Pipeline', 'Best Case', 'Commit', 'Omitted'];
  let b = `<div class="global"><a href="/lightning/page/home"${t.e('link', 'home')}>☁ Acme CRM</a><span class="spacer"></span>
<input type="search" placeholder="Search..." aria-label="Search"${t.e('input', 'search')} style="width:360px"><span class="spacer"></span>
<button type="button" aria-label="Setup"${t.e('icon-button', 'setup')}>⚙</button><button type="button" aria-label="View profile"${t.e('icon-button', 'profile')}>JM</button></div>
<nav class="navbar" aria-label="Global">`;
  ['Home', 'Opportunities', 'Leads', 'Accounts', 'Contacts', 'Reports'].forEach((n, i) => (b += `<a href="/lightning/o/${n}"${i === 1 ? ' aria-current="page"' : ''}${t.e('link', `nav-${i}`)}>${n}</a>`));
  b += `</nav><div class="page"><record-page><template shadowrootmode="open"><style>:host{display:block}.card{background:#fff;border:1px solid #dddbda;border-radius:4px;padding:12px;margin-bottom:12px}.path{display:flex;gap:2px;margin:0;padding:0;list-style:none}.path a{display:block;padding:6px 18px;background:#ecebea;color:#181818;clip-path:polygon(0 0,92% 0,100% 50%,92% 100%,0 100%,8% 50%)}.path a[aria-selected=true]{background:#0176d3;color:#fff}.cols{display:grid;grid-template-columns:2fr 1fr;gap:12px}</style>
<highlights-panel><template shadowrootmode="open"><style>:host{display:flex;align-items:center;gap:8px;background:#fff;border:1px solid #dddbda;border-radius:4px;padding:12px;margin-bottom:12px}h1{font-size:18px;margin:0;flex:1}.menu{position:relative}.menu ul{display:none;position:absolute;right:0;top:34px;background:#fff;border:1px solid #dddbda;list-style:none;margin:0;padding:4px 0;width:160px}</style>
<h1>Globex renewal FY27</h1>
${BUTTON('Follow', t.e('slotted-button', 'follow'))}${BUTTON('Edit', t.e('slotted-button', 'edit'))}${BUTTON('New Task', t.e('slotted-button', 'new-task'), 'brand')}
<span class="menu"><button type="button" aria-haspopup="true" aria-expanded="false" title="Show more actions"${t.e('icon-button', 'more')}>▾</button><ul role="menu">`;
  ['Clone', 'Delete', 'Change Owner', 'Printable View'].forEach((m, i) => (b += `<li role="presentation"><a role="menuitem" href="javascript:void(0)"${t.h('display-none', `more-${i}`)}>${m}</a></li>`));
  b += `</ul></span></template></highlights-panel>
<div class="card"><ul class="path" role="listbox" aria-label="Path" aria-orientation="horizontal">`;
  stages.slice(0, 6).forEach((s, i) => (b += `<li role="presentation"><a role="option" href="javascript:void(0)" aria-selected="${i === 3}" tabindex="${i === 3 ? 0 : -1}"${t.e('path-option', `path-${i}`)}>${s}</a></li>`));
  b += `</ul></div><div class="cols"><div><record-tabs><template shadowrootmode="open"><style>[role=tablist]{display:flex;gap:16px;border-bottom:1px solid #dddbda;margin-bottom:8px}[role=tab]{padding:8px 0;border:0;background:none;font:inherit}[role=tab][aria-selected=true]{border-bottom:2px solid #0176d3}</style><div role="tablist">`;
  ['Details', 'Related', 'Activity', 'Chatter'].forEach((n, i) => (b += `<button role="tab" aria-selected="${i === 0}" tabindex="${i ? -1 : 0}"${t.e('tab', `tab-${i}`)}>${n}</button>`));
  b += `</div><slot></slot></template>
<form class="edit" onsubmit="return false" style="background:#fff;border:1px solid #dddbda;border-radius:4px;padding:12px;display:grid;grid-template-columns:1fr 1fr;gap:12px 24px">
<label>Opportunity Name<br><input value="Globex renewal FY27" style="width:100%"${t.e('input', 'opp-name')}></label>
<label>Amount<br><input value="€148,000.00" style="width:100%"${t.e('input', 'amount')}></label>
<div><span id="stage-l">Stage</span><br><lightning-combobox><template shadowrootmode="open"><style>input{font:inherit;width:260px;border:1px solid #0176d3;border-radius:4px;padding:6px 8px}</style><input role="combobox" aria-labelledby="lbl" aria-expanded="true" aria-controls="stage-listbox" aria-autocomplete="none" readonly value="Proposal"${t.e('combobox', 'stage')}><span id="lbl" hidden>Stage</span></template></lightning-combobox></div>
<div><span>Forecast Category</span><br><lightning-combobox><template shadowrootmode="open"><style>input{font:inherit;width:260px;border:1px solid #c9c9c9;border-radius:4px;padding:6px 8px}</style><input role="combobox" aria-label="Forecast Category" aria-expanded="false" aria-controls="forecast-listbox" readonly value="Best Case"${t.e('combobox', 'forecast')}></template></lightning-combobox></div>
<div><label for="acct">Account Name</label><br><div role="combobox" aria-expanded="false" aria-owns="acct-results" aria-haspopup="listbox"><input id="acct" value="Globex Corporation" style="width:260px" aria-autocomplete="list"${t.h('under-listbox', 'account')}></div></div>
<label>Close Date<br><input type="date" value="2027-01-31"${t.e('date', 'close')}></label>
<label>Probability (%)<br><input type="number" value="60"${t.h('under-listbox', 'prob')}></label>
<label>Next Step<br><input style="width:100%"${t.e('input', 'next')}></label>
<label style="grid-column:1/3">Description<br><textarea rows="3" style="width:100%"${t.e('textarea', 'desc')}></textarea></label>
<div style="grid-column:1/3;display:flex;gap:8px;justify-content:center">${BUTTON('Cancel', t.e('slotted-button', 'cancel'))}${BUTTON('Save', t.e('slotted-button', 'save'), 'brand')}</div></form>
</record-tabs></div><aside><div class="card"><h2 style="font-size:15px;margin:0 0 8px">Activity</h2>`;
  ['Log a Call', 'New Event', 'Email'].forEach((n, i) => (b += BUTTON(n, t.e('slotted-button', `act-${i}`))));
  for (let i = 0; i < 5; i++) b += `<p><a href="/task/${i}"${t.e('link', `task-${i}`)}>${esc(R.title(3))}</a><br><span style="color:#706e6b">${esc(R.person())} · ${R.int(1, 28)} Nov</span></p>`;
  b += `</div><div class="card"><h2 style="font-size:15px;margin:0 0 8px">Contact Roles (3)</h2>`;
  for (let i = 0; i < 3; i++) b += `<p><a href="/contact/${i}"${t.e('link', `role-${i}`)}>${esc(R.person())}</a> — Decision Maker</p>`;
  b += `</div></aside></div>
<div class="card"><h2 style="font-size:15px;margin:0 0 8px">Products (6)</h2><table style="width:100%;border-collapse:collapse">`;
  for (let i = 0; i < 6; i++) b += `<tr><td><a href="/product/${i}"${t.e('link', `prod-${i}`)}>${esc(R.title(2))}</a></td><td>${R.int(1, 40)}</td><td>€${R.int(100, 9000)}</td><td>${BUTTON('Edit', t.e('slotted-button', `prod-${i}-edit`))}</td></tr>`;
  b += `</table></div><div class="card"><h2 style="font-size:15px;margin:0 0 8px">Notes &amp; Attachments</h2>`;
  for (let i = 0; i < 8; i++) b += `<p><a href="/note/${i}"${t.e('link', `note-${i}`)}>${esc(R.title(4))}</a> ${esc(R.sentence(6, 12))}</p>`;
  b += `</div></template></record-page></div>
<div class="utility" role="toolbar" aria-label="Utility Bar"><button type="button"${t.e('button', 'util-notes')}>Notes</button><button type="button"${t.e('button', 'util-history')}>History</button></div>
<ul class="portal" id="stage-listbox" role="listbox" aria-label="Stage">`;
  stages.forEach((s, i) => (b += `<li role="option" aria-selected="${i === 3}" id="stage-o${i}"${t.e('portal-option', `stage-o${i}`)}>${s}</li>`));
  b += `</ul><ul class="portal" id="forecast-listbox" role="listbox" aria-label="Forecast Category" style="visibility:hidden">`;
  forecasts.forEach((s, i) => (b += `<li role="option" aria-selected="${i === 1}"${t.h('visibility-hidden', `fc-o${i}`)}>${s}</li>`));
  b += `</ul><ul class="portal" id="acct-results" role="listbox" aria-label="Accounts" hidden>`;
  ['Globex Corporation', 'Globex Asia Pacific', 'Global Freight Ltd'].forEach((s, i) => (b += `<li role="option"${t.h('hidden', `acct-o${i}`)}>${s}</li>`));
  // Placed under their inputs once, as popper-style libraries place a portaled popup (document coordinates).
  b += `</ul><script>
(function(){var page=document.querySelector('record-page').shadowRoot,form=page.querySelector('record-tabs');
var combos=form.querySelectorAll('lightning-combobox');
function place(lb,input){var r=input.getBoundingClientRect();lb.style.left=(r.left+scrollX)+'px';lb.style.top=(r.bottom+scrollY+2)+'px';}
place(document.getElementById('stage-listbox'),combos[0].shadowRoot.querySelector('input'));
place(document.getElementById('forecast-listbox'),combos[1].shadowRoot.querySelector('input'));
place(document.getElementById('acct-results'),form.querySelector('#acct'));})();
</script>`;
  return { html: doc({ title: 'Globex renewal FY27 | Opportunity | Acme CRM', css: CSS, body: b, truth: t }) };
}
