// (sh-gantt) Project timeline as Asana/Jira roadmaps build it: a 100dvh shell; a role=treegrid of tasks (rows with
// aria-level, aria-expanded, aria-rowindex; a disclosure button, a task link, an assignee and a status select per
// row; collapsed epics' child rows are removed from the DOM, as these apps do) in a left pane, and beside it a timeline
// pane that scrolls both ways (weeks far to the right) with absolutely positioned task bars (role=button, named by
// aria-label) and milestone diamonds; the two panes scroll in sync vertically (script). A sticky week header stays
// on top of the timeline. Traps: the bar's resize handles (opacity:0 until hover), a date popover (display:none), a
// "Share timeline" dialog closed with `inert` and pushed off to the right.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-gantt', title: 'Project timeline: treegrid of tasks beside a two-axis timeline', seed: 3111 };

const ROW = 36;
const DAY = 28;
const CSS = `
html,body{height:100dvh;overflow:hidden}
.shell{display:grid;grid-template-rows:52px 1fr;height:100dvh}
.top{display:flex;align-items:center;gap:10px;padding:0 14px;border-bottom:1px solid #e3e6ec;background:#fff}
.split{display:grid;grid-template-columns:520px 1fr;min-height:0}
.tasks{overflow-y:auto;overflow-x:hidden;min-height:0;border-right:2px solid #e3e6ec}
.tg{width:100%;border-collapse:collapse;font-size:13px}
.tg th{position:sticky;top:0;background:#f6f7f9;text-align:left;height:${ROW}px;padding:0 6px;z-index:2}
.tg td{height:${ROW}px;padding:0 6px;border-bottom:1px solid #f0f1f4;white-space:nowrap}
.tg button.tog{border:0;background:transparent;padding:0 4px}
.tl{overflow:auto;min-height:0;position:relative}
.canvas{position:relative;width:${DAY * 7 * 16}px}
.weeks{position:sticky;top:0;display:flex;height:${ROW}px;background:#f6f7f9;z-index:2}
.weeks div{flex:0 0 ${DAY * 7}px;font-size:12px;padding:9px 6px;border-left:1px solid #e3e6ec}
.bar{position:absolute;height:22px;border-radius:6px;background:#4c8bf5;color:#fff;font-size:11px;padding:3px 8px;white-space:nowrap;overflow:hidden;cursor:pointer}
.bar .h{position:absolute;top:0;bottom:0;width:6px;background:#fff;opacity:0}
.ms{position:absolute;width:16px;height:16px;transform:rotate(45deg);background:#e8a33d;cursor:pointer}
.pop{display:none;position:absolute;top:60px;left:300px;background:#fff;border:1px solid #ccc;z-index:9}
.share{position:fixed;top:80px;left:100%;width:360px;background:#fff;border:1px solid #ccc}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  const rows = [];
  for (let e = 0; e < 9; e++) {
    const open = e % 3 !== 2;
    rows.push({ level: 1, epic: true, open, name: `${R.title(2)} epic`, id: `e${e}` });
    if (open) for (let k = 0; k < R.int(3, 6); k++) rows.push({ level: 2, epic: false, name: R.title(R.int(2, 4)), id: `e${e}-t${k}` });
  }
  let b = `<div class="shell"><header class="top"><h1 style="font-size:18px;margin:0">Q1 launch</h1><div role="group" aria-label="Zoom"><button type="button" aria-pressed="false"${t.e('toggle', 'zoom-days')}>Days</button><button type="button" aria-pressed="true"${t.e('toggle', 'zoom-weeks')}>Weeks</button><button type="button" aria-pressed="false"${t.e('toggle', 'zoom-months')}>Months</button></div>
<div class="spacer"></div><button type="button"${t.e('button', 'top-today')}>Today</button><button type="button" aria-haspopup="dialog"${t.e('button', 'top-share')}>Share</button></header>
<div class="split"><div class="tasks" id="tasks"><table role="treegrid" class="tg" aria-label="Tasks" aria-rowcount="${rows.length + 1}"><thead><tr role="row" aria-rowindex="1"><th role="columnheader">Task</th><th role="columnheader">Assignee</th><th role="columnheader">Status</th></tr></thead><tbody>`;
  rows.forEach((r, i) => {
    const id = `row-${r.id}`;
    b += `<tr role="row" aria-level="${r.level}" aria-rowindex="${i + 2}"${r.epic ? ` aria-expanded="${r.open}"` : ''}><td role="gridcell" style="padding-left:${r.level * 14}px">`;
    b += r.epic ? `<button type="button" class="tog" aria-label="${r.open ? 'Collapse' : 'Expand'} ${esc(r.name)}"${t.e('icon-button', `${id}-tog`)}>${r.open ? '▾' : '▸'}</button>` : '';
    b += `<a href="#task/${r.id}"${t.e('link', `${id}-link`)}>${esc(r.name)}</a></td><td role="gridcell">${r.epic ? '' : esc(R.person())}</td>
<td role="gridcell"><select aria-label="Status"${t.e('select', `${id}-status`)}><option>To do</option><option${R.chance(0.4) ? ' selected' : ''}>In progress</option><option>Done</option></select></td></tr>`;
  });
  b += `</tbody></table></div><div class="tl" id="tl" aria-label="Timeline" role="region"><div class="canvas" style="height:${(rows.length + 1) * ROW}px"><div class="weeks">`;
  for (let w = 0; w < 16; w++) b += `<div>W${w + 1}</div>`;
  b += '</div>';
  rows.forEach((r, i) => {
    const start = R.int(0, 90);
    const len = r.epic ? R.int(20, 40) : R.int(3, 14);
    const top = (i + 1) * ROW + 7;
    b += `<div class="bar" role="button" tabindex="0" aria-label="${esc(r.name)}, ${len} days" style="left:${start * DAY}px;width:${len * DAY}px;top:${top}px;${r.epic ? 'background:#7a5af5' : ''}"${t.e('bar', `bar-${r.id}`)}>${esc(r.name)}<span class="h" style="left:0"${t.h('opacity-0', `bar-${r.id}-grip`)}></span></div>`;
    if (r.epic) b += `<div class="ms" role="button" tabindex="0" aria-label="Milestone: ${esc(r.name)} done" style="left:${(start + len) * DAY + 6}px;top:${top + 3}px"${t.e('milestone', `ms-${r.id}`)}></div>`;
  });
  b += `<div class="pop" role="dialog" aria-label="Dates"><input type="date" aria-label="Start"${t.h('display-none', 'pop-start')}></div></div></div></div></div>
<div class="share" role="dialog" aria-label="Share timeline" inert><input aria-label="Invite by email"${t.h('inert-offscreen', 'share-email')}><button type="button"${t.h('inert-offscreen', 'share-send')}>Send</button></div>
<script>const a = document.getElementById('tasks'), b = document.getElementById('tl'); b.scrollLeft = ${DAY * 21}; b.addEventListener('scroll', () => { a.scrollTop = b.scrollTop; }); a.addEventListener('scroll', () => { b.scrollTop = a.scrollTop; });</script>`;
  return { html: doc({ title: 'Q1 launch – Timeline', css: CSS, body: b, truth: t }) };
}
