import { loadSettings, saveSettings } from '../../shared/settings';

/** "Always allow on this site", kept in settings where the options page lists and edits it. */
export async function rememberApproval(origin: string, category: string): Promise<void> {
  const settings = await loadSettings();
  const kinds = new Set([...(settings.siteApprovals[origin] ?? []), category]);
  await saveSettings({ siteApprovals: { ...settings.siteApprovals, [origin]: [...kinds] } });
}
