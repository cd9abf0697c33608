import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localApiKey } from '../../src/shared/local-api-key';
import { type ExtensionBrowser, launchExtension } from '../support/browser';

describe('Settings show the local API key beside the pairing token', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtension();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the key `tabwright serve` derives from the token, and a new token gives a new key', async () => {
    const settings = await browser.openOptions();
    const token = settings.locator('#pairing-token');
    const key = settings.locator('#local-api-key');
    expect(await key.inputValue()).toBe('');
    await settings.locator('#bridge-enabled').check();
    await expect.poll(() => token.inputValue(), { timeout: 10_000 }).not.toBe('');
    const first = await token.inputValue();
    await expect.poll(() => key.inputValue(), { timeout: 10_000 }).toBe(await localApiKey(first));

    await settings.getByRole('button', { name: 'New token' }).click();
    // The field is briefly empty while the new token is made: wait for the new one, not for "different".
    const fresh = async () => ![first, ''].includes(await token.inputValue());
    await expect.poll(fresh, { timeout: 10_000 }).toBe(true);
    const second = await token.inputValue();
    await expect.poll(() => key.inputValue(), { timeout: 10_000 }).toBe(await localApiKey(second));
    expect(await localApiKey(second)).not.toBe(await localApiKey(first));
    await settings.close();
  });
});
