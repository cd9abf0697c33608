import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TabwrightClient } from '../../src/sdk/index';
import type { Settings } from '../../src/shared/settings';
import type { ExtensionBrowser } from '../support/browser';
import { lastUserText, type ModelServer, toolUse } from '../support/model-server';
import { freePort } from '../support/free-port';
import { clickDeleteAccount } from '../support/account-steps';
import type { PageServer } from '../support/page-server';
import { type ExtensionRig, startExtensionRig } from '../support/rig';
import { toolResults } from './actions-harness';

/** The CLI as `npm run build` writes it. */
const CLI = resolve(import.meta.dirname, '../../dist-sdk/cli.mjs');

describe('a task a script runs on your own browser, in the side panel', () => {
  let browser: ExtensionBrowser;
  let model: ModelServer;
  let pages: PageServer;
  let client: TabwrightClient;
  let rig: ExtensionRig;

  const settings = () =>
    browser.worker.evaluate(
      async () => ((await chrome.storage.local.get('settings')) as { settings?: Settings }).settings,
    );

  beforeAll(async () => {
    const port = await freePort();
    // Unconfigured: what follows is what the person's own browser has.
    rig = await startExtensionRig({ configure: false });
    ({ browser, model, pages } = rig);
    // The person's own browser: their key and endpoint, and the bridge turned on in Settings.
    await browser.worker.evaluate(
      async (patch) => {
        const { settings } = (await chrome.storage.local.get('settings')) as { settings?: object };
        await chrome.storage.local.set({ settings: { ...settings, ...patch } });
      },
      { apiKey: 'sk-test', baseUrl: model.url, bridgeEnabled: true, bridgePort: port },
    );
    const deadline = Date.now() + 10_000;
    while (!(await settings())?.pairingToken && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    client = new TabwrightClient({
      port,
      token: (await settings())!.pairingToken,
      launch: false,
      connectTimeoutMs: 20_000,
    });
    await client.connect();
  });

  afterAll(async () => {
    await client?.close();
    await rig?.close();
  });

  it('shows the live timeline and the pending approval, and a person approves it there', async () => {
    model.script([
      clickDeleteAccount(),
      (request) => {
        expect(toolResults(request)[0]?.isError).toBe(false);
        expect(lastUserText(request)).toContain('The work account was deleted.');
        return { content: [toolUse('done', { success: true, output: 'deleted' })] };
      },
    ]);
    const panel = await browser.openPanel();
    const result = await client.session({ url: pages.url('/account.html') }, async (session) => {
      // No confirm callback: on your own browser the approval waits for a person in the panel.
      const run = session.runTask({ task: 'Delete my work account.' });
      const scripts = panel.getByTestId('script-tasks');
      await scripts.getByText('Delete my work account.').waitFor();
      const pending = scripts.getByTestId('pending');
      await pending.waitFor();
      expect(await pending.textContent()).toMatch(/click the “Delete account” button[\s\S]*127\.0\.0\.1:\d+/);
      expect(await scripts.getByTestId('status').textContent()).toMatch(/Waiting for you/);
      await pending.getByRole('button', { name: 'Approve once' }).click();
      return run;
    });
    expect(result).toMatchObject({ status: 'success', output: 'deleted', steps: 2 });
    // Once the task ends, it leaves the panel's list of script tasks.
    await panel.getByTestId('script-tasks').waitFor({ state: 'detached' });
    await panel.close();
  });

  it("takes the script's own answer when it has a callback", async () => {
    model.script([
      clickDeleteAccount(),
      (request) => {
        expect(toolResults(request)[0]?.text).toMatch(/did not approve/);
        return { content: [toolUse('done', { success: false, message: 'denied by the script' })] };
      },
    ]);
    const result = await client.session({ url: pages.url('/account.html') }, (session) =>
      session.runTask({ task: 'Delete my work account.', confirm: async () => 'deny' }),
    );
    expect(result).toMatchObject({ status: 'failed', message: 'denied by the script' });
  });

  it('lets the panel answer a CLI task started without a terminal (a pipe), instead of ending it', async () => {
    const port = (await settings())!.bridgePort;
    await client.close(); // the CLI takes the bridge port, as a second script would after the first ends
    model.script([
      clickDeleteAccount(),
      () => ({ content: [toolUse('done', { success: true, output: 'deleted from a pipe' })] }),
    ]);
    const panel = await browser.openPanel();
    const cli = spawn(
      process.execPath,
      [CLI, 'run', 'Delete my work account.', '--url', pages.url('/account.html'), '--no-launch', '--port', `${port}`],
      { env: { ...process.env, TABWRIGHT_TOKEN: (await settings())!.pairingToken }, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    cli.stdout.on('data', (chunk) => (stdout += chunk));
    cli.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((done) => cli.once('close', done));
    const pending = panel.getByTestId('script-tasks').getByTestId('pending');
    await pending.waitFor({ timeout: 45_000 });
    await pending.getByRole('button', { name: 'Approve once' }).click();
    expect(await exited, stderr).toBe(0);
    expect(stderr).toMatch(/No terminal here: the agent's approvals and questions wait for you in Tabwright's panel/);
    expect(JSON.parse(stdout)).toBe('deleted from a pipe');
    await panel.close();
  });

  it('stops the task when the script that started it dies mid-task, instead of driving the tab for nobody', async () => {
    const port = (await settings())!.bridgePort;
    await client.close(); // as in the test before: the CLI takes the bridge port
    model.script([clickDeleteAccount()]);
    const messages = () => model.requests.filter((request) => request.path === '/v1/messages').length;
    const asked = messages();
    const panel = await browser.openPanel();
    const cli = spawn(
      process.execPath,
      [CLI, 'run', 'Delete my old account.', '--url', pages.url('/account.html'), '--no-launch', '--port', `${port}`],
      { env: { ...process.env, TABWRIGHT_TOKEN: (await settings())!.pairingToken }, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const exited = new Promise((done) => cli.once('close', done));
    const scripts = panel.getByTestId('script-tasks');
    await scripts.getByTestId('pending').waitFor({ timeout: 45_000 });
    // No goodbye: SIGKILL leaves the script no chance to cancel, as a crash or a closed laptop lid would.
    cli.kill('SIGKILL');
    await exited;
    await scripts.waitFor({ state: 'detached' });
    const ended = await browser.worker.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      const states = Object.entries(all)
        .filter(([key]) => key.startsWith('task:'))
        .map(([, state]) => state as { options: { task: string }; status: string; result?: { message?: string } });
      return { state: states.find((state) => state.options.task === 'Delete my old account.') };
    });
    expect(ended.state?.status).toBe('cancelled');
    expect(ended.state?.result?.message).toMatch(/script that started this task disconnected/);
    // The approval was never given, and the model was asked nothing more.
    expect(messages() - asked).toBe(1);
    const account = browser.context
      .pages()
      .filter((page) => page.url().endsWith('/account.html'))
      .at(-1);
    expect(await account?.locator('#outcome').textContent()).not.toMatch(/deleted/);
    await panel.close();
  });
});
