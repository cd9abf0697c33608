import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

export interface PanelFields {
  task: string;
  url?: string;
  maxSteps?: string;
  schema?: string;
  metadata?: string;
  maxCredits?: string;
}

/** Fills the side panel's form like a person and presses Run. */
export async function runFromPanel(browser: ExtensionBrowser, fields: PanelFields): Promise<Page> {
  const panel = await browser.openPanel();
  await panel.getByLabel('Task').fill(fields.task);
  if (fields.url) await panel.getByLabel('Start URL').fill(fields.url);
  if (fields.maxSteps) await panel.getByLabel('Max steps').fill(fields.maxSteps);
  if (fields.maxCredits) await panel.getByLabel('Credit budget').fill(fields.maxCredits);
  if (fields.metadata) await panel.getByLabel('Metadata').fill(fields.metadata);
  if (fields.schema) await panel.getByLabel('Response schema').fill(fields.schema);
  await panel.getByRole('button', { name: 'Run' }).click();
  return panel;
}

export function statusText(panel: Page): Promise<string | null> {
  return panel.getByTestId('status').textContent();
}
