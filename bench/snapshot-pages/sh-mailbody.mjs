// (sh-mailbody) A mail client's reading pane with an HTML newsletter open, as Outlook/Gmail-like clients render it:
// a folder rail; the message header (subject, sender name and address, to, date), a toolbar of icon-only buttons
// (Fluent-style: an `<i data-icon-name>` glyph from a private-use icon font; named by aria-label or only by title),
// attachments (cards: a preview link with the
// file name and size, a download icon button named by title), and the body in a same-origin `iframe srcdoc` sized to
// its content inside the pane that scrolls. The newsletter is table-based: presentation tables with spacer cells
// (`&nbsp;`, 1-pixel spacer GIFs), a hidden preheader hidden five ways (display:none; font-size:0 with max-height:0
// and overflow:hidden; opacity:0; Litmus's visibility:hidden stack; a line in the background's colour, text only)
// with links in four (traps) and `&zwnj;&nbsp;` filler, a tracking
// pixel, a "View in browser" link, a hero image link, "bulletproof" buttons (links padded inside coloured cells),
// product tiles in a nested layout table without role=presentation, social icon links whose images have alt text,
// and an unsubscribe footer of small links.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-mailbody', title: 'Mail reading pane: HTML newsletter in a srcdoc frame, hidden preheaders', seed: 8521 };

const CSS = `
html,body{height:100%;overflow:hidden}
#app{position:fixed;inset:0;display:grid;grid-template-columns:200px 1fr;grid-template-rows:48px 1fr;background:#faf9f8}
.top{grid-column:1/3;display:flex;align-items:center;gap:12px;padding:0 16px;background:#0f6cbd;color:#fff}
.top input{width:360px}
.rail{overflow:auto;padding:8px}
.rail a{display:block;padding:5px 10px;border-radius:4px;color:#242424}
.rail a[aria-current]{background:#e1dfdd;font-weight:600}
.pane{overflow:auto;min-height:0;background:#fff;padding:16px 24px}
.subj{font-size:20px;margin:0 0 12px;font-weight:600}
.hdr{display:flex;gap:12px;align-items:flex-start}
.hdr .av{width:40px;height:40px;border-radius:50%;background:#c7e0f4;display:grid;place-items:center;font-weight:600}
.hdr .who{flex:1;font-size:14px}
.hdr .who .muted{font-size:13px}
.tb{display:flex;gap:2px}
.tb button{width:32px;height:32px;border:0;background:none;padding:0;display:grid;place-items:center;border-radius:4px}
.tb button:hover{background:#f3f2f1}
.ms-Icon{font-family:"FabricMDL2Icons";font-style:normal;font-size:16px;color:#0f6cbd}
.att{display:flex;gap:8px;margin:12px 0 12px 52px}
.card{display:flex;align-items:center;gap:8px;border:1px solid #e1dfdd;border-radius:4px;padding:6px 8px;font-size:13px}
.card a{color:#242424}
.card small{display:block;color:#616161}
.card button{border:0;background:none;padding:2px}
.body{margin-left:52px;max-width:680px}
.body iframe{width:100%;border:0;display:block}
`;

const P = '&#847;&zwnj;&nbsp;'.repeat(40);
const IMG = (w, h, c, label = '') => `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${c}"/>${label ? `<text x="50%" y="55%" text-anchor="middle" font-size="22" font-family="Georgia" fill="#fff">${label}</text>` : ''}</svg>`)}`;
const SPACER = IMG(1, 1, '#ffffff');

function newsletter(t, R) {
  let h = `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;background:#f2efe9}table{border-collapse:collapse}td{font-family:Georgia,serif;color:#2b2b2b}a{color:#8a3b12}</style></head><body style="margin:0;padding:0;background:#f2efe9">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">Cyber week ends tonight: 40% off linen. <a href="https://mail.fieldandloom.example/pre/1"${t.h('display-none', 'pre-1')}>Shop now</a>${P}</div>
<span style="font-size:0;line-height:0;max-height:0;overflow:hidden;display:block">Free shipping on every order over $75. <a href="https://mail.fieldandloom.example/pre/2"${t.h('font-size-0', 'pre-2')}>Details</a>${P}</span>
<div style="color:#f2efe9;background:#f2efe9;font-size:1px;line-height:1px">Last call for cyber week${P}</div>
<div style="visibility:hidden;opacity:0;color:transparent;height:0;width:0;max-height:0;max-width:0;overflow:hidden">Members save more <a href="https://mail.fieldandloom.example/pre/3"${t.h('visibility-hidden', 'pre-3')}>Join</a></div>
<div style="opacity:0;height:0;overflow:hidden">Your exclusive code inside <a href="https://mail.fieldandloom.example/pre/4"${t.h('opacity-0', 'pre-4')}>Open</a></div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2efe9"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td colspan="3" align="right" style="font-size:11px;padding:8px 16px;color:#7a7a7a">Having trouble viewing this email? <a href="https://mail.fieldandloom.example/view/88213"${t.e('link', 'view-browser')}>View in browser</a></td></tr>
<tr><td width="20">&nbsp;</td><td align="center" style="padding:12px 0"><a href="https://fieldandloom.example/?utm_source=email"${t.e('link', 'logo')}><img src="${IMG(180, 40, '#8a3b12', 'FIELD &amp; LOOM')}" width="180" height="40" alt="Field &amp; Loom" style="display:block;border:0"></a></td><td width="20">&nbsp;</td></tr>
<tr><td colspan="3"><img src="${SPACER}" width="1" height="10" alt="" style="display:block"></td></tr>
<tr><td colspan="3"><a href="https://fieldandloom.example/sale?utm_campaign=cyber"${t.e('link', 'hero')}><img src="${IMG(600, 300, '#c98b5a', 'Cyber Week · 40% off linen')}" width="600" height="300" alt="Cyber Week: 40% off all linen" style="display:block;border:0"></a></td></tr>
<tr><td width="20">&nbsp;</td><td style="padding:20px 0;font-size:16px;line-height:24px">${esc(R.paragraph(2, 3))}</td><td width="20">&nbsp;</td></tr>
<tr><td width="20">&nbsp;</td><td align="center"><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="#8a3b12" style="border-radius:4px"><a href="https://fieldandloom.example/sale/linen?utm_content=cta1" style="display:inline-block;padding:12px 28px;color:#ffffff;font-family:Arial,sans-serif;font-size:15px;font-weight:bold;text-decoration:none"${t.e('cta', 'cta-1')}>Shop linen</a></td>
<td width="12">&nbsp;</td><td style="border:2px solid #8a3b12;border-radius:4px"><a href="https://fieldandloom.example/new?utm_content=cta2" style="display:inline-block;padding:10px 26px;color:#8a3b12;font-family:Arial,sans-serif;font-size:15px;font-weight:bold;text-decoration:none"${t.e('cta', 'cta-2')}>New arrivals</a></td></tr></table></td><td width="20">&nbsp;</td></tr>
<tr><td colspan="3" height="24" style="font-size:0;line-height:0">&nbsp;</td></tr>
<tr><td width="20">&nbsp;</td><td><table width="100%" cellpadding="0" cellspacing="0" border="0">`;
  const items = ['Stonewashed duvet cover', 'Waffle bath towel', 'Linen apron', 'Table runner', 'Pillowcase pair', 'Tea towels, set of 3'];
  for (let r = 0; r < 2; r++) {
    h += '<tr>';
    for (let c = 0; c < 3; c++) {
      const i = r * 3 + c;
      h += `<td width="33%" valign="top" style="padding:8px"><a href="https://fieldandloom.example/p/${i}?utm_content=tile"${t.e('tile', `tile-${i}-img`)}><img src="${IMG(170, 170, ['#d9c2a7', '#b7c4b0', '#c9b2b8'][c])}" width="170" height="170" alt="${items[i]}" style="display:block;border:0"></a>
<p style="margin:8px 0 2px;font-size:14px"><a href="https://fieldandloom.example/p/${i}?utm_content=name" style="color:#2b2b2b;text-decoration:none"${t.e('tile', `tile-${i}-name`)}>${items[i]}</a></p><p style="margin:0;font-size:14px"><s style="color:#7a7a7a">$${80 + i * 12}</s> <strong>$${Math.round((80 + i * 12) * 0.6)}</strong></p></td>`;
      if (c < 2) h += `<td width="4" style="font-size:0">&nbsp;</td>`;
    }
    h += '</tr>';
  }
  h += `</table></td><td width="20">&nbsp;</td></tr>
<tr><td colspan="3" height="24" style="font-size:0;line-height:0">&nbsp;</td></tr>
<tr><td colspan="3" align="center" bgcolor="#2b2b2b" style="padding:20px"><table role="presentation" cellpadding="0" cellspacing="0"><tr>`;
  ['Instagram', 'Pinterest', 'Facebook', 'YouTube'].forEach((s, i) => (h += `<td style="padding:0 8px"><a href="https://${s.toLowerCase()}.com/fieldandloom"${t.e('social', `social-${i}`)}><img src="${IMG(28, 28, '#ffffff')}" width="28" height="28" alt="${s}" style="display:block;border:0"></a></td>`));
  h += `</tr></table><p style="color:#bdbdbd;font-size:11px;line-height:16px;font-family:Arial,sans-serif;margin:16px 0 0">You are receiving this email because you signed up at fieldandloom.example.<br>Field &amp; Loom, 214 Mill Street, Asheville, NC 28801<br>
<a href="https://mail.fieldandloom.example/unsub?u=88213" style="color:#ffffff"${t.e('link', 'unsub')}>Unsubscribe</a> | <a href="https://mail.fieldandloom.example/prefs?u=88213" style="color:#ffffff"${t.e('link', 'prefs')}>Manage preferences</a> | <a href="https://fieldandloom.example/privacy" style="color:#ffffff"${t.e('link', 'privacy')}>Privacy policy</a></p></td></tr>
</table></td></tr></table><img src="https://mail.fieldandloom.example/o/88213.gif" width="1" height="1" alt="" style="display:block;height:1px!important;width:1px!important;border:0;margin:0;padding:0"></body></html>`;
  return h;
}

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div id="app"><header class="top"><strong>Mail</strong><input type="search" placeholder="Search" aria-label="Search mail"${t.e('search', 'search')}></header><nav class="rail" aria-label="Folders">`;
  ['Inbox', 'Drafts', 'Sent Items', 'Deleted Items', 'Junk Email', 'Archive', 'Newsletters', 'Receipts'].forEach((f, i) => (b += `<a href="/mail/${f.toLowerCase().replace(/ /g, '')}"${i === 6 ? ' aria-current="page"' : ''}${t.e('link', `f-${i}`)}>${f}</a>`));
  b += `</nav><main class="pane" aria-label="Reading pane"><h1 class="subj">Cyber week: 40% off linen ends tonight</h1><div class="hdr"><div class="av" aria-hidden="true">FL</div>
<div class="who"><div><strong>Field &amp; Loom</strong> <span class="muted">&lt;hello@fieldandloom.example&gt;</span></div><div class="muted">To: rosa.silva@example.com</div><div class="muted">Mon 12/1/2025 7:02 AM</div></div><div class="tb" role="toolbar" aria-label="Message actions">`;
  // Fluent icon font glyphs: private-use code points drawn by the icon font.
  [['Reply', '\uE97A', 'aria'], ['ReplyAll', '\uEE0A', 'aria'], ['Forward', '\uE72A', 'aria'], ['Archive', '\uF03F', 'title'], ['Delete', '\uE74D', 'title'], ['More', '\uE712', 'aria']].forEach(([n, g, how], i) => {
    const label = { ReplyAll: 'Reply all', More: 'More actions' }[n] ?? n;
    b += `<button type="button" ${how === 'aria' ? `aria-label="${label}"` : `title="${label}"`}${t.e('icon-button', `tb-${i}`)}><i data-icon-name="${n}" aria-hidden="true" class="ms-Icon">${g}</i></button>`;
  });
  b += `</div></div><div class="att" role="list" aria-label="Attachments">`;
  [['Lookbook-Winter.pdf', '2 MB'], ['Size-guide.pdf', '184 KB']].forEach(([n, s], i) => {
    b += `<div class="card" role="listitem"><a href="/attachments/${i}"${t.e('link', `att-${i}`)}>${n}<small>${s}</small></a><button type="button" title="Download ${n}"${t.e('icon-button', `att-${i}-dl`)}><i data-icon-name="Download" aria-hidden="true" class="ms-Icon">\uE896</i></button></div>`;
  });
  b += `</div><div class="body"><iframe id="body" title="Message body" sandbox="allow-same-origin allow-popups" srcdoc="${esc(newsletter(t, R))}"${t.n('body-frame')}></iframe></div></main></div>
<script>const f = document.getElementById('body'); const fit = () => { f.style.height = f.contentDocument.documentElement.scrollHeight + 'px'; }; f.addEventListener('load', fit); if (f.contentDocument && f.contentDocument.readyState === 'complete') fit();</script>`;
  return { html: doc({ title: 'Cyber week: 40% off linen ends tonight - Mail', css: CSS, body: b, truth: t }) };
}
