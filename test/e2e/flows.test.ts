import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../support/browser';
import { startTask } from '../support/extension-tasks';
import { findRef, lastUserText, type ModelServer } from '../support/model-server';
import type { PageServer } from '../support/page-server';
import { type ExtensionRig, startExtensionRig } from '../support/rig';
import { call, done, FLOWS, type FlowName, pageState, until, useFlow } from './flows-harness';

/**
 * Issue 12's start-up and tab classes, in each of the three ways a task starts (see flows-harness.ts): the task
 * starts on the page it asked for, in a visible tab; tabs the page opens are followed, never doubled; pages that
 * cannot be read and models that never answer end with a message a person can act on.
 */
describe.each(FLOWS)('the %s flow', (name: FlowName) => {
  const setup = useFlow(name);

  it('starts on the requested page, loaded and visible, and tells the model which tab it is in', async () => {
    const result = await setup.flow.run({
      task: 'Say where order 7731 is.',
      path: '/flows/slow.html',
      turns: [
        (request) => {
          const page = pageState(request);
          return done({
            read: page.includes('Order 7731 is on its way.'),
            unreadable: /could not be read/.test(page),
            // The page shows it in an <output> (a status line of its own in the page state).
            visibility: /Visible when loaded:[\s\S]{0,40}?\b(visible|hidden)\b/.exec(page)?.[1] ?? null,
            tab: /^Tab: (\d+) \(active\)$/m.test(page),
          });
        },
      ],
    });
    expect(result.status, result.message).toBe('success');
    expect(result.output).toEqual({ read: true, unreadable: false, visibility: 'visible', tab: true });
  });

  it('loads a whole infinite list by scrolling, because the tab it scrolls is visible', async () => {
    const scroll = until(
      (page) => page.includes('The end: all 100 photos loaded.'),
      () =>
        call('scroll', { target: { type: 'coordinate', x: 400, y: 400 }, scroll_direction: 'down', scroll_amount: 10 }),
      (page) => Math.max(...Array.from(page.matchAll(/Photo (\d+)/g), (match) => Number(match[1]))),
    );
    const result = await setup.flow.run({
      task: 'Scroll to the last photo.',
      path: '/widgets2/infinite.html',
      maxSteps: 40,
      turns: Array(40).fill(scroll),
    });
    expect(result.status, result.message).toBe('success');
    expect(result.output).toBe(100);
    console.log(`[flows] ${name}: infinite list of 100 loaded in ${result.requests.length - 1} scrolls`);
  });

  // What the worker does once a task runs — following new tabs, ending on a PDF, a reply that is not the API's — is the
  // same whichever page started it: the panel page and the SDK cover it; the popup keeps what differs for it (its
  // start over the task's tab, that tab staying visible, a start on a browser page, Stop).
  it.runIf(name !== 'popup')(
    'follows the tabs a page opens (window.open and target=_blank), once each, and says which tab is active',
    async () => {
      const tabOf = (text: string) => /^Tab: (\d+)/m.exec(text.slice(text.lastIndexOf('<page_state>')))?.[1];
      const seen: string[] = [];
      const result = await setup.flow.run({
        task: 'Collect both offer codes.',
        path: '/flows/opener.html',
        turns: [
          (request) => {
            seen.push(tabOf(lastUserText(request)) ?? '?');
            return {
              content: [
                call('left_click', {
                  target: { type: 'ref', ref: findRef(lastUserText(request), /button "Open the offer window"/) },
                }),
              ],
            };
          },
          (request) => {
            const page = pageState(request);
            seen.push(tabOf(page) ?? '?');
            expect(page).toContain('TW-script-42');
            return { content: [call('switch_tab', { tab_id: seen[0]! })] };
          },
          (request) => ({
            content: [
              call('left_click', {
                target: { type: 'ref', ref: findRef(lastUserText(request), /link "See the offer/) },
              }),
            ],
          }),
          (request) => {
            const page = pageState(request);
            seen.push(tabOf(page) ?? '?');
            const others = /^Other tabs: (.*)$/m.exec(page)?.[1] ?? '';
            return done({ code: /TW-link-42/.test(page), tabs: 1 + (others.match(/\[\d+\]/g) ?? []).length });
          },
        ],
      });
      expect(result.status, result.message).toBe('success');
      expect(result.output).toEqual({ code: true, tabs: 3 });
      expect(new Set(seen).size).toBe(3);
      if (setup.flow.pagesWith) {
        expect(setup.flow.pagesWith('via=script')).toBe(1);
        expect(setup.flow.pagesWith('via=link')).toBe(1);
      }
    },
  );

  it.runIf(name !== 'popup')('ends a task on a PDF at once, saying so, without asking the model', async () => {
    const result = await setup.flow.run({ task: 'Read the invoice total.', path: '/flows/invoice.pdf', turns: [] });
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/PDF document/);
    expect(result.requests).toHaveLength(0);
  });

  it('ends a task started on a browser page (chrome://) at once, saying what the page is', async () => {
    const task = { task: 'Change a setting.', site: 'chrome://version/', turns: [] };
    if (name === 'sdk') {
      // A script names the page itself: the session refuses it before any task.
      await expect(setup.flow.run(task)).rejects.toThrow(/Only http and https URLs are allowed/);
      return;
    }
    const result = await setup.flow.run(task);
    expect(result.status).toBe('error');
    expect(result.message).toMatch(
      /This tab shows a browser page \(chrome:\/\/version\/\), which extensions may not read or control/,
    );
    expect(result.requests).toHaveLength(0);
  });

  // The popup starts the same worker task as the panel page, and a silent model is the worker's to bound: the panel
  // and the SDK (a timeout set through its own client option) cover it, 7 s each.
  it.runIf(name !== 'popup')(
    'bounds a model that never answers: one retry, then a message a person can act on',
    async () => {
      let sawWaiting = false;
      const result = await setup.flow.run({
        task: 'Anything.',
        path: '/flows/slow.html',
        turns: [{ hang: true }, { hang: true }],
        during: async (control) => {
          for (let i = 0; i < 50 && !sawWaiting; i++) {
            sawWaiting = typeof (await control.state())?.waitingForModelSince === 'number';
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        },
      });
      expect(result.status).toBe('error');
      expect(result.message).toMatch(/The model did not answer: 2 requests in a row got no reply/);
      expect(result.requests).toHaveLength(2);
      if (name !== 'sdk') expect(sawWaiting).toBe(true);
    },
  );

  it.runIf(name !== 'popup')(
    'ends on a reply that is not the Messages API with a message about the endpoint, not the parser',
    async () => {
      const result = await setup.flow.run({
        task: 'Anything.',
        path: '/flows/slow.html',
        turns: [{ garbage: '<html><body>502 Bad gateway</body></html>', contentType: 'text/html' }],
      });
      expect(result.status).toBe('error');
      expect(result.message).toMatch(/not a valid Messages API answer\. Check that the API base URL/);
      expect(result.message).not.toMatch(/JSON|Unexpected|stream ended/i);
    },
  );

  it.runIf(name !== 'sdk')('stops at once while the model is silent; no second task enters its tab', async () => {
    let second: unknown;
    const result = await setup.flow.run({
      task: 'Anything.',
      path: '/flows/slow.html',
      turns: [{ hang: true }],
      during: async (control) => {
        for (let i = 0; i < 50 && (await control.state())?.waitingForModelSince === undefined; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        second = await control.runAnotherInItsTab('Something else.');
        await control.stop();
      },
    });
    // Two tasks in one tab would click and type over each other: the second is refused, saying why.
    expect(second).toMatchObject({ ok: false, error: { code: 'busy', message: /^Another task is already working/ } });
    expect(result.status).toBe('cancelled');
    // Stop dropped the request the model never answered, before the silence bound asked again.
    expect(result.requests).toHaveLength(1);
    // The server hears the connection close a moment after the task reports it was stopped.
    await expect.poll(() => result.requests[0]!.aborted, { timeout: 5_000 }).toBe(true);
  });
});

/** Today's SDK runs were lost when no Tabwright page was open to copy them: the worker writes history itself. */
describe('history', () => {
  let model: ModelServer;
  let pages: PageServer;
  let browser: ExtensionBrowser;
  let rig: ExtensionRig;

  beforeAll(async () => {
    // As installed: the test sets the settings it needs itself.
    rig = await startExtensionRig({ configure: false });
    ({ browser, model, pages } = rig);
  });

  afterAll(() => rig?.close());

  it('keeps a task that ended while no Tabwright page was open, with the reason the model gave', async () => {
    const site = await browser.context.newPage();
    await site.goto(pages.url('/flows/slow.html'));
    const control = await browser.openOptions();
    await control.evaluate(
      async (baseUrl) =>
        chrome.storage.local.set({ settings: { apiKey: 'sk-test', baseUrl, model: 'claude-sonnet-5-5' } }),
      model.url,
    );
    model.script([done(null, false, 'Order 7731 has no tracking page.')]);
    const taskId = await startTask(control, { task: 'Track order 7731.', max_steps: 4 });
    // From here on no Tabwright page is open: only the worker can keep the run.
    await control.close();
    await expect
      .poll(
        async () => {
          const stored = await browser.worker.evaluate(
            async () => (await chrome.storage.local.get('ui:history'))['ui:history'],
          );
          return (
            stored as { entries?: Array<{ id: string; status: string; result?: { message?: string } }> } | undefined
          )?.entries?.find((item) => item.id === taskId);
        },
        { timeout: 30_000 },
      )
      .toMatchObject({ status: 'failed', result: { message: 'Order 7731 has no tracking page.' } });
  });
});
