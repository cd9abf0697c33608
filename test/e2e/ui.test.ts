import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../support/browser';
import { findRef, lastUserText, type ModelServer, text, toolUse } from '../support/model-server';
import { fillSignup } from '../support/signup-steps';
import type { PageServer } from '../support/page-server';
import { type ExtensionRig, startExtensionRig } from '../support/rig';

/**
 * The face, through the real pages: popup and side panel against the real worker, content script and pages, with
 * the scripted model. Also writes the panel screenshots the README shows (docs/screenshots).
 */
const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const PANEL_SIZE = { width: 420, height: 900 };

const FLIGHTS = [
  { flight: 'TW 205', price: 89 },
  { flight: 'TW 101', price: 129 },
  { flight: 'TW 330', price: 240 },
];

describe('the UI: popup, side panel, history and saved tasks', () => {
  let browser: ExtensionBrowser;
  let model: ModelServer;
  let pages: PageServer;

  let rig: ExtensionRig;

  beforeAll(async () => {
    if (process.env.TABWRIGHT_SCREENSHOTS === '1') mkdirSync(SHOTS, { recursive: true });
    rig = await startExtensionRig();
    ({ browser, model, pages } = rig);
  });

  afterAll(() => rig?.close());

  async function openPanel(): Promise<Page> {
    const panel = await browser.openPanel();
    await panel.setViewportSize(PANEL_SIZE);
    return panel;
  }

  async function openPopup(): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(browser.extensionUrl('src/ui/popup/index.html'));
    return popup;
  }

  // Tracked screenshots are rewritten only when asked (TABWRIGHT_SCREENSHOTS=1), so a test run leaves the tree clean.
  const shoot = async (page: Page, name: string) => {
    if (process.env.TABWRIGHT_SCREENSHOTS === '1') await page.screenshot({ path: resolve(SHOTS, `${name}.png`) });
  };
  const status = (page: Page) => page.getByTestId('status').textContent();
  const flightsDone = () => ({
    content: [
      text('The cheapest flights are listed.'),
      toolUse('done', { success: true, output: FLIGHTS, message: 'Found 3 flights.' }),
    ],
  });

  it('sets the model timeout in Settings, refusing a value out of range at the field and saving nothing', async () => {
    const settings = await browser.context.newPage();
    await settings.goto(browser.extensionUrl('src/ui/options/index.html'));
    const stored = () =>
      settings.evaluate(
        async () =>
          ((await chrome.storage.local.get('settings')) as { settings?: { modelTimeoutSeconds?: number } }).settings
            ?.modelTimeoutSeconds,
      );
    const before = await stored();
    const field = settings.getByLabel('Model timeout (seconds)');
    for (const bad of ['0', '2.5', '601']) {
      await field.fill(bad);
      await settings.getByRole('button', { name: 'Save' }).click();
      await settings.getByText('Model timeout must be a whole number of seconds from 1 to 600.').waitFor();
      expect(await stored()).toBe(before);
    }
    await settings.getByLabel('Default max steps').fill('500');
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByText('Default max steps must be a whole number from 2 to 128.').waitFor();
    await settings.getByLabel('Default max steps').fill('32');
    await field.fill('90');
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByTestId('notice').getByText('Saved.').waitFor();
    expect(await stored()).toBe(90);
    await settings.reload();
    expect(await settings.getByLabel('Model timeout (seconds)').inputValue()).toBe('90');
    await settings.close();
  });

  it('rejects an invalid schema and invalid metadata JSON with a message at the field, and starts nothing', async () => {
    const panel = await openPanel();
    await panel.getByLabel('Task').fill('Find the three cheapest flights to Lisbon and list them with their prices');
    await panel.getByLabel('Start URL').fill('flights.example/lisbon');
    await panel.getByLabel('Key 1').fill('traveller');
    await panel.getByLabel('Value 1').fill('Ada Lovelace');
    await panel.getByLabel('Insert a schema template').selectOption({ label: 'List of objects' });
    await expect
      .poll(() => panel.locator('#tw-schema-hint').textContent(), { timeout: 10_000 })
      .toContain('Valid JSON Schema');
    await shoot(panel, 'panel-idle');

    const before = model.requests.length;
    // Compiles as JSON, not as a schema: only the worker's sandboxed ajv can tell.
    await panel.getByLabel('Response schema').fill('{"type": "objekt"}');
    await expect
      .poll(() => panel.locator('#tw-schema-error').textContent(), { timeout: 10_000 })
      .toMatch(/Not a valid JSON Schema: .*type/);
    await panel.getByLabel('Response schema').fill('{"type": "object",');
    await expect
      .poll(() => panel.locator('#tw-schema-error').textContent())
      .toMatch(/Response schema is not valid JSON/);

    await panel.getByRole('button', { name: 'JSON', exact: true }).first().click();
    await expect(panel.getByLabel('Metadata').inputValue()).resolves.toContain('"traveller": "Ada Lovelace"');
    await panel.getByLabel('Metadata').fill('{"traveller": "Ada"');
    await panel.getByLabel('Max steps').fill('500');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(panel.locator('#tw-maxSteps-error').textContent()).resolves.toMatch(
      /Max steps must be a whole number from 2 to 128/,
    );
    await expect(panel.locator('#tw-metadata-error').textContent()).resolves.toMatch(/Metadata is not valid JSON/);
    await expect(panel.getByLabel('Metadata').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(panel.locator('#tw-schema-error').textContent()).resolves.toMatch(/Response schema is not valid JSON/);
    expect(model.requests.length).toBe(before);
    expect(await panel.getByTestId('status').count()).toBe(0);
    await panel.close();
  });

  it('runs from the popup; the panel follows the timeline as it fills, and Stop ends it', async () => {
    const site = await browser.context.newPage();
    await site.goto(pages.url('/signup.html'));
    model.script([
      fillSignup('I will fill in the signup form for Ada.'),
      { content: [text('Now I will subscribe.')], delayMs: 30_000 },
    ]);

    const popup = await openPopup();
    await popup
      .getByLabel('Task', { exact: true })
      .fill('Subscribe Ada Lovelace (ada@example.com) to the travel newsletter');
    await popup.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => status(popup), { timeout: 15_000 }).toContain('Running');

    const panel = await openPanel();
    const timeline = panel.getByRole('list', { name: 'Steps' });
    await expect
      .poll(() => timeline.textContent(), { timeout: 20_000 })
      .toContain('Fill “Full name” with “Ada Lovelace”');
    await expect.poll(() => timeline.textContent(), { timeout: 20_000 }).toContain('Choose “Travel” in “Topic”');
    const steps = await timeline.textContent();
    expect(steps).toContain('Step 1 of 32');
    expect(steps).toContain('I will fill in the signup form for Ada.');
    await expect(site.locator('#email').inputValue()).resolves.toBe('ada@example.com');
    await expect.poll(() => model.requests.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await shoot(panel, 'panel-running');

    await panel.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect.poll(() => status(panel), { timeout: 10_000 }).toContain('Cancelled');
    await expect.poll(() => status(popup), { timeout: 10_000 }).toContain('Cancelled');
    await expect.poll(() => model.lastRequest().aborted, { timeout: 5_000 }).toBe(true);
    await Promise.all([popup.close(), panel.close(), site.close()]);
  });

  it('shows a result ready to use, an error in words, and the dark theme', async () => {
    model.script([
      { content: [text('Reading the prices on the page.'), toolUse('get_page_text', {}, { toolset: 'browser' })] },
      flightsDone,
    ]);
    const panel = await openPanel();
    await panel.getByLabel('Task').fill('List the three cheapest flights to Lisbon with their prices');
    await panel.getByLabel('Start URL').fill(pages.url('/prices.html'));
    await panel.getByLabel('Insert a schema template').selectOption({ label: 'List of objects' });
    await panel.getByLabel('Response schema').fill(
      JSON.stringify({
        type: 'array',
        items: { type: 'object', properties: { flight: { type: 'string' }, price: { type: 'number' } } },
      }),
    );
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => status(panel), { timeout: 30_000 }).toContain('Success — Found 3 flights.');
    expect(JSON.parse((await panel.getByTestId('output').textContent()) ?? '')).toEqual(FLIGHTS);
    await expect(panel.locator('.json-tree').textContent()).resolves.toContain('flight: "TW 205"');
    await expect(panel.getByRole('button', { name: 'Download CSV' }).isVisible()).resolves.toBe(true);
    await expect(panel.getByRole('list', { name: 'Steps' }).textContent()).resolves.toContain(
      'Read the text of the page',
    );
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download JSON' }).click();
    expect((await download).suggestedFilename()).toMatch(
      /^tabwright-\d{4}-\d{2}-\d{2}-list-the-three-cheapest-flights.*\.json$/,
    );
    await panel.evaluate(() => window.scrollTo(0, 0));
    await shoot(panel, 'panel-done');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await shoot(panel, 'panel-dark');
    await panel.emulateMedia({ colorScheme: 'light' });

    model.script([{ error: { status: 401, type: 'authentication_error', message: 'invalid x-api-key' } }]);
    await panel.getByRole('button', { name: 'New task' }).click();
    await panel.getByLabel('Task').fill('Check my order status');
    await panel.getByLabel('Start URL').fill(pages.url('/prices.html'));
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => status(panel), { timeout: 30_000 }).toMatch(/Error — The model API refused the API key/);
    await panel.evaluate(() => window.scrollTo(0, 0));
    await shoot(panel, 'panel-error');
    await panel.close();
  });

  it('re-runs a task from history, finds runs by search and deletes them', async () => {
    const panel = await openPanel();
    await panel.getByRole('button', { name: 'History' }).click();
    const list = panel.getByTestId('history-list');
    await expect.poll(() => list.locator('li').count(), { timeout: 10_000 }).toBe(3);
    await panel.getByLabel('Search history').fill('cheapest lisbon');
    await expect.poll(() => list.locator('li').count()).toBe(1);
    await shoot(panel, 'panel-history');

    model.script([flightsDone]);
    const before = model.requests.length;
    await panel.getByRole('button', { name: /^Run again: List the three cheapest flights/ }).click();
    await expect.poll(() => status(panel), { timeout: 30_000 }).toContain('Success');
    const rerun = model.requests[before]!;
    expect(JSON.stringify(rerun.body.tools)).toContain('"flight"');
    expect(lastUserText(rerun)).toContain('List the three cheapest flights to Lisbon');

    await panel.getByRole('button', { name: 'History' }).click();
    await panel.getByLabel('Search history').fill('');
    await expect.poll(() => list.locator('li').count(), { timeout: 10_000 }).toBe(4);
    await panel.getByRole('button', { name: /^Delete: Check my order status/ }).click();
    await expect.poll(() => list.locator('li').count()).toBe(3);
    await panel.reload();
    await panel.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => list.locator('li').count(), { timeout: 10_000 }).toBe(3);
    await panel.close();
  });

  it('saves a task with its options and runs it again from the popup', async () => {
    const panel = await openPanel();
    await panel.getByLabel('Task').fill('Which flight to Lisbon is cheapest?');
    await panel.getByLabel('Start URL').fill(pages.url('/prices.html'));
    await panel.getByLabel('Max steps').fill('6');
    await panel.getByRole('button', { name: 'Save task…' }).click();
    await panel.getByLabel('Name').fill('Cheapest Lisbon flight');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(
      panel.getByRole('status').filter({ hasText: 'Saved “Cheapest Lisbon flight”.' }).isVisible(),
    ).resolves.toBe(true);
    await panel.getByRole('button', { name: 'Saved' }).click();
    await expect(panel.getByTestId('saved-list').textContent()).resolves.toContain('Cheapest Lisbon flight');
    await panel.close();

    model.script([{ content: [toolUse('done', { success: true, output: { flight: 'TW 205', price: 89 } })] }]);
    const before = model.requests.length;
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Run saved task Cheapest Lisbon flight' }).click();
    await expect.poll(() => status(popup), { timeout: 30_000 }).toContain('Success');
    // The status and the step count are rendered from successive saves of the task state: wait for the last one.
    await expect.poll(() => popup.getByTestId('steps').textContent(), { timeout: 10_000 }).toBe('Step 1 of 6');
    expect(lastUserText(model.requests[before]!)).toContain('Which flight to Lisbon is cheapest?');
    await shoot(popup, 'popup');
    await popup.close();
  });

  it('renders what the worker is to publish: step screenshots and a question answered inline (staged state)', async () => {
    // The worker does not record screenshots or ask questions yet: this stages a task state in the agreed shape
    // (StepRecord.screenshot) to check the page renders it, and to picture it for the README.
    const site = await browser.context.newPage();
    await site.setViewportSize({ width: 800, height: 500 });
    await site.goto(pages.url('/prices.html'));
    const screenshot = `data:image/jpeg;base64,${(await site.screenshot({ type: 'jpeg', quality: 60 })).toString('base64')}`;
    await site.close();

    const panel = await openPanel();
    const usage = { input: 1200, output: 80, cache_write: 0, cache_read: 0 };
    await panel.evaluate(
      async ({ shot, url, usage }) => {
        const id = 'staged-question';
        await chrome.storage.session.set({
          [`task:${id}`]: {
            id,
            tabId: 1,
            options: { task: 'Book the cheapest flight to Lisbon for Ada', max_steps: 20 },
            status: 'running',
            startedAt: Date.now() - 14_000,
            usage,
            credits_used: 0.92,
            steps: [
              {
                index: 1,
                thought: 'Find the cheapest flight on the list.',
                url,
                usage,
                screenshot: shot,
                actions: [
                  {
                    tool: 'get_page_text',
                    input: {},
                    result: 'Flights to Lisbon: TW 101 €129, TW 205 €89, TW 330 €240',
                    ok: true,
                  },
                ],
              },
              {
                index: 2,
                thought: 'TW 205 is cheapest at €89. The booking form asks for a seat class.',
                url,
                usage,
                screenshot: shot,
                actions: [
                  {
                    tool: 'left_click',
                    input: { target: { type: 'ref', ref: 'ref_4' } },
                    result: 'Clicked.',
                    ok: true,
                    summary: {
                      kind: 'click',
                      member: 'left_click',
                      target: { role: 'button', name: 'Book TW 205' },
                      outcome: 'done',
                    },
                  },
                ],
              },
            ],
            pending: {
              kind: 'question',
              id: 'q1',
              question: 'Which seat class should I book for Ada?',
              choices: ['Economy', 'Business'],
            },
          },
          'ui:lastTaskId': id,
        });
      },
      { shot: screenshot, url: pages.url('/prices.html'), usage },
    );
    await expect
      .poll(() => panel.getByTestId('pending').textContent(), { timeout: 10_000 })
      .toContain('Which seat class should I book for Ada?');
    await expect(panel.getByRole('list', { name: 'Steps' }).textContent()).resolves.toContain('Click “Book TW 205”');
    await shoot(panel, 'panel-question-staged');

    await panel.getByRole('button', { name: 'Enlarge the screenshot of step 2' }).click();
    await expect(panel.locator('dialog[open] img').getAttribute('src')).resolves.toBe(screenshot);
    await panel.keyboard.press('Escape');
    await expect.poll(() => panel.locator('dialog').count()).toBe(0);
    await panel.evaluate(() => chrome.storage.session.remove(['task:staged-question', 'ui:lastTaskId']));
    await panel.close();
  });

  it('answers the agent\'s question and its confirmation inline, and remembers "always allow on this site"', async () => {
    const site = await browser.context.newPage();
    await site.goto(pages.url('/account.html'));
    const deleteButton = (request: Parameters<typeof lastUserText>[0]) => ({
      content: [
        toolUse(
          'left_click',
          { target: { type: 'ref', ref: findRef(lastUserText(request), /button "Delete account"/) } },
          { toolset: 'browser' },
        ),
      ],
    });
    model.script([
      {
        content: [
          text('Two accounts match.'),
          toolUse('ask_user', { question: 'Which account should I delete?', choices: ['Personal', 'Work'] }),
        ],
      },
      (request) => {
        expect(lastUserText(request)).toContain('The user answered: Work');
        return deleteButton(request);
      },
      (request) => {
        expect(lastUserText(request)).toContain('The user did not approve this action');
        return deleteButton(request);
      },
      (request) => {
        expect(lastUserText(request)).toContain('The work account was deleted.');
        return { content: [toolUse('done', { success: true, output: 'deleted the work account' })] };
      },
    ]);
    const panel = await openPanel();
    await panel.getByLabel('Task').fill('Delete my work account');
    await panel.getByRole('button', { name: 'Run' }).click();

    const pending = panel.getByTestId('pending');
    await pending.getByText('Which account should I delete?').waitFor();
    await pending.getByRole('button', { name: 'Work' }).click();
    await pending.getByText('Approve this action?').waitFor();
    expect(await pending.getByTestId('approval-what').textContent()).toBe(
      'The agent wants to click the “Delete account” button.',
    );
    expect(await pending.getByTestId('approval-where').textContent()).toBe(new URL(pages.origin).host);
    await pending.getByRole('button', { name: 'Deny' }).click();
    expect(await site.locator('#outcome').textContent()).toBe('');
    await pending.getByText('Approve this action?').waitFor();
    await pending.getByRole('button', { name: 'Always allow on this site' }).click();
    await expect.poll(() => status(panel), { timeout: 20_000 }).toContain('Success');
    expect(await site.locator('#outcome').textContent()).toBe('The work account was deleted.');

    const approvals = await panel.evaluate(
      async () =>
        ((await chrome.storage.local.get('settings')) as { settings: { siteApprovals: object } }).settings
          .siteApprovals,
    );
    expect(approvals).toEqual({ [pages.origin]: ['delete'] });

    // Settings list it, and it can be taken back.
    const settings = await browser.openOptions();
    await settings.getByTestId('site-approvals').getByText(`deleting on ${pages.origin}`).waitFor();
    await settings.getByRole('button', { name: `Stop allowing deleting on ${pages.origin}` }).click();
    await settings.getByText('Nothing yet.', { exact: false }).waitFor();
    await Promise.all([panel.close(), site.close(), settings.close()]);
  });
});
