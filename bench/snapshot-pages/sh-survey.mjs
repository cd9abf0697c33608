// (sh-survey) A one-question-at-a-time survey as Typeform-like tools render it: every question is rendered in a fixed
// stage, the answered ones parked above it and the coming ones below it by translateY with opacity 0 (their choices,
// fields and OK buttons: traps), the current one in place. Its choices are buttons (role=radio in a radiogroup) that
// show a letter key ("A", "B", "C", with a visually hidden "Key" before it) and the answer; one is chosen. Keyboard
// hint chips ("press Enter ↵") are text; a progress bar (role=progressbar) and up/down arrow buttons are fixed at the
// bottom; a "Powered by" badge link sits beside them. A back-to-top link, skipped question links in a sidebar
// summary (an aside scrolled on its own) and a language select complete the frame.
import { makeRng, esc, Truth, doc } from './_lib.mjs';

export const meta = { id: 'sh-survey', title: 'Survey: one question at a time, parked questions, letter-key choices, progress', seed: 6023 };

const CSS = `
html,body{height:100%;overflow:hidden;background:#0e3a5b;color:#fff}
.top{position:fixed;top:0;left:0;right:0;height:52px;display:flex;align-items:center;gap:12px;padding:0 24px;z-index:5}
.top a,.top select{color:#fff;background:transparent;border-color:#ffffff55}
.stage{position:fixed;top:52px;left:0;right:320px;bottom:64px;overflow:hidden}
.q{position:absolute;inset:0;display:flex;flex-direction:column;justify-content:center;padding:0 12%;transition:transform .6s,opacity .6s}
.q.past{transform:translateY(-100%);opacity:0}
.q.next{transform:translateY(100%);opacity:0}
.q h2{font-size:24px;font-weight:400;margin:0 0 6px}
.q .num{color:#8fd3ff;margin-right:8px}
.choices{display:flex;flex-direction:column;gap:8px;max-width:420px;margin-top:16px}
.choice{display:flex;align-items:center;gap:10px;text-align:left;background:#ffffff1a;color:#fff;border:1px solid #ffffff80;border-radius:4px;padding:6px 10px}
.choice[aria-checked=true]{background:#ffffff40;border-color:#fff}
.key{display:inline-block;min-width:22px;border:1px solid #fff;border-radius:3px;font-size:12px;text-align:center;background:#0e3a5b}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.q input,.q textarea{background:transparent;border:0;border-bottom:1px solid #ffffff88;color:#fff;font-size:22px;width:100%;max-width:560px;border-radius:0}
.ok{display:flex;align-items:center;gap:10px;margin-top:18px}
.ok button{background:#8fd3ff;color:#0e3a5b;border:0;font-weight:700}
.hint{font-size:12px;color:#cfe6f5}
.foot{position:fixed;left:0;right:320px;bottom:0;height:64px;display:flex;align-items:center;gap:10px;padding:0 24px}
.prog{flex:1;height:6px;background:#ffffff33;border-radius:3px}
.prog div{height:100%;background:#8fd3ff;border-radius:3px}
.foot button{background:#8fd3ff;color:#0e3a5b;border:0;width:36px;padding:6px 0}
.aside{position:fixed;top:52px;right:0;bottom:0;width:320px;overflow-y:auto;background:#0b2f4a;padding:12px 18px}
.aside a{display:block;color:#cfe6f5;padding:3px 0}
`;

const QUESTIONS = [
  { kind: 'text', title: 'First, what is your name?', value: 'Rosa Silva' },
  { kind: 'choice', title: 'How often do you use our app?', choices: ['Every day', 'A few times a week', 'Once a month', 'Rarely'], chosen: 1 },
  { kind: 'choice', title: 'Which plan are you on?', choices: ['Free', 'Team', 'Business'], chosen: -1 },
  { kind: 'scale', title: 'How likely are you to recommend us to a friend?' },
  { kind: 'long', title: 'Anything else you would like to tell us?' },
  { kind: 'email', title: 'Where can we send a copy of your answers?' },
];
const CURRENT = 2;

export function render() {
  const R = makeRng(meta.seed);
  const t = new Truth(meta.id, meta.seed);
  let b = `<header class="top"><a href="/"${t.e('link', 'brand')}><b>Formly</b></a><span class="spacer"></span><select aria-label="Language"${t.e('select', 'lang')}><option>English</option><option>Português</option><option>Deutsch</option></select><a href="/survey/save"${t.e('link', 'save')}>Save and finish later</a></header>
<main class="stage">`;
  QUESTIONS.forEach((q, qi) => {
    const state = qi < CURRENT ? 'past' : qi > CURRENT ? 'next' : 'now';
    const mark = (kind, id) => (state === 'now' ? t.e(kind, id) : t.h(state === 'past' ? 'parked-above' : 'parked-below', id));
    b += `<section class="q ${state}" aria-labelledby="q${qi}-t"><h2 id="q${qi}-t"><span class="num">${qi + 1} →</span>${esc(q.title)}${q.kind === 'choice' && qi === 2 ? '*' : ''}</h2><p class="hint">${esc(R.sentence(5, 9))}</p>`;
    if (q.kind === 'choice') {
      b += `<div class="choices" role="radiogroup" aria-labelledby="q${qi}-t">`;
      q.choices.forEach((c, ci) => {
        const letter = String.fromCharCode(65 + ci);
        b += `<button type="button" class="choice" role="radio" aria-checked="${ci === q.chosen}"${mark('radio', `q${qi}-c${ci}`)}><span class="key"><span class="sr">Key </span>${letter}</span>${esc(c)}</button>`;
      });
      b += '</div>';
    } else if (q.kind === 'scale') {
      b += '<div class="choices" role="radiogroup" style="flex-direction:row;max-width:none">';
      for (let n = 0; n <= 10; n++) b += `<button type="button" class="choice" role="radio" aria-checked="false"${mark('radio', `q${qi}-s${n}`)}>${n}</button>`;
      b += '</div>';
    } else if (q.kind === 'long') {
      b += `<textarea rows="2" aria-labelledby="q${qi}-t" placeholder="Type your answer here..."${mark('textarea', `q${qi}-input`)}></textarea>`;
    } else {
      b += `<input type="${q.kind === 'email' ? 'email' : 'text'}" aria-labelledby="q${qi}-t" placeholder="Type your answer here..." value="${esc(q.value ?? '')}"${mark('input', `q${qi}-input`)}>`;
    }
    b += `<div class="ok"><button type="button"${mark('button', `q${qi}-ok`)}>OK ✓</button><span class="hint">press <b>Enter ↵</b></span></div></section>`;
  });
  b += `</main><footer class="foot"><div class="prog" role="progressbar" aria-label="Survey progress" aria-valuenow="33" aria-valuemin="0" aria-valuemax="100"${t.n('progress')}><div style="width:33%"></div></div><span class="hint">2 of 6 answered</span>
<button type="button" aria-label="Previous question"${t.e('icon-button', 'prev')}>⌃</button><button type="button" aria-label="Next question"${t.e('icon-button', 'next')}>⌄</button><a href="https://formly.example/?ref=badge" style="color:#cfe6f5"${t.e('link', 'badge')}>Powered by Formly</a></footer>
<aside class="aside" aria-label="Your answers"><h3 style="margin:4px 0 8px">Your answers</h3>`;
  QUESTIONS.forEach((q, qi) => (b += `<a href="#q${qi}"${t.e('link', `jump-${qi}`)}>${qi + 1}. ${esc(q.title)}</a>`));
  b += `<p class="hint">${esc(R.paragraph())}</p><a href="/privacy"${t.e('link', 'privacy')}>Privacy policy</a></aside>`;
  return { html: doc({ title: 'Customer survey', css: CSS, body: b, truth: t }) };
}
