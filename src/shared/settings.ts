import { DEFAULT_MAX_STEPS } from './task-options';

export type VisionMode = 'off' | 'on' | 'auto';

/** Stored in chrome.storage.local, which the service worker restricts to extension pages. */
export interface Settings {
  apiKey: string;
  model: string;
  /** Empty means the SDK's default endpoint; set for gateways, proxies and the test model server. */
  baseUrl: string;
  vision: VisionMode;
  defaultMaxSteps: number;
}

export const DEFAULT_MODEL = 'claude-sonnet-5-5';

export const DEFAULT_SETTINGS: Settings = {
  apiKey: '',
  model: DEFAULT_MODEL,
  baseUrl: '',
  vision: 'off',
  defaultMaxSteps: DEFAULT_MAX_STEPS,
};

const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await chrome.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await chrome.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** What the options page shows instead of a saved key. */
export function maskApiKey(key: string): string {
  if (!key) return '';
  return `${'•'.repeat(8)}${key.slice(-4)}`;
}
