import { useEffect, useState } from 'preact/hooks';
import type { ModelInfo } from '../../shared/protocol';
import { maskApiKey, saveSettings, type Settings } from '../../shared/settings';
import { testSavedConnection } from '../connection-verified';
import { ModelField } from '../options/ModelField';
import { sendCommand } from '../task-client';
import { describedBy, Field } from './Field';

type Check = { kind: 'idle' } | { kind: 'testing' } | { kind: 'failed'; message: string };

/**
 * The first thing a new person sees, until their key is known to work: add the key, pick a model, test it. Nothing
 * else here can run without it, so this says so up front instead of letting Run fail.
 */
export function FirstRunCard({ settings, compact = false }: { settings: Settings; compact?: boolean }) {
  const [key, setKey] = useState('');
  const [model, setModel] = useState(settings.model);
  const [baseUrl, setBaseUrl] = useState(settings.baseUrl);
  const [models, setModels] = useState<ModelInfo[] | { error: string } | undefined>({ error: 'add your key first' });
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  const [keyError, setKeyError] = useState('');

  useEffect(() => {
    if (!settings.apiKey) return;
    setModels(undefined);
    void sendCommand({ type: 'models/list' }).then((reply) =>
      setModels(reply.ok ? reply.models : { error: reply.error.message }),
    );
  }, [settings.apiKey, settings.baseUrl]);

  async function saveAndTest() {
    const typed = key.trim();
    if (!typed && !settings.apiKey) {
      setKeyError('Paste your API key first: it starts with sk-ant-.');
      return;
    }
    setKeyError('');
    const saved = await saveSettings({
      ...(typed ? { apiKey: typed } : {}),
      model: model.trim() || settings.model,
      baseUrl: baseUrl.trim(),
    });
    setKey('');
    setCheck({ kind: 'testing' });
    const { works, message } = await testSavedConnection(saved);
    setCheck(works ? { kind: 'idle' } : { kind: 'failed', message });
  }

  if (compact) {
    return (
      <section class="first-run first-run--compact" aria-label="Set up Tabwright" data-testid="first-run">
        <h2>Set up Tabwright</h2>
        <p>Add your Anthropic API key and test it in the side panel or Settings before the first task.</p>
      </section>
    );
  }

  return (
    <section class="first-run" aria-label="Set up Tabwright" data-testid="first-run">
      <h2>Set up Tabwright</h2>
      <p class="muted">Three steps before the first task: add your key, pick a model, test them together.</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void saveAndTest();
        }}
      >
        <Field
          id="first-run-key"
          label="1. Anthropic API key"
          error={keyError || undefined}
          hint={
            settings.apiKey
              ? `Saved: ${maskApiKey(settings.apiKey)}. Paste another to replace it.`
              : 'It stays in this browser and goes only to the model API.'
          }
        >
          <input
            id="first-run-key"
            type="password"
            autocomplete="off"
            placeholder={settings.apiKey ? maskApiKey(settings.apiKey) : 'sk-ant-…'}
            value={key}
            onInput={(event) => setKey((event.target as HTMLInputElement).value)}
            {...describedBy('first-run-key', keyError || undefined)}
          />
        </Field>
        <div class="first-run-model">
          <ModelField value={model} models={models} onChange={setModel} />
        </div>
        <details class="first-run-more">
          <summary>Using a gateway or proxy?</summary>
          <Field id="first-run-base-url" label="API base URL" hint="Leave empty for Anthropic's API.">
            <input
              id="first-run-base-url"
              type="text"
              inputMode="url"
              value={baseUrl}
              onInput={(event) => setBaseUrl((event.target as HTMLInputElement).value)}
            />
          </Field>
        </details>
        <div class="buttons">
          <button type="submit" class="primary" disabled={check.kind === 'testing'}>
            {check.kind === 'testing' ? 'Testing…' : '3. Save and test'}
          </button>
          <button type="button" class="link" onClick={() => chrome.runtime.openOptionsPage()}>
            All settings
          </button>
        </div>
        {check.kind === 'failed' ? (
          <p class="form-error" role="alert" data-testid="first-run-error">
            The test failed: {check.message}
          </p>
        ) : null}
      </form>
    </section>
  );
}
