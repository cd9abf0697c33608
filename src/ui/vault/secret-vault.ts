/**
 * Secrets a person chose to keep for later runs. chrome.storage.local is restricted to the extension's own pages and
 * worker (the worker sets TRUSTED_CONTEXTS at start), so content scripts and pages cannot read it. A secret typed in
 * the task form without being saved here lives only as long as its run.
 */
export interface VaultSecret {
  value: string;
  allowedUrls: string[];
}

const VAULT_KEY = 'vault:secrets';

export async function loadVault(): Promise<Map<string, VaultSecret>> {
  const stored = (await chrome.storage.local.get(VAULT_KEY))[VAULT_KEY] as Array<[string, VaultSecret]> | undefined;
  return new Map(stored ?? []);
}

export async function saveVaultSecret(name: string, secret: VaultSecret): Promise<void> {
  const vault = await loadVault();
  vault.set(name, secret);
  await chrome.storage.local.set({ [VAULT_KEY]: [...vault] });
}

export async function deleteVaultSecret(name: string): Promise<void> {
  const vault = await loadVault();
  vault.delete(name);
  await chrome.storage.local.set({ [VAULT_KEY]: [...vault] });
}
