// Harness overhead per agent step on the widget gallery: the time from one model request to the next while the
// scripted model answers instantly, i.e. action + settle + the page snapshot sent back (model time excluded).
// Runs the built extension (TABWRIGHT_DIST, default dist/) in real headless Chromium, in both input modes.
//   TABWRIGHT_DIST=/tmp/hands-dist flock /tmp/tabwright-browser.lock node bench/action-overhead.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './load-ts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Steps per scenario; the task's turn limit (12) leaves room for the final done. */
const STEPS = 10;

const { startHarness, useSettings, openGallery, runTask, call, ref } = await importTs(
  path.join(root, 'test/e2e/actions-harness.ts'),
);
const { findRef, lastUserText } = await importTs(path.join(root, 'test/support/model-server.ts'));

/** One single-action step per page: what a model most often does there. */
const SCENARIOS = [
  {
    page: 'forms.html',
    step: (snap, i) => call('form_input', { target: ref(findRef(snap, /textbox "Vue city"/)), value: `City ${i}` }),
  },
  {
    page: 'forms.html',
    step: (snap, i) =>
      call('form_input', { target: ref(findRef(snap, /combobox "Country"/)), value: i % 2 ? 'France' : 'Japan' }),
  },
  { page: 'pointer.html', step: (snap) => call('left_click', { target: ref(findRef(snap, /button "Double me"/)) }) },
  { page: 'frames.html', step: (snap) => call('left_click', { target: ref(findRef(snap, /button "Update holder"/)) }) },
  {
    page: 'frames.html',
    step: (snap) => call('left_click', { target: ref(findRef(snap, /button "Save holder" \[ref_f/)) }),
  },
  { page: 'dynamic.html', step: (snap) => call('left_click', { target: ref(findRef(snap, /button "Add one"/)) }) },
  {
    // Typing 38 characters into the focused field (the first step's click gives it the focus): trusted input checks
    // the focus before each character.
    page: 'forms.html',
    step: (snap, i) =>
      i === 0
        ? call('left_click', { target: ref(findRef(snap, /textbox "Vue city"/)) })
        : call('type', { text: ' and the rest of a forty-char address.' }),
  },
];

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** One line of the table: input mode, page, action, then the median and 95th percentile step times in ms. */
function row(inputMode, page, action, steps) {
  const [p50, p95] = [50, 95].map((p) => percentile(steps, p).toFixed(0).padStart(5));
  return `${inputMode.padEnd(11)} ${page.padEnd(14)} ${action.padEnd(12)} ${p50} ${p95}`;
}

const h = await startHarness(path.join(root, 'test/fixtures/pages'));
try {
  console.log(
    `# Action overhead per step (ms): action + settle + snapshot, ${STEPS - 1} steps per scenario, model answering instantly`,
  );
  console.log('mode        page           action        p50   p95');
  for (const inputMode of ['synthetic', 'debugger']) {
    await useSettings(h, { inputMode });
    const all = [];
    for (const scenario of SCENARIOS) {
      const page = await openGallery(h, scenario.page);
      const arrivals = [];
      // Refs are stable, so the first snapshot serves every step (later page states may be shortened).
      let firstSnapshot = '';
      const turns = Array.from({ length: STEPS + 1 }, (_, i) => (request) => {
        arrivals.push(performance.now());
        firstSnapshot ||= lastUserText(request);
        return { content: [scenario.step(firstSnapshot, i)] };
      });
      const outcome = await runTask(h, page, turns.slice(0, STEPS));
      if (outcome.status !== 'success')
        throw new Error(`${scenario.page}: ${outcome.message} ${outcome.actions.join('\n')}`);
      // The first interval includes task start-up; every later one is exactly one step.
      const steps = arrivals.slice(1).map((at, i) => at - arrivals[i]);
      all.push(...steps);
      const action = [...scenario.step.toString().matchAll(/call\('(\w+)'/g)].at(-1)?.[1] ?? '';
      console.log(row(inputMode, scenario.page, action, steps));
      await page.close();
    }
    console.log(row(inputMode, 'all', '', all));
  }
} finally {
  await h.close();
}
