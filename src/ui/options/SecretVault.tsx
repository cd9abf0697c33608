import { useEffect, useState } from 'preact/hooks';
import { deleteVaultSecret, loadVault, saveVaultSecret, type VaultSecret } from '../vault/secret-vault';

/** Settings' vault: secrets kept for later runs, shown by name and sites only; values are write-only here. */
export function SecretVault() {
  const [vault, setVault] = useState<Map<string, VaultSecret> | undefined>();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [sites, setSites] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    void loadVault().then(setVault);
  }, []);
  if (!vault) return null;

  async function add(event: Event) {
    event.preventDefault();
    const allowedUrls = sites
      .split(/[\n,]/)
      .map((site) => site.trim())
      .filter(Boolean);
    if (!/^[A-Za-z][\w.-]{0,63}$/.test(name.trim()))
      return setError('A name starts with a letter and uses only letters, digits, _ . -');
    if (value.length < 4) return setError('The value needs at least 4 characters.');
    if (allowedUrls.length === 0) return setError('Give the sites where it may be typed, e.g. https://bank.example/*');
    await saveVaultSecret(name.trim(), { value, allowedUrls });
    setVault(await loadVault());
    setName('');
    setValue('');
    setSites('');
    setError('');
  }

  async function remove(secret: string) {
    await deleteVaultSecret(secret);
    setVault(await loadVault());
  }

  return (
    <fieldset>
      <legend>Secret vault</legend>
      <p class="hint">
        Saved secrets can be added to a task in the side panel. They stay in this browser's extension storage, which
        pages and content scripts cannot read; the agent sees only their names.
      </p>
      {vault.size > 0 ? (
        <ul class="vault-list" data-testid="vault">
          {[...vault].map(([secret, entry]) => (
            <li key={secret}>
              <strong>{secret}</strong>
              <span class="muted">•••••••• on {entry.allowedUrls.join(', ')}</span>
              <button type="button" onClick={() => void remove(secret)} aria-label={`Delete secret ${secret}`}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form class="secret-row" onSubmit={add}>
        <input
          aria-label="Secret name"
          placeholder="name"
          value={name}
          onInput={(event) => setName((event.target as HTMLInputElement).value)}
        />
        <input
          aria-label="Secret value"
          type="password"
          autocomplete="off"
          placeholder="value"
          value={value}
          onInput={(event) => setValue((event.target as HTMLInputElement).value)}
        />
        <input
          aria-label="Secret sites"
          class="mono"
          placeholder="https://bank.example/*"
          value={sites}
          onInput={(event) => setSites((event.target as HTMLInputElement).value)}
        />
        <button type="submit">Add to vault</button>
      </form>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
