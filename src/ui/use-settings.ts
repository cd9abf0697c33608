import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../shared/settings';

const SETTINGS_KEY = 'settings';

/** The settings, kept current while the page is open (they may be saved in the options page meanwhile). */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === 'local' && changes[SETTINGS_KEY]) void loadSettings().then(setSettings);
    };
    chrome.storage.onChanged.addListener(listener);
    return () => chrome.storage.onChanged.removeListener(listener);
  }, []);
  return settings;
}
