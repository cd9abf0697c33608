import { useEffect, useState } from 'preact/hooks';
import { loadVault, type VaultSecret } from '../vault/secret-vault';
import type { SecretRow } from './form-values';

interface SecretsEditorProps {
  id: string;
  rows: SecretRow[];
  error?: string | undefined;
  onChange: (rows: SecretRow[]) => void;
}

/**
 * Secrets for this run: the agent sees only <secret>name</secret> and Tabwright types the value on the sites given.
 * Values are masked, and kept only for the run unless saved in the Settings vault, from which they can be added here.
 */
export function SecretsEditor({ id, rows, error, onChange }: SecretsEditorProps) {
  const [vault, setVault] = useState<Map<string, VaultSecret>>(new Map());
  useEffect(() => {
    void loadVault().then(setVault);
  }, []);
  const update = (index: number, patch: Partial<SecretRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const unused = [...vault.keys()].filter((name) => !rows.some((row) => row.name === name));
  return (
    <fieldset class={`field secrets${error ? ' field--error' : ''}`}>
      <legend id={`${id}-label`}>Secrets</legend>
      {rows.map((row, index) => (
        <div class="secret-row" key={index}>
          <input
            aria-label={`Secret ${index + 1} name`}
            placeholder="name"
            value={row.name}
            onInput={(event) => update(index, { name: (event.target as HTMLInputElement).value })}
          />
          <input
            aria-label={`Secret ${index + 1} value`}
            type="password"
            autocomplete="off"
            placeholder="value"
            value={row.value}
            onInput={(event) => update(index, { value: (event.target as HTMLInputElement).value })}
          />
          <input
            aria-label={`Secret ${index + 1} sites`}
            class="mono"
            placeholder="https://bank.example/*"
            value={row.sites}
            onInput={(event) => update(index, { sites: (event.target as HTMLInputElement).value })}
          />
          <button
            type="button"
            class="icon-button"
            aria-label={`Remove secret ${index + 1}`}
            title="Remove"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <div class="buttons">
        <button type="button" onClick={() => onChange([...rows, { name: '', value: '', sites: '' }])}>
          Add secret
        </button>
        {unused.length > 0 ? (
          <select
            aria-label="Add a saved secret"
            value=""
            onChange={(event) => {
              const name = (event.target as HTMLSelectElement).value;
              const saved = vault.get(name);
              if (saved) onChange([...rows, { name, value: saved.value, sites: saved.allowedUrls.join(', ') }]);
            }}
          >
            <option value="">Add a saved secret…</option>
            {unused.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      {error ? (
        <small class="error" id={`${id}-error`} role="alert">
          {error}
        </small>
      ) : (
        <small class="hint">
          The agent sees only &lt;secret&gt;name&lt;/secret&gt;; the value is typed only on the sites given, and kept
          only for this run.
        </small>
      )}
    </fieldset>
  );
}
