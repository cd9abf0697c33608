// Web components whose semantics live in ElementInternals (Fluent UI's and FAST's: `internals.role = 'tab'`, states
// set through internals, no role or aria attribute on the host), which a content script cannot read. What the page
// shows of them is their tabindex: the current item of a tab list, a radio group, a menu or a tree takes 0, the others
// -1 (a roving tabindex). Every item a person sees is a target; an element with tabindex -1 and no group of its kind
// (a skip link's focus target, a lone panel) stays none. Real Chromium, the real snapshotter.
import { expect, it } from 'vitest';
import { page, readPage, useHarness } from '../../fixtures/snapshot/harness';
import { target } from '../../fixtures/snapshot/lines';

const harness = useHarness();

const DEFINE = `<script>
class Item extends HTMLElement {
  constructor() { super(); this.internals = this.attachInternals();
    this.attachShadow({ mode: 'open' }).innerHTML = '<style>:host{display:block;padding:4px}:host(:not([open])) .kids{display:none}</style><slot name="label"></slot><div class="kids"><slot></slot></div>'; }
  connectedCallback() { this.internals.role = this.getAttribute('kind'); this.tabIndex = this.hasAttribute('current') ? 0 : -1; }
}
customElements.define('x-item', Item);
</script>`;

const COMPONENTS = page(
  `${DEFINE}
<div aria-label="Sections"><x-item kind="tab" current><span slot="label">General</span></x-item><x-item kind="tab"><span slot="label">Compose</span></x-item><x-item kind="tab"><span slot="label">Rules</span></x-item></div>
<div aria-label="Folders"><x-item kind="treeitem" current open><span slot="label">Inbox</span><x-item kind="treeitem"><span slot="label">Clients</span></x-item></x-item>
<x-item kind="treeitem" open><span slot="label">Archive</span><x-item kind="treeitem"><span slot="label">Older</span></x-item></x-item>
<x-item kind="treeitem"><span slot="label">Junk</span><x-item kind="treeitem"><span slot="label">Spam rules</span></x-item></x-item></div>
<main tabindex="-1"><p>Skip link target</p></main><section><div tabindex="-1">Lone panel</div><div>Beside it</div></section>`,
);

it('offers every item of a roving-tabindex group of web components, not a lone tabindex -1 element', async () => {
  const p = await harness().open(COMPONENTS);
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    for (const name of ['General', 'Compose', 'Rules', 'Clients', 'Older', 'Junk']) {
      expect(text).toMatch(target('generic', name));
    }
    for (const branch of ['Inbox', 'Archive'])
      expect(text).toMatch(new RegExp(`generic "${branch}[^"]*" \\[ref_\\w+\\]`));
    // A collapsed branch's item is not shown.
    expect(text).not.toContain('Spam rules');
    expect(text).toMatch(/^\s*Skip link target$/m);
    expect(text).not.toMatch(/Lone panel.*\[ref_/);
  }
});

it('offers the far items of a long roving list, and follows the focus as it roves between snapshots', async () => {
  const items = Array.from(
    { length: 400 },
    (_, i) => `<x-item kind="option"><span slot="label">Track ${i}</span></x-item>`,
  );
  const p = await harness().open(page(`${DEFINE}<div aria-label="Queue">${items.join('')}</div>`));
  // Nothing in the list takes focus yet: no item is a target.
  expect((await readPage(p, { filter: 'all' })).text).not.toMatch(target('generic', 'Track 399'));
  await p.evaluate(() => {
    (document.querySelector('x-item') as HTMLElement).tabIndex = 0;
  });
  const { text } = await readPage(p, { filter: 'all' });
  expect(text).toMatch(target('generic', 'Track 1'));
  expect(text).toMatch(target('generic', 'Track 399'));
});

const STATES = page(`<script>
customElements.define('x-control', class extends HTMLElement {
  constructor() { super(); this.internals = this.attachInternals(); }
  connectedCallback() { this.internals.role = this.getAttribute('kind'); this.tabIndex = 0;
    for (const state of (this.getAttribute('states') || '').split(' ').filter(Boolean)) this.internals.states.add(state); }
});
</script>
<x-control kind="checkbox" states="checked">Play a sound</x-control>
<x-control kind="checkbox">Flash the taskbar</x-control>
<x-control kind="tab" states="selected">General</x-control>
<x-control kind="button" states="pressed">Bold</x-control>
<x-control kind="button" states="expanded">More</x-control>
<x-control kind="button" states="disabled">Send as</x-control>`);

it('reads the custom states a web component sets as the ARIA states of those names', async () => {
  const p = await harness().open(STATES);
  const { text } = await readPage(p);
  expect(text).toMatch(/generic "Play a sound" \[ref_\w+\] focusable checked/);
  expect(text).toMatch(/generic "Flash the taskbar" \[ref_\w+\] focusable$/m);
  expect(text).toMatch(/generic "General" \[ref_\w+\] focusable selected/);
  expect(text).toMatch(/generic "Bold" \[ref_\w+\] focusable pressed/);
  expect(text).toMatch(/generic "More" \[ref_\w+\] focusable expanded/);
  // Disabled by its custom state: shown for what it says, no target.
  expect(text).toMatch(/generic "Send as" focusable disabled/);
});

const DELEGATING = page(`<script>
for (const [name, delegatesFocus] of [['x-field', true], ['x-keeper', false]]) {
  customElements.define(name, class extends HTMLElement {
    static formAssociated = true;
    constructor() { super(); this.attachInternals();
      this.attachShadow({ mode: 'open', delegatesFocus }).innerHTML = '<label for="i"><slot></slot></label> <input id="i">'; }
    connectedCallback() { this.tabIndex = 0; }
  });
}
</script>
<x-field>Display name</x-field>
<x-keeper>Status message</x-keeper>`);

it('offers the control a host delegates its focus to, not the host as a second target', async () => {
  const p = await harness().open(DELEGATING);
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    expect(text).toMatch(target('textbox', 'Display name'));
    expect(text).not.toMatch(/generic "Display name"/);
    // A host that keeps its focus is a target of its own.
    expect(text).toMatch(target('generic', 'Status message'));
    expect(text).toMatch(target('textbox', 'Status message'));
  }
});

const DROPDOWN = page(`<script>
customElements.define('x-dropdown', class extends HTMLElement {
  constructor() { super(); this.internals = this.attachInternals();
    this.attachShadow({ mode: 'open' }).innerHTML = '<style>:host{display:inline-block;border:1px solid #888;padding:4px 8px;min-width:160px}[popover]{margin:0;inset:auto;position:fixed;background:#fff}</style><slot name="value"></slot><div popover="manual" role="listbox"><slot></slot></div>'; }
  connectedCallback() { this.internals.role = 'combobox'; this.tabIndex = 0;
    if (!this.hasAttribute('open')) return;
    const r = this.getBoundingClientRect(), list = this.shadowRoot.querySelector('[popover]');
    list.style.left = r.left + 'px'; list.style.top = r.bottom + 'px'; list.showPopover(); }
});
customElements.define('x-option', class extends HTMLElement {
  constructor() { super(); this.attachInternals().role = 'option'; }
});
</script>
<p><x-dropdown open><span slot="value">Medium</span><x-option>Small</x-option><x-option>Large</x-option></x-dropdown></p>
<p style="margin-top:200px"><x-dropdown><span slot="value">Weekly</span><x-option>Daily</x-option><x-option>Monthly</x-option></x-dropdown></p>`);

it("reads and offers the options of a web component's open list, not those of a closed one", async () => {
  const p = await harness().open(DROPDOWN);
  for (const filter of [null, 'all'] as const) {
    const { text } = await readPage(p, { filter });
    expect(text).toMatch(target('generic', 'Medium'));
    expect(text).toMatch(target('generic', 'Small'));
    expect(text).toMatch(target('generic', 'Large'));
    expect(text).toMatch(target('generic', 'Weekly'));
    expect(text).not.toContain('Daily');
  }
});
