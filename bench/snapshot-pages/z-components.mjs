// (z) Web-component app shell (open shadow roots all the way down, as Lit/Polymer/Salesforce apps are): <app-shell>
// holds a nav rail and a <record-list> whose shadow root scrolls by itself with a sticky header and slotted rows;
// the window also scrolls (a long activity feed under the shell). A confirm <dialog> INSIDE a shadow root is opened
// with showModal(): the browser makes everything else inert, so the whole page behind it (shadow content, slotted
// rows, the feed below the fold) is a trap; the dialog's own buttons and checkbox are must-expose.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'z-components', title: 'Web components with a modal dialog in a shadow root', seed: 1717 };

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const U = (id) => t.h('under-modal', id);
  let rows = '';
  for (let i = 0; i < 40; i++) rows += `<div slot="rows" style="display:flex;gap:8px;align-items:center;padding:6px 8px;border-bottom:1px solid #eee"><input type="checkbox" aria-label="Select record ${i}"${U(`rec-sel-${i}`)}><a href="#r/${i}"${U(`rec-link-${i}`)}>${esc(R.title(3))}</a><span class="muted">${esc(R.person())}</span></div>`;
  let feed = '';
  for (let i = 0; i < 30; i++) feed += `<article style="background:#fff;border:1px solid #e3e6ec;border-radius:8px;padding:10px;margin:8px 0"><a href="#a/${i}"${U(`feed-link-${i}`)}>${esc(R.title(4))}</a><p>${esc(R.sentence())}</p><button type="button"${U(`feed-like-${i}`)}>Like</button></article>`;
  const navLinks = ['Home', 'Accounts', 'Contacts', 'Deals', 'Reports'].map((n, i) => `<a href="#n/${i}" style="display:block;padding:6px 12px"${U(`nav-${i}`)}>${n}</a>`).join('');
  const body = `<app-shell><record-list>${rows}</record-list></app-shell>
<section style="max-width:900px;margin:0 auto;padding:0 16px"><h2>Activity</h2>${feed}</section>
<template id="shell-tpl"><style>:host{display:grid;grid-template-columns:200px 1fr;height:600px;border-bottom:1px solid #ddd}nav{background:#eef1f5}</style>
<nav aria-label="Main">${navLinks}</nav><div style="padding:12px;min-width:0"><slot></slot></div>
<confirm-dialog></confirm-dialog></template>
<template id="list-tpl"><style>:host{display:block}.pane{height:520px;overflow-y:auto;border:1px solid #ddd}.head{position:sticky;top:0;background:#f0f2f6;padding:8px;display:flex;gap:8px}</style>
<div class="pane" role="region" aria-label="Records"><div class="head"><strong>Records</strong><button type="button"${U('list-new')}>New record</button><button type="button"${U('list-import')}>Import</button></div><slot name="rows"></slot></div></template>
<template id="dlg-tpl"><style>dialog{width:420px;border:0;border-radius:12px;padding:20px}dialog::backdrop{background:rgba(0,0,0,.5)}</style>
<dialog aria-labelledby="h"><h2 id="h" style="margin:0 0 8px">Delete 3 records?</h2><p>${esc(R.sentence())}</p>
<label><input type="checkbox"${t.e('checkbox', 'dlg-also')}> Also delete related tasks</label>
<div style="display:flex;gap:8px;justify-content:flex-end;margin-top:14px"><button type="button"${t.e('button', 'dlg-cancel')}>Cancel</button><button type="button" class="primary"${t.e('button', 'dlg-delete')}>Delete</button></div></dialog></template>
<script>
const stamp = (host, id) => host.attachShadow({ mode: 'open' }).append(document.getElementById(id).content.cloneNode(true));
customElements.define('record-list', class extends HTMLElement { constructor() { super(); stamp(this, 'list-tpl'); } });
customElements.define('confirm-dialog', class extends HTMLElement { constructor() { super(); stamp(this, 'dlg-tpl'); } });
customElements.define('app-shell', class extends HTMLElement { constructor() { super(); stamp(this, 'shell-tpl'); } });
document.querySelector('app-shell').shadowRoot.querySelector('confirm-dialog').shadowRoot.querySelector('dialog').showModal();
</script>`;
  return { html: doc({ title: 'Records – CRM', body, truth: t }) };
}
