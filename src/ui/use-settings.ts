import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, type Settings, watchSettings } from '../shared/settings';

/** The settings, kept current while the page is open (they may be saved in the options page meanwhile). */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
