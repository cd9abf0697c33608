import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_MODEL, loadSettings, maskApiKey, saveSettings, type Settings } from '../../shared/settings';
import { Field } from '../components/Field';
import { sendCommand } from '../task-client';
import '../styles.css';

/** Settings: the key is write-only here — once saved it is only ever shown masked. */
function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [apiKey, setApiKey] = useState('');
  const [model, setModel] = useState(DEFAULT_MODEL);
  const [baseUrl, setBaseUrl] = useState('');
  const [notice, setNotice] = useState('');
  const [baseUrlError, setBaseUrlError] = useState('');

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded);
      setModel(loaded.model);
      setBaseUrl(loaded.baseUrl);
    });
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    if (baseUrl.trim() && !/^https?:\/\/[^\s]+$/i.test(baseUrl.trim())) {
      setBaseUrlError('API base URL must be an http(s) address, e.g. https://gateway.example/anthropic');
      return;
    }
    setBaseUrlError('');
    const patch: Partial<Settings> = { model: model.trim() || DEFAULT_MODEL, baseUrl: baseUrl.trim() };
    if (apiKey.trim()) patch.apiKey = apiKey.trim();
    setSettings(await saveSettings(patch));
    setApiKey('');
    setNotice('Saved.');
  }

  async function test() {
    setNotice('Testing…');
    const reply = await sendCommand<{ connected: boolean; message: string }>({ type: 'settings/test' });
    setNotice(reply.ok ? reply.message : reply.error.message);
  }

  if (!settings) return null;
  return (
    <main class="options-page">
      <h1>Tabwright settings</h1>
      <form onSubmit={save}>
        <Field id="api-key" label="API key" hint={settings.apiKey ? `Saved: ${maskApiKey(settings.apiKey)}` : 'Your Anthropic API key'}>
          <input
            id="api-key"
            type="password"
            autocomplete="off"
            value={apiKey}
            placeholder={settings.apiKey ? maskApiKey(settings.apiKey) : 'sk-ant-…'}
            onInput={(event) => setApiKey((event.target as HTMLInputElement).value)}
          />
        </Field>
        <Field id="model" label="Model">
          <input id="model" type="text" value={model} onInput={(event) => setModel((event.target as HTMLInputElement).value)} />
        </Field>
        <Field id="base-url" label="API base URL" error={baseUrlError} hint="Leave empty for Anthropic's API; set it for a gateway or proxy.">
          <input id="base-url" type="text" inputMode="url" value={baseUrl} onInput={(event) => setBaseUrl((event.target as HTMLInputElement).value)} />
        </Field>
        <div class="buttons">
          <button type="submit" class="primary">
            Save
          </button>
          <button type="button" onClick={test}>
            Test connection
          </button>
        </div>
        <p role="status" data-testid="notice">
          {notice}
        </p>
      </form>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
