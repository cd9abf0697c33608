/**
 * Tokens and credits per step of a 10-step scripted task, through the real extension, SDK and a model server that
 * simulates the API's prompt caching. The figure of merit is the share of input tokens read from the cache.
 */
import { resolve } from 'node:path';
import type { TaskState } from '../src/shared/task';
import { creditsFor } from '../src/background/model/credits';
import { priceFor } from '../src/background/model/prices';
import { configureThroughOptions, launchExtension } from '../test/support/browser';
import { findRef, lastUserText, startModelServer, toolUse } from '../test/support/model-server';
import { startPageServer } from '../test/support/page-server';
import { runFromPanel } from '../test/support/panel';

const STEPS = 10;
/** Bundled benchmarks run from a scratch folder, so fixture paths are taken from the project root (the cwd). */
const FIXTURES = resolve('test/fixtures/pages');
const MODEL = 'claude-sonnet-5-5';

export async function run(dist: string): Promise<void> {
  const [model, pages] = await Promise.all([startModelServer(), startPageServer(FIXTURES)]);
  const browser = await launchExtension(dist);
  try {
    await configureThroughOptions(browser, { apiKey: 'sk-bench', baseUrl: model.url, model: MODEL });
    const fields = ['Full name', 'Email'];
    model.script(
      Array.from({ length: STEPS }, (_, i) => (request) => {
        if (i === STEPS - 1) return { content: [toolUse('done', { success: true, output: 'done' })] };
        const page = lastUserText(request);
        const field = fields[i % fields.length]!;
        return {
          content: [
            toolUse(
              'form_input',
              { target: { type: 'ref', ref: findRef(page, new RegExp(field)) }, value: `value ${i}` },
              { toolset: 'browser' },
            ),
            toolUse(
              'scroll',
              { target: { type: 'coordinate', x: 300, y: 300 }, scroll_direction: i % 2 ? 'up' : 'down' },
              { toolset: 'browser' },
            ),
          ],
        };
      }),
    );
    const site = await browser.context.newPage();
    await site.goto(pages.url('/signup.html'));
    const panel = await runFromPanel(browser, {
      task: 'Fill the form field by field, then finish.',
      maxSteps: String(STEPS),
    });
    await panel
      .getByTestId('status')
      .getByText(/Success|Failed|Error|Max steps/)
      .waitFor({ timeout: 60_000 });
    const status = (await panel.getByTestId('status').textContent()) ?? '';
    if (!status.startsWith('Success')) throw new Error(`The scripted task did not succeed: ${status}`);
    const state = await panel.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      return Object.values(all).find((value) => (value as TaskState).steps?.length) as TaskState;
    });

    const price = priceFor(MODEL);
    console.log(`\n## Tokens per step (${STEPS}-step scripted task, ${MODEL} prices, simulated prompt cache)\n`);
    console.log('| step | input | cache write | cache read | output | cache-read share | credits |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|');
    let fromStep3 = { read: 0, total: 0 };
    for (const step of state.steps) {
      const u = step.usage;
      const total = u.input + u.cache_write + u.cache_read;
      if (step.index >= 3) fromStep3 = { read: fromStep3.read + u.cache_read, total: fromStep3.total + total };
      const share = total ? ((100 * u.cache_read) / total).toFixed(1) : '0';
      console.log(
        `| ${step.index} | ${u.input} | ${u.cache_write} | ${u.cache_read} | ${u.output} | ${share} % | ${creditsFor(u, price).toFixed(3)} |`,
      );
    }
    const readShare = ((100 * fromStep3.read) / fromStep3.total).toFixed(1);
    console.log(
      `\nTask: ${state.credits_used.toFixed(3)} credits over ${state.steps.length} steps; ` +
        `cache-read share from step 3: ${readShare} %`,
    );
  } finally {
    await browser.close();
    await Promise.all([model.close(), pages.close()]);
  }
}
