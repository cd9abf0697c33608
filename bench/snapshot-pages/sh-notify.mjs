// (sh-notify) Notification settings of a developer platform: the window scrolls; a sticky section nav; cards of many
// toggles built three ways (a whole row as a <label> holding title, description and a native switch; a `button
// role=switch` named by aria-labelledby and described by aria-describedby; a checkbox after its text); two delivery
// matrices (events × channels): one whose checkboxes are named "<event> <channel>" by aria-label, one named by
// aria-labelledby pointing at the row and column headers themselves — both restate the headers around them; quiet hours
// (time inputs, a time-zone select, weekday toggle buttons with aria-pressed); a Pro card the plan does not include
// (`inert`, dimmed, with an Upgrade link outside it: its toggles are traps); help tooltips closed (display:none: traps);
// a closed <details> of advanced options (traps); a bar fixed at the bottom with Save and Discard.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-notify', title: 'Notification settings: toggle cards and event × channel matrices', seed: 6602 };

const CSS = `
.wrap{display:grid;grid-template-columns:220px 1fr;gap:24px;max-width:1100px;margin:0 auto;padding:16px 24px 90px}
.snav{position:sticky;top:76px;align-self:start;display:flex;flex-direction:column;gap:4px}
.card{background:#fff;border:1px solid #e3e6ec;border-radius:12px;padding:14px 18px;margin-bottom:16px}
.card h2{font-size:16px;margin:0 0 8px}
.row{display:flex;align-items:center;gap:12px;padding:8px 0;border-top:1px solid #f0f1f4}
.row .txt{flex:1;display:flex;flex-direction:column}
.row .d{color:#6a7280;font-size:13px}
.sw{width:40px;height:22px;border-radius:11px;border:0;background:#c3c8d2;padding:0;position:relative}
.sw[aria-checked="true"]{background:#1a5fb4}
.sw::after{content:"";position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff}
.sw[aria-checked="true"]::after{left:21px}
.matrix th,.matrix td{padding:6px 14px;text-align:center;border-top:1px solid #f0f1f4}
.matrix th[scope=row]{text-align:left;font-weight:500}
.days{display:flex;gap:6px}
.days button[aria-pressed="true"]{background:#1a5fb4;color:#fff}
.tip{display:none;position:absolute;background:#1d2330;color:#fff;padding:6px;border-radius:6px}
.pro{position:relative}
.pro .body{opacity:.45}
.bar{position:fixed;left:0;right:0;bottom:0;height:60px;background:#fff;border-top:1px solid #e3e6ec;display:flex;align-items:center;gap:10px;padding:0 32px;z-index:30}
`;

const EVENTS = ['New comment', 'Mention', 'Assigned to you', 'Review requested', 'Build failed', 'Deployment finished', 'Security alert', 'Weekly digest'];
const CHANNELS = ['Email', 'Push', 'Slack'];

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/"${t.e('link', 'logo')}>Forgehub</a><nav><a href="/repos"${t.e('link', 'nav-0')}>Repositories</a><a href="/pulls"${t.e('link', 'nav-1')}>Pull requests</a></nav><span class="spacer"></span>
<button type="button" aria-label="Open account menu"${t.e('button', 'account')}>AK</button></header>
<div class="wrap"><nav class="snav" aria-label="Settings">`;
  ['Profile', 'Account', 'Notifications', 'Security', 'Billing', 'Integrations'].forEach((n, i) => (b += `<a href="#${n.toLowerCase()}"${i === 2 ? ' aria-current="page"' : ''}${t.e('link', `snav-${i}`)}>${n}</a>`));
  b += `</nav><main><h1 style="margin:0 0 12px;font-size:22px">Notifications</h1>
<section class="card" aria-labelledby="c-gen"><h2 id="c-gen">General</h2>`;
  // Whole rows as labels: the switch is named by everything in its label.
  ['Product updates', 'Tips and tutorials', 'Research invitations'].forEach((n, i) => {
    b += `<label class="row"><span class="txt"><span>${n}</span><span class="d">${esc(R.sentence(6, 10))}</span></span><input type="checkbox" role="switch"${i !== 1 ? ' checked' : ''}${t.e('switch', `gen-${i}`)}></label>`;
  });
  b += `</section><section class="card" aria-labelledby="c-act"><h2 id="c-act">Activity</h2>`;
  ['Watching', 'Participating', 'Starred repositories', 'Dependabot alerts', 'Actions workflow runs', 'Discussions'].forEach((n, i) => {
    b += `<div class="row"><div class="txt"><span id="act-${i}-t">${n}</span><span class="d" id="act-${i}-d">${esc(R.sentence(6, 12))}</span></div>
<span style="position:relative"><button type="button" aria-label="About ${n}" aria-describedby="tip-${i}"${t.e('icon-button', `act-${i}-help`)}>?</button><span class="tip" role="tooltip" id="tip-${i}"><a href="/docs/${i}"${t.h('display-none', `tip-${i}-link`)}>Learn more</a></span></span>
<button type="button" class="sw" role="switch" aria-checked="${R.chance(0.6)}" aria-labelledby="act-${i}-t" aria-describedby="act-${i}-d"${t.e('switch', `act-${i}`)}></button></div>`;
  });
  b += `</section><section class="card" aria-labelledby="c-m1"><h2 id="c-m1">Deliver notifications</h2><table class="matrix"><thead><tr><th scope="col">Event</th>`;
  for (const ch of CHANNELS) b += `<th scope="col">${ch}</th>`;
  b += `</tr></thead><tbody>`;
  EVENTS.forEach((ev, r) => {
    b += `<tr><th scope="row">${ev}</th>`;
    CHANNELS.forEach((ch, c) => (b += `<td><input type="checkbox" aria-label="${ev} ${ch}"${R.chance(0.5) ? ' checked' : ''}${t.e('checkbox', `m1-${r}-${c}`)}></td>`));
    b += `</tr>`;
  });
  b += `</tbody></table></section><section class="card" aria-labelledby="c-m2"><h2 id="c-m2">Organization alerts</h2><table class="matrix"><thead><tr><th scope="col">Organization</th>`;
  CHANNELS.forEach((ch, c) => (b += `<th scope="col" id="m2-c${c}">${ch}</th>`));
  b += `</tr></thead><tbody>`;
  ['Acme Labs', 'Northwind', 'Contoso Cloud', 'Fabrikam'].forEach((org, r) => {
    b += `<tr><th scope="row" id="m2-r${r}">${org}</th>`;
    CHANNELS.forEach((_, c) => (b += `<td><input type="checkbox" aria-labelledby="m2-r${r} m2-c${c}"${R.chance(0.5) ? ' checked' : ''}${t.e('checkbox', `m2-${r}-${c}`)}></td>`));
    b += `</tr>`;
  });
  b += `</tbody></table></section><section class="card" aria-labelledby="c-quiet"><h2 id="c-quiet">Quiet hours</h2>
<div class="row"><label>From <input type="time" value="22:00"${t.e('time', 'q-from')}></label><label>To <input type="time" value="07:00"${t.e('time', 'q-to')}></label>
<label>Time zone <select${t.e('select', 'q-tz')}><option>Europe/Berlin</option><option>America/New_York</option><option>Asia/Tokyo</option></select></label></div>
<div class="row" role="group" aria-label="Days"><div class="days">`;
  ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].forEach((d, i) => (b += `<button type="button" aria-pressed="${i >= 5}"${t.e('toggle', `day-${i}`)}>${d}</button>`));
  b += `</div></div><label class="row"><input type="checkbox"${t.e('checkbox', 'q-urgent')}> Let security alerts through during quiet hours</label></section>
<section class="card pro" aria-labelledby="c-pro"><h2 id="c-pro">Smart digests <span class="muted">Pro</span></h2><p>Group notifications by repository and send one summary a day. <a href="/billing/upgrade"${t.e('link', 'upgrade')}>Upgrade to Pro</a></p><div class="body" inert>`;
  ['Daily digest', 'Group by repository', 'Skip weekends'].forEach((n, i) => (b += `<label class="row"><span class="txt">${n}</span><input type="checkbox" role="switch"${t.h('inert', `pro-${i}`)}></label>`));
  b += `</div></section><section class="card" aria-labelledby="c-adv"><h2 id="c-adv">Advanced</h2><details><summary${t.e('summary', 'adv-summary')}>Custom routing rules</summary>
<label>Route to <input type="email" placeholder="team@example.com"${t.h('closed-details', 'adv-email')}></label><button type="button"${t.h('closed-details', 'adv-add')}>Add rule</button></details>
<div class="row"><button type="button"${t.e('button', 'reset')}>Reset to defaults</button><button type="button"${t.e('button', 'unsub')}>Unsubscribe from everything</button></div></section></main></div>
<div class="bar" role="region" aria-label="Unsaved changes"><span>You have unsaved changes</span><span class="spacer"></span><button type="button"${t.e('button', 'discard')}>Discard</button><button type="button" class="primary"${t.e('button', 'save')}>Save changes</button></div>`;
  return { html: doc({ title: 'Notifications · Settings · Forgehub', css: CSS, body: b, truth: t }) };
}
