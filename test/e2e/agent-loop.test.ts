import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../support/browser';
import { findRef, lastUserText, type ModelServer, text, toolUse } from '../support/model-server';
import type { PageServer } from '../support/page-server';
import { type ExtensionRig, startExtensionRig } from '../support/rig';
import { finishTask, startTask } from '../support/extension-tasks';
import { runFromPanel, statusText } from '../support/panel';

/** The brain against the scripted model: several steps, budgets, retries and refusals, all through the real UI. */
describe('agent loop', () => {
  let browser: ExtensionBrowser;
  let model: ModelServer;
  let pages: PageServer;
  let rig: ExtensionRig;

  beforeAll(async () => {
    rig = await startExtensionRig({ model: { minCacheTokens: 256 } });
    ({ browser, model, pages } = rig);
  });

  afterAll(() => rig?.close());

  it('runs a multi-step task across a navigation, reading the cache from step 2 on', async () => {
    const first = model.requests.length;
    const refNumbers = (page: string) => [...page.matchAll(/\[ref_(\d+)\]/g)].map((match) => Number(match[1]));
    let firstPageRefs: number[] = [];
    model.script([
      (request) => {
        firstPageRefs = refNumbers(lastUserText(request));
        return {
          content: [
            text('Open the newsletter page.'),
            toolUse(
              'left_click',
              { target: { type: 'ref', ref: findRef(lastUserText(request), /link "Newsletter"/) } },
              { toolset: 'browser' },
            ),
          ],
        };
      },
      (request) => {
        const page = lastUserText(request);
        expect(page).toContain('/signup.html');
        // The new document numbers its refs above the old one's, so a ref kept from before cannot hit a new element.
        const pageState = page.slice(page.lastIndexOf('<page_state>'));
        expect(Math.min(...refNumbers(pageState))).toBeGreaterThan(Math.max(...firstPageRefs));
        return {
          content: [
            toolUse(
              'form_input',
              { target: { type: 'ref', ref: findRef(page, /Full name/) }, value: 'Grace Hopper' },
              { toolset: 'browser' },
            ),
            toolUse(
              'form_input',
              { target: { type: 'ref', ref: findRef(page, /Email/) }, value: 'grace@example.com' },
              { toolset: 'browser' },
            ),
            toolUse(
              'left_click',
              { target: { type: 'ref', ref: findRef(page, /button "Subscribe"/) } },
              { toolset: 'browser' },
            ),
          ],
        };
      },
      (request) => {
        const confirmation = /Thanks [^!]+! \S+ is subscribed to \w+\./.exec(lastUserText(request))?.[0];
        return { content: [toolUse('done', { success: true, output: confirmation ?? null })] };
      },
    ]);
    const panel = await runFromPanel(browser, {
      task: 'Subscribe Grace Hopper (grace@example.com) to the newsletter.',
      url: pages.url('/index.html'),
    });
    await expect.poll(() => statusText(panel), { timeout: 30_000 }).toContain('Success');
    expect(JSON.parse((await panel.getByTestId('output').textContent()) ?? '')).toBe(
      'Thanks Grace Hopper! grace@example.com is subscribed to everything.',
    );
    expect(await panel.getByTestId('steps').textContent()).toMatch(/^3 \//);
    // Steps 2 and 3 read the growing history from the (simulated) prompt cache, and the panel says how much.
    expect(Number.parseInt((await panel.getByTestId('cache-share').textContent()) ?? '', 10)).toBeGreaterThan(20);

    const calls = model.requests.slice(first).filter((request) => request.path === '/v1/messages');
    expect(calls).toHaveLength(3);
    // The history only grows: every request starts with the previous one's messages (only the cache breakpoint moves).
    const withoutBreakpoints = (messages: unknown) =>
      JSON.stringify(messages).replaceAll(',"cache_control":{"type":"ephemeral"}', '');
    expect(
      withoutBreakpoints(calls[2]!.body.messages).startsWith(withoutBreakpoints(calls[1]!.body.messages).slice(0, -1)),
    ).toBe(true);
    await panel.close();
  });

  it('stops at the credit budget with budget_exceeded', async () => {
    const expensive = {
      usage: { input_tokens: 100_000, output_tokens: 1000 },
      content: [
        toolUse(
          'scroll',
          { target: { type: 'coordinate', x: 300, y: 300 }, scroll_direction: 'down' },
          { toolset: 'browser' },
        ),
      ],
    };
    model.script([expensive, expensive]);
    const panel = await runFromPanel(browser, {
      task: 'Read everything',
      url: pages.url('/prices.html'),
      maxCredits: '15',
    });
    // 100k input tokens at $2/M + 1k output at $10/M = $0.21 = 21 credits (plus cache tokens) per step: a budget of 15 ends it after step 1.
    await expect
      .poll(() => statusText(panel), { timeout: 30_000 })
      .toMatch(/Budget exceeded.*: 2\d\.\d\d credits used of a 15-credit budget/);
    expect(await panel.getByTestId('steps').textContent()).toMatch(/^1 \//);
    expect(model.pending).toBe(1);
    model.script([]);
    await panel.close();
  });

  it('retries a 429 after its retry-after, then succeeds', async () => {
    const first = model.requests.length;
    model.script([
      { error: { status: 429, retryAfter: 1 } },
      { content: [toolUse('done', { success: true, output: 'ok' })] },
    ]);
    const panel = await runFromPanel(browser, { task: 'Say ok', url: pages.url('/prices.html') });
    await expect.poll(() => statusText(panel), { timeout: 30_000 }).toContain('Success');
    const calls = model.requests.slice(first);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.receivedAt - calls[0]!.receivedAt).toBeGreaterThanOrEqual(900);
    await panel.close();
  });

  it('reports a refused API key (401) as such, without retrying', async () => {
    const first = model.requests.length;
    model.script([{ error: { status: 401, message: 'invalid x-api-key' } }]);
    const panel = await runFromPanel(browser, { task: 'Anything', url: pages.url('/prices.html') });
    await expect
      .poll(() => statusText(panel), { timeout: 30_000 })
      .toMatch(/Error.*refused the API key \(HTTP 401\).*Settings/);
    expect(model.requests.length - first).toBe(1);
    await panel.close();
  });

  it('in vision mode sends marked screenshots, keeps only the newest two, and leaves the page unmarked', async () => {
    const options = await browser.openOptions();
    const setVision = (vision: string) =>
      options.evaluate(async (mode) => {
        const { settings } = (await chrome.storage.local.get('settings')) as { settings: Record<string, unknown> };
        await chrome.storage.local.set({ settings: { ...settings, vision: mode } });
      }, vision);
    await setVision('on');
    const site = await browser.context.newPage();
    await site.goto(pages.url('/prices.html'));
    const scroll = {
      content: [
        toolUse(
          'scroll',
          { target: { type: 'coordinate', x: 300, y: 300 }, scroll_direction: 'down' },
          { toolset: 'browser' },
        ),
      ],
    };
    const first = model.requests.length;
    model.script([scroll, scroll, scroll, { content: [toolUse('done', { success: true, output: 'seen' })] }]);
    // The site tab stays in front, as it is when a person runs a task from the real side panel.
    const taskId = await startTask(options, { task: 'Look at the flights', max_steps: 6 });
    await site.bringToFront();
    const { state } = await finishTask(options, taskId);
    expect(state.status).toBe('success');

    const calls = model.requests.slice(first).filter((request) => request.path === '/v1/messages');
    const images = (request: (typeof calls)[number]) =>
      (JSON.stringify(request.body.messages).match(/"type":"image"/g) ?? []).length;
    expect(calls.map(images)).toEqual([1, 2, 2, 2]);
    expect(JSON.stringify(calls[3]!.body.messages).includes('(earlier screenshot omitted)')).toBe(true);
    expect(JSON.stringify(calls[0]!.body.messages).includes('12 means ref_12')).toBe(true);
    const jpeg = /"media_type":"image\/jpeg","data":"([^"]+)"/.exec(JSON.stringify(calls[0]!.body.messages))![1]!;
    expect(Buffer.from(jpeg, 'base64').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(await site.locator('#tabwright-marks').count()).toBe(0);
    // The timeline gets a thumbnail of each step's page.
    expect(state.steps.slice(0, 3).every((step) => step.screenshot?.startsWith('data:image/jpeg;base64,'))).toBe(true);

    await setVision('off');
    await Promise.all([options.close(), site.close()]);
  });

  it("says plainly when a click leaves the tab on the browser's error page or a navigation downloads a file, and the model navigates on", async () => {
    const site = await browser.context.newPage();
    await site.goto(pages.url('/dead-link.html'));
    const call = (name: string, input: Record<string, unknown>) => toolUse(name, input, { toolset: 'browser' });
    let errorPage = '';
    let downloaded = '';
    model.script([
      (request) => ({
        content: [
          call('left_click', { target: { type: 'ref', ref: findRef(lastUserText(request), /Old partner catalogue/) } }),
        ],
      }),
      (request) => {
        errorPage = lastUserText(request);
        return { content: [call('navigate', { url: pages.url('/downloads/price-list.bin') })] };
      },
      (request) => {
        downloaded = lastUserText(request);
        return { content: [call('navigate', { url: pages.url('/dead-link.html') })] };
      },
      (request) => {
        expect(lastUserText(request)).toMatch(/link "Old partner catalogue"/);
        return { content: [toolUse('done', { success: true, output: 'back' })] };
      },
    ]);
    const panel = await runFromPanel(browser, { task: 'Open the partner catalogue' });
    await expect.poll(() => statusText(panel), { timeout: 30_000 }).toContain('Success');
    const state = errorPage.slice(errorPage.lastIndexOf('<page_state>'));
    expect(state, state).toMatch(
      /This tab shows the browser's error page: http:\/\/127\.0\.0\.1:9\/catalogue did not load \(unreachable, or blocked\)/,
    );
    expect(state).not.toMatch(/does not let extensions run scripts/);
    // A file the server sends to be saved opens no page: said so, and not asked for a second time.
    expect(downloaded).toMatch(
      /price-list\.bin opened no page: the browser took the server's answer as a file to download/,
    );
    expect(pages.hits.filter((hit) => hit.endsWith('/downloads/price-list.bin'))).toHaveLength(1);
    await Promise.all([panel.close(), site.close()]);
  });

  it('reads a page a person starts a task on while it is still loading once it has loaded', async () => {
    const site = await browser.context.newPage();
    await site.goto(pages.url('/late-load.html'), { waitUntil: 'commit' });
    let first = '';
    model.script([
      (request) => {
        first = lastUserText(request);
        return { content: [toolUse('done', { success: true, output: 'read' })] };
      },
    ]);
    const panel = await runFromPanel(browser, { task: 'Order lunch' });
    await expect.poll(() => statusText(panel), { timeout: 30_000 }).toContain('Success');
    expect(first, first).toMatch(/button "Place the order"/);
    expect(first).toMatch(/Menu ready\./);
    await Promise.all([panel.close(), site.close()]);
  });

  it("answers a page's alert and confirm as dismissed instead of freezing, tells the model, and restores them after", async () => {
    const site = await browser.context.newPage();
    await site.goto(pages.url('/dialogs.html'));
    const click = (request: Parameters<typeof lastUserText>[0], name: RegExp) =>
      toolUse(
        'left_click',
        { target: { type: 'ref', ref: findRef(lastUserText(request), name) } },
        { toolset: 'browser' },
      );
    model.script([
      (request) => ({ content: [click(request, /button "Clear all messages"/)] }),
      (request) => {
        // Dialog text is the page's: it reaches the model inside the untrusted-content envelope.
        expect(lastUserText(request)).toMatch(
          /a dialog, dismissed at once; their text: <untrusted_page_content>\s*confirm: "Really clear all 12 messages\?"\s*<\/untrusted_page_content>/,
        );
        return { content: [click(request, /button "Say hello"/)] };
      },
      (request) => {
        expect(lastUserText(request)).toMatch(
          /<untrusted_page_content>\s*alert: "Hello there"\s*<\/untrusted_page_content>/,
        );
        return { content: [toolUse('done', { success: true, output: 'kept' })] };
      },
    ]);
    const panel = await runFromPanel(browser, { task: 'Clear my messages' });
    await expect.poll(() => statusText(panel), { timeout: 30_000 }).toContain('Success');
    expect(await site.locator('#outcome').textContent()).toBe('Kept.');
    // The page's own dialogs are back: a real confirm reaches the browser, which a person (here the test) answers.
    site.once('dialog', (dialog) => void dialog.accept());
    expect(await site.evaluate(() => window.confirm('Still there?'))).toBe(true);
    await Promise.all([panel.close(), site.close()]);
  });
});
