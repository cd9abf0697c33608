// (sh-logs) A CI/CD pipeline run as GitLab-like code hosts render it: a header (pipeline number, branch and commit
// links, Retry and Cancel), a stage graph of job links whose status is only an icon (an SVG in a span whose `title`
// says "passed"/"failed"/…, or an `<i class="ci-status-icon-…">`), each with a retry or play icon button named by
// title; a job log viewer in an inner scroll pane: a toolbar (search field, "Show complete raw" link, icon buttons
// named by title, one disabled), collapsible sections (a header row with a chevron and a duration, one section
// collapsed: its lines `display:none`), log lines virtualized (a tall spacer, only a window of lines rendered at
// absolute offsets) whose line-number anchors are empty `<a href="#L…">` links drawn by `::before { content:
// attr(data-line) }`, ANSI colours as adjacent spans; a "Scroll to bottom" floating button; a job sidebar (Retry,
// Erase log, job details as label/value pairs, artifacts Download/Browse/Keep, other jobs of the stage).
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-logs', title: 'CI pipeline: stage graph, virtualized job log with CSS line numbers', seed: 8213 };

const CSS = `
html,body{height:100%;overflow:hidden}
#app{position:fixed;inset:0;display:grid;grid-template-rows:48px auto 1fr;background:#fff}
.nav{display:flex;align-items:center;gap:14px;padding:0 16px;background:#1f1e24;color:#fff}
.nav a{color:#fff}
.head{padding:10px 16px;border-bottom:1px solid #dcdcde;display:flex;flex-wrap:wrap;align-items:center;gap:10px}
.head h1{font-size:18px;margin:0}
.graph{flex-basis:100%;display:flex;gap:28px;padding:8px 0 2px;overflow-x:auto}
.stage h3{font-size:12px;text-transform:uppercase;color:#737278;margin:0 0 6px}
.job{display:flex;align-items:center;gap:6px;border:1px solid #dcdcde;border-radius:16px;padding:2px 4px 2px 6px;margin-bottom:6px;width:190px;background:#fff}
.job a{flex:1;display:flex;align-items:center;gap:6px;color:#333238;font-size:13px}
.ci-status-icon{width:16px;height:16px;display:inline-flex}
.ci-status-icon svg{width:16px;height:16px}
i.ci-status-icon-skipped{width:16px;height:16px;border-radius:50%;border:2px solid #a4a3a8;display:inline-block}
.ci-action-icon{width:24px;height:24px;border-radius:50%;padding:0;display:grid;place-items:center;border:1px solid #dcdcde}
.ci-action-icon svg{width:12px;height:12px}
.body{display:grid;grid-template-columns:1fr 300px;min-height:0}
.logwrap{display:grid;grid-template-rows:40px 1fr;min-height:0;position:relative;background:#1f1e24}
.logbar{display:flex;align-items:center;gap:8px;padding:0 10px;background:#fbfafd;border-bottom:1px solid #dcdcde;font-size:13px}
.logbar .icon-btn{width:28px;height:28px;padding:0;display:grid;place-items:center;border:1px solid #dcdcde}
.logbar .icon-btn svg{width:14px;height:14px}
.log{overflow:auto;min-height:0;font:12px/20px ui-monospace,Menlo,monospace;color:#ececef;position:relative}
.log-spacer{position:relative}
.log-line{position:absolute;left:0;right:0;height:20px;display:flex;white-space:pre;padding-right:12px}
.log-line .ln{color:#89888d;min-width:56px;text-align:right;padding-right:14px;user-select:none}
.log-line .ln::before{content:attr(data-line)}
.log-line .ts{color:#89888d;padding-right:10px}
.sect{cursor:pointer;background:#333238}
.sect .chev{display:inline-block;width:12px;color:#ececef}
.sect .dur{margin-left:auto;background:#535158;border-radius:8px;padding:0 8px}
.term-fg-green{color:#91d4a8}.term-fg-red{color:#fdbcaa}.term-fg-yellow{color:#e9be74}.term-fg-cyan{color:#81c7df}.term-bold{font-weight:700}
.gone{display:none}
.to-bottom{position:absolute;right:24px;bottom:20px;width:36px;height:36px;border-radius:50%;padding:0;display:grid;place-items:center;box-shadow:0 2px 8px rgba(0,0,0,.4);z-index:5}
.to-bottom svg{width:16px;height:16px}
.side{overflow:auto;min-height:0;padding:12px 14px;border-left:1px solid #dcdcde;font-size:14px}
.side h2{font-size:15px;margin:14px 0 6px}
.kv{display:grid;grid-template-columns:auto 1fr;gap:4px 10px}
.kv .k{font-weight:600}
.side ul{list-style:none;margin:0;padding:0}
.side li{padding:3px 0}
`;

const ICONS = {
  success: '<path d="M4 8l3 3 5-6" stroke="#108548" stroke-width="2" fill="none"/>',
  failed: '<path d="M4 4l8 8M12 4l-8 8" stroke="#dd2b0e" stroke-width="2"/>',
  running: '<circle cx="8" cy="8" r="6" stroke="#1f75cb" stroke-width="2" fill="none"/>',
  manual: '<path d="M5 3l8 5-8 5z" fill="#535158"/>',
};
const svg = (p) => `<svg viewBox="0 0 16 16" aria-hidden="true">${p}</svg>`;
const RETRY = svg('<path d="M13 8a5 5 0 1 1-2-4M11 1v3h3" stroke="currentColor" fill="none"/>');
const PLAY = svg('<path d="M5 3l8 5-8 5z"/>');

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<div id="app"><nav class="nav" aria-label="Main"><strong>Forge</strong><a href="/acme/shop"${t.e('link', 'proj')}>acme / shop</a><a href="/acme/shop/-/pipelines"${t.e('link', 'pipes')}>Pipelines</a></nav>
<header class="head"><h1>Pipeline #48213</h1><span class="muted">triggered 14 minutes ago for</span><a href="/acme/shop/-/commits/fix/cart-total"${t.e('link', 'branch')}>fix/cart-total</a><a href="/acme/shop/-/commit/9c1e2a7"${t.e('link', 'commit')}>9c1e2a7f</a><span class="spacer"></span>
<button type="button"${t.e('button', 'retry-pipe')}>Retry</button><button type="button"${t.e('button', 'cancel-pipe')}>Cancel running</button><div class="graph" aria-label="Pipeline graph">`;
  const stages = [
    ['build', [['build:web', 'success'], ['build:api', 'success'], ['build:docs', 'skipped']]],
    ['test', [['lint', 'success'], ['unit 1/3', 'success'], ['unit 2/3', 'failed'], ['unit 3/3', 'success'], ['e2e', 'running']]],
    ['deploy', [['review-app', 'manual'], ['staging', 'manual']]],
  ];
  let jobId = 9100;
  stages.forEach(([stage, jobs], si) => {
    b += `<div class="stage"><h3>${stage}</h3>`;
    jobs.forEach(([name, status], ji) => {
      const id = `job-${si}-${ji}`;
      const word = { success: 'passed', failed: 'failed', running: 'running', manual: 'manual action', skipped: 'skipped' }[status];
      const icon = status === 'skipped' ? `<i class="ci-status-icon-skipped" aria-hidden="true"></i>` : `<span class="ci-status-icon ci-status-icon-${status}" title="${word}">${svg(ICONS[status])}</span>`;
      b += `<div class="job"><a href="/acme/shop/-/jobs/${jobId++}"${t.e('job', id)}>${icon}<span>${name}</span></a>`;
      if (status === 'failed' || status === 'success') b += `<button type="button" class="ci-action-icon" title="Retry"${t.e('icon-button', `${id}-retry`)}>${RETRY}</button>`;
      if (status === 'manual') b += `<button type="button" class="ci-action-icon" title="Run"${t.e('icon-button', `${id}-play`)}>${PLAY}</button>`;
      b += `</div>`;
    });
    b += `</div>`;
  });
  b += `</div></header><div class="body"><section class="logwrap" aria-label="Job log: unit 2/3"><div class="logbar"><input type="search" placeholder="Search job log" aria-label="Search job log"${t.e('search', 'log-search')}>
<a href="/acme/shop/-/jobs/9104/raw"${t.e('link', 'raw')}>Show complete raw</a><span class="spacer"></span>
<button type="button" class="icon-btn" title="Scroll to top"${t.e('icon-button', 'to-top')}>${svg('<path d="M4 10l4-4 4 4" stroke="currentColor" fill="none"/>')}</button>
<button type="button" class="icon-btn" title="Scroll to bottom" disabled${t.n('to-bottom-bar')}>${svg('<path d="M4 6l4 4 4-4" stroke="currentColor" fill="none"/>')}</button>
<button type="button" class="icon-btn" title="Enter full screen"${t.e('icon-button', 'full')}>${svg('<path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" stroke="currentColor" fill="none"/>')}</button></div>
<div class="log" id="log" tabindex="0">`;
  // 1,800 lines in all; the viewer renders lines 1,700–1,800 (it is scrolled to the end, where the failure is).
  const TOTAL = 1800, FROM = 1700;
  b += `<div class="log-spacer" style="height:${TOTAL * 20}px">`;
  const sections = { 1712: ['prepare_cache', 'Restoring cache', '00:04', true], 1730: ['step_script', 'Executing "step_script" stage of the job script', '03:12', false], 1790: ['upload_artifacts', 'Uploading artifacts for failed job', '00:02', false] };
  let collapsed = false;
  for (let n = FROM; n <= TOTAL; n++) {
    const top = `style="top:${(n - 1) * 20}px"`;
    const ln = `<a class="ln" id="L${n}" href="#L${n}" data-line="${n}"${n >= 1760 ? t.e('line-link', `ln-${n}`) : t.n(`ln-${n}`)}></a>`;
    if (sections[n]) {
      const [key, title, dur, isCollapsed] = sections[n];
      collapsed = isCollapsed;
      b += `<div class="log-line sect" ${top} role="button" tabindex="0" aria-expanded="${!isCollapsed}" data-section="${key}"${t.e('section', `sec-${key}`)}>${ln}<span class="chev" aria-hidden="true">${isCollapsed ? '▸' : '▾'}</span><span class="term-fg-cyan term-bold">section_start:${key}</span><span> ${title}</span><span class="dur">${dur}</span></div>`;
      continue;
    }
    if (collapsed && n < 1730) {
      b += `<div class="log-line gone" ${top}>${ln}<span>${esc(R.words(5))}</span></div>`;
      continue;
    }
    const ts = `<span class="ts">2025-12-01T10:${String(14 + Math.floor(n / 60) % 40).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}Z</span>`;
    let txt;
    if (n === 1775) txt = `<span class="term-fg-red term-bold">FAIL</span><span> src/cart/total.test.ts (</span><span class="term-fg-yellow">2.31 s</span><span>)</span>`;
    else if (n === 1776) txt = `<span class="term-fg-red">  ● cart total › applies the discount before tax</span>`;
    else if (n === 1777) txt = `<span>    Expected: </span><span class="term-fg-green">107.99</span><span>  Received: </span><span class="term-fg-red">110.15</span>`;
    else if (n % 7 === 0) txt = `<span class="term-fg-green term-bold">PASS</span><span> src/${R.word()}/${R.word()}.test.ts</span>`;
    else if (n === 1799) txt = `<span class="term-fg-red term-bold">ERROR: Job failed: exit code 1</span>`;
    else txt = `<span>${esc(R.words(R.int(3, 9)))}</span>`;
    b += `<div class="log-line" ${top}>${ln}${ts}${txt}</div>`;
  }
  b += `</div></div><button type="button" class="to-bottom" title="Scroll to bottom"${t.e('icon-button', 'to-bottom')}>${svg('<path d="M4 6l4 4 4-4" stroke="currentColor" fill="none"/>')}</button></section>
<aside class="side" aria-label="Job details"><div style="display:flex;gap:6px"><button type="button" class="primary"${t.e('button', 'retry-job')}>Retry</button>
<button type="button" title="Erase job log and artifacts" aria-label="Erase job log and artifacts"${t.e('icon-button', 'erase')}>${svg('<path d="M3 4h10M6 4V2h4v2M4 4l1 10h6l1-10" stroke="currentColor" fill="none"/>')}</button></div>
<div class="kv" style="margin-top:12px"><span class="k">Duration:</span><span>3 minutes 21 seconds</span><span class="k">Finished:</span><span>2 minutes ago</span><span class="k">Queued:</span><span>4 seconds</span><span class="k">Timeout:</span><span>1h (from project)</span><span class="k">Runner:</span><a href="/admin/runners/77"${t.e('link', 'runner')}>#77 (shared-large)</a></div>
<h2>Job artifacts</h2><p class="muted" style="margin:0 0 6px">These artifacts will be removed in 29 days.</p>
<div style="display:flex;gap:6px"><a href="/acme/shop/-/jobs/9104/artifacts/keep" class="btn"${t.e('link', 'art-keep')}>Keep</a><a href="/acme/shop/-/jobs/9104/artifacts/download" class="btn"${t.e('link', 'art-download')}>Download</a><a href="/acme/shop/-/jobs/9104/artifacts/browse" class="btn"${t.e('link', 'art-browse')}>Browse</a></div>
<h2>Commit</h2><p style="margin:0"><a href="/acme/shop/-/commit/9c1e2a7"${t.e('link', 'side-commit')}>9c1e2a7f</a> Fix rounding in cart total</p>
<h2>Stage: test</h2><ul>`;
  ['lint', 'unit 1/3', 'unit 2/3', 'unit 3/3', 'e2e'].forEach((j, i) => {
    b += `<li><a href="/acme/shop/-/jobs/${9103 + i}"${i === 2 ? ' aria-current="page"' : ''}${t.e('link', `side-job-${i}`)}><span class="ci-status-icon" title="${['passed', 'passed', 'failed', 'passed', 'running'][i]}">${svg(ICONS[['success', 'success', 'failed', 'success', 'running'][i]])}</span> ${j}</a></li>`;
  });
  b += `</ul></aside></div></div>
<script>const log = document.getElementById('log'); log.scrollTop = log.scrollHeight;</script>`;
  return { html: doc({ title: 'unit 2/3 (#9104) · Jobs · acme / shop · Forge', css: CSS, body: b, truth: t }) };
}
