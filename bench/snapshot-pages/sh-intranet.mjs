// (sh-intranet) A legacy enterprise ERP as intranets still serve it: the top document is a `<frameset>` (no body) of a
// banner frame, a navigation frame and a main frame. The banner's module switcher is an image map (`<img usemap>` with
// `<area href>` rectangles, one `<area nohref>` spacer); Log off is a `javascript:` link. The navigation frame is a
// tree of layout tables whose folders open with `javascript:void(0)` links and `<font>` labels; one folder is closed
// (display:none: traps). The main frame (taller than its frame, so it scrolls inside it) is a purchase order laid out
// in tables: tabs that are `<td onclick>` cells (the invalid `cursor:hand` gives them no pointer), lookup buttons that
// are `<input type=image>`, a lines grid whose sortable headers are `<td onclick>`, `<input type=submit|reset|button>`,
// and a vendor lookup popup left in the page with visibility:hidden (traps).
import { makeRng, esc, Truth } from './_lib.mjs';

export const meta = { id: 'sh-intranet', title: 'Legacy ERP: frameset, image map, onclick cells and image inputs', seed: 7311 };

const OLD = (title, body, extra = '') => `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta charset="utf-8"><title>${title}</title><style>body{margin:6px;font:12px Tahoma,Arial,sans-serif;background:#fff}td{font:12px Tahoma,Arial,sans-serif}${extra}</style></head>
<body bgcolor="#FFFFFF" link="#003399" vlink="#003399">${body}</body></html>`;

const ICON = (c, w = 16, h = 16) => `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" rx="2" fill="${c}"/></svg>`)}`;
const MODULES = ['Purchasing', 'Inventory', 'Finance', 'Human Resources'];

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const files = {};

  // Banner: an image map of modules; areas are 120x28 rectangles on a 520x32 strip.
  let top = `<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#003366"><tr>
<td width="180"><font face="Arial" size="4" color="#FFFFFF"><b>NorthStar ERP</b></font></td>
<td><img src="${ICON('#336699', 520, 32)}" width="520" height="32" usemap="#modules" alt="Modules" border="0"></td>
<td align="right"><font color="#FFFFFF" size="2">J. Meyer |</font> <a href="javascript:top.logoff()"${t.e('javascript-link', 'logoff')}><font color="#FFCC00">Log off</font></a>&nbsp;</td></tr></table>
<map name="modules">`;
  MODULES.forEach((m, i) => (top += `<area shape="rect" coords="${i * 125},2,${i * 125 + 120},30" href="/erp/${m.toLowerCase().replace(/ /g, '-')}" alt="${m}" target="main"${t.e('area', `mod-${i}`)}>`));
  top += `<area shape="rect" coords="500,2,520,30" nohref alt=""></map>`;
  files['top.html'] = OLD('Banner', top, 'body{margin:0;background:#003366}');

  // Navigation tree of tables.
  let nav = `<table cellpadding="2" cellspacing="0" border="0" width="100%">`;
  const folders = [
    ['Requisitions', ['New requisition', 'My requisitions', 'Approvals inbox'], true],
    ['Purchase orders', ['New order', 'Open orders', 'Receiving', 'Returns to vendor'], true],
    ['Vendors', ['Vendor master', 'Price lists', 'Vendor ratings'], false],
    ['Reports', ['Spend by cost centre', 'Open commitments'], true],
  ];
  folders.forEach(([f, items, open], fi) => {
    nav += `<tr><td width="16"><img src="${ICON(open ? '#FFCC00' : '#CC9900')}" width="16" height="16" alt=""></td><td><a href="javascript:void(0)" onclick="toggle(${fi})"${t.e('javascript-link', `folder-${fi}`)}><font size="2"><b>${f}</b></font></a></td></tr>
<tr id="f${fi}"${open ? '' : ' style="display:none"'}><td></td><td><table cellpadding="1" cellspacing="0" border="0">`;
    items.forEach((it, ii) => (nav += `<tr><td><img src="${ICON('#999999', 8, 8)}" width="8" height="8" alt=""></td><td><a href="/erp/p/${fi}/${ii}" target="main"${open ? t.e('tree-link', `nav-${fi}-${ii}`) : t.h('display-none', `nav-${fi}-${ii}`)}><font size="2">${it}</font></a></td></tr>`));
    nav += `</table></td></tr>`;
  });
  nav += `</table><hr size="1"><form name="quick"><font size="1">Quick find</font><br><input type="text" name="q" size="14"${t.e('input', 'quick-q')}><input type="image" src="${ICON('#336699')}" alt="Find" align="absmiddle"${t.e('image-input', 'quick-go')}></form>
<script>function toggle(i){var r=document.getElementById('f'+i);r.style.display=r.style.display=='none'?'':'none';}</script>`;
  files['nav.html'] = OLD('Navigation', nav, 'body{background:#E8EEF4}');

  // Main: purchase order.
  let main = `<table width="100%" cellpadding="4" cellspacing="0" border="0"><tr><td><font size="3" color="#003366"><b>Purchase order 4500017${R.int(100, 999)}</b></font></td>
<td align="right"><a href="javascript:window.print()"${t.e('javascript-link', 'print')}>Print</a> | <a href="/erp/help/po" target="_blank"${t.e('link', 'help')}>Help</a></td></tr></table>
<table cellpadding="0" cellspacing="0" border="0"><tr>`;
  ['Header', 'Lines', 'Delivery', 'Approvals', 'Attachments'].forEach((tab, i) => {
    main += `<td class="tab${i === 1 ? ' on' : ''}" style="cursor:hand" onclick="showTab(${i})"${t.e('onclick-cell', `tab-${i}`)}>&nbsp;${tab}&nbsp;</td><td width="2"></td>`;
  });
  main += `</tr></table><table width="100%" cellpadding="3" cellspacing="0" border="1" bordercolor="#B0C4DE" style="border-collapse:collapse">
<tr><td bgcolor="#E8EEF4" width="120"><font size="2">Vendor</font></td><td><input name="vendor" size="10" value="100482"${t.e('input', 'vendor')}> <input type="image" src="${ICON('#6699CC')}" alt="Look up vendor" onclick="return lookup()"${t.e('image-input', 'vendor-lookup')}> <font size="2">Hansen Industrial Supply</font></td>
<td bgcolor="#E8EEF4" width="120"><font size="2">Order date</font></td><td><input name="odate" size="10" value="02.12.2026"${t.e('input', 'odate')}> <input type="image" src="${ICON('#6699CC')}" alt="Calendar"${t.e('image-input', 'odate-cal')}></td></tr>
<tr><td bgcolor="#E8EEF4"><font size="2">Purch. group</font></td><td><select name="pgrp"${t.e('select', 'pgrp')}><option>001 Office</option><option selected>004 MRO</option><option>007 IT</option></select></td>
<td bgcolor="#E8EEF4"><font size="2">Currency</font></td><td><select name="cur"${t.e('select', 'cur')}><option>EUR</option><option>USD</option></select></td></tr></table>
<br><table width="100%" cellpadding="3" cellspacing="0" border="1" bordercolor="#B0C4DE" style="border-collapse:collapse"><tr bgcolor="#336699">`;
  ['Item', 'Material', 'Short text', 'Qty', 'Unit', 'Net price', 'Plant'].forEach((h, i) => (main += `<td onclick="sortBy(${i})"${t.e('sort-cell', `col-${i}`)}><font color="#FFFFFF" size="2"><b>${h}</b></font></td>`));
  main += `<td><font color="#FFFFFF" size="2"><b>Del.</b></font></td></tr>`;
  for (let r = 0; r < 14; r++) {
    main += `<tr${r % 2 ? ' bgcolor="#F4F7FA"' : ''}><td><font size="2">${(r + 1) * 10}</font></td><td><input size="9" value="M-${R.int(10000, 99999)}"${t.e('line-input', `l${r}-mat`)}></td><td><font size="2">${esc(R.title(3))}</font></td>
<td><input size="4" value="${R.int(1, 40)}"${t.e('line-input', `l${r}-qty`)}></td><td><font size="2">PC</font></td><td align="right"><font size="2">${R.int(3, 900)},${R.int(10, 99)}</font></td><td><font size="2">DE01</font></td>
<td align="center"><input type="checkbox" name="del${r}"${t.e('line-checkbox', `l${r}-del`)}></td></tr>`;
  }
  main += `</table><br><table width="100%"><tr><td><font size="2">Header note</font><br><textarea rows="3" cols="60"${t.e('textarea', 'note')}></textarea></td></tr>
<tr><td><input type="submit" value="Save"${t.e('button', 'save')}> <input type="button" value="Check" onclick="check()"${t.e('button', 'check')}> <input type="reset" value="Cancel"${t.e('button', 'cancel')}> <input type="image" src="${ICON('#CC3333', 60, 20)}" alt="Delete order"${t.e('image-input', 'delete')}></td></tr></table>
<div id="lookup" style="position:absolute;left:180px;top:90px;width:300px;background:#FFFFE0;border:1px solid #999;visibility:hidden"><table cellpadding="2">`;
  for (let i = 0; i < 4; i++) main += `<tr><td><a href="javascript:pick(${i})"${t.h('visibility-hidden', `lk-${i}`)}>${100480 + i} ${esc(R.person())}</a></td></tr>`;
  main += `</table><input type="button" value="Close"${t.h('visibility-hidden', 'lk-close')}></div>
<script>function showTab(i){} function sortBy(i){} function lookup(){return false} function check(){}</script>`;
  files['main.html'] = OLD('Purchase order', main, 'td.tab{background:#B0C4DE;padding:4px 10px;border:1px solid #8FA8C8;border-bottom:0}td.tab.on{background:#FFFFFF;font-weight:bold}');

  const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">
<html lang="en"><head><meta charset="utf-8"><title>NorthStar ERP – Purchasing</title><link rel="icon" href="data:,">
${t.script()}
<script>function logoff(){}</script></head>
<frameset rows="40,*" border="0" frameborder="0">
<frame src="sh-intranet/top.html" name="banner" scrolling="no" noresize>
<frameset cols="210,*"><frame src="sh-intranet/nav.html" name="nav"><frame src="sh-intranet/main.html" name="main"></frameset>
</frameset></html>
`;
  return { html, files };
}
