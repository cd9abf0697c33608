import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { loadExtensionFlags, QUIET_CHROMIUM_FLAGS } from '../../src/sdk/chromium-flags';
import { findChromium } from '../../src/sdk/chromium-path';

/** TABWRIGHT_DIST lets parallel work test its own build without clobbering dist/. */
export const DIST = process.env.TABWRIGHT_DIST ?? resolve(import.meta.dirname, '../../dist');

/** The SDK launcher's quiet flags (closed network), plus a root user (CI runs as root) and no GPU. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', ...QUIET_CHROMIUM_FLAGS];

/** The browser the SDK would launch (CHROME_PATH first); Debian's path when none is found, for a clear launch error. */
export function chromiumPath(): string {
  return findChromium() ?? '/usr/bin/chromium';
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The service worker, for reading state in assertions; tests drive the product through its pages. */
  worker: Worker;
  extensionUrl(path: string): string;
  openPanel(): Promise<Page>;
  /** The options page (Settings) in a new tab. */
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The page showing `path` once Playwright lists it: it may learn of a navigation the extension made (a task's `url`)
 * a moment after the worker does, most of all on a loaded machine.
 */
export async function pageShowing(context: BrowserContext, path: string): Promise<Page> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = context.pages().find((candidate) => candidate.url().includes(path));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No page shows ${path}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The built extension (dist/) loaded unpacked into a fresh profile of real headless Chromium. */
export async function launchExtension(dist = DIST): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tabwright-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, ...loadExtensionFlags(dist)],
    viewport: { width: 1280, height: 800 },
    // The panel's spinner and pulsing dot animate without end while a task runs: frames the shared CPU need not draw.
    reducedMotion: 'reduce',
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
  return {
    context,
    extensionId,
    worker,
    extensionUrl,
    async openPanel() {
      const page = await context.newPage();
      await page.goto(extensionUrl('src/ui/sidepanel/index.html'));
      // The form is hidden while a task runs (the panel is about that task then): wait for the panel itself.
      await page.getByRole('navigation', { name: 'Sections' }).waitFor();
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      await page.goto(extensionUrl('src/ui/options/index.html'));
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

/** Saves settings through the real options page, as a user would. */
export async function configureThroughOptions(
  browser: ExtensionBrowser,
  settings: { apiKey?: string; baseUrl?: string; model?: string; modelTimeoutSeconds?: number },
) {
  const page = await browser.openOptions();
  if (settings.apiKey !== undefined) await page.getByLabel('API key').fill(settings.apiKey);
  if (settings.model !== undefined) await page.getByLabel('Model', { exact: true }).fill(settings.model);
  if (settings.baseUrl !== undefined) await page.getByLabel('API base URL').fill(settings.baseUrl);
  if (settings.modelTimeoutSeconds !== undefined)
    await page.getByLabel('Model timeout (seconds)').fill(String(settings.modelTimeoutSeconds));
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByTestId('notice').getByText('Saved.').waitFor();
  await page.close();
}
