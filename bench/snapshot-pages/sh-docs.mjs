// (sh-docs) Wiki/docs editor as Notion/Confluence build it: a 100dvh flex shell; a page tree (role=tree, treeitems
// holding a disclosure button named "Expand"/"Collapse" by aria-label and a page link; collapsed branches hidden by
// the `hidden` attribute or by a class with display:none: traps) scrolling by itself; a toolbar (role=toolbar) whose
// icon buttons are named only by aria-label, by title, or by aria-labelledby pointing at a tooltip that is itself
// display:none; a contenteditable page body (role=textbox) scrolling in its own pane, with to-do checkboxes in
// contenteditable=false islands; a comments margin that scrolls independently (author, quote, Reply, Resolve named
// by title). Traps: the slash-command menu closed with visibility:hidden.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-docs', title: 'Docs editor: page tree, editable body, comments margin', seed: 2303 };

const CSS = `
html,body{height:100dvh;overflow:hidden}
.shell{display:flex;height:100dvh}
.tree{flex:0 0 260px;overflow-y:auto;background:#f7f6f3;padding:8px 6px;font-size:14px}
.tree ul{list-style:none;margin:0;padding-left:14px}
.tree>ul{padding-left:0}
.ti{display:flex;align-items:center;gap:2px;padding:1px 0}
.ti button{border:0;background:transparent;padding:0 4px;width:22px}
.ti a{color:#37352f;flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.folded{display:none}
.main{flex:1;display:flex;flex-direction:column;min-width:0}
.bar{display:flex;align-items:center;gap:6px;padding:8px 14px;border-bottom:1px solid #eee}
.crumbs a{color:#37352f}
.tb{display:flex;gap:2px;padding:4px 14px;border-bottom:1px solid #eee}
.tb button{border:0;background:transparent;width:32px;height:30px;padding:0}
.tip{display:none}
.work{flex:1;display:flex;min-height:0}
.page{flex:1;overflow-y:auto;padding:30px 60px}
.body{outline:none;max-width:720px}
.todo{display:flex;gap:6px;align-items:baseline}
.comments{flex:0 0 300px;overflow-y:auto;border-left:1px solid #eee;padding:10px;background:#fbfbfa}
.cmt{background:#fff;border:1px solid #e9e9e7;border-radius:8px;padding:8px;margin-bottom:10px;font-size:13px}
.cmt q{display:block;color:#6a7280;border-left:3px solid #f5c518;padding-left:6px;margin:4px 0}
.slash{visibility:hidden;position:absolute;left:420px;top:260px;background:#fff;border:1px solid #ddd;padding:6px;z-index:10}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let n = 0;
  const branch = (depth, count, hiddenHow) => {
    let h = `<ul role="group"${hiddenHow === 'attr' ? ' hidden' : hiddenHow === 'class' ? ' class="folded"' : ''}>`;
    for (let i = 0; i < count; i++) {
      const id = `tree-${n++}`;
      const mark = hiddenHow ? (k) => t.h(hiddenHow === 'attr' ? 'hidden-attr' : 'display-none', k) : (k) => t.e('tree', k);
      const kids = depth < 2 && R.chance(0.45) ? R.int(2, 5) : 0;
      const open = kids && !hiddenHow && R.chance(0.5);
      h += `<li role="treeitem" aria-level="${depth + 1}"${kids ? ` aria-expanded="${open ? 'true' : 'false'}"` : ''}><div class="ti">`;
      h += kids ? `<button type="button" aria-label="${open ? 'Collapse' : 'Expand'}" tabindex="-1"${mark(`${id}-tog`)}>${open ? '▾' : '▸'}</button>` : '<span style="width:22px"></span>';
      h += `<a href="#p/${id}"${mark(`${id}-link`)}>${esc(R.title(R.int(1, 4)))}</a></div>`;
      if (kids) h += branch(depth + 1, kids, hiddenHow || (open ? null : R.chance(0.5) ? 'attr' : 'class'));
      h += '</li>';
    }
    return `${h}</ul>`;
  };
  let b = `<div class="shell"><nav class="tree" aria-label="Pages"><div style="display:flex;gap:4px;margin-bottom:6px"><input type="search" aria-label="Search pages" placeholder="Search" style="flex:1"${t.e('search', 'tree-search')}><button type="button" aria-label="New page"${t.e('icon-button', 'tree-new')}>+</button></div><ul role="tree" aria-label="Workspace pages">`;
  b += branch(0, 34, null).replace(/^<ul role="group">/, '');
  b += `</nav><div class="main"><div class="bar"><nav class="crumbs" aria-label="Breadcrumb"><a href="#p/eng"${t.e('link', 'crumb-0')}>Engineering</a> / <a href="#p/rfcs"${t.e('link', 'crumb-1')}>RFCs</a> / <span aria-current="page">Storage tiering</span></nav><div class="spacer"></div>
<span class="muted" style="font-size:12px">Edited 3m ago</span><button type="button"${t.e('button', 'bar-share')}>Share</button>
<button type="button" title="Comments"${t.e('icon-button', 'bar-comments')}>💬</button><button type="button" title="Page history"${t.e('icon-button', 'bar-history')}>🕘</button><button type="button" aria-label="More page actions"${t.e('icon-button', 'bar-more')}>⋯</button></div>
<div class="tb" role="toolbar" aria-label="Formatting">`;
  const tools = [['Bold', 'B'], ['Italic', 'I'], ['Strikethrough', 'S'], ['Inline code', '</>'], ['Link', '🔗'], ['Bulleted list', '•'], ['Numbered list', '1.'], ['To-do list', '☑'], ['Quote', '❝'], ['Table', '▦']];
  tools.forEach(([label, glyph], i) => {
    const how = i % 3;
    const attr = how === 0 ? `aria-label="${label}"` : how === 1 ? `title="${label}"` : `aria-labelledby="tip-${i}"`;
    b += `<button type="button" ${attr}${t.e('icon-button', `tb-${i}`)}><span aria-hidden="true">${esc(glyph)}</span></button>`;
    if (how === 2) b += `<span role="tooltip" id="tip-${i}" class="tip">${label}</span>`;
  });
  b += `</div><div class="work"><div class="page" id="page"><h1 style="font-size:34px">Storage tiering</h1>
<div class="body" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Page content"${t.e('textbox', 'editor')}>`;
  for (let s = 0; s < 7; s++) {
    b += `<h2>${esc(R.title(3))}</h2><p>${esc(R.paragraph(3, 5))} <a href="#ref/${s}"${t.n(`ed-link-${s}`)}>${esc(R.title(2))}</a>.</p>`;
    if (s % 2 === 0) {
      for (let k = 0; k < 3; k++) {
        b += `<div class="todo"><span contenteditable="false"><input type="checkbox" aria-label="Done"${R.chance(0.4) ? ' checked' : ''}${t.e('checkbox', `todo-${s}-${k}`)}></span><span>${esc(R.sentence(5, 9))}</span></div>`;
      }
    }
    b += `<p>${esc(R.paragraph(2, 4))}</p>`;
  }
  b += `</div></div><aside class="comments" aria-label="Comments"><h3 style="font-size:13px;margin:0 0 8px">Comments</h3>`;
  for (let c = 0; c < 16; c++) {
    b += `<div class="cmt"><strong>${esc(R.person())}</strong> <span class="muted">${R.int(1, 9)}h</span><q>${esc(R.words(R.int(3, 6)))}</q><div>${esc(R.sentence())}</div>
<div style="display:flex;gap:6px;margin-top:6px"><button type="button"${t.e('button', `cmt-${c}-reply`)}>Reply</button><button type="button" title="Resolve"${t.e('icon-button', `cmt-${c}-resolve`)}>✓</button></div></div>`;
  }
  b += `</aside></div></div></div>
<div class="slash" role="listbox" aria-label="Insert block"><div role="option" tabindex="-1"${t.h('visibility-hidden', 'slash-0')}>Heading 1</div><div role="option" tabindex="-1"${t.h('visibility-hidden', 'slash-1')}>Table</div></div>`;
  return { html: doc({ title: 'Storage tiering – Engineering wiki', css: CSS, body: b, truth: t }) };
}
