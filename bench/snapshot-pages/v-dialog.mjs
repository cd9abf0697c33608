// (v) Project board with a native <dialog> opened by showModal() over it: the browser makes the whole
// background inert (no aria-hidden, no backdrop element in the DOM), so all board controls are traps.
// The dialog itself has a scrolling body (max-height) whose lower controls are scrolled out of the
// dialog's view, a select, a radio group, a file input styled away behind its label, and a sticky footer.
// Background columns are content-visibility:auto; a toast (position:fixed) sits behind the modal.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'v-dialog', title: 'Board with a showModal() dialog', seed: 1313 };

const CSS = `
.board{display:flex;gap:14px;padding:14px 20px;overflow-x:auto}
.col{flex:0 0 280px;background:#eef1f5;border-radius:10px;padding:8px;content-visibility:auto;contain-intrinsic-size:280px 1200px}
.cardk{background:#fff;border-radius:8px;padding:8px;margin:6px 0;box-shadow:0 1px 2px rgba(0,0,0,.1)}
.toast{position:fixed;right:16px;top:70px;background:#1d2330;color:#fff;padding:10px 14px;border-radius:8px;z-index:60}
.toast button{background:transparent;color:#fff;border-color:#555}
dialog{width:560px;padding:0;border:0;border-radius:12px;box-shadow:0 20px 60px rgba(0,0,0,.35)}
dialog::backdrop{background:rgba(20,24,33,.5)}
.dh{display:flex;align-items:center;padding:14px 18px;border-bottom:1px solid #e3e6ec}
.db{max-height:420px;overflow-y:auto;padding:14px 18px}
.db label{display:block;font-size:13px;font-weight:600;margin:12px 0 4px}
.df{display:flex;gap:8px;justify-content:flex-end;padding:12px 18px;border-top:1px solid #e3e6ec}
.file input{position:absolute;opacity:0;width:1px;height:1px}
.file span{display:inline-block;border:1px dashed #c3c8d2;padding:10px 14px;border-radius:8px;cursor:pointer}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const U = (id) => t.h('under-modal', id);
  let b = `<header class="topbar"><a class="logo" href="/"${U('bg-logo')}>Boardly</a><nav>`;
  ['Boards', 'Timeline', 'Reports'].forEach((n, i) => (b += `<a href="/${i}"${U(`bg-nav-${i}`)}>${n}</a>`));
  b += `</nav><div class="spacer"></div><input type="search" aria-label="Search cards"${U('bg-search')}><button type="button"${U('bg-new')}>New card</button></header><div class="board">`;
  for (let c = 0; c < 6; c++) {
    b += `<section class="col"><h2 style="font-size:15px;margin:4px 6px">${esc(R.title(2))}</h2>`;
    for (let i = 0; i < 14; i++) b += `<div class="cardk"><a href="#card/${c}-${i}"${U(`bg-card-${c}-${i}`)}>${esc(R.title(R.int(2, 5)))}</a><div style="display:flex;gap:4px;margin-top:4px"><button type="button" aria-label="Assign"${U(`bg-assign-${c}-${i}`)}>👤</button><input type="checkbox" aria-label="Done"${U(`bg-done-${c}-${i}`)}></div></div>`;
    b += `<button type="button"${U(`bg-add-${c}`)}>+ Add a card</button></section>`;
  }
  b += `</div><div class="toast" role="status">Card moved <button type="button"${U('bg-undo')}>Undo</button></div>
<dialog id="edit" aria-labelledby="dlg-h"><form method="dialog"><div class="dh"><h2 id="dlg-h" style="font-size:18px;margin:0;flex:1">Edit card</h2><button type="submit" value="cancel" aria-label="Close"${t.e('icon-button', 'dlg-x')}>✕</button></div>
<div class="db"><label for="d-title">Title</label><input id="d-title" style="width:100%" value="${esc(R.title(4))}"${t.e('text', 'dlg-title')}>
<label for="d-desc">Description</label><textarea id="d-desc" rows="5" style="width:100%"${t.e('textarea', 'dlg-desc')}>${esc(R.paragraph())}</textarea>
<label for="d-col">Column</label><select id="d-col"${t.e('select', 'dlg-col')}><option>Backlog</option><option>Doing</option><option>Done</option></select>
<fieldset style="margin-top:12px"><legend>Priority</legend>`;
  ['Low', 'Medium', 'High', 'Urgent'].forEach((p, i) => (b += `<label style="display:inline;font-weight:400;margin-right:10px"><input type="radio" name="prio"${i === 1 ? ' checked' : ''}${t.e('radio', `dlg-prio-${i}`)}> ${p}</label>`));
  b += `</fieldset><label>Attachment</label><label class="file"><input type="file"${t.n('dlg-file')}><span>Choose a file…</span></label>
<label for="d-due">Due date</label><input id="d-due" type="date"${t.e('date', 'dlg-due')}>
<h3 style="font-size:14px;margin:14px 0 4px">Checklist</h3>`;
  for (let i = 0; i < 10; i++) b += `<div><label style="display:inline;font-weight:400"><input type="checkbox"${t.e('checkbox', `dlg-chk-${i}`)}> ${esc(R.title(3))}</label> <button type="button" aria-label="Delete item ${i + 1}" style="padding:0 6px"${t.e('icon-button', `dlg-chkdel-${i}`)}>×</button></div>`;
  b += `<button type="button" style="margin-top:8px"${t.e('button', 'dlg-additem')}>Add an item</button>
<h3 style="font-size:14px;margin:14px 0 4px">Activity</h3>`;
  for (let i = 0; i < 6; i++) b += `<p style="margin:4px 0;font-size:13px"><a href="#u/${i}"${t.e('link', `dlg-act-${i}`)}>${esc(R.person())}</a> ${esc(R.sentence(5, 9))}</p>`;
  b += `</div><div class="df"><button type="button"${t.e('button', 'dlg-archive')}>Archive</button><button type="submit" value="save" class="primary"${t.e('button', 'dlg-save')}>Save</button></div></form></dialog>
<script>document.getElementById('edit').showModal();</script>`;
  return { html: doc({ title: 'Sprint board – Boardly', css: CSS, body: b, truth: t }) };
}
