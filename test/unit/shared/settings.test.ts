import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, settingsFromStorage } from '../../../src/shared/settings';
import { type FakeChrome, installFakeChrome } from '../../support/fake-chrome';

let storage: FakeChrome;
beforeEach(() => {
  storage = installFakeChrome(100_000);
});
afterEach(() => storage.uninstall());

describe('settings read from storage', () => {
  it('keep every valid stored setting and give each broken or missing one its default, alone', async () => {
    await storage.local.set({
      settings: {
        apiKey: 'sk-kept',
        model: 7,
        confirmationPolicy: 'sometimes',
        inputMode: 'debugger',
        allowedDomains: 'example.com',
        siteApprovals: { 'https://shop.test': ['purchase'], 'https://bad.test': 'all' },
        modelTimeoutSeconds: 90,
        bridgePort: 70_000,
        defaultMaxSteps: 1,
        defaultMaxCredits: 50,
        priceOverrides: { 'm-1': { input: 1, output: 2, cache_write: 3, cache_read: 4 } },
        retired: true,
      },
    });
    const settings = await loadSettings();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      apiKey: 'sk-kept',
      inputMode: 'debugger',
      modelTimeoutSeconds: 90,
      defaultMaxCredits: 50,
      priceOverrides: { 'm-1': { input: 1, output: 2, cache_write: 3, cache_read: 4 } },
    });
    // A safety setting that does not parse is the safe default, never "never ask".
    expect(settings.confirmationPolicy).toBe('sensitive');
    expect(settings).not.toHaveProperty('retired');
  });

  it('are the defaults when nothing or no object was stored', () => {
    expect(settingsFromStorage(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStorage('settings')).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStorage({ apiKey: null, modelTimeoutSeconds: 601, vision: 'sometimes' })).toEqual(
      DEFAULT_SETTINGS,
    );
  });
});
