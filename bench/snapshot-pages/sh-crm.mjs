// (sh-crm) CRM record page as Salesforce/HubSpot build it: the WINDOW scrolls; a sticky record header (name, actions,
// a "More actions" menu button) stays on top; below it a two-column layout whose left column is long (a details
// section of label/value pairs, each with an inline "Edit <field>" pencil button, then an activity timeline) and
// whose right rail is sticky, as tall as the window under the header, and scrolls by itself, holding related lists
// that each scroll in their own nested box (a table of contacts, a list of opportunities, cases). A "Load older
// activity" section fills itself by IntersectionObserver when scrolled near (its placeholder is not scored). Traps:
// the header's action menu (display:none), the inline edit form of each field (display:none), a hover card fixed
// off to the left (translateX(-120%)).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-crm', title: 'CRM record: sticky header, independently scrolling rail, nested lists', seed: 2707 };

const CSS = `
body{background:#f3f3f3}
.rec{position:sticky;top:0;z-index:20;background:#fff;border-bottom:1px solid #ddd;padding:10px 20px;display:flex;align-items:center;gap:10px;height:72px}
.rec .menu{display:none;position:absolute;right:20px;top:64px;background:#fff;border:1px solid #c3c8d2}
.cols{display:grid;grid-template-columns:1fr 420px;gap:16px;padding:16px 20px;align-items:start}
.card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px 14px;margin-bottom:14px}
.fields{display:grid;grid-template-columns:1fr 1fr;gap:0 24px}
.field{display:flex;align-items:center;border-bottom:1px solid #eee;padding:6px 0;gap:8px}
.field dt{width:130px;color:#6a7280;font-size:13px}
.field dd{margin:0;flex:1}
.field .pen{border:0;padding:0 4px;background:transparent;color:#6a7280}
.field form{display:none}
.tl li{padding:8px 0;border-bottom:1px solid #eee}
.rail{position:sticky;top:88px;height:calc(100vh - 100px);overflow-y:auto}
.rail .card h3{font-size:14px;margin:0 0 6px;display:flex;align-items:center;gap:6px}
.nested{max-height:190px;overflow-y:auto;border:1px solid #eee}
.nested table{border-collapse:collapse;width:100%;font-size:13px}
.nested th{position:sticky;top:0;background:#f7f7f7;text-align:left;padding:4px 6px}
.nested td{padding:4px 6px;border-top:1px solid #f0f0f0}
.hovercard{position:fixed;left:0;top:200px;width:300px;background:#fff;border:1px solid #ccc;transform:translateX(-120%)}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const company = `${R.title(2)} Industries`;
  let b = `<header class="rec"><div><div class="muted" style="font-size:12px">Account</div><h1 style="font-size:20px;margin:0">${esc(company)}</h1></div><div class="spacer"></div>
<button type="button"${t.e('button', 'rec-follow')}>+ Follow</button><button type="button"${t.e('button', 'rec-edit')}>Edit</button><button type="button"${t.e('button', 'rec-case')}>New Case</button><button type="button"${t.e('button', 'rec-contact')}>New Contact</button>
<button type="button" aria-label="More actions" aria-haspopup="menu" aria-expanded="false"${t.e('icon-button', 'rec-more')}>▾</button>
<div class="menu" role="menu"><button role="menuitem"${t.h('display-none', 'menu-clone')}>Clone</button><button role="menuitem"${t.h('display-none', 'menu-delete')}>Delete</button></div></header>
<div class="cols"><main><section class="card" aria-labelledby="det-h"><h2 id="det-h" style="font-size:16px;margin:0 0 8px">Details</h2><dl class="fields">`;
  const FIELDS = ['Account Owner', 'Phone', 'Website', 'Type', 'Industry', 'Employees', 'Annual Revenue', 'Rating', 'Billing Street', 'Billing City', 'Shipping Street', 'Shipping City', 'SLA', 'SLA Expiration', 'Customer Priority', 'Upsell Opportunity', 'Parent Account', 'Account Site', 'Ticker Symbol', 'Ownership', 'Description', 'Region', 'Segment', 'Created By'];
  FIELDS.forEach((f, i) => {
    const value = f === 'Website' ? `<a href="#w/${i}"${t.e('link', `fv-${i}-link`)}>www.${esc(R.word())}.example</a>` : f === 'Account Owner' || f === 'Parent Account' || f === 'Created By' ? `<a href="#u/${i}"${t.e('link', `fv-${i}-link`)}>${esc(R.person())}</a>` : esc(R.chance(0.15) ? '' : R.title(R.int(1, 3)));
    b += `<div class="field"><dt>${f}</dt><dd>${value}</dd><button type="button" class="pen" aria-label="Edit ${f}"${t.e('icon-button', `fv-${i}-edit`)}>✎</button>
<form><input aria-label="${f}"${t.h('display-none', `fv-${i}-input`)}></form></div>`;
  });
  b += `</dl></section><section class="card" aria-labelledby="act-h"><h2 id="act-h" style="font-size:16px;margin:0 0 8px">Activity</h2>
<div style="display:flex;gap:6px;margin-bottom:8px"><button type="button"${t.e('button', 'act-call')}>Log a Call</button><button type="button"${t.e('button', 'act-task')}>New Task</button><button type="button"${t.e('button', 'act-event')}>New Event</button><button type="button"${t.e('button', 'act-email')}>Email</button></div>
<ul class="tl" style="list-style:none;padding:0;margin:0">`;
  for (let i = 0; i < 30; i++) {
    b += `<li><a href="#t/${i}"${t.e('link', `tl-${i}`)}>${esc(R.title(R.int(2, 5)))}</a><div class="muted" style="font-size:12px">${esc(R.person())} · ${R.int(1, 28)} Nov</div><p style="margin:4px 0">${esc(R.sentence())}</p></li>`;
  }
  b += `</ul><div id="older" style="min-height:80px"><span class="muted">Loading older activity…</span></div></section></main>
<aside class="rail" aria-label="Related"><section class="card"><h3>Contacts (24) <span class="spacer"></span><button type="button"${t.e('button', 'rel-contact-new')}>New</button></h3>
<div class="nested"><table><thead><tr><th>Name</th><th>Title</th><th>Email</th></tr></thead><tbody>`;
  for (let i = 0; i < 24; i++) {
    const p = R.person();
    b += `<tr><td><a href="#c/${i}"${t.e('link', `ct-${i}`)}>${esc(p)}</a></td><td>${esc(R.title(2))}</td><td>${R.chance(0.2) ? '' : `${esc(p.split(' ')[0].toLowerCase())}@example.com`}</td></tr>`;
  }
  b += `</tbody></table></div><a href="#all/contacts"${t.e('link', 'rel-contact-all')}>View All</a></section><section class="card"><h3>Opportunities (15) <span class="spacer"></span><button type="button"${t.e('button', 'rel-opp-new')}>New</button></h3><ul class="nested" style="list-style:none;margin:0;padding:0 6px">`;
  for (let i = 0; i < 15; i++) b += `<li style="padding:5px 0;border-bottom:1px solid #eee"><a href="#o/${i}"${t.e('link', `opp-${i}`)}>${esc(R.title(3))}</a><div class="muted" style="font-size:12px">Stage: ${R.pick(['Prospecting', 'Proposal', 'Negotiation', 'Closed Won'])} · $${R.int(5, 900)}k</div></li>`;
  b += `</ul><a href="#all/opps"${t.e('link', 'rel-opp-all')}>View All</a></section><section class="card"><h3>Cases (9) <span class="spacer"></span><button type="button"${t.e('button', 'rel-case-new')}>New</button></h3><ul class="nested" style="list-style:none;margin:0;padding:0 6px">`;
  for (let i = 0; i < 9; i++) b += `<li style="padding:5px 0;border-bottom:1px solid #eee"><a href="#k/${i}"${t.e('link', `case-${i}`)}>0000${1000 + i}</a> ${esc(R.title(3))} <button type="button" aria-label="Case actions"${t.e('icon-button', `case-${i}-menu`)}>▾</button></li>`;
  b += `</ul></section><section class="card"><h3>Files (3)</h3>`;
  for (let i = 0; i < 3; i++) b += `<div><a href="#file/${i}"${t.e('link', `file-${i}`)}>${esc(R.word())}.pdf</a></div>`;
  b += `<button type="button"${t.e('button', 'file-upload')}>Upload Files</button></section></aside></div>
<div class="hovercard" role="dialog" aria-label="Contact preview"><a href="#hc"${t.h('transform-offscreen', 'hover-open')}>Open contact</a></div>
<script>new IntersectionObserver((entries, io) => { if (!entries[0].isIntersecting) return; io.disconnect(); const box = document.getElementById('older'); box.textContent = ''; for (let i = 0; i < 10; i++) { const li = document.createElement('div'); li.innerHTML = '<a href="#old/' + i + '">Older activity ' + i + '</a>'; box.append(li); } }, { rootMargin: '100px' }).observe(document.getElementById('older'));</script>`;
  return { html: doc({ title: `${company} | Account`, css: CSS, body: b, truth: t }) };
}
