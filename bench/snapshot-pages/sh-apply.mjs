// (sh-apply) A job application form as applicant-tracking systems render it with React libraries: a react-select
// multi-select of skills (the ARIA 1.1-era markup: a div with role=combobox, aria-expanded and aria-owns around the
// real <input>; chosen values as chips with remove buttons; its menu open below it as a portaled listbox covering the
// fields beneath, which are traps); a résumé dropzone whose <input type=file> is visually hidden inside the <label>
// that draws the drop area; a date picker (a read-only text input with a calendar button, its calendar closed at
// display:none: traps); a city field with a <datalist> of suggestions; a reCAPTCHA-like checkbox inside a same-origin
// srcdoc frame; inline validation (aria-invalid fields with their messages); a closed "Withdraw" confirm dialog.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-apply', title: 'Job application: react-select chips, hidden file input, date picker, captcha frame', seed: 7331 };

const CSS = `
.w{max-width:760px;margin:0 auto;padding:20px 24px 120px;background:#fff}
.row{margin-bottom:18px;position:relative}
.row>label,.lbl{display:block;font-weight:600;margin-bottom:4px}
.row input[type=text],.row input[type=email],.row input[type=tel],.row input[type=url],.row input:not([type]){width:100%}
.err{color:#c01c28;font-size:13px}
[aria-invalid=true]{border-color:#c01c28 !important}
.rs{display:flex;flex-wrap:wrap;align-items:center;gap:4px;min-height:38px;border:1px solid #2684ff;box-shadow:0 0 0 1px #2684ff;border-radius:4px;padding:2px 8px;background:#fff}
.chip{display:flex;align-items:center;background:#e6e6e6;border-radius:2px;font-size:13px}
.chip span{padding:2px 6px}
.chip div[role=button]{padding:0 4px;cursor:pointer;border-radius:2px}
.rs input{border:0;outline:0;padding:2px;min-width:40px;flex:1}
.rs .ind{display:flex;gap:2px;color:#999}
.menu{position:absolute;left:0;right:0;top:calc(100% + 4px);background:#fff;border-radius:4px;box-shadow:0 0 0 1px #0000001a,0 4px 11px #0000001a;z-index:10;max-height:300px;overflow-y:auto}
.menu [role=option]{padding:8px 12px}
.menu [role=option].focused{background:#deebff}
.drop{display:block;border:2px dashed #9aa3b0;border-radius:8px;padding:22px;text-align:center;cursor:pointer;color:#475061}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.dp{display:flex;gap:6px}
.cal{display:none}
.captcha{width:304px;height:78px;border:0}
`;

const SKILLS = ['TypeScript', 'React', 'Node.js', 'GraphQL', 'PostgreSQL', 'Kubernetes', 'Rust', 'Figma'];

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="topbar"><a class="logo" href="/careers"${t.e('link', 'logo')}>Northwind careers</a><nav><a href="/careers/jobs"${t.e('link', 'jobs')}>All jobs</a><a href="/careers/teams"${t.e('link', 'teams')}>Teams</a></nav></header>
<div class="w"><h1 style="margin:0 0 4px">Senior Frontend Engineer</h1><p class="muted">${esc(R.sentence())}</p>
<form onsubmit="return false" novalidate>
<div class="row"><label for="fn">First name *</label><input id="fn" autocomplete="given-name" value="Noah"${t.e('input', 'first')}></div>
<div class="row"><label for="ln">Last name *</label><input id="ln" autocomplete="family-name" aria-invalid="true" aria-describedby="ln-err"${t.e('input', 'last')}><div id="ln-err" class="err">Last name is required</div></div>
<div class="row"><span class="lbl" id="sk-l">Skills</span>
<div class="rs"><div class="chip"><span>TypeScript</span><div role="button" aria-label="Remove TypeScript"${t.e('chip-remove', 'sk-rm-0')}>✕</div></div><div class="chip"><span>React</span><div role="button" aria-label="Remove React"${t.e('chip-remove', 'sk-rm-1')}>✕</div></div>
<div role="combobox" aria-expanded="true" aria-haspopup="listbox" aria-owns="sk-menu" style="flex:1;display:flex"${t.n('sk-combo')}><input id="sk-in" type="text" autocomplete="off" aria-autocomplete="list" aria-controls="sk-menu" aria-labelledby="sk-l" value="Ty"${t.e('combobox', 'sk-input')}></div>
<div class="ind"><div role="button" aria-label="Clear all"${t.e('icon-button', 'sk-clear')} style="cursor:pointer">✕</div><span>|</span><div aria-hidden="true">▾</div></div></div>
<div class="menu" id="sk-menu" role="listbox" aria-label="Skills suggestions" aria-multiselectable="true">`;
  SKILLS.slice(2).forEach((s, i) => (b += `<div role="option" class="${i === 0 ? 'focused' : ''}" aria-selected="false"${t.e('option', `sk-opt-${i}`)}>${s}</div>`));
  b += `</div></div>
<div class="row"><label for="em">Email *</label><input id="em" type="email" value="noah@example" aria-invalid="true" aria-describedby="em-err"${t.h('under-menu', 'email')}><div id="em-err" class="err">Enter a valid email address</div></div>
<div class="row"><label for="ph">Phone</label><input id="ph" type="tel"${t.h('under-menu', 'phone')}></div>
<div class="row"><label for="li">LinkedIn profile</label><input id="li" type="url" placeholder="https://linkedin.com/in/…"${t.e('input', 'linkedin')}></div>
<div class="row"><span class="lbl">Résumé / CV *</span><label class="drop"${t.e('file-drop', 'resume')}><input type="file" class="sr" accept=".pdf,.doc,.docx"><b>Drop a file here</b> or click to browse<br><span style="font-size:12px">PDF, DOC or DOCX, at most 10 MB</span></label></div>
<div class="row"><label for="start">Earliest start date</label><div class="dp"><input id="start" readonly placeholder="dd/mm/yyyy" style="width:200px"${t.e('input', 'start')}><button type="button" aria-label="Choose date" aria-haspopup="dialog" aria-expanded="false"${t.e('icon-button', 'start-cal')}>📅</button></div>
<div class="cal" role="dialog" aria-label="Choose date"><button type="button"${t.h('display-none', 'cal-prev')}>‹</button><button type="button"${t.h('display-none', 'cal-next')}>›</button>`;
  for (let d = 1; d <= 7; d++) b += `<button type="button"${t.h('display-none', `cal-d${d}`)}>${d}</button>`;
  b += `</div></div>
<div class="row"><label for="city">City</label><input id="city" list="cities" placeholder="Start typing"${t.e('combobox', 'city')}><datalist id="cities">`;
  ['Lisbon', 'Porto', 'Berlin', 'Amsterdam', 'Remote (EU)'].forEach((c) => (b += `<option value="${c}">`));
  b += `</datalist></div>
<fieldset class="row" style="border:0;padding:0"><legend class="lbl">Are you authorised to work in the EU? *</legend><label><input type="radio" name="auth"${t.e('radio', 'auth-y')}> Yes</label> <label><input type="radio" name="auth"${t.e('radio', 'auth-n')}> No</label><div class="err">Please choose an answer</div></fieldset>
<div class="row"><label for="cover">Cover letter</label><textarea id="cover" rows="5" style="width:100%"${t.e('textarea', 'cover')}></textarea></div>
<div class="row"><label><input type="checkbox"${t.e('checkbox', 'consent')}> I agree to the <a href="/privacy"${t.e('link', 'privacy')}>privacy notice</a></label></div>
<div class="row"><iframe class="captcha" title="reCAPTCHA" srcdoc="${esc(captcha(t))}"${t.n('captcha-frame')}></iframe></div>
<button type="submit" class="primary"${t.e('button', 'submit')}>Submit application</button> <button type="button"${t.e('button', 'withdraw')}>Withdraw</button></form></div>
<dialog aria-label="Withdraw application"><p>Withdraw this application?</p><button${t.h('closed-dialog', 'wd-yes')}>Withdraw</button><button${t.h('closed-dialog', 'wd-no')}>Keep</button></dialog>`;
  return { html: doc({ title: 'Apply: Senior Frontend Engineer – Northwind', css: CSS, body: b, truth: t }) };
}

function captcha(t) {
  return `<!doctype html><html><head><style>body{margin:0;font:14px system-ui,sans-serif}.box{display:flex;align-items:center;gap:12px;height:76px;padding:0 12px;border:1px solid #d3d3d3;background:#f9f9f9;border-radius:3px}
.cb{width:28px;height:28px;border:2px solid #c1c1c1;border-radius:2px;background:#fff;cursor:pointer}.logo{margin-left:auto;font-size:10px;color:#555;text-align:center}</style></head>
<body><div class="box"><div class="cb" role="checkbox" aria-checked="false" tabindex="0" aria-labelledby="lbl"${t.e('checkbox', 'captcha-cb')}></div><span id="lbl">I'm not a robot</span><div class="logo">reCAPTCHA<br><a href="https://www.google.com/intl/en/policies/privacy/" target="_blank"${t.e('link', 'captcha-privacy')}>Privacy</a> - <a href="https://www.google.com/intl/en/policies/terms/" target="_blank"${t.e('link', 'captcha-terms')}>Terms</a></div></div></body></html>`;
}
