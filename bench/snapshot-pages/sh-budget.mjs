// (sh-budget) A budget planner in an app shell (fixed root: top bar, nav rail, a main pane that scrolls by itself) whose
// editable cells are named the way accessible-spreadsheet guides recommend: from their row and column headers
// ("Marketing Mar", "Mar Marketing", "Engineering, Q2"), so every name restates the headers printed around it. Three
// tables: a monthly plan (text row headers `th scope=row`, 12 month columns, sticky first column, the table box scrolls
// sideways: later months lie past its edge), a quarterly headcount table (names "Q2, Engineering" with a comma), and
// a tiny approvals table whose selects and checkboxes are named otherwise ("Approver for Travel", "Lock Travel").
// Each row ends in an "Actions for <line>" menu button; the menu of one row is open (portal, absolute); the others are
// display:none (traps). Hover-only "Add note" buttons at opacity 0 (traps). A totals row of plain text.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-budget', title: 'Budget planner: cells named by their row and column headers', seed: 6601 };

const CSS = `
#app{position:fixed;inset:0;display:grid;grid-template-rows:52px 1fr;grid-template-columns:200px 1fr;background:#fff}
.top{grid-column:1/3;display:flex;align-items:center;gap:12px;padding:0 16px;border-bottom:1px solid #e3e6ec}
.rail{border-right:1px solid #e3e6ec;padding:10px;display:flex;flex-direction:column;gap:6px}
.main{overflow:auto;min-height:0;padding:12px 20px}
.tbox{position:relative;overflow-x:auto;max-width:100%;border:1px solid #e3e6ec;border-radius:8px;margin-bottom:18px}
table{border-collapse:separate;border-spacing:0;font-size:13px}
th,td{border-bottom:1px solid #eef0f3;padding:2px 4px;white-space:nowrap}
thead th{background:#f4f6f9;text-align:left;font-weight:600}
tbody th{position:sticky;left:0;background:#fff;text-align:left;z-index:1;min-width:130px}
thead th:first-child{position:sticky;left:0;z-index:2}
.act{position:sticky;right:0;background:#fff;z-index:1}
td input{width:84px;border:1px solid transparent;border-radius:4px;padding:3px 5px;text-align:right}
td select{font-size:13px;padding:2px}
.note{opacity:0;border:0;background:none;padding:0 4px}
.menu{position:absolute;background:#fff;border:1px solid #c3c8d2;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.2);padding:4px;display:grid;z-index:20}
.menu button{border:0;text-align:left}
.gone{display:none}
h2{font-size:16px;margin:10px 0 6px}
`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LINES = ['Marketing', 'Engineering', 'Sales', 'Support', 'Travel', 'Office rent', 'Software', 'Hardware', 'Legal', 'Training', 'Recruiting', 'Events', 'Insurance', 'Utilities'];
const TEAMS = ['Engineering', 'Design', 'Sales', 'Support', 'Finance', 'People'];

// Cells whose centre the open row menu covers (measured at 1280×800): a person cannot reach them until it closes.
const underMenu = (r, c) => r >= 3 && r <= 6 && (c === 7 || c === 8);

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div id="app"><header class="top"><strong>Ledgerly</strong><select aria-label="Fiscal year"${t.e('select', 'year')}><option>FY 2026</option><option>FY 2027</option></select>
<span class="spacer"></span><button type="button"${t.e('button', 'import')}>Import</button><button type="button" class="primary"${t.e('button', 'publish')}>Publish plan</button></header>
<nav class="rail" aria-label="Sections">`;
  ['Overview', 'Budget', 'Headcount', 'Forecast', 'Reports'].forEach((n, i) => (b += `<a href="/${n.toLowerCase()}"${i === 1 ? ' aria-current="page"' : ''}${t.e('link', `nav-${i}`)}>${n}</a>`));
  b += `</nav><main class="main" id="main"><h1 style="font-size:20px;margin:0 0 8px">Budget 2026</h1>
<p class="muted" style="margin:0 0 8px">Amounts in thousands of dollars. Edit a cell to change the plan.</p>
<h2 id="h-monthly">Monthly plan</h2><div class="tbox" id="monthly-box"><table aria-labelledby="h-monthly"><thead><tr><th scope="col">Line</th>`;
  for (const m of MONTHS) b += `<th scope="col">${m}</th>`;
  b += `<th scope="col">Total</th><th scope="col" class="act"><span class="visually-offscreen">Actions</span></th></tr></thead><tbody>`;
  LINES.forEach((line, r) => {
    b += `<tr><th scope="row">${esc(line)}<button type="button" class="note" aria-label="Add note to ${esc(line)}"${t.h('opacity-0', `note-${r}`)}>✎</button></th>`;
    let total = 0;
    MONTHS.forEach((m, c) => {
      const v = R.int(4, 180);
      total += v;
      // Two naming orders, as libraries differ: "<row> <column>" on even rows, "<column> <row>" on odd ones.
      const name = r % 2 === 0 ? `${line} ${m}` : `${m} ${line}`;
      b += `<td><input inputmode="decimal" aria-label="${esc(name)}" value="${v}"${underMenu(r, c) ? t.n(`m-${r}-${c}`) : t.e('cell', `m-${r}-${c}`)}></td>`;
    });
    b += `<td>${total}</td><td class="act"><button type="button" aria-label="Actions for ${esc(line)}" aria-haspopup="menu"${r === 2 ? ' aria-expanded="true"' : ''}${t.e('menu-button', `act-${r}`)}>⋯</button></td></tr>`;
  });
  b += `<tr><th scope="row">Total</th>`;
  for (let c = 0; c < 12; c++) b += `<td>${R.int(900, 1400)}</td>`;
  b += `<td>${R.int(12000, 15000)}</td><td class="act"></td></tr></tbody></table>`;
  // The open row menu, rendered inside the table's scroll box (no portal), so it scrolls with the rows.
  b += `<div class="menu" role="menu" aria-label="Actions for Sales" style="left:820px;top:136px;width:176px">`;
  ['Duplicate line', 'Move up', 'Move down', 'Delete line'].forEach((n, i) => (b += `<button type="button" role="menuitem"${t.e('menuitem', `menu-${i}`)}>${n}</button>`));
  b += `</div></div>
<h2 id="h-heads">Headcount by quarter</h2><div class="tbox"><table aria-labelledby="h-heads"><thead><tr><th scope="col">Team</th>`;
  const QS = ['Q1', 'Q2', 'Q3', 'Q4'];
  for (const q of QS) b += `<th scope="col">${q}</th>`;
  b += `</tr></thead><tbody>`;
  TEAMS.forEach((team, r) => {
    b += `<tr><th scope="row">${team}</th>`;
    QS.forEach((q, c) => (b += `<td><input type="number" aria-label="${q}, ${team}" value="${R.int(2, 40)}"${t.e('cell', `h-${r}-${c}`)}></td>`));
    b += `</tr>`;
  });
  b += `</tbody></table></div>
<h2 id="h-appr">Approvals</h2><div class="tbox"><table aria-labelledby="h-appr"><thead><tr><th scope="col">Line</th><th scope="col">Approver</th><th scope="col">Locked</th></tr></thead><tbody>`;
  ['Travel', 'Events', 'Hardware'].forEach((line, r) => {
    b += `<tr><th scope="row">${line}</th><td><select aria-label="Approver for ${line}"${t.e('select', `ap-${r}`)}><option>${esc(R.person())}</option><option>${esc(R.person())}</option></select></td>
<td><input type="checkbox" aria-label="Lock ${line}"${r === 0 ? ' checked' : ''}${t.e('checkbox', `lock-${r}`)}></td></tr>`;
  });
  b += `</tbody></table></div><p>${esc(R.paragraph(2, 3))}</p><div style="height:200px"></div></main></div>
<div class="menu gone" role="menu" aria-label="Actions for Marketing">`;
  ['Duplicate line', 'Delete line'].forEach((n, i) => (b += `<button type="button" role="menuitem"${t.h('display-none', `menu-x-${i}`)}>${n}</button>`));
  b += `</div>`;
  return { html: doc({ title: 'Budget 2026 · Ledgerly', css: CSS, body: b, truth: t }) };
}
