// (sh-components) A design-system playground built of web components with declarative shadow roots, the way current
// component libraries render on the server: cards with named slots (title, actions) where a card given no actions
// shows its slot's fallback button (must-expose), and light-DOM children assigned to a slot the component does not
// have are never rendered (traps); form fields nesting shadow roots with `delegatesFocus`; chips whose hosts are
// `display:contents`; a menu component whose `popover` lives in its shadow root (open one: must-expose; closed ones:
// traps); a `<dialog>` inside a component that is not open (traps); a `<search>` landmark; a customizable select
// (`appearance: base-select`); and an `<iframe srcdoc>` preview of a component's markup with its own buttons.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-components', title: 'Design system: slotted components, shadow popovers, srcdoc preview', seed: 6121 };

const CSS = `
.top{display:flex;align-items:center;gap:14px;height:56px;padding:0 20px;background:#fff;border-bottom:1px solid #e3e6ec}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;padding:20px}
.chips{display:flex;gap:8px;padding:0 20px}
select.custom,select.custom::picker(select){appearance:base-select}
iframe{border:1px solid #e3e6ec;border-radius:8px;width:100%;height:150px;background:#fff}
`;

const CARD_SHADOW = `<template shadowrootmode="open"><style>:host{display:block;border:1px solid #e3e6ec;border-radius:10px;background:#fff;padding:12px}
h3{margin:0 0 6px;font-size:16px} .acts{display:flex;gap:6px;margin-top:10px}</style>
<h3><slot name="title">Untitled</slot></h3><slot></slot><div class="acts"><slot name="actions">FALLBACK</slot></div></template>`;

const FIELD_SHADOW = (label, id, mark) => `<template shadowrootmode="open" shadowrootdelegatesfocus><style>:host{display:block;margin:6px 0}</style>
<label for="${id}">${esc(label)}</label> <ds-input><template shadowrootmode="open" shadowrootdelegatesfocus><style>input{font:inherit;padding:4px}</style>
<input id="inner" aria-label="${esc(label)}"${mark}><button type="button" aria-label="Clear ${esc(label)}">×</button></template></ds-input></template>`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="top"><strong>Acme UI</strong><search><input type="search" aria-label="Search components"${t.e('input', 'search')}><button type="button"${t.e('button', 'search-go')}>Search</button></search>
<div class="spacer"></div>
<label>Theme <select class="custom"${t.e('select', 'theme')}><button><selectedcontent></selectedcontent></button><option>Light</option><option>Dark</option><option>System</option></select></label>`;
  // Menu component: its popover is in the shadow root; the "Account" one is open.
  ['Account', 'Workspace', 'Help'].forEach((name, m) => {
    const open = m === 0;
    const mark = (i) => (open ? t.e('menuitem', `menu-${m}-${i}`) : t.h('closed-popover', `menu-${m}-${i}`));
    b += `<ds-menu id="menu-${m}"><template shadowrootmode="open"><style>[popover]{margin:0;top:60px;left:${760 + m * 120}px;padding:6px;border:1px solid #d4d8e0;border-radius:8px}</style>
<button type="button" popovertarget="p"${t.e('button', `menu-${m}-button`)}>${name}</button><div id="p" popover role="menu">
${['Profile', 'Settings', 'Sign out'].map((item, i) => `<button type="button" role="menuitem" style="display:block"${mark(i)}>${item}</button>`).join('')}</div></template></ds-menu>`;
  });
  b += '</header><div class="chips" role="list" aria-label="Filters">';
  for (let c = 0; c < 6; c++) {
    b += `<ds-chip role="listitem" style="display:contents"><template shadowrootmode="open"><button type="button" aria-pressed="${c === 0}"${t.e('button', `chip-${c}`)}>${esc(R.title(1))}</button></template></ds-chip>`;
  }
  b += '</div><div class="grid">';
  for (let k = 0; k < 9; k++) {
    const withActions = k % 3 !== 2;
    b += `<ds-card>${CARD_SHADOW.replace('FALLBACK', `<button type="button"${withActions ? '' : t.e('button', `card-${k}-fallback`)}>Learn more</button>`)}
<span slot="title">${esc(R.title(2))}</span><p>${esc(R.sentence())}</p>`;
    if (withActions) {
      b += `<button slot="actions" type="button"${t.e('button', `card-${k}-open`)}>Open</button><a slot="actions" href="/c/${k}/docs"${t.e('link', `card-${k}-docs`)}>Docs</a>`;
    }
    // Assigned to a slot the card does not have: never rendered.
    b += `<button slot="footer" type="button"${t.h('unslotted', `card-${k}-footer`)}>Report issue</button>`;
    if (k < 3) {
      b += `<ds-field>${FIELD_SHADOW(`${R.title(1)} value`, `f-${k}`, t.e('input', `card-${k}-field`))}</ds-field>`;
    }
    b += '</ds-card>';
  }
  b += '</div>';
  // A dialog component that is not open.
  b += `<ds-dialog><template shadowrootmode="open"><dialog aria-label="Confirm"><p>Discard the draft?</p><button type="button"${t.h('closed-dialog', 'dialog-discard')}>Discard</button>
<button type="button"${t.h('closed-dialog', 'dialog-keep')}>Keep</button></dialog></template></ds-dialog>`;
  // Markup preview in a srcdoc frame.
  const preview = `<style>body{font-family:sans-serif;margin:8px}</style><p>Preview</p><button type='button' data-testid='preview-primary'>Primary</button> <button type='button' data-testid='preview-secondary'>Secondary</button> <a href='#anchor' data-testid='preview-link'>Text link</a>`;
  t.e('button', 'preview-primary');
  t.e('button', 'preview-secondary');
  t.e('link', 'preview-link');
  b += `<section style="padding:0 20px 20px"><h2 style="font-size:16px">Preview</h2><iframe title="Component preview" srcdoc="${esc(preview)}"></iframe></section>`;
  b += `<script>document.getElementById('menu-0').shadowRoot.getElementById('p').showPopover();</script>`;
  return { html: doc({ title: 'Components · Acme UI', css: CSS, body: b, truth: t }) };
}
