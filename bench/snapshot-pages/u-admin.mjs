// (u) Admin console: fixed left rail; the main area is a scrolling pane (the window does not scroll)
// holding a sticky-header data table that scrolls in its own box (both axes, 14 columns), and a
// settings card whose same-origin iframe sits low in the pane and contains a nested iframe with a
// form taller than its frame. Traps: a row-actions menu collapsed with max-height:0, a column
// chooser closed with visibility:hidden, a frame with display:none.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'u-admin', title: 'Admin console: table and frames inside a scrolling pane', seed: 1212 };

const CSS = `
html,body{height:100%;overflow:hidden}
.shell{display:grid;grid-template-columns:200px 1fr;height:100vh}
.rail{background:#1d2330;padding:10px 0}
.rail a{display:block;color:#dfe4ee;padding:6px 16px}
.main{overflow-y:auto;min-height:0;padding:0 20px 20px}
.top{position:sticky;top:0;z-index:5;background:#f6f7f9;display:flex;gap:10px;align-items:center;padding:12px 0}
.tablebox{height:430px;overflow:auto;border:1px solid #e3e6ec;background:#fff}
table{border-collapse:collapse;min-width:1600px;font-size:13px}
th{position:sticky;top:0;background:#f0f2f6;z-index:1;text-align:left;padding:6px 8px;white-space:nowrap}
td{padding:4px 8px;border-top:1px solid #f0f1f4;white-space:nowrap}
.card{background:#fff;border:1px solid #e3e6ec;border-radius:10px;padding:14px;margin-top:18px}
.collapsed{max-height:0;overflow:hidden}
.chooser{visibility:hidden;position:absolute;background:#fff;border:1px solid #c3c8d2;padding:6px}
`;
const FCSS = 'body{padding:10px;background:#fff}';

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const files = {};

  let inner = '<h3 style="margin:0 0 8px">SAML connection</h3><form onsubmit="return false" style="display:grid;gap:10px">';
  const fields = ['Entity ID', 'SSO URL', 'Certificate fingerprint', 'Attribute: email', 'Attribute: first name', 'Attribute: last name', 'Default role', 'Session length (hours)', 'Allowed domains', 'Support contact'];
  fields.forEach((f, i) => (inner += `<label>${f}<br><input name="f${i}" style="width:100%"${t.e('frame2-input', `sso-${i}`)}></label>`));
  inner += `<label><input type="checkbox"${t.e('frame2-checkbox', 'sso-enforce')}> Enforce SSO for all members</label>
<div><button type="submit" class="primary"${t.e('frame2-button', 'sso-save')}>Save connection</button> <button type="button"${t.e('frame2-button', 'sso-test')}>Test sign-in</button></div></form>`;
  files['sso.html'] = doc({ title: 'SAML', css: FCSS, body: inner });

  let outer = `<div style="display:flex;gap:8px;align-items:center"><strong>Single sign-on</strong><span class="spacer" style="flex:1"></span><a href="/docs/sso"${t.e('frame1-link', 'set-docs')}>Setup guide</a><button type="button"${t.e('frame1-button', 'set-disable')}>Disable SSO</button></div>
<p class="muted">${esc(R.sentence())}</p><iframe src="sso.html" title="SAML connection" style="width:100%;height:300px;border:1px solid #c3c8d2"></iframe>`;
  files['settings.html'] = doc({ title: 'Settings', css: FCSS, body: outer });
  files['gone.html'] = doc({ title: 'gone', body: `<button type="button"${t.h('iframe-display-none', 'gone-btn')}>Legacy settings</button>` });

  let b = '<div class="shell"><nav class="rail" aria-label="Admin">';
  ['Dashboard', 'Users', 'Groups', 'Billing', 'Security', 'Audit log', 'Integrations', 'API keys'].forEach((n, i) => (b += `<a href="#a/${i}"${t.e('link', `rail-${i}`)}>${n}</a>`));
  b += `</nav><main class="main"><div class="top"><h1 style="font-size:20px;margin:0">Users</h1><div class="spacer"></div><input type="search" aria-label="Filter users" placeholder="Filter"${t.e('search', 'top-filter')}>
<div style="position:relative"><button type="button"${t.e('button', 'top-columns')}>Columns</button><div class="chooser"><label><input type="checkbox"${t.h('visibility-hidden', 'col-email')}> Email</label></div></div>
<button type="button" class="primary"${t.e('button', 'top-invite')}>Invite user</button></div>
<div class="tablebox" tabindex="0" aria-label="Users table"><table><thead><tr><th><input type="checkbox" aria-label="Select all rows"${t.e('checkbox', 'th-all')}></th>`;
  const cols = ['Name', 'Email', 'Role', 'Team', 'Status', 'Last seen', 'Created', 'Location', 'Plan', 'Seats', '2FA', 'Groups', 'Actions'];
  cols.forEach((c, i) => (b += `<th><button type="button" style="border:0;background:none;padding:0;font-weight:700"${t.e('sort-button', `th-${i}`)}>${c}</button></th>`));
  b += '</tr></thead><tbody>';
  for (let r = 0; r < 150; r++) {
    const name = R.person();
    b += `<tr><td><input type="checkbox" aria-label="Select ${esc(name)}"${t.e('row-checkbox', `r-${r}-sel`)}></td><td><a href="#u/${r}"${t.e('row-link', `r-${r}-name`)}>${esc(name)}</a></td><td>${esc(name.toLowerCase().replace(' ', '.'))}@example.com</td>
<td><select aria-label="Role"${t.e('row-select', `r-${r}-role`)}><option>Member</option><option>Admin</option><option>Owner</option></select></td><td>${esc(R.title(1))}</td><td>${R.pick(['Active', 'Invited', 'Suspended'])}</td><td>${R.int(1, 59)} min ago</td><td>2025-${String(R.int(1, 12)).padStart(2, '0')}-${String(R.int(1, 28)).padStart(2, '0')}</td><td>${esc(R.title(1))}</td><td>${R.pick(['Free', 'Team', 'Enterprise'])}</td><td>${R.int(1, 50)}</td><td>${R.chance(0.7) ? 'On' : 'Off'}</td><td>${R.int(0, 6)}</td>
<td><button type="button"${t.e('row-button', `r-${r}-edit`)}>Edit</button> <button type="button" aria-label="Remove ${esc(name)}"${t.e('row-button', `r-${r}-del`)}>🗑</button>${r < 3 ? `<div class="collapsed"><button type="button"${t.h('max-height-0', `r-${r}-menu`)}>Transfer ownership</button></div>` : ''}</td></tr>`;
  }
  b += `</tbody></table></div>
<div class="card"><h2 style="font-size:17px;margin:0 0 8px">Security settings</h2><iframe src="${meta.id}/settings.html" title="Security settings" style="width:100%;height:420px;border:1px solid #e3e6ec"></iframe>
<iframe src="${meta.id}/gone.html" style="display:none"></iframe></div>
<div class="card"><h2 style="font-size:17px;margin:0 0 8px">Danger zone</h2><p>${esc(R.paragraph(1, 2))}</p><button type="button"${t.e('button', 'dz-delete')}>Delete organization</button></div></main></div>`;
  return { html: doc({ title: 'Users – Admin', css: CSS, body: b, truth: t }), files };
}
