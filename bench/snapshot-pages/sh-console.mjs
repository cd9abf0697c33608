// (sh-console) A cloud console as AWS/Azure/Vercel build it: a fixed shell whose left rail is collapsed to icon-only
// links named four ways (aria-labelledby pointing at a display:none tooltip, aria-label with an aria-describedby
// tooltip, a visually hidden span, a title); two toolbar icon buttons only described by their tooltips
// (aria-describedby, no label); a resources table of radio-selected rows in the main pane; a bottom split
// panel behind a focusable window-splitter separator (role=separator with a value: a widget, must-expose) holding
// tabs, key/value pairs with icon-only Copy buttons (the last one under the toasts: a trap) and toggle switches whose native checkboxes are laid at opacity 0
// over the tracks they draw (usable: must-expose); a non-modal drawer (`<dialog>` opened with show()) over the
// table's right part: the rows' action buttons under it are covered (traps) while their names and radios show; a toast
// stack (role=status) over the split panel's right corner with Undo and Dismiss buttons. Traps: a billing card under
// `inert`, a help panel parked right with transform + visibility:hidden, a closed confirm `<dialog>`, a row menu
// closed with display:none, the rail's flyout submenu clipped to zero width by the collapsed rail's overflow:hidden.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-console', title: 'Cloud console: icon rail, split panel, non-modal drawer, toasts', seed: 8101 };

const ROWS = 16;
const ROW_H = 40;
const CSS = `
html,body{height:100%;overflow:hidden}
.app{position:fixed;inset:0;display:grid;grid-template-columns:56px 1fr;grid-template-rows:52px 1fr}
.top{grid-column:1/3;display:flex;align-items:center;gap:12px;padding:0 14px;background:#232f3e;color:#fff}
.top a{color:#fff}
.rail{background:#16191f;display:flex;flex-direction:column;align-items:center;gap:6px;padding:8px 0;overflow:hidden;width:56px}
.rail a,.rail button{position:relative;display:flex;width:40px;height:40px;align-items:center;justify-content:center;border-radius:8px;color:#d1d5db;background:transparent;border:0;padding:0}
.rail a:hover{background:#2b3340}
.tip{display:none;position:absolute;left:48px;top:8px;background:#000;color:#fff;padding:2px 8px;border-radius:4px;white-space:nowrap;font-size:12px}
.rail a:hover .tip,.rail a:focus-visible .tip{display:block}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.flyout{position:absolute;left:56px;top:0;width:0;overflow:hidden;white-space:nowrap}
.main{display:grid;grid-template-rows:auto 1fr 8px 260px;min-height:0;min-width:0;position:relative}
.head{display:flex;align-items:center;gap:10px;padding:10px 16px;border-bottom:1px solid #e3e6ec;background:#fff}
.head h1{font-size:18px;margin:0 12px 0 0}
.list{overflow:auto;min-height:0;background:#fff}
table{border-collapse:collapse;width:100%}
th,td{height:${ROW_H}px;padding:0 10px;border-bottom:1px solid #eee;font-size:13px;text-align:left;white-space:nowrap}
th{position:sticky;top:0;background:#f3f5f7;z-index:1}
.st{display:inline-block;padding:1px 8px;border-radius:10px;background:#e6f4ea;font-size:12px}
.rowmenu{display:none;position:absolute;background:#fff;border:1px solid #ccc}
.split{background:#e3e6ec;cursor:row-resize}
.panel{background:#fff;border-top:1px solid #d0d4da;overflow:auto;min-height:0;padding:8px 16px}
.tabs{display:flex;gap:4px;border-bottom:1px solid #e3e6ec;margin-bottom:8px}
.tabs [role=tab]{border:0;border-bottom:2px solid transparent;border-radius:0;background:none}
.tabs [aria-selected=true]{border-bottom-color:#1a5fb4}
dl{display:grid;grid-template-columns:160px 1fr 40px;gap:4px 12px;margin:0;align-items:center}
dt{color:#6a7280;font-size:13px}dd{margin:0;font-family:monospace;font-size:13px}
.sw{position:relative;display:inline-block;width:36px;height:20px;vertical-align:middle}
.sw input{position:absolute;inset:0;margin:0;opacity:0;cursor:pointer}
.sw .track{display:block;width:36px;height:20px;border-radius:10px;background:#9aa0a6}
.sw input:checked+.track{background:#1a5fb4}
.swrow{display:flex;gap:10px;align-items:center;margin:6px 0}
.drawer{position:absolute;right:0;top:53px;bottom:268px;width:380px;height:auto;max-height:none;margin:0;left:auto;border:0;border-left:1px solid #c3c8d2;box-shadow:-4px 0 12px #0002;padding:14px;background:#fff;z-index:5;overflow:auto}
.drawer label{display:block;margin:8px 0 2px;font-size:13px}
.drawer input{width:140px}
.toasts{position:absolute;right:16px;bottom:16px;z-index:6;display:flex;flex-direction:column;gap:8px;width:360px}
.toast{background:#1d2330;color:#fff;border-radius:8px;padding:10px 12px;display:flex;gap:8px;align-items:center}
.toast button{background:transparent;color:#9cc3ff;border-color:#41506a;padding:3px 8px}
.billing{position:absolute;right:400px;top:60px;width:240px;background:#fff;border:1px solid #e3e6ec;border-radius:8px;padding:10px;z-index:2;opacity:.5}
.help{position:fixed;right:0;top:52px;bottom:0;width:320px;background:#fff;transform:translateX(100%);visibility:hidden;padding:12px;z-index:8}
`;

const ICON = '<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><rect x="3" y="3" width="14" height="14" rx="3" fill="none" stroke="currentColor" stroke-width="2"/></svg>';

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="app"><header class="top"><strong>Stratus</strong><nav aria-label="Breadcrumb" style="display:flex;gap:6px"><a href="#home"${t.e('link', 'bc-home')}>Console</a><span>/</span><a href="#compute"${t.e('link', 'bc-compute')}>Compute</a></nav>`;
  b += `<span class="spacer"></span><input type="search" aria-label="Search resources" placeholder="Search resources"${t.e('search', 'top-search')}><button type="button" aria-label="Help" aria-controls="help"${t.e('icon-button', 'top-help')}>?</button></header>`;
  // The collapsed rail: names from four sources; the flyout beside it is clipped to zero width (traps).
  const railNames = ['Overview', 'Compute', 'Storage', 'Networking', 'Databases', 'Monitoring', 'Identity', 'Settings'];
  b += `<nav class="rail" aria-label="Services">`;
  railNames.forEach((name, i) => {
    const id = `rail-${i}`;
    if (i < 3) b += `<a href="#${name.toLowerCase()}" aria-labelledby="tip-${i}"${t.e('icon-link', id)}>${ICON}<span class="tip" id="tip-${i}" role="tooltip">${name}</span></a>`;
    else if (i < 5) b += `<a href="#${name.toLowerCase()}" aria-label="${name}" aria-describedby="tip-${i}"${t.e('icon-link', id)}>${ICON}<span class="tip" id="tip-${i}" role="tooltip">${name} (${R.int(2, 9)} alerts)</span></a>`;
    else if (i < 7) b += `<a href="#${name.toLowerCase()}"${t.e('icon-link', id)}>${ICON}<span class="sr">${name}</span></a>`;
    else b += `<a href="#${name.toLowerCase()}" title="${name}"${t.e('icon-link', id)}>${ICON}</a>`;
  });
  b += `<div class="flyout" role="menu" aria-label="Compute services"><a role="menuitem" href="#vm"${t.h('clipped-zero-width', 'fly-vm')}>Virtual machines</a><a role="menuitem" href="#fn"${t.h('clipped-zero-width', 'fly-fn')}>Functions</a></div>`;
  b += `<button type="button" aria-label="Expand navigation" aria-expanded="false" style="margin-top:auto"${t.e('icon-button', 'rail-expand')}>»</button></nav>`;
  b += `<main class="main" aria-label="Instances"><div class="head"><h1>Instances</h1><input type="search" aria-label="Filter instances" placeholder="Filter instances"${t.e('search', 'filter')}>`;
  b += `<button type="button" aria-describedby="tip-cols"${t.e('icon-button', 'cols')}>${ICON}</button><span class="tip" id="tip-cols" role="tooltip">Choose columns</span><button type="button" aria-describedby="tip-dl"${t.e('icon-button', 'download')}>${ICON}</button><span class="tip" id="tip-dl" role="tooltip">Download CSV</span><button type="button"${t.e('button', 'refresh')}>Refresh</button><button type="button" class="primary"${t.e('button', 'launch')}>Launch instance</button><button type="button" aria-label="More launch options" aria-haspopup="menu"${t.e('icon-button', 'launch-more')}>▾</button></div>`;
  b += `<div class="list" role="region" aria-label="Instance list" tabindex="0"><table><thead><tr><th><span class="sr">Select</span></th><th>Name</th><th>Instance ID</th><th>State</th><th>Type</th><th>Zone</th><th>Actions</th></tr></thead><tbody>`;
  // The list pane spans y≈105 to ≈532 (800 − 8 − 260); the drawer covers x > 900 down to y≈532. Rows below the
  // pane's fold are must-expose for `all`.
  for (let r = 0; r < ROWS; r++) {
    const name = `${R.word()}-${String(r + 1).padStart(2, '0')}`;
    const mark = (kind, id) => t.e(kind, id);
    b += `<tr><td><input type="radio" name="sel" aria-label="Select ${name}"${r === 2 ? ' checked' : ''}${mark('radio', `r${r}-sel`)}></td>`;
    b += `<td><a href="#i/${name}"${mark('link', `r${r}-name`)}>${name}</a></td><td>i-${R.int(100000, 999999).toString(16)}</td><td><span class="st">Running</span></td><td>m5.${R.pick(['large', 'xlarge', '2xlarge'])}</td><td>eu-west-${R.int(1, 3)}${R.pick(['a', 'b'])}</td>`;
    // Actions column sits at x > 900, under the drawer: covered while the drawer is open.
    b += `<td><button type="button" aria-label="Actions for ${name}" aria-haspopup="menu"${t.h('covered-by-drawer', `r${r}-act`)}>⋯</button></td></tr>`;
  }
  b += `</tbody></table><div class="rowmenu" role="menu"><button role="menuitem"${t.h('display-none', 'rm-stop')}>Stop</button><button role="menuitem"${t.h('display-none', 'rm-term')}>Terminate</button></div></div>`;
  b += `<div class="split" role="separator" aria-orientation="horizontal" aria-label="Resize details panel" aria-valuenow="260" aria-valuemin="120" aria-valuemax="600" tabindex="0"${t.e('separator', 'splitter')}></div>`;
  b += `<section class="panel" aria-label="Instance details"><div class="tabs" role="tablist" aria-label="Details">`;
  ['Details', 'Security', 'Networking', 'Storage', 'Tags'].forEach((tab, i) => (b += `<button role="tab" aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}"${t.e('tab', `tab-${i}`)}>${tab}</button>`));
  b += `</div><dl>`;
  ['Public IPv4', 'Private IPv4', 'Instance ARN', 'AMI ID'].forEach((k, i) => {
    // The last Copy button lies under the toast stack, wherever the panel scrolls.
    const mark = i === 3 ? t.h('covered-by-toast', `copy-${i}`) : t.e('icon-button', `copy-${i}`);
    b += `<dt>${k}</dt><dd>${R.int(10, 250)}.${R.int(0, 255)}.${R.int(0, 255)}.${R.int(1, 254)}</dd><button type="button" aria-label="Copy ${k}"${mark}>⧉</button>`;
  });
  b += `</dl>`;
  ['Termination protection', 'Detailed monitoring', 'Stop protection'].forEach((k, i) => {
    b += `<div class="swrow"><label class="sw"${t.e('faded-input-switch', `sw-${i}`)}><input type="checkbox" role="switch"${i === 1 ? ' checked' : ''} aria-label="${k}"><span class="track"></span></label><span>${k}</span></div>`;
  });
  b += `</section>`;
  // The toast stack lies over the split panel's lower-left corner.
  b += `<div class="toasts" role="region" aria-label="Notifications"><div class="toast" role="status"><span>Instance ${esc(R.word())}-03 stopped.</span><button type="button"${t.e('button', 'toast-undo')}>Undo</button><button type="button" aria-label="Dismiss"${t.e('icon-button', 'toast-dismiss')}>✕</button></div>`;
  b += `<div class="toast" role="status"><span>Snapshot created.</span><a href="#snap"${t.e('link', 'toast-view')}>View snapshot</a></div></div>`;
  b += `<section class="billing" inert aria-label="Billing"><h2 style="font-size:14px;margin:0">Billing alerts</h2><button type="button"${t.h('inert', 'bill-set')}>Set alert</button><a href="#billing"${t.h('inert', 'bill-link')}>Open billing</a></section>`;
  b += `<dialog class="drawer" id="drawer" aria-labelledby="dr-h"><h2 id="dr-h" style="font-size:16px;margin:0 0 6px">Edit tags</h2><p class="muted" style="font-size:13px">${esc(R.sentence())}</p>`;
  for (let i = 0; i < 3; i++) {
    b += `<div style="display:flex;gap:6px;align-items:end"><label>Key<input value="${esc(R.word())}"${t.e('text', `tag-k${i}`)}></label><label>Value<input value="${esc(R.word())}"${t.e('text', `tag-v${i}`)}></label><button type="button" aria-label="Remove tag ${i + 1}"${t.e('icon-button', `tag-rm${i}`)}>✕</button></div>`;
  }
  b += `<p><button type="button"${t.e('button', 'tag-add')}>Add tag</button></p><div style="display:flex;gap:8px;justify-content:flex-end"><button type="button"${t.e('button', 'dr-cancel')}>Cancel</button><button type="button" class="primary"${t.e('button', 'dr-save')}>Save changes</button></div></dialog>`;
  b += `</main></div>`;
  b += `<aside class="help" id="help" aria-label="Help"><a href="#docs"${t.h('visibility-hidden', 'help-docs')}>Documentation</a><button type="button"${t.h('visibility-hidden', 'help-close')}>Close</button></aside>`;
  b += `<dialog id="confirm" aria-label="Terminate instance"><p>Terminate?</p><button type="button"${t.h('closed-dialog', 'cf-ok')}>Terminate</button><button type="button"${t.h('closed-dialog', 'cf-no')}>Cancel</button></dialog>`;
  b += `<script>document.getElementById('drawer').show();</script>`;
  return { html: doc({ title: 'Instances – Stratus console', css: CSS, body: b, truth: t }) };
}
