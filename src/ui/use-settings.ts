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

/** Options as the worker should get them: the person's defaults fill what the form left empty. */
export function withDefaults(options: Record<string, unknown>, settings: Settings): Record<string, unknown> {
  return {
    ...options,
    max_steps: options.max_steps ?? settings.defaultMaxSteps,
    ...(options.max_credits === undefined && settings.defaultMaxCredits !== null ? { max_credits: settings.defaultMaxCredits } : {}),
  };
}
