import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskState } from '../../src/shared/task';
import { signInWithSecret } from '../support/bank-sign-in';
import { type ExtensionBrowser, pageShowing } from '../support/browser';
import { lastUserText, type ModelServer, toolUse } from '../support/model-server';
import type { PageServer } from '../support/page-server';
import { type ExtensionRig, startExtensionRig } from '../support/rig';

const SECRET = 'pw-Vault-Kept-31';

describe('secrets and allowed sites from the side panel', () => {
  let browser: ExtensionBrowser;
  let model: ModelServer;
  let pages: PageServer;
  let rig: ExtensionRig;

  beforeAll(async () => {
    rig = await startExtensionRig({ configure: { apiKey: 'sk-test' } });
    ({ browser, model, pages } = rig);
  });

  afterAll(() => rig?.close());

  it('keeps a secret in the Settings vault, adds it to a task in the form, and types it only as allowed', async () => {
    const options = await browser.openOptions();
    await options.getByLabel('Secret name').fill('bank_password');
    await options.getByLabel('Secret value').fill(SECRET);
    await options.getByLabel('Secret sites').fill(`${pages.origin}/bank/*`);
    await options.getByRole('button', { name: 'Add to vault' }).click();
    await options.getByTestId('vault').getByText('bank_password').waitFor();
    expect(await options.getByTestId('vault').textContent()).not.toContain(SECRET);
    await options.close();

    model.script([
      (request) => {
        expect(lastUserText(request)).toContain(`This task may only visit: ${pages.origin}/*`);
        return signInWithSecret('bank_password')(request);
      },
      (request) => {
        expect(lastUserText(request)).toContain('Signed in as ada with <secret>bank_password</secret>');
        return { content: [toolUse('done', { success: true, output: 'signed in' })] };
      },
    ]);
    const site = await browser.context.newPage();
    await site.goto(pages.url('/bank/login.html'));
    const panel = await browser.openPanel();
    await panel.getByLabel('Task').fill('Sign in as ada.');
    await panel.getByLabel('Start URL').fill(pages.url('/bank/login.html'));
    await panel.getByLabel('Allowed sites').fill(`${pages.origin}/*`);
    await panel.getByLabel('Add a saved secret').selectOption('bank_password');
    expect(await panel.getByLabel('Secret 1 value').getAttribute('type')).toBe('password');
    await site.bringToFront();
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 30_000 }).toMatch(/^Success/);

    const bank = await pageShowing(browser.context, '/bank/login.html');
    expect(await bank.locator('#echo').textContent()).toBe(`Signed in as ada with ${SECRET} ()`);
    const stored = await panel.evaluate(() => chrome.storage.session.get(null));
    const tasks = Object.entries(stored)
      .filter(([key]) => key.startsWith('task:'))
      .map(([, state]) => state as TaskState);
    expect(tasks.at(-1)?.options).toMatchObject({ allowed_urls: [`${pages.origin}/*`] });
    expect(JSON.stringify(stored)).not.toContain(SECRET);
    const sent = model.requests
      .filter((request) => request.path === '/v1/messages')
      .map((request) => JSON.stringify(request.body));
    expect(sent.filter((body) => body.includes(SECRET))).toEqual([]);
  });
});
