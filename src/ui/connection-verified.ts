import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { LOCAL_KEYS } from '../shared/storage/keys';
import { storageItem } from '../shared/storage/storage-area';
import { sendCommand } from './task-client';

/**
 * Whether the key (with its base URL) has been seen to work: a connection test passed, or a task ran to success with
 * it. Until then the pages show the first-run card. Kept beside the settings in local storage; it names the key only
 * by its last characters.
 */
const verifiedItem = storageItem<string>('local', LOCAL_KEYS.connectionVerified);

export function connectionFingerprint(settings: Pick<Settings, 'apiKey' | 'baseUrl'>): string {
  return `${settings.apiKey.slice(-6)}|${settings.baseUrl}`;
}

export async function markConnectionWorks(settings: Pick<Settings, 'apiKey' | 'baseUrl'>): Promise<void> {
  if (settings.apiKey) await verifiedItem.set(connectionFingerprint(settings));
}

/** True once these settings' key is known to work; undefined while it is being read. */
export function useConnectionVerified(settings: Pick<Settings, 'apiKey' | 'baseUrl'>): boolean | undefined {
  const [stored, setStored] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void verifiedItem.get().then((value) => setStored(value ?? null));
    return verifiedItem.watch((value) => setStored(value ?? null));
  }, []);
  if (stored === undefined) return undefined;
  return settings.apiKey !== '' && stored === connectionFingerprint(settings);
}

/** Asks the worker to test the saved key, base URL and model together; a pass is remembered for these settings. */
export async function testSavedConnection(
  settings: Pick<Settings, 'apiKey' | 'baseUrl'>,
): Promise<{ works: boolean; message: string }> {
  const reply = await sendCommand({ type: 'settings/test' });
  const works = reply.ok && reply.connected;
  if (works) await markConnectionWorks(settings);
  return { works, message: reply.ok ? reply.message : reply.error.message };
}
