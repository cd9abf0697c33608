import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../support/browser';
import { lastUserText, type ModelServer, text, toolUse } from '../support/model-server';
import { fillSignup } from '../support/signup-steps';
import type { PageServer } from '../support/page-server';
import { type ExtensionRig, startExtensionRig } from '../support/rig';
import { type PanelFields, runFromPanel as runPanelTask } from '../support/panel';

/**
 * The whole path, for real: the side panel's form → service worker → content script snapshot → SDK → scripted
 * model server → actions in the page → done → validated result shown in the panel.
 */
describe('foundation: a task from the side panel to the page and back', () => {
  let browser: ExtensionBrowser;
  let model: ModelServer;
  let pages: PageServer;

  let rig: ExtensionRig;

  beforeAll(async () => {
    rig = await startExtensionRig();
    ({ browser, model, pages } = rig);
  });

  afterAll(() => rig?.close());

  const runFromPanel = (fields: PanelFields) => runPanelTask(browser, fields);

  it('fills and submits a form: the page really changes and the result is shown', async () => {
    const site = await browser.context.newPage();
    await site.goto(pages.url('/signup.html'));
    model.script([
      fillSignup('I will fill in the form and subscribe.', true),
      (request) => {
        expect(lastUserText(request)).toContain('Thanks Ada Lovelace!');
        return {
          content: [
            toolUse('done', { success: true, output: { subscribed: 'ada@example.com' }, message: 'Subscribed.' }),
          ],
        };
      },
    ]);

    const panel = await runFromPanel({ task: 'Subscribe Ada Lovelace (ada@example.com) to the travel newsletter.' });
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 30_000 }).toContain('Success');

    await expect(site.locator('#result').textContent()).resolves.toBe(
      'Thanks Ada Lovelace! ada@example.com is subscribed to travel.',
    );
    expect(JSON.parse((await panel.getByTestId('output').textContent()) ?? '')).toEqual({
      subscribed: 'ada@example.com',
    });
    expect(await panel.getByTestId('steps').textContent()).toMatch(/^2 \//);
    expect(Number(await panel.getByTestId('credits').textContent())).toBeGreaterThan(0);
    expect(await panel.getByTestId('duration').textContent()).toMatch(/^\d+\.\d s$/);

    const firstCall = model.requests.find((request) => request.path === '/v1/messages')!;
    const first = firstCall.body;
    expect(first.tools).toContainEqual(
      expect.objectContaining({ type: 'browser_toolset_20260801', cache_control: { type: 'ephemeral' } }),
    );
    expect(first.tools).toContainEqual(expect.objectContaining({ name: 'done' }));
    expect(firstCall.headers['x-api-key'] ?? firstCall.headers.authorization).toContain('sk-test-key');
    await Promise.all([panel.close(), site.close()]);
  });

  it('shows schema-valid output, and never reports schema-invalid output as success', async () => {
    const schema = JSON.stringify({
      type: 'object',
      properties: { cheapest: { type: 'string' }, price: { type: 'number' } },
      required: ['cheapest', 'price'],
      additionalProperties: false,
    });
    model.script([
      { content: [toolUse('done', { success: true, output: { cheapest: 'TW 205', price: '€89' } })] },
      (request) => {
        expect(lastUserText(request)).toMatch(/does not match the response schema.*price.*must be number/);
        return { content: [toolUse('done', { success: true, output: { cheapest: 'TW 205', price: 89 } })] };
      },
    ]);
    const panel = await runFromPanel({ task: 'Which flight is cheapest?', url: pages.url('/prices.html'), schema });
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 30_000 }).toContain('Success');
    expect(JSON.parse((await panel.getByTestId('output').textContent()) ?? '')).toEqual({
      cheapest: 'TW 205',
      price: 89,
    });
    await panel.close();

    const wrong = { content: [toolUse('done', { success: true, output: { cheapest: 'TW 205' } })] };
    model.script([wrong, wrong, wrong]);
    const second = await runFromPanel({ task: 'Which flight is cheapest?', url: pages.url('/prices.html'), schema });
    await expect
      .poll(() => second.getByTestId('status').textContent(), { timeout: 30_000 })
      .toMatch(/Failed.*did not match the response schema/);
    expect(await second.getByTestId('output').count()).toBe(0);
    await second.close();
  });

  it('stops at max steps with a status that says so', async () => {
    const scroll = () => ({
      content: [
        toolUse(
          'scroll',
          { target: { type: 'coordinate', x: 400, y: 300 }, scroll_direction: 'down' },
          { toolset: 'browser' },
        ),
      ],
    });
    model.script([scroll, scroll]);
    const panel = await runFromPanel({ task: 'Scroll forever', url: pages.url('/prices.html'), maxSteps: '2' });
    await expect
      .poll(() => panel.getByTestId('status').textContent(), { timeout: 30_000 })
      .toMatch(/Max steps reached.*2 steps/);
    expect(await panel.getByTestId('steps').textContent()).toMatch(/^2 \/ 2/);
    expect(model.pending).toBe(0);
    await panel.close();
  });

  it('Stop ends a running task, aborting the model request in flight', async () => {
    model.script([{ content: [text('thinking very slowly')], delayMs: 20_000 }]);
    const before = model.requests.length;
    const panel = await runFromPanel({ task: 'Take your time', url: pages.url('/prices.html') });
    await expect.poll(() => model.requests.length, { timeout: 15_000 }).toBe(before + 1);
    const started = Date.now();
    await panel.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 10_000 }).toContain('Cancelled');
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect.poll(() => model.lastRequest().aborted, { timeout: 5_000 }).toBe(true);
    await panel.close();
  });

  it('answers a malformed command from an extension page with what is wrong, and starts nothing', async () => {
    // The options page lists the models when it opens: only a call to the Messages API would mean a task ran.
    const taskCalls = () => model.requests.filter((request) => request.path === '/v1/messages').length;
    const before = taskCalls();
    const page = await browser.openOptions();
    const replies = await page.evaluate(() =>
      Promise.all([
        chrome.runtime.sendMessage({ type: 'task/run', options: { task: 'Anything' }, tabId: '7' }),
        chrome.runtime.sendMessage({ type: 'task/confirm', taskId: 't', requestId: 'r', approved: 'yes' }),
      ]),
    );
    expect(replies).toEqual([
      {
        ok: false,
        error: {
          code: 'internal',
          message: 'The "task/run" command is malformed: tabId: expected a whole number, got "7".',
        },
      },
      {
        ok: false,
        error: {
          code: 'internal',
          message: 'The "task/confirm" command is malformed: approved: expected true or false, got "yes".',
        },
      },
    ]);
    expect(taskCalls()).toBe(before);
    await page.close();
  });

  it('without an API key, says where to set it and starts nothing', async () => {
    const optionsPage = await browser.openOptions();
    await optionsPage.evaluate(() => chrome.storage.local.remove('settings'));
    await optionsPage.close();
    const before = model.requests.length;

    // The panel offers the setup card, not a Run that would fail (face.test.ts covers the card itself)…
    const panel = await browser.openPanel();
    await panel.getByTestId('first-run').waitFor();
    expect(await panel.getByLabel('Task', { exact: true }).count()).toBe(0);
    await expect(panel.getByRole('button', { name: 'All settings' }).isVisible()).resolves.toBe(true);
    // …and the worker still refuses a task sent without a key, saying where to set it.
    const reply = await panel.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'task/run', options: { task: 'Anything' } }),
    );
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/No API key.*Settings/) } });
    expect(model.requests.length).toBe(before);
    await panel.close();
  });
});
