// (sh-gov) A government application form as GOV.UK-style design systems render it, after a failed submit: an error
// summary (role=alert) whose links jump to the fields; fields marked aria-invalid with inline errors tied by
// aria-describedby, hints likewise; radio and checkbox groups named by fieldset/legend (one radio reveals a conditional
// field, another's conditional field is hidden: traps); a date as three number inputs in a fieldset; a text input with
// a <datalist> of suggestions (never shown: its options are not controls); colour, file, week, time and month inputs;
// an <output> fee that follows a range; a character count; a closed <details> help text (traps) and one open.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-gov', title: 'Government form: fieldsets, inline errors, datalist, output and odd input types', seed: 4471 };

const CSS = `
.govhead{background:#0b0c0c;color:#fff;padding:10px 24px;display:flex;gap:16px;align-items:center}
.govhead a{color:#fff}
.w{max-width:960px;margin:0 auto;padding:20px 24px 60px;background:#fff}
.summary{border:4px solid #d4351c;padding:16px;margin-bottom:24px}
.summary a{color:#d4351c;display:block;font-weight:700}
.group{margin-bottom:26px}
.group.bad{border-left:5px solid #d4351c;padding-left:14px}
.hint{color:#505a5f;display:block}
.emsg{color:#d4351c;font-weight:700;display:block}
fieldset{border:0;padding:0;margin:0 0 26px}
legend{font-weight:700;font-size:19px;margin-bottom:8px}
.cond{margin:6px 0 10px 18px;padding-left:18px;border-left:4px solid #b1b4b6}
.cond.hidden{display:none}
input.bad,textarea.bad{border:2px solid #d4351c}
.dob input{width:70px}
`;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="govhead"><a href="/"${t.e('link', 'crown')}><b>GOV.UK</b></a><span class="spacer" style="flex:1"></span><a href="/sign-out"${t.e('link', 'signout')}>Sign out</a></header>
<div class="w"><a href="/apply/previous"${t.e('link', 'back')}>Back</a>
<div class="summary" role="alert" aria-labelledby="es-t" tabindex="-1"><h2 id="es-t" style="margin:0 0 8px">There is a problem</h2>
<a href="#full-name"${t.e('error-link', 'es-0')}>Enter your full name</a><a href="#dob-day"${t.e('error-link', 'es-1')}>Date of birth must be a real date</a><a href="#contact-email"${t.e('error-link', 'es-2')}>Enter an email address in the correct format</a></div>
<h1 style="font-size:30px;margin:0 0 20px">Apply for a fishing licence</h1><form onsubmit="return false" novalidate>
<div class="group bad"><label for="full-name" style="font-weight:700">Full name</label><span id="fn-err" class="emsg"><span style="position:absolute;left:-9999px">Error:</span> Enter your full name</span>
<input id="full-name" class="bad" autocomplete="name" required aria-invalid="true" aria-describedby="fn-err" style="width:100%"${t.e('input', 'full-name')}></div>
<fieldset class="group bad dob" role="group" aria-describedby="dob-hint dob-err"><legend>What is your date of birth?</legend><span id="dob-hint" class="hint">For example, 27 3 2007</span><span id="dob-err" class="emsg">Date of birth must be a real date</span>
<label>Day <input id="dob-day" inputmode="numeric" value="31" class="bad" aria-invalid="true"${t.e('input', 'dob-d')}></label> <label>Month <input inputmode="numeric" value="2" class="bad" aria-invalid="true"${t.e('input', 'dob-m')}></label> <label>Year <input inputmode="numeric" value="1984"${t.e('input', 'dob-y')}></label></fieldset>
<fieldset class="group"><legend>How should we contact you?</legend><span class="hint">Select one option</span>
<div><input type="radio" id="c-email" name="contact" checked${t.e('radio', 'c-email')}><label for="c-email">Email</label></div>
<div class="cond"><label for="contact-email">Email address</label><span id="em-err" class="emsg">Enter an email address in the correct format, like name@example.com</span><input id="contact-email" type="email" value="jo.bloggs@" class="bad" aria-invalid="true" aria-errormessage="em-err" style="width:320px"${t.e('email', 'contact-email')}></div>
<div><input type="radio" id="c-phone" name="contact"${t.e('radio', 'c-phone')}><label for="c-phone">Phone</label></div>
<div class="cond hidden"><label for="contact-phone">Phone number</label><input id="contact-phone" type="tel"${t.h('display-none', 'contact-phone')}></div>
<div><input type="radio" id="c-post" name="contact"${t.e('radio', 'c-post')}><label for="c-post">Post</label></div></fieldset>
<div class="group"><label for="water" style="font-weight:700">Where will you fish?</label><span class="hint" id="water-hint">Start typing a river, lake or canal</span>
<input id="water" list="waters" aria-describedby="water-hint" style="width:320px"${t.e('input', 'water')}><datalist id="waters">`;
  ['River Wye', 'River Severn', 'Lake Windermere', 'Grand Union Canal', 'River Tweed'].forEach((w) => (b += `<option value="${w}">`));
  b += `</datalist></div>
<fieldset class="group"><legend>Which fish will you catch?</legend><span class="hint">Select all that apply</span>`;
  ['Salmon', 'Sea trout', 'Brown trout', 'Coarse fish', 'Eels'].forEach((f, i) => (b += `<div><input type="checkbox" id="fish-${i}"${i === 2 ? ' checked' : ''}${t.e('checkbox', `fish-${i}`)}><label for="fish-${i}">${f}</label></div>`));
  b += `</fieldset>
<div class="group"><label for="days" style="font-weight:700">Licence length (days)</label> <input id="days" type="range" min="1" max="365" value="8" oninput="fee.value='£'+(this.value*1.5).toFixed(2)"${t.e('range', 'days')}> <output id="fee" for="days" aria-live="polite">£12.00</output></div>
<div class="group"><label for="start-week" style="font-weight:700">Start week</label> <input id="start-week" type="week" value="2027-W02"${t.e('week', 'week')}>
<label for="start-time" style="font-weight:700;margin-left:16px">Start time</label> <input id="start-time" type="time" value="06:30"${t.e('time', 'time')}>
<label for="expiry" style="font-weight:700;margin-left:16px">Card expiry</label> <input id="expiry" type="month"${t.e('month', 'month')}></div>
<div class="group"><label for="boat" style="font-weight:700">Boat colour</label> <input id="boat" type="color" value="#1d70b8"${t.e('color', 'boat')}></div>
<div class="group"><label for="photo" style="font-weight:700">Upload a photo</label><span class="hint" id="photo-hint">JPG or PNG, at most 5MB</span><input id="photo" type="file" accept="image/*" aria-describedby="photo-hint"${t.e('file', 'photo')}></div>
<div class="group"><label for="more" style="font-weight:700">Anything else we should know?</label><span class="hint" id="more-hint">Do not include personal or financial information</span>
<textarea id="more" rows="4" maxlength="200" aria-describedby="more-hint more-count" style="width:100%"${t.e('textarea', 'more')}>${esc(R.sentence(6, 9))}</textarea><div id="more-count" class="hint" aria-live="polite">You have 142 characters remaining</div></div>
<details class="group"><summary${t.e('summary', 'help-1')}>Help with disability access</summary><p>${esc(R.paragraph())}</p><a href="/accessible-fishing"${t.h('closed-details', 'help-1-link')}>Accessible fishing spots</a></details>
<details class="group" open><summary${t.e('summary', 'help-2')}>If you are under 16</summary><p>${esc(R.sentence())} <a href="/junior"${t.e('link', 'junior')}>Junior licences</a></p></details>
<div class="group"><input type="checkbox" id="decl" required${t.e('checkbox', 'decl')}><label for="decl">I confirm the information I have given is correct</label></div>
<button type="submit" style="background:#00703c;color:#fff;border:0;padding:8px 14px"${t.e('button', 'continue')}>Continue</button> <a href="/apply/save"${t.e('link', 'save-later')}>Save and come back later</a></form></div>`;
  return { html: doc({ title: 'Error: Apply for a fishing licence – GOV.UK', css: CSS, body: b, truth: t }) };
}
