import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ModelServer, startModelServer, toolUse } from '../support/model-server';
import { type PageServer, startPageServer } from '../support/page-server';
import { RawChromium, type RawPage } from '../support/raw-chromium';

/**
 * Chrome may stop the extension's service worker at any time. With nothing attached to the worker (a bare CDP
 * pipe, not Playwright), the worker is stopped mid-task through chrome://serviceworker-internals; the task must
 * resume from its last completed step rather than vanish or hang as "running".
 */
describe('service-worker lifetime', () => {
  let chromium: RawChromium;
  let model: ModelServer;
  let pages: PageServer;
  let extensionId: string;

  beforeAll(async () => {
    [model, pages] = await Promise.all([startModelServer(), startPageServer()]);
    chromium = await RawChromium.launch();
    for (let i = 0; i < 50 && !extensionId; i++) {
      const worker = (await chromium.targets()).find(
        (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
      );
      if (worker) extensionId = new URL(worker.url).host;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(extensionId).toBeTruthy();
  });

  afterAll(async () => {
    await chromium?.close();
    await Promise.all([model?.close(), pages?.close()]);
  });

  async function workerStatus(internals: RawPage): Promise<string> {
    return internals.evaluate<string>(`(() => {
      const registration = [...document.querySelectorAll('.serviceworker-registration')]
        .find((element) => element.textContent.includes('${extensionId}'));
      return registration?.querySelector('.serviceworker-running-status .value')?.textContent?.trim() ?? 'none';
    })()`);
  }

  it('resumes a task after the worker is stopped in the middle of it', async () => {
    const panelUrl = `chrome-extension://${extensionId}/src/ui/sidepanel/index.html`;
    const settingsPage = await chromium.open(panelUrl);
    await settingsPage.evaluate(
      `chrome.storage.local.set({ settings: { apiKey: 'sk-test', baseUrl: ${JSON.stringify(model.url)}, model: 'claude-sonnet-5-5' } })`,
    );
    const scroll = toolUse(
      'scroll',
      { target: { type: 'coordinate', x: 300, y: 300 }, scroll_direction: 'down' },
      { toolset: 'browser' },
    );
    model.script([
      { content: [scroll] },
      // The worker is stopped while this reply is pending, so the extension never receives it.
      { content: [scroll], delayMs: 30_000 },
      { content: [toolUse('done', { success: true, output: 'survived' })] },
    ]);

    await chromium.open(pages.url('/prices.html'));
    const panel = await chromium.open(panelUrl);
    await panel.waitFor(`document.getElementById('tw-task')`);
    await panel.evaluate(`(() => {
      const task = document.getElementById('tw-task');
      task.value = 'Scroll, then finish';
      task.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
    // Preact renders the typed value on the next tick; pressing Run before that would submit an empty form.
    await panel.waitFor(`document.getElementById('tw-task').value === 'Scroll, then finish'`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await panel.evaluate(
      `[...document.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Run').click()`,
    );
    const deadline = Date.now() + 20_000;
    while (model.requests.filter((request) => request.path === '/v1/messages').length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const internals = await chromium.open('chrome://serviceworker-internals/');
    await internals.waitFor(`document.body.textContent.includes('${extensionId}')`);
    expect(await workerStatus(internals)).toBe('RUNNING');
    await internals.evaluate(`(() => {
      const registration = [...document.querySelectorAll('.serviceworker-registration')]
        .find((element) => element.textContent.includes('${extensionId}'));
      registration.querySelector('[data-command="stop"]').click();
    })()`);

    await panel.waitFor(`document.querySelector('[data-testid=status]')?.textContent.includes('Success')`, 30_000);
    const output = await panel.evaluate<string>(`document.querySelector('[data-testid=output]').textContent`);
    expect(JSON.parse(output)).toBe('survived');
    const calls = model.requests.filter((request) => request.path === '/v1/messages');
    expect(calls).toHaveLength(3);
    expect(calls[1]!.aborted).toBe(true);
    // The resumed request carries the whole first step and says the worker was restarted.
    expect(JSON.stringify(calls[2]!.body.messages)).toContain('Tabwright was restarted by the browser');
    expect(await panel.evaluate<string>(`document.querySelector('[data-testid=steps]').textContent`)).toMatch(/^2 \//);
  });
});
