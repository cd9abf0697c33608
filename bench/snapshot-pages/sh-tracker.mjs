// (sh-tracker) An issue tracker as Linear/Jira-like apps render it, with names from many scripts: issue titles in
// Chinese, Japanese, Arabic and Hebrew (bidi-isolated with <bdi> and dir=auto), emoji with zero-width joiners, names
// broken by soft hyphens and zero-width spaces; assignee avatars as links named by an <img alt>. A non-modal side-peek
// panel (role=dialog, no aria-modal) opens over the right part of the list: the list stays usable, each row's left
// part shows, the row actions under the panel are covered (traps). Inside the panel: loaded fields beside sections
// still loading (aria-busy=true skeleton bars, and a form of the next section rendered invisibly under them with
// visibility:hidden: traps); a comment form whose field is aria-invalid with aria-errormessage and a hint by
// aria-describedby. A board filter bar of toggle buttons and a closed "Create issue" dialog (<dialog> not open: traps).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-tracker', title: 'Issue tracker: side peek, skeletons, error messages and multilingual names', seed: 9341 };

const CSS = `
html,body{height:100%;overflow:hidden}
.shell{display:grid;grid-template-columns:220px 1fr;height:100vh}
.side{background:#f4f5f8;border-right:1px solid #e3e6ec;padding:10px;display:flex;flex-direction:column;gap:2px}
.side a{padding:4px 8px;border-radius:6px;color:#1d2330}
.main{display:flex;flex-direction:column;min-height:0;position:relative}
.filters{display:flex;gap:6px;padding:8px 16px;border-bottom:1px solid #e3e6ec;background:#fff}
.filters [aria-pressed=true]{background:#e6ecf8;border-color:#1a5fb4}
.list{overflow-y:auto;flex:1;min-height:0}
.issue{display:flex;align-items:center;gap:12px;height:40px;padding:0 16px;border-bottom:1px solid #f0f1f4;background:#fff}
.issue .key{color:#6a7280;width:64px;font-size:13px}
.issue .title{flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.issue .acts{display:flex;gap:4px}
.issue img{width:22px;height:22px;border-radius:50%}
.peek{position:absolute;top:51px;right:0;bottom:0;width:520px;background:#fff;border-left:1px solid #d6d9e0;box-shadow:-8px 0 24px #0002;overflow-y:auto;padding:16px 20px;z-index:10}
.skel{position:relative}
.skel .bar{height:14px;border-radius:7px;background:linear-gradient(90deg,#eceef2,#f6f7f9,#eceef2);margin:8px 0}
.skel .later{visibility:hidden;position:absolute;inset:0}
.err{color:#c01c28;font-size:13px}
dialog{width:520px}
`;

const TITLES = [
  '登录页面在 Safari 上白屏',
  'ダークモードでグラフの凡例が読めない',
  'خطأ في حفظ الفاتورة عند استخدام الأرقام العربية',
  'תיקון יישור טקסט בטופס ההרשמה',
  'Crash when a name contains 👩‍💻 or 🏳️‍🌈',
  'Export CSV breaks on Ünïcödé headers',
  'Inter\u00ADnation\u00ADal\u00ADization of date pickers',
  'Zero\u200Bwidth spaces in invoice numbers',
  'Webhook retries ignore Retry-After',
  'Slow search on projects with 50k issues',
  'Sidebar collapses on window resize',
  'Duplicate notifications for mentions',
  'Avatar upload fails for HEIC images',
  'Keyboard shortcut conflicts with Firefox',
  'Sprint report misses carried-over issues',
  'API token page shows expired tokens',
];

const avatar = (n) => `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="22" height="22"><circle cx="11" cy="11" r="11" fill="hsl(${n * 47},60%,60%)"/></svg>`)}`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div class="shell"><nav class="side" aria-label="Workspace"><strong style="padding:6px 8px">Parallax</strong>`;
  ['Inbox', 'My issues', 'Views', 'Roadmap', '设置 Settings', 'الفرق Teams'].forEach((n, i) => (b += `<a href="/w/${i}"${t.e('link', `side-${i}`)}>${n}</a>`));
  b += `<button type="button" style="margin-top:12px"${t.e('button', 'new-issue')}>New issue</button></nav>
<div class="main"><div class="filters" role="toolbar" aria-label="Filters">`;
  ['Bugs', 'Features', 'Assigned to me', 'High priority'].forEach((f, i) => (b += `<button type="button" aria-pressed="${i === 0}"${t.e('toggle', `flt-${i}`)}>${f}</button>`));
  b += `<span class="spacer"></span><input type="search" aria-label="Filter issues" placeholder="Filter…"${t.e('input', 'flt-q')}></div><div class="list" role="list" aria-label="Issues">`;
  TITLES.forEach((title, i) => {
    const who = R.person();
    b += `<div class="issue" role="listitem"><span class="key">PLX-${120 + i}</span><a class="title" href="/issue/${120 + i}" dir="auto"${t.e('issue-link', `is-${i}`)}><bdi>${esc(title)}</bdi></a>
<span class="acts"><button type="button" aria-label="Change status"${i < 14 ? t.h('under-peek', `is-${i}-status`) : t.h('under-peek', `is-${i}-status`)}>◔</button><a href="/u/${i}"${t.h('under-peek', `is-${i}-who`)}><img src="${avatar(i)}" alt="${esc(who)}"></a></span></div>`;
  });
  b += `</div><section class="peek" role="dialog" aria-label="PLX-120 登录页面在 Safari 上白屏"><div style="display:flex;gap:8px;align-items:center"><h2 style="font-size:18px;margin:0;flex:1"><bdi>登录页面在 Safari 上白屏</bdi></h2>
<button type="button" aria-label="Open full page"${t.e('icon-button', 'peek-open')}>⤢</button><button type="button" aria-label="Close peek"${t.e('icon-button', 'peek-close')}>✕</button></div>
<dl style="display:grid;grid-template-columns:120px 1fr;gap:6px 12px"><dt>Status</dt><dd style="margin:0"><select aria-label="Status"${t.e('select', 'peek-status')}><option>Backlog</option><option selected>In progress</option><option>Done</option></select></dd>
<dt>Assignee</dt><dd style="margin:0"><a href="/u/mia"${t.e('link', 'peek-assignee')}><img src="${avatar(3)}" alt="Mia Tanaka" width="22" height="22"></a></dd>
<dt>Labels</dt><dd style="margin:0"><button type="button"${t.e('button', 'peek-label-0')}>🐞 Bug</button> <button type="button"${t.e('button', 'peek-label-1')}>🧑‍💻 Frontend</button> <button type="button" aria-label="Add label"${t.e('icon-button', 'peek-label-add')}>+</button></dd></dl>
<h3 style="font-size:14px">Linked pull requests</h3><div class="skel" aria-busy="true" aria-label="Loading linked pull requests"><div class="bar" style="width:80%"></div><div class="bar" style="width:60%"></div><div class="later"><a href="/pr/1"${t.h('visibility-hidden', 'pr-0')}>#881 Fix Safari</a><button type="button"${t.h('visibility-hidden', 'pr-link')}>Link PR</button></div></div>
<h3 style="font-size:14px">Description</h3><p dir="auto">${esc(R.paragraph())}</p>
<h3 style="font-size:14px">Activity</h3><div class="skel" aria-busy="true"><div class="bar" style="width:90%"></div><div class="bar" style="width:70%"></div><div class="bar" style="width:85%"></div></div>
<form onsubmit="return false"><label for="cmt">Comment</label><textarea id="cmt" rows="3" style="width:100%" aria-invalid="true" aria-errormessage="cmt-err" aria-describedby="cmt-hint"${t.e('textarea', 'comment')}></textarea>
<div id="cmt-hint" class="muted" style="font-size:13px">Markdown supported. @-mention to notify.</div><div id="cmt-err" class="err">Comment can’t be empty.</div>
<label><input type="checkbox" checked${t.e('checkbox', 'subscribe')}> Subscribe to updates</label> <button type="submit" class="primary"${t.e('button', 'comment-send')}>Comment</button></form>
<h3 style="font-size:14px">Sub-issues</h3>`;
  for (let i = 0; i < 6; i++) b += `<p><input type="checkbox" aria-label="Done: sub-issue ${i + 1}"${t.e('checkbox', `sub-${i}-done`)}> <a href="/issue/s${i}"${t.e('link', `sub-${i}`)}>${esc(R.title(4))}</a></p>`;
  b += `</section></div></div>
<dialog aria-label="Create issue"><form method="dialog"><input aria-label="Issue title"${t.h('closed-dialog', 'dlg-title')}><button${t.h('closed-dialog', 'dlg-create')}>Create</button></form></dialog>`;
  return { html: doc({ title: 'Issues · Parallax', css: CSS, body: b, truth: t }) };
}
