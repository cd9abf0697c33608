// (sh-popovers) A project-settings app built on the web platform's own top layer and disclosure elements, as current
// design systems ship them: a 100dvh grid (project nav that scrolls, content pane that scrolls); a header toolbar
// that clips its overflow (height 52px, overflow:hidden) and declares its menus inside it as `popover` elements — the
// "More" menu is open (showPopover()), painted below the toolbar in the top layer (must-expose), the others closed
// (traps). The content pane holds exclusive accordions (`<details name="sections">`, one open: the closed ones'
// controls are traps), a `hidden="until-found"` changelog (traps), a plan section made `inert` while an upgrade is
// pending (traps), rows whose "…" buttons anchor tooltips with `position-anchor` (the tooltip of a row scrolled out
// of the pane is hidden by the browser: trap; the one of a row in view is shown: must-expose), a manual popover
// "Saved" toast with Undo, and an open filter popover over the top of the nav (the nav links it covers are neutral); the members list comes first in the pane.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-popovers', title: 'Project settings: popovers, exclusive accordions, anchored tips', seed: 4107 };

const CSS = `
html,body{height:100dvh;overflow:hidden}
.shell{display:grid;grid-template-columns:250px 1fr;grid-template-rows:52px 1fr;height:100dvh}
.bar{grid-column:1/3;display:flex;align-items:center;gap:8px;padding:0 16px;height:52px;overflow:hidden;background:#fff;border-bottom:1px solid #e3e6ec}
.bar h1{font-size:17px;margin:0 12px 0 0}
.pnav{overflow-y:auto;background:#f0f2f6;padding:10px}
.pnav a{display:block;padding:5px 8px;border-radius:6px}
.pane{overflow-y:auto;padding:18px 28px 80px;min-height:0}
[popover]{margin:0;padding:6px;border:1px solid #d4d8e0;border-radius:8px;background:#fff;box-shadow:0 8px 24px rgba(0,0,0,.15)}
[popover] [role=menuitem]{display:block;width:100%;text-align:left;border:0;background:transparent}
details{border:1px solid #e3e6ec;border-radius:10px;margin-bottom:10px;background:#fff}
summary{padding:12px 14px;font-weight:600;cursor:pointer}
details .body{padding:4px 14px 12px}
.field{display:flex;align-items:center;gap:12px;padding:6px 0}
.field label{flex:0 0 180px}
.rows{height:260px;max-width:600px;overflow-y:auto;border:1px solid #e3e6ec;border-radius:10px;background:#fff;margin:14px 0}
.row{display:flex;align-items:center;gap:10px;padding:8px 12px;border-bottom:1px solid #f0f1f4}
.row .name{flex:1}
.tip{position:fixed;margin:0;top:anchor(top);left:calc(anchor(right) + 8px);background:#1d2330;color:#fff;padding:6px 8px;border-radius:6px;font-size:13px;z-index:20}
.tip button{background:transparent;color:#9cc3ff;border:0;padding:0 4px}
.plan{border:1px dashed #c3c8d2;border-radius:10px;padding:14px;opacity:.6}
`;

const SECTIONS = ['General', 'Members', 'Notifications', 'Integrations', 'Billing', 'Advanced'];

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = '<div class="shell"><header class="bar" aria-label="Project toolbar">';
  b += `<h1>${esc(R.title(2))}</h1>`;
  const MENUS = [
    ['View', ['Board', 'List', 'Timeline', 'Calendar']],
    ['Share', ['Copy link', 'Invite people', 'Publish to web']],
    ['More', ['Duplicate project', 'Export as CSV', 'Archive project', 'Delete project']],
    ['Help', ['Keyboard shortcuts', 'What is new', 'Contact support']],
  ];
  MENUS.forEach(([label, items], m) => {
    const open = label === 'More';
    b += `<button type="button" popovertarget="menu-${m}"${t.e('button', `bar-${m}`)}>${label}</button>`;
    b += `<div id="menu-${m}" popover role="menu" aria-label="${label}" style="top:56px;left:${220 + m * 90}px">`;
    items.forEach((item, i) => {
      const mark = open ? t.e('menuitem', `menu-${m}-${i}`) : t.h('closed-popover', `menu-${m}-${i}`);
      b += `<button type="button" role="menuitem"${mark}>${item}</button>`;
    });
    b += '</div>';
  });
  b += `<div class="spacer"></div><input type="search" aria-label="Search settings" placeholder="Search settings"${t.e('input', 'bar-search')}>`;
  b += `<button type="button" class="primary"${t.e('button', 'bar-save')}>Save</button></header>`;

  // Project nav; its top is under the open filter popover.
  b += `<nav class="pnav" aria-label="Projects"><button type="button" popovertarget="filters"${t.e('button', 'nav-filter')}>Filter projects</button>`;
  for (let i = 0; i < 40; i++) {
    const covered = i <= 5;
    b += `<a href="/p/${i}"${covered ? t.n(`nav-${i}`) : t.e('link', `nav-${i}`)}>${esc(R.title(R.int(1, 3)))}</a>`;
  }
  b += '</nav>';
  b += `<div id="filters" popover="manual" aria-label="Project filters" style="top:96px;left:8px;width:236px">
<label><input type="checkbox" checked${t.e('checkbox', 'filter-mine')}> Mine only</label><br>
<label><input type="checkbox"${t.e('checkbox', 'filter-archived')}> Show archived</label><br>
<button type="button"${t.e('button', 'filter-close')} popovertarget="filters" popovertargetaction="hide">Done</button></div>`;

  b += '<main class="pane" aria-label="Settings">';
  // Members list, each row with an anchored tooltip; row 2 is in view, row 11 scrolled out of the list.
  b += '<h2 style="font-size:16px">Members</h2><div class="rows" id="members" aria-label="Members">';
  for (let r = 0; r < 14; r++) {
    const anchor = r === 2 || r === 11 ? ` style="anchor-name:--member-${r}"` : '';
    b += `<div class="row"><span class="name">${esc(R.person())}</span><select aria-label="Role"${t.e('select', `member-${r}-role`)}><option>Viewer</option><option>Editor</option><option>Admin</option></select><button type="button" aria-label="More for member ${r}"${anchor}${t.e('icon-button', `member-${r}-more`)}>…</button></div>`;
  }
  b += '</div>';
  [2, 11].forEach((r) => {
    const mark = r === 2 ? t.e('button', `tip-${r}`) : t.h('anchor-hidden', `tip-${r}`);
    b += `<div class="tip" style="position-anchor:--member-${r}">Can manage billing <button type="button"${mark}>Change</button></div>`;
  });

  SECTIONS.forEach((name, s) => {
    const open = s === 1;
    const mark = (kind, id) => (open ? t.e(kind, id) : t.h('closed-details', id));
    b += `<details name="sections"${open ? ' open' : ''}><summary${t.e('summary', `sec-${s}`)}>${name}</summary><div class="body">`;
    for (let f = 0; f < 4; f++) {
      const id = `sec-${s}-f${f}`;
      b += `<div class="field"><label for="${id}">${esc(R.title(2))}</label><input id="${id}" value="${esc(R.word())}"${mark('input', id)}></div>`;
    }
    b += `<button type="button"${mark('button', `sec-${s}-apply`)}>Apply ${name.toLowerCase()}</button></div></details>`;
  });

  // Until found: a person cannot see it until the browser's find reveals it.
  b += `<h2 style="font-size:16px">Changelog</h2><div hidden="until-found">`;
  for (let c = 0; c < 4; c++) b += `<p>${esc(R.sentence())} <a href="/changes/${c}"${t.h('until-found', `change-${c}`)}>Details</a></p>`;
  b += '</div>';
  // Inert while an upgrade is pending.
  b += `<section class="plan" inert aria-label="Plan"><h2 style="font-size:16px">Plan</h2><p>${esc(R.sentence())}</p>
<button type="button"${t.h('inert', 'plan-upgrade')}>Upgrade</button><button type="button"${t.h('inert', 'plan-cancel')}>Cancel plan</button></section>`;
  for (let p = 0; p < 6; p++) b += `<p>${esc(R.paragraph())}</p>`;
  b += `<button type="button"${t.e('button', 'pane-end')}>Back to top</button></main></div>`;

  b += `<div id="toast" popover="manual" role="status" style="top:auto;left:auto;bottom:20px;right:20px">Settings saved
<button type="button"${t.e('button', 'toast-undo')}>Undo</button></div>`;
  b += `<script>
document.getElementById('menu-2').showPopover();
document.getElementById('filters').showPopover();
document.getElementById('toast').showPopover();
document.getElementById('members').scrollTop = 0;
</script>`;
  return { html: doc({ title: 'Settings · Project', css: CSS, body: b, truth: t }) };
}
