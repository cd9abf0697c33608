// (sh-review) A pull request's "Files changed" view as GitHub renders it: a sticky file tree (role=tree, links in
// tree items) beside per-file diffs. Each file has a sticky header (collapse toggle, path, Viewed checkbox, a menu
// button) over a diff table whose line numbers are empty cells painted by `content: attr(data-line-number)` and
// clicked through one listener (cursor:pointer); every code line carries an "Add comment" button shown only on row
// hover (opacity 0 until then: traps). One file is collapsed as a closed <details> (its diff: traps); an open review
// thread sits in the diff with a reply box; a resolved thread is folded in a closed <details> (its reply: traps). An
// open "Review changes" popover (a <details> menu over the diff: a textarea, three radios, Submit) covers the
// right-hand part of the first file's header and lines (what lies under it shows once scrolled to: neutral).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-review', title: 'Code review: file tree, sticky file headers, diff tables, review popover', seed: 5813 };

const CSS = `
.prhead{padding:12px 24px;background:#fff;border-bottom:1px solid #d0d7de}
.prhead h1{font-size:22px;margin:0 0 6px;font-weight:400}
.tabs{display:flex;gap:4px;margin-top:8px}
.tabs a{padding:6px 12px;border-radius:6px 6px 0 0;color:#1f2328}
.tabs a[aria-current]{border:1px solid #d0d7de;border-bottom-color:#fff;font-weight:600}
.bar{position:sticky;top:0;z-index:30;display:flex;gap:10px;align-items:center;padding:8px 24px;background:#fff;border-bottom:1px solid #d0d7de;height:48px}
.layout{display:grid;grid-template-columns:260px 1fr;gap:16px;padding:12px 24px}
.tree{position:sticky;top:60px;align-self:start;font-size:13px}
.tree ul{list-style:none;margin:0;padding-left:14px}
.tree>ul{padding:0}
.tree [role=treeitem]{padding:2px 0}
.file{border:1px solid #d0d7de;border-radius:6px;margin-bottom:16px;background:#fff}
.fhead{position:sticky;top:48px;z-index:5;display:flex;gap:8px;align-items:center;padding:6px 10px;background:#f6f8fa;border-bottom:1px solid #d0d7de;font-size:13px}
.fhead .path{flex:1;font-family:ui-monospace,monospace}
.diff{border-collapse:collapse;width:100%;font:12px/20px ui-monospace,SFMono-Regular,Menlo,monospace}
.num{width:44px;min-width:44px;text-align:right;padding:0 8px;color:#6e7781;cursor:pointer;user-select:none}
.num::before{content:attr(data-line-number)}
.code{position:relative;padding-left:22px;white-space:pre}
.add td.code,.add td.num{background:#e6ffec}
.del td.code,.del td.num{background:#ffebe9}
.hunk td{background:#ddf4ff;color:#57606a}
.alc{position:absolute;left:-10px;top:1px;width:20px;height:18px;padding:0;border-radius:6px;background:#0969da;color:#fff;border:0;line-height:18px;opacity:0}
tr:hover .alc{opacity:1}
.thread{border:1px solid #d0d7de;border-radius:6px;margin:8px 12px;padding:8px 12px;font:14px system-ui,sans-serif;white-space:normal}
.thread textarea{width:100%;height:54px}
details.collapsed>summary{list-style:none}
details.review{position:relative}
details.review>summary{list-style:none;background:#1f883d;color:#fff;padding:5px 12px;border-radius:6px;cursor:pointer}
.popover{position:absolute;right:0;top:38px;width:420px;background:#fff;border:1px solid #d0d7de;border-radius:8px;box-shadow:0 8px 24px #8c959f33;padding:12px;z-index:40}
.popover textarea{width:100%;height:90px}
`;

function lines(t, R, f, n, start, prefix) {
  let h = '';
  let oldN = start;
  let newN = start;
  for (let i = 0; i < n; i++) {
    const kind = i % 7 === 2 ? 'add' : i % 9 === 4 ? 'del' : 'ctx';
    const o = kind === 'add' ? '' : oldN++;
    const nn = kind === 'del' ? '' : newN++;
    const code = `${'  '.repeat(R.int(0, 3))}${R.pick(['const', 'return', 'if (', 'await', 'export function', '//'])} ${esc(R.words(R.int(2, 6)))}${R.pick([';', ' {', ')', ''])}`;
    h += `<tr class="${kind}"><td class="num" data-line-number="${o}"></td><td class="num" data-line-number="${nn}"></td><td class="code"><button type="button" class="alc" aria-label="Add a comment on line ${nn || o}"${t.h('hover-opacity', `${prefix}-${f}-alc-${i}`)}>+</button>${kind === 'add' ? '+' : kind === 'del' ? '-' : ' '}${code}</td></tr>`;
  }
  return h;
}

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const files = ['src/router/match.ts', 'src/router/params.ts', 'test/router/match.test.ts', 'package-lock.json', 'docs/routing.md'];
  let b = `<header class="prhead"><h1>Match optional route params <span class="muted">#4182</span></h1><span class="muted"><a href="/u/kira"${t.e('link', 'author')}>kira-ito</a> wants to merge 4 commits into <code>main</code></span>
<nav class="tabs" aria-label="Pull request tabs"><a href="/pr/4182"${t.e('tab-link', 'tab-conv')}>Conversation 12</a><a href="/pr/4182/commits"${t.e('tab-link', 'tab-commits')}>Commits 4</a><a href="/pr/4182/files" aria-current="page"${t.e('tab-link', 'tab-files')}>Files changed 5</a></nav></header>
<div class="bar"><button type="button" aria-label="Toggle file tree" aria-expanded="true"${t.e('icon-button', 'tree-toggle')}>☰</button><select aria-label="Changes from"${t.e('select', 'commits-range')}><option>All commits</option><option>Since last review</option></select>
<input type="search" aria-label="Filter changed files" placeholder="Filter changed files"${t.e('input', 'file-filter')}><span class="spacer"></span><span class="muted">2 / 5 files viewed</span>
<details class="review" open><summary aria-haspopup="dialog"${t.e('summary', 'review-btn')}>Review changes ▾</summary>
<div class="popover" role="dialog" aria-label="Finish your review"><strong>Finish your review</strong><textarea aria-label="Review summary" placeholder="Leave a comment"${t.e('textarea', 'rv-body')}></textarea>
<fieldset style="border:0;padding:0"><legend class="visually-offscreen">Review type</legend>`;
  ['Comment', 'Approve', 'Request changes'].forEach((r, i) => (b += `<label style="display:block"><input type="radio" name="rv" ${i === 0 ? 'checked' : ''}${t.e('radio', `rv-${i}`)}> ${r}</label>`));
  b += `</fieldset><button type="button" class="primary"${t.e('button', 'rv-submit')}>Submit review</button> <button type="button"${t.e('button', 'rv-cancel')}>Cancel</button></div></details></div>
<div class="layout"><nav class="tree" aria-label="File tree"><ul role="tree" aria-label="Changed files">`;
  const dirs = { src: [0, 1], test: [2], '.': [3, 4] };
  for (const [dir, idx] of Object.entries(dirs)) {
    if (dir === '.') idx.forEach((i) => (b += `<li role="treeitem"><a href="#diff-${i}"${t.e('tree-link', `tree-${i}`)}>${files[i]}</a></li>`));
    else {
      b += `<li role="treeitem" aria-expanded="true"><span>📂 ${dir}</span><ul role="group">`;
      idx.forEach((i) => (b += `<li role="treeitem"><a href="#diff-${i}"${t.e('tree-link', `tree-${i}`)}>${files[i].split('/').pop()}</a></li>`));
      b += '</ul></li>';
    }
  }
  b += '</ul></nav><main>';
  files.forEach((f, fi) => {
    // The open popover lies over the first file's header controls at load; scrolled to, they show (the page check
    // scrolls each to the middle): neutral.
    const mark = (kind, id) => (fi === 0 ? t.n(id) : t.e(kind, id));
    const head = (extra) =>
      `<button type="button" aria-label="Collapse file" aria-expanded="${fi !== 3}"${t.e('icon-button', `f${fi}-toggle`)}>${fi === 3 ? '▸' : '▾'}</button><a class="path" href="#diff-${fi}"${t.e('link', `f${fi}-path`)}>${f}</a>${extra}<label><input type="checkbox"${fi < 2 ? ' checked' : ''}${mark('checkbox', `f${fi}-viewed`)}> Viewed</label><button type="button" aria-label="File actions" aria-haspopup="menu"${mark('icon-button', `f${fi}-menu`)}>⋯</button>`;
    if (fi === 3) {
      b += `<details class="file collapsed" id="diff-${fi}"><summary class="fhead"${t.n(`f${fi}-summary`)}>${head('<span class="muted">Large diffs are not rendered by default.</span>')}</summary>
<table class="diff"><tbody>${lines(t, R, fi, 6, 1, 'c').replace(/hover-opacity/g, 'closed-details')}</tbody></table><button type="button"${t.h('closed-details', `f${fi}-load`)}>Load diff</button></details>`;
      return;
    }
    b += `<section class="file" id="diff-${fi}"><div class="fhead">${head(`<span class="muted">+${R.int(3, 40)} −${R.int(1, 12)}</span>`)}</div><table class="diff"><tbody><tr class="hunk"><td colspan="2"><button type="button" aria-label="Expand up"${t.e('icon-button', `f${fi}-expand`)}>↕</button></td><td class="code">@@ -${fi * 20 + 1},14 +${fi * 20 + 1},16 @@</td></tr>`;
    b += lines(t, R, fi, 14, fi * 20 + 1, 'l');
    if (fi === 0) {
      b += `<tr><td colspan="3"><div class="thread"><b>${esc(R.person())}</b> ${esc(R.sentence())}<br><textarea aria-label="Reply" placeholder="Reply…"${t.e('textarea', 'th-reply')}></textarea><button type="button"${t.e('button', 'th-resolve')}>Resolve conversation</button></div></td></tr>`;
    }
    if (fi === 1) {
      b += `<tr><td colspan="3"><details class="thread"><summary${t.e('summary', 'resolved')}>Show resolved conversation · ${esc(R.person())}</summary><p>${esc(R.sentence())}</p><textarea aria-label="Reply"${t.h('closed-details', 'resolved-reply')}></textarea><button type="button"${t.h('closed-details', 'resolved-unresolve')}>Unresolve conversation</button></details></td></tr>`;
    }
    b += lines(t, R, fi, 10, fi * 20 + 15, 'm');
    b += '</tbody></table></section>';
  });
  b += '</main></div>';
  // Line numbers are clicked through one listener on the document (they select a line: #L12).
  b += `<script>document.addEventListener('click', e => { const n = e.target.closest && e.target.closest('.num'); if (n) location.hash = 'L' + n.dataset.lineNumber; });</script>`;
  return { html: doc({ title: 'Match optional route params by kira-ito · Pull Request #4182', css: CSS, body: b, truth: t }) };
}
