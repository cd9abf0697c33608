// (sh-fluent) A mail-settings pane built from web components whose semantics live in ElementInternals, as Fluent UI's
// and FAST's web components set them: `this.internals.role = 'button'`, `ariaChecked`, `ariaExpanded`, `ariaDisabled`
// set through internals, no role or aria attribute on the host; checked, disabled and selected states also exposed as
// CSS custom states (`:state(checked)`); form-associated elements (`static formAssociated = true`, `:disabled` inside
// a disabled fieldset); a text field whose shadow root delegates focus to the native input inside. Hosts take focus by
// tabindex as those kits set it: toolbar buttons, checkboxes and switches `tabindex=0`; tabs, radios, menu items and
// tree items by a roving tabindex (0 on the current one, -1 on the rest), their shadow styles leaving the cursor as it
// is. Two dropdowns whose options carry neither role nor tabindex (focus stays on the dropdown; the list part has a role
// attribute in the template), one open (its list a popover in its shadow root: options must be exposed), one closed
// (traps); an open menu (a popover in the menu's shadow root), a closed one (traps), a collapsed tree branch (its items
// display:none: traps), a disabled fieldset of buttons (their tabindex left at 0 by the kit: neutral), and a dialog
// component left closed (traps).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-fluent', title: 'Mail settings: ElementInternals web components, roving tabindex, custom states', seed: 8117 };

const CSS = `
.shell{display:grid;grid-template-columns:240px 1fr;height:100vh}
.side{background:#f5f5f5;border-right:1px solid #e0e0e0;padding:10px;overflow:auto}
.main{padding:14px 24px;overflow:auto}
.bar{display:flex;gap:6px;align-items:center;margin-bottom:12px}
fieldset{border:1px solid #e0e0e0;border-radius:8px;margin:12px 0;padding:10px 14px}
.row{display:flex;gap:12px;align-items:center;margin:6px 0}
`;

const DEFINE = `
const base = ':host{font:14px system-ui,sans-serif;color:#242424;box-sizing:border-box}';
const states = (el, name, on) => { on ? el.internals.states.add(name) : el.internals.states.delete(name); };
class FluentElement extends HTMLElement {
  constructor(role, sheet, html) {
    super();
    this.internals = this.attachInternals();
    this.internals.role = role;
    const root = this.attachShadow({ mode: 'open', delegatesFocus: !!this.constructor.delegates });
    root.innerHTML = '<style>' + base + sheet + '</style>' + html;
  }
}
customElements.define('fluent-button', class extends FluentElement {
  static formAssociated = true;
  constructor() { super('button', ':host{display:inline-flex;align-items:center;gap:4px;height:32px;padding:0 12px;border:1px solid #d1d1d1;border-radius:4px;background:#fff;cursor:pointer}:host([appearance=primary]){background:#0f6cbd;color:#fff;border-color:#0f6cbd}:host(:disabled){background:#f0f0f0;color:#bdbdbd;cursor:not-allowed}:host([icon-only]){width:32px;padding:0;justify-content:center}', '<slot name="start"></slot><slot></slot>'); }
  connectedCallback() { if (!this.hasAttribute('tabindex')) this.tabIndex = 0; if (this.hasAttribute('aria-label')) this.internals.ariaLabel = this.getAttribute('aria-label'); }
});
customElements.define('fluent-checkbox', class extends FluentElement {
  static formAssociated = true;
  constructor() { super('checkbox', ':host{display:inline-flex;gap:8px;align-items:center;cursor:pointer}.box{width:16px;height:16px;border:1px solid #616161;border-radius:2px}:host(:state(checked)) .box{background:#0f6cbd;border-color:#0f6cbd}', '<span class="box"></span><slot></slot>'); }
  connectedCallback() { this.tabIndex = 0; const on = this.hasAttribute('checked'); this.internals.ariaChecked = String(on); states(this, 'checked', on); this.addEventListener('click', () => { const v = !this.internals.states.has('checked'); states(this, 'checked', v); this.internals.ariaChecked = String(v); }); }
});
customElements.define('fluent-switch', class extends FluentElement {
  static formAssociated = true;
  constructor() { super('switch', ':host{display:inline-flex;gap:8px;align-items:center}.track{width:40px;height:20px;border-radius:10px;border:1px solid #616161;cursor:pointer}:host(:state(checked)) .track{background:#0f6cbd}', '<span class="track"></span><slot></slot>'); }
  connectedCallback() { this.tabIndex = 0; const on = this.hasAttribute('checked'); this.internals.ariaChecked = String(on); states(this, 'checked', on); }
});
class RovingItem extends FluentElement {
  connectedCallback() {
    const current = this.hasAttribute('current');
    this.tabIndex = current ? 0 : -1;
    states(this, this.constructor.stateName, current);
    this.internals[this.constructor.ariaState] = String(current);
  }
}
customElements.define('fluent-tab', class extends RovingItem {
  static stateName = 'selected'; static ariaState = 'ariaSelected';
  constructor() { super('tab', ':host{display:inline-flex;padding:8px 12px;border-bottom:2px solid transparent}:host(:state(selected)){border-color:#0f6cbd;font-weight:600}', '<slot></slot>'); }
});
customElements.define('fluent-radio', class extends RovingItem {
  static formAssociated = true; static stateName = 'checked'; static ariaState = 'ariaChecked';
  constructor() { super('radio', ':host{display:flex;gap:8px;align-items:center;padding:3px 0}.dot{width:16px;height:16px;border-radius:50%;border:1px solid #616161}:host(:state(checked)) .dot{border:5px solid #0f6cbd}', '<span class="dot"></span><slot></slot>'); }
});
customElements.define('fluent-menu-item', class extends RovingItem {
  static stateName = 'focused'; static ariaState = 'ariaCurrent';
  constructor() { super('menuitem', ':host{display:flex;padding:6px 10px;border-radius:4px}:host(:hover){background:#f0f0f0}', '<slot></slot>'); }
});
customElements.define('fluent-tree-item', class extends RovingItem {
  static stateName = 'selected'; static ariaState = 'ariaSelected';
  constructor() { super('treeitem', ':host{display:block}.item{display:flex;padding:4px 6px;border-radius:4px}:host(:state(selected))>.item{background:#e0e0e0}.children{padding-left:14px}:host(:not([expanded])) .children{display:none}', '<div class="item" part="item"><slot name="label"></slot></div><div class="children" role="group"><slot></slot></div>'); }
  connectedCallback() { super.connectedCallback(); if (this.querySelector('fluent-tree-item')) this.internals.ariaExpanded = String(this.hasAttribute('expanded')); }
});
customElements.define('fluent-menu', class extends FluentElement {
  constructor() { super('none', ':host{display:inline-block;position:relative}[popover]{margin:0;inset:auto;position:fixed;border:1px solid #e0e0e0;border-radius:6px;background:#fff;padding:4px;box-shadow:0 8px 16px rgba(0,0,0,.14);min-width:180px}', '<slot name="trigger"></slot><div popover="manual" part="popover" role="menu"><slot></slot></div>'); }
  connectedCallback() {
    const pop = this.shadowRoot.querySelector('[popover]');
    if (this.hasAttribute('open')) requestAnimationFrame(() => { const r = this.getBoundingClientRect(); pop.style.left = (r.right - 180) + 'px'; pop.style.top = (r.bottom + 4) + 'px'; pop.showPopover(); });
  }
});
customElements.define('fluent-text-input', class extends FluentElement {
  static formAssociated = true; static delegates = true;
  constructor() { super('none', ':host{display:inline-flex;flex-direction:column;gap:2px}input{font:inherit;height:32px;border:1px solid #d1d1d1;border-bottom-color:#616161;border-radius:4px;padding:0 10px}', '<label part="label" for="i"><slot></slot></label><input id="i" part="control">'); }
  connectedCallback() { this.shadowRoot.querySelector('input').value = this.getAttribute('value') || ''; }
});
customElements.define('fluent-dropdown', class extends FluentElement {
  constructor() { super('combobox', ':host{display:inline-flex;min-width:200px;height:32px;align-items:center;padding:0 10px;border:1px solid #d1d1d1;border-radius:4px}[popover]{margin:0;inset:auto;position:fixed;border:1px solid #e0e0e0;border-radius:6px;background:#fff;padding:4px;min-width:200px;box-shadow:0 8px 16px rgba(0,0,0,.14)}', '<slot name="value"></slot><div popover="manual" part="listbox" role="listbox"><slot></slot></div>'); }
  connectedCallback() {
    this.tabIndex = 0; this.internals.ariaExpanded = String(this.hasAttribute('open')); states(this, 'expanded', this.hasAttribute('open'));
    if (this.hasAttribute('open')) requestAnimationFrame(() => { const r = this.getBoundingClientRect(), list = this.shadowRoot.querySelector('[popover]'); list.style.left = r.left + 'px'; list.style.top = (r.bottom + 2) + 'px'; list.showPopover(); });
  }
});
customElements.define('fluent-option', class extends FluentElement {
  constructor() { super('option', ':host{display:flex;padding:6px 10px;border-radius:4px}:host(:state(selected)){font-weight:600}', '<slot></slot>'); }
  connectedCallback() { states(this, 'selected', this.hasAttribute('selected')); this.internals.ariaSelected = String(this.hasAttribute('selected')); }
});
customElements.define('fluent-dialog', class extends FluentElement {
  constructor() { super('none', 'dialog{border:0;border-radius:8px;padding:20px;box-shadow:0 24px 48px rgba(0,0,0,.2)}', '<dialog part="dialog"><slot></slot></dialog>'); }
});
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = '<div class="shell"><nav class="side" aria-label="Folders"><fluent-tree aria-label="Folders">';
  const folders = [['Inbox', ['Clients', 'Invoices', 'Team']], ['Drafts'], ['Sent'], ['Archive', ['2025', '2024', '2023']], ['Junk'], ['Deleted']];
  folders.forEach(([name, kids], f) => {
    const expanded = f === 0;
    b += `<fluent-tree-item${f === 0 ? ' current' : ''}${kids ? (expanded ? ' expanded' : '') : ''}${t.e('treeitem', `folder-${f}`)}><span slot="label">${name}</span>`;
    (kids || []).forEach((k, i) => {
      b += `<fluent-tree-item${expanded ? t.e('treeitem', `folder-${f}-${i}`) : t.h('collapsed', `folder-${f}-${i}`)}><span slot="label">${k}</span></fluent-tree-item>`;
    });
    b += '</fluent-tree-item>';
  });
  b += '</fluent-tree></nav><main class="main"><div class="bar" role="toolbar" aria-label="Settings actions">';
  b += `<fluent-button appearance="primary"${t.e('button', 'save')}>Save</fluent-button><fluent-button${t.e('button', 'discard')}>Discard</fluent-button><span class="spacer"></span>`;
  b += `<fluent-menu open><fluent-button slot="trigger"${t.e('button', 'more')}>More ▾</fluent-button>`;
  ['Export settings', 'Import settings', 'Reset to defaults', 'Keyboard shortcuts'].forEach((m, i) => {
    b += `<fluent-menu-item${i === 0 ? ' current' : ''}${t.e('menuitem', `more-${i}`)}>${m}</fluent-menu-item>`;
  });
  b += '</fluent-menu><fluent-menu><fluent-button slot="trigger"' + t.e('button', 'help') + '>Help ▾</fluent-button>';
  ['Documentation', 'Send feedback'].forEach((m, i) => (b += `<fluent-menu-item${t.h('closed-menu', `help-${i}`)}>${m}</fluent-menu-item>`));
  b += `</fluent-menu><fluent-button icon-only aria-label="Open in new window"${t.e('icon-button', 'popout')}>⧉</fluent-button></div>`;
  b += '<div role="tablist" aria-label="Settings sections">';
  ['General', 'Compose', 'Rules', 'Signatures', 'Accounts'].forEach((tab, i) => (b += `<fluent-tab${i === 0 ? ' current' : ''}${t.e('tab', `tab-${i}`)}>${tab}</fluent-tab>`));
  b += '</div><h2 style="font-size:18px">General</h2>';
  b += `<div class="row"><fluent-text-input value="${esc(R.person())}"${t.e('textbox', 'display-name')}>Display name</fluent-text-input><fluent-text-input value="Out of office until Monday"${t.e('textbox', 'status')}>Status message</fluent-text-input></div>`;
  b += '<h3 style="font-size:15px">Reading pane</h3><div role="radiogroup" aria-label="Reading pane">';
  ['Show on the right', 'Show at the bottom', 'Hide reading pane'].forEach((r, i) => (b += `<fluent-radio${i === 0 ? ' current' : ''}${t.e('radio', `pane-${i}`)}>${r}</fluent-radio>`));
  b += '</div><h3 style="font-size:15px">Notifications</h3>';
  ['Play a sound', 'Show a desktop alert', 'Flash the taskbar', 'Badge the app icon'].forEach((c, i) => (b += `<div class="row"><fluent-checkbox${i % 2 ? '' : ' checked'}${t.e('checkbox', `notify-${i}`)}>${c}</fluent-checkbox></div>`));
  ['Focused inbox', 'Conversation view', 'Link previews'].forEach((s, i) => (b += `<div class="row"><fluent-switch${i === 1 ? ' checked' : ''}${t.e('switch', `switch-${i}`)}>${s}</fluent-switch></div>`));
  // Dropdowns whose list part has a role attribute in the template while the options keep theirs in internals, with no
  // tabindex (focus stays on the dropdown): the open one's options must be exposed, the closed one's are traps.
  b += '<div class="row"><span>Density</span><fluent-dropdown open' + t.e('combobox', 'density') + '><span slot="value">Comfortable</span>';
  ['Compact', 'Comfortable', 'Spacious'].forEach((o, i) => (b += `<fluent-option${i === 1 ? ' selected' : ''}${t.e('option', `density-${i}`)}>${o}</fluent-option>`));
  b += '</fluent-dropdown><span>Language</span><fluent-dropdown' + t.e('combobox', 'language') + '><span slot="value">English</span>';
  ['English', 'Português', 'Deutsch'].forEach((o, i) => (b += `<fluent-option${t.h('closed-listbox', `language-${i}`)}>${o}</fluent-option>`));
  b += '</fluent-dropdown></div>';
  b += '<fieldset disabled><legend>Shared mailbox (managed by your admin)</legend>';
  ['Add delegate', 'Remove delegate', 'Send as'].forEach((x, i) => (b += `<fluent-button${t.n(`managed-${i}`)}>${x}</fluent-button> `));
  b += '</fieldset>';
  for (let i = 0; i < 5; i++) b += `<p>${esc(R.paragraph())}</p>`;
  b += `<h3 style="font-size:15px">Danger zone</h3><fluent-button${t.e('button', 'delete-account')}>Delete account…</fluent-button>`;
  b += `<fluent-dialog><h2>Delete account?</h2><p>${esc(R.sentence())}</p><fluent-button${t.h('closed-dialog', 'dlg-cancel')}>Cancel</fluent-button><fluent-button appearance="primary"${t.h('closed-dialog', 'dlg-delete')}>Delete</fluent-button></fluent-dialog>`;
  b += '</main></div>';
  return { html: doc({ title: 'Settings · Mail', css: CSS, body: b, truth: t, head: `<script>${DEFINE}</script>` }) };
}
