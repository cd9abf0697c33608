// (sh-settings) Settings page as SaaS admin apps build it: a 100dvh grid (section nav, content pane that scrolls with
// a sticky header holding "Save changes"); a tab strip (role=tablist) whose inactive panels are hidden each another
// way (the `hidden` attribute, display:none, off-screen absolute, visibility:hidden + aria-hidden, content-visibility:
// hidden): all traps. The active panel holds accordions (aria-expanded buttons; the collapsed one's region is
// `hidden`: traps) full of toggles built as role=switch buttons named by aria-labelledby (with a description), native
// switch checkboxes, selects and a radio group, then a "Danger zone" far down the pane. A toast fixed at the bottom
// offers Undo.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-settings', title: 'Settings: tabs, accordions, switches in a scrolling pane', seed: 2404 };

const CSS = `
html,body{height:100dvh;overflow:hidden}
.shell{display:grid;grid-template-columns:240px 1fr;height:100dvh}
.snav{background:#f0f2f6;padding:14px 10px;overflow-y:auto}
.snav a{display:block;padding:6px 10px;border-radius:6px;color:#1d2330}
.snav a[aria-current]{background:#dfe6f3;font-weight:600}
.content{overflow-y:auto;min-height:0}
.head{position:sticky;top:0;z-index:3;background:#fff;border-bottom:1px solid #e3e6ec;display:flex;align-items:center;padding:12px 24px;gap:10px}
.tabs{display:flex;gap:2px;padding:0 24px;border-bottom:1px solid #e3e6ec;background:#fff}
.tabs [role=tab]{border:0;border-bottom:2px solid transparent;border-radius:0;background:transparent}
.tabs [aria-selected=true]{border-bottom-color:#1a5fb4}
.panels{position:relative;padding:16px 24px 60px}
.gone{display:none}
.away{position:absolute;left:-10000px;top:0;width:600px}
.ghost{visibility:hidden;position:absolute;top:0;left:24px}
.cvh{content-visibility:hidden}
.acc{border:1px solid #e3e6ec;border-radius:10px;margin-bottom:12px;background:#fff}
.acc h3{margin:0}
.acc h3 button{width:100%;text-align:left;border:0;background:transparent;padding:12px 14px;font-weight:600}
.acc [role=region]{padding:4px 14px 12px}
.setting{display:flex;align-items:center;gap:14px;padding:8px 0;border-top:1px solid #f0f1f4}
.setting .txt{flex:1}
.setting .desc{font-size:12px;color:#6a7280}
[role=switch]{flex:0 0 40px;width:40px;height:22px;border-radius:11px;padding:0;background:#c3c8d2;position:relative}
[role=switch][aria-checked=true]{background:#1a5fb4}
[role=switch]::after{content:"";position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff}
[role=switch][aria-checked=true]::after{left:21px}
.danger{border:1px solid #e5b3b3;border-radius:10px;padding:14px;margin-top:30px}
.toast{position:fixed;right:24px;bottom:24px;background:#1d2330;color:#fff;padding:10px 14px;border-radius:8px;display:flex;gap:10px;align-items:center;z-index:50}
.toast button{background:transparent;color:#9cc3ff;border:0}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = '<div class="shell"><nav class="snav" aria-label="Settings sections">';
  ['Profile', 'Workspace', 'Members', 'Notifications', 'Billing', 'Security', 'API keys', 'Audit log', 'Data export'].forEach((s, i) => {
    b += `<a href="#s/${i}"${i === 3 ? ' aria-current="page"' : ''}${t.e('link', `snav-${i}`)}>${s}</a>`;
  });
  b += `</nav><main class="content" aria-label="Settings"><div class="head"><h1 style="font-size:20px;margin:0">Notifications</h1><div class="spacer"></div>
<button type="button"${t.e('button', 'head-discard')}>Discard</button><button type="button" class="primary"${t.e('button', 'head-save')}>Save changes</button></div>
<div class="tabs" role="tablist" aria-label="Notification settings">`;
  const TABS = ['Channels', 'Schedule', 'Digest', 'Mentions', 'Integrations', 'Advanced'];
  TABS.forEach((name, i) => {
    b += `<button type="button" role="tab" id="tab-${i}" aria-controls="panel-${i}" aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}"${t.e('tab', `tab-${i}`)}>${name}</button>`;
  });
  b += '</div><div class="panels">';
  const switchRow = (id, mark, label) => `<div class="setting"><div class="txt"><div id="${id}-l">${esc(label)}</div><div class="desc" id="${id}-d">${esc(R.sentence(6, 12))}</div></div>
<button type="button" role="switch" aria-checked="${R.chance(0.5)}" aria-labelledby="${id}-l" aria-describedby="${id}-d"${mark(id)}></button></div>`;
  // Active panel: accordions of channels.
  b += '<div role="tabpanel" id="panel-0" aria-labelledby="tab-0">';
  const channels = ['Email', 'Push', 'SMS', 'Slack', 'Desktop'];
  channels.forEach((ch, ci) => {
    const open = ci !== 2;
    const mark = open ? (k) => t.e('switch', k) : (k) => t.h('hidden-attr', k);
    b += `<section class="acc"><h3><button type="button" aria-expanded="${open}" aria-controls="acc-${ci}"${t.e('button', `acc-${ci}-head`)}>${ch} notifications</button></h3>
<div role="region" id="acc-${ci}" aria-label="${ch} notifications"${open ? '' : ' hidden'}>`;
    for (let s = 0; s < R.int(4, 7); s++) b += switchRow(`sw-${ci}-${s}`, mark, `${R.title(R.int(2, 4))} ${ch === 'Email' ? 'emails' : 'alerts'}`);
    if (ci === 0) {
      b += `<div class="setting"><label for="freq" class="txt">Digest frequency</label><select id="freq"${t.e('select', 'freq')}><option>Never</option><option selected>Daily</option><option>Weekly</option></select></div>
<div class="setting"><label class="txt"><input type="checkbox" role="switch" checked${t.e('switch', 'native-switch')}> Include muted channels</label></div>
<fieldset class="setting" style="border:0;margin:0"><legend class="txt" style="float:left">Send as</legend>`;
      ['Plain text', 'Rich HTML', 'Both'].forEach((r, ri) => (b += `<label><input type="radio" name="fmt"${ri === 1 ? ' checked' : ''}${t.e('radio', `fmt-${ri}`)}> ${r}</label>`));
      b += '</fieldset>';
    }
    b += '</div></section>';
  });
  b += `<div class="danger"><h2 style="font-size:16px;margin:0 0 6px">Danger zone</h2><p>${esc(R.sentence())}</p><button type="button"${t.e('button', 'danger-reset')}>Reset all notification settings</button></div></div>`;
  // Inactive panels, hidden five different ways.
  const hides = [
    ['hidden', 'hidden-attr'],
    ['class="gone"', 'display-none'],
    ['class="away"', 'offscreen'],
    ['class="ghost" aria-hidden="true"', 'visibility-hidden'],
    ['class="cvh"', 'content-visibility-hidden'],
  ];
  hides.forEach(([attr, kind], k) => {
    const i = k + 1;
    b += `<div role="tabpanel" id="panel-${i}" aria-labelledby="tab-${i}" ${attr}>`;
    for (let s = 0; s < 3; s++) b += switchRow(`p${i}-sw-${s}`, (id) => t.h(kind, id), R.title(3));
    b += `<button type="button"${t.h(kind, `p${i}-apply`)}>Apply ${TABS[i]}</button></div>`;
  });
  b += `</div></main></div><div class="toast" role="status">Email digest turned on <button type="button"${t.e('button', 'toast-undo')}>Undo</button><button type="button" aria-label="Dismiss"${t.e('icon-button', 'toast-close')}>✕</button></div>`;
  return { html: doc({ title: 'Notifications · Settings', css: CSS, body: b, truth: t }) };
}
