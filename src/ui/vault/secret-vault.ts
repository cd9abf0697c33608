import { LOCAL_KEYS } from '../../shared/storage/keys';
import { storageItem } from '../../shared/storage/storage-area';

/**
 * Secrets a person chose to keep for later runs. chrome.storage.local is restricted to the extension's own pages and
 * worker (the worker sets TRUSTED_CONTEXTS at start), so content scripts and pages cannot read it. A secret typed in
 * the task form without being saved here lives only as long as its run.
 */
export interface VaultSecret {
  value: string;
  allowedUrls: string[];
}

const vaultItem = storageItem<Array<[string, VaultSecret]>>('local', LOCAL_KEYS.vault);

export async function loadVault(): Promise<Map<string, VaultSecret>> {
  return new Map((await vaultItem.get()) ?? []);
}

export async function saveVaultSecret(name: string, secret: VaultSecret): Promise<void> {
  const vault = await loadVault();
  vault.set(name, secret);
  await vaultItem.set([...vault]);
}

export async function deleteVaultSecret(name: string): Promise<void> {
  const vault = await loadVault();
  vault.delete(name);
  await vaultItem.set([...vault]);
}
