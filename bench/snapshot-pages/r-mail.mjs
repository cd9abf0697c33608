// (r) Mail client app shell: the window never scrolls (html/body 100vh, overflow hidden); three panes
// scroll independently: folder nav, message list (per-row checkbox, star toggle, subject link,
// hover-only actions), reading pane (links, buttons, a long quoted thread, an attachment strip that
// scrolls sideways). A visually-hidden skip link (focusable) is neutral; sr-only label text names
// the icon buttons. A closed "more" menu (display:none) and an off-canvas compose (translateX) are traps.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'r-mail', title: 'Mail client, three scrolling panes', seed: 909 };

const CSS = `
html,body{height:100%;overflow:hidden}
.shell{display:grid;grid-template-rows:56px 1fr;height:100vh}
.bar{display:flex;align-items:center;gap:12px;padding:0 16px;background:#fff;border-bottom:1px solid #e3e6ec}
.cols{display:grid;grid-template-columns:220px 440px 1fr;min-height:0}
.nav,.list,.read{overflow-y:auto;min-height:0}
.nav{background:#eef1f5;padding:8px}
.nav a{display:flex;justify-content:space-between;padding:5px 10px;border-radius:6px;color:#1d2330}
.list{border-right:1px solid #e3e6ec;background:#fff}
.row{display:grid;grid-template-columns:24px 24px 1fr 56px;align-items:center;gap:6px;padding:8px 10px;border-bottom:1px solid #f0f1f4;position:relative}
.row .from{font-weight:600;font-size:13px}
.row .snip{font-size:12px;color:#6a7280;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.row .acts{position:absolute;right:8px;top:6px;display:none;gap:4px}
.row:hover .acts{display:flex}
.star{border:0;background:transparent;padding:0;font-size:16px;width:24px}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:8px;top:-40px}
.skip:focus{top:8px}
.read{padding:18px 24px;background:#fff}
.strip{display:flex;gap:10px;overflow-x:auto;width:520px;padding:6px 0}
.strip .att{flex:0 0 160px;border:1px solid #e3e6ec;border-radius:8px;padding:8px}
.compose{position:fixed;right:24px;bottom:0;width:420px;height:380px;background:#fff;border:1px solid #c3c8d2;transform:translateY(110%)}
.menu{display:none;position:absolute;right:0;top:40px;background:#fff;border:1px solid #c3c8d2}
blockquote{border-left:3px solid #c3c8d2;margin:8px 0;padding-left:10px;color:#4a5262}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<a class="skip" href="#list"${t.n('skip-link')}>Skip to messages</a><div class="shell"><header class="bar"><strong>Postbox</strong>
<input type="search" placeholder="Search mail" aria-label="Search mail" style="width:360px"${t.e('search', 'bar-search')}>
<button type="button"${t.e('button', 'bar-compose')}>Compose</button><div class="spacer"></div>
<button type="button"${t.e('icon-button', 'bar-settings')}><span aria-hidden="true">⚙</span><span class="sr">Settings</span></button>
<div style="position:relative"><button type="button" aria-haspopup="menu" aria-expanded="false"${t.e('button', 'bar-account')}>${esc(R.person())}</button>
<div class="menu" role="menu"><button role="menuitem"${t.h('display-none', 'menu-signout')}>Sign out</button></div></div></header>
<div class="cols"><nav class="nav" aria-label="Folders">`;
  const folders = ['Inbox', 'Starred', 'Snoozed', 'Sent', 'Drafts', 'Spam', 'Trash'];
  folders.forEach((f, i) => (b += `<a href="#f/${i}"${t.e('link', `nav-${i}`)}><span>${f}</span><span class="muted">${R.int(0, 90)}</span></a>`));
  b += '<h4 style="margin:12px 10px 4px">Labels</h4>';
  for (let i = 0; i < 60; i++) b += `<a href="#l/${i}"${t.e('link', `label-${i}`)}><span>${esc(R.title(R.int(1, 2)))}</span></a>`;
  b += `</nav><section class="list" id="list" aria-label="Messages"><div style="display:flex;gap:8px;padding:8px 10px;border-bottom:1px solid #e3e6ec;position:sticky;top:0;background:#fff;z-index:2">
<input type="checkbox" aria-label="Select all"${t.e('checkbox', 'sel-all')}><button type="button"${t.e('button', 'list-archive')}>Archive</button><button type="button"${t.e('button', 'list-delete')}>Delete</button><button type="button"${t.e('button', 'list-refresh')}>Refresh</button></div>`;
  for (let i = 0; i < 400; i++) {
    const starred = R.chance(0.2);
    b += `<div class="row"><input type="checkbox" aria-label="Select"${t.e('row-checkbox', `m-sel-${i}`)}>
<button class="star" type="button" aria-pressed="${starred}"${t.e('toggle', `m-star-${i}`)}><span aria-hidden="true">${starred ? '★' : '☆'}</span><span class="sr">Star</span></button>
<a href="#m/${i}"${t.e('link', `m-open-${i}`)}><div class="from">${esc(R.person())}</div><div class="snip"><span>${esc(R.title(R.int(3, 6)))}</span> — ${esc(R.sentence())}</div></a>
<span class="muted" style="font-size:12px">${R.int(1, 28)} Nov</span>
<div class="acts"><button type="button"${t.n(`m-hover-arch-${i}`)}>Archive</button></div></div>`;
  }
  b += `</section><article class="read" aria-label="Reading pane"><h2 style="margin:0 0 4px">${esc(R.title(5))}</h2>
<div style="display:flex;gap:8px;align-items:center;margin-bottom:8px"><a href="#who"${t.e('link', 'rd-from')}>${esc(R.person())}</a><span class="muted">to me</span><span class="spacer"></span>
<button type="button"${t.e('button', 'rd-reply')}>Reply</button><button type="button"${t.e('button', 'rd-forward')}>Forward</button><button type="button" aria-label="More actions"${t.e('icon-button', 'rd-more')}>⋯</button></div>
<div class="strip" aria-label="Attachments">`;
  for (let i = 0; i < 9; i++) b += `<div class="att"><div>${esc(R.word())}-${i}.pdf</div><a href="#att/${i}"${t.e('strip-link', `att-${i}`)}>Download</a></div>`;
  b += '</div>';
  for (let p = 0; p < 18; p++) {
    b += `<p>${esc(R.paragraph(2, 4))} <a href="#ref/${p}"${t.e('link', `rd-link-${p}`)}>${esc(R.title(2))}</a></p>`;
    if (p % 6 === 5) b += `<blockquote>${esc(R.paragraph(1, 2))}<br><button type="button"${t.e('button', `rd-show-${p}`)}>Show trimmed content</button></blockquote>`;
  }
  b += `<div style="display:flex;gap:8px;margin:16px 0"><button type="button" class="primary"${t.e('button', 'rd-reply2')}>Reply</button><button type="button"${t.e('button', 'rd-replyall')}>Reply all</button></div>
<textarea aria-label="Quick reply" rows="3" style="width:100%"${t.e('textarea', 'rd-quick')}></textarea></article></div></div>
<div class="compose" role="dialog" aria-label="New message"><input aria-label="To"${t.h('transform-offscreen', 'cmp-to')}><button type="button"${t.h('transform-offscreen', 'cmp-send')}>Send</button></div>`;
  return { html: doc({ title: 'Inbox (312) – Postbox', css: CSS, body: b, truth: t }) };
}
