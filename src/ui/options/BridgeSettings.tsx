import { useEffect, useState } from 'preact/hooks';
import { type BridgeStatus, DEFAULT_BRIDGE_PORT } from '../../shared/bridge-protocol';
import { BRIDGE_PORT_RANGE, loadSettings, saveSettings, type Settings, watchSettings } from '../../shared/settings';
import { bridgeStatusItem } from '../../shared/storage/catalogue';
import { localApiKey } from '../../shared/local-api-key';
import { CheckboxField } from '../components/CheckboxField';

const STATE_LABEL: Record<BridgeStatus['state'], string> = {
  off: 'Off',
  connecting: 'Connecting…',
  connected: 'Connected to a script',
  waiting: 'Waiting for a script',
  refused: 'Refused',
};

/**
 * The SDK bridge: off until the person turns it on, because it lets programs on this computer drive the signed-in
 * browser. Changes save at once; the worker generates the pairing token and reports the connection's state.
 */
export function BridgeSettings() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [status, setStatus] = useState<BridgeStatus | undefined>();
  const [portError, setPortError] = useState('');
  const [copied, setCopied] = useState(false);
  const [apiKey, setApiKey] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
    void bridgeStatusItem.get().then(setStatus);
    const stopStatus = bridgeStatusItem.watch(setStatus);
    const stopSettings = watchSettings(setSettings);
    return () => {
      stopStatus();
      stopSettings();
    };
  }, []);

  const token = settings?.pairingToken ?? '';
  useEffect(() => {
    if (token) void localApiKey(token).then(setApiKey);
    else setApiKey('');
  }, [token]);

  if (!settings) return null;

  async function update(patch: Partial<Settings>) {
    setSettings(await saveSettings(patch));
  }

  function changePort(text: string) {
    const port = Number(text);
    if (!Number.isInteger(port) || port < BRIDGE_PORT_RANGE.min || port > BRIDGE_PORT_RANGE.max) {
      setPortError(`Port must be a whole number from ${BRIDGE_PORT_RANGE.min} to ${BRIDGE_PORT_RANGE.max}.`);
      return;
    }
    setPortError('');
    void update({ bridgePort: port });
  }

  async function copyToken() {
    await navigator.clipboard.writeText(settings!.pairingToken);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }

  return (
    <fieldset>
      <legend>SDK bridge</legend>
      <CheckboxField
        id="bridge-enabled"
        checked={settings.bridgeEnabled}
        hint={
          'Off by default. When on, a program on this computer that knows the pairing token can run tasks in this ' +
          'signed-in browser through the Tabwright SDK or CLI (127.0.0.1 only).'
        }
        onChange={(bridgeEnabled) => void update({ bridgeEnabled })}
      >
        Let scripts on this computer drive Tabwright
      </CheckboxField>
      <div class={`field${portError ? ' field--error' : ''}`}>
        <label for="bridge-port">Bridge port</label>
        <input
          id="bridge-port"
          type="number"
          min={BRIDGE_PORT_RANGE.min}
          max={BRIDGE_PORT_RANGE.max}
          value={settings.bridgePort || DEFAULT_BRIDGE_PORT}
          onChange={(event) => changePort((event.target as HTMLInputElement).value)}
        />
        {portError ? (
          <small class="error" role="alert">
            {portError}
          </small>
        ) : null}
      </div>
      <div class="field">
        <label for="pairing-token">Pairing token</label>
        <input
          id="pairing-token"
          type="text"
          readOnly
          class="mono"
          value={settings.pairingToken}
          placeholder="Generated when the bridge is turned on"
        />
        <div class="buttons">
          <button type="button" disabled={!settings.pairingToken} onClick={copyToken}>
            {copied ? 'Copied' : 'Copy token'}
          </button>
          <button type="button" disabled={!settings.pairingToken} onClick={() => void update({ pairingToken: '' })}>
            New token
          </button>
        </div>
        <small class="hint">
          Give it to your script as TABWRIGHT_TOKEN. A new token disconnects scripts that use the old one.
        </small>
      </div>
      <div class="field">
        <label for="local-api-key">Key for tabwright serve</label>
        <input
          id="local-api-key"
          type="text"
          readOnly
          class="mono"
          value={apiKey}
          placeholder="Generated with the pairing token"
        />
        <small class="hint">
          For scripts written for the hosted agent API: run <code>npx tabwright serve</code> and give them this key
          (header "apikey") and the base URL it prints. A new token gives a new key.
        </small>
      </div>
      <p class="hint" role="status" data-testid="bridge-status">
        Bridge: {STATE_LABEL[status?.state ?? 'off']}
        {status?.message ? ` — ${status.message}` : ''}
      </p>
    </fieldset>
  );
}
