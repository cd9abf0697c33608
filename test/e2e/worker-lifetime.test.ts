import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TabwrightClient } from '../../src/sdk/index';
import { freePort } from '../support/free-port';
import { type ModelServer, toolUse } from '../support/model-server';
import type { PageServer } from '../support/page-server';
import { RawChromium } from '../support/raw-chromium';
import { type ServerRig, startServerRig } from '../support/rig';

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
  let servers: ServerRig;

  beforeAll(async () => {
    servers = await startServerRig();
    ({ model, pages } = servers);
    chromium = await RawChromium.launch();
    extensionId = await chromium.extensionId();
  });

  afterAll(async () => {
    await chromium?.close();
    await servers?.close();
  });

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

    const internals = await chromium.workerInternals(extensionId);
    expect(await internals.status()).toBe('RUNNING');
    await internals.stop();

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

  it("stops a script's task a restart cut off from its script, instead of resuming it for nobody", async () => {
    const panelUrl = `chrome-extension://${extensionId}/src/ui/sidepanel/index.html`;
    const port = await freePort();
    const panel = await chromium.open(panelUrl);
    await panel.evaluate(
      `chrome.storage.local.set({ settings: { apiKey: 'sk-test', baseUrl: ${JSON.stringify(model.url)}, model: 'claude-sonnet-5-5', bridgeEnabled: true, bridgePort: ${port} } })`,
    );
    await panel.waitFor(`chrome.storage.local.get('settings').then((stored) => !!stored.settings.pairingToken)`);
    const token = await panel.evaluate<string>(
      `chrome.storage.local.get('settings').then((stored) => stored.settings.pairingToken)`,
    );
    const client = new TabwrightClient({ port, token, launch: false, connectTimeoutMs: 20_000 });
    try {
      const scroll = toolUse(
        'scroll',
        { target: { type: 'coordinate', x: 300, y: 300 }, scroll_direction: 'down' },
        { toolset: 'browser' },
      );
      const messages = () => model.requests.filter((request) => request.path === '/v1/messages').length;
      const before = messages();
      model.script([{ content: [scroll] }, { content: [scroll], delayMs: 30_000 }]);
      const session = await client.createSession({ url: pages.url('/prices.html') });
      const run = session.runTask({ task: 'Scroll for the script' }).then(
        () => 'resolved',
        (error: Error) => error.message,
      );
      const deadline = Date.now() + 20_000;
      while (messages() < before + 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      await (await chromium.workerInternals(extensionId)).stop();
      expect(await run).toMatch(/The browser disconnected/);
      // The panel page wakes the worker; the task it finds cut off is stopped with the reason, not resumed.
      await panel.waitFor(
        `chrome.storage.session.get(null).then((all) => Object.values(all).some((state) => state?.options?.task === 'Scroll for the script' && state.status === 'cancelled' && /cut off the script/.test(state.result?.message)))`,
        30_000,
      );
      expect(messages()).toBe(before + 2);
    } finally {
      await client.close();
    }
  });
});
