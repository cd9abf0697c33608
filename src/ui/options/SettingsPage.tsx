import { useEffect, useState } from 'preact/hooks';
import type { ModelInfo } from '../../shared/protocol';
import {
  type ConfirmationPolicy,
  DEFAULT_MODEL,
  type InputMode,
  MODEL_TIMEOUT_RANGE,
  loadSettings,
  maskApiKey,
  saveSettings,
  type Settings,
  type VisionMode,
} from '../../shared/settings';
import { MAX_STEPS, MIN_STEPS } from '../../shared/task-options';
import { AppHeader } from '../components/AppHeader';
import { CheckboxField } from '../components/CheckboxField';
import { describedBy, Field } from '../components/Field';
import { testSavedConnection } from '../connection-verified';
import { sendCommand } from '../task-client';
import { parseDomains } from './domains';
import { BridgeSettings } from './BridgeSettings';
import { ModelField } from './ModelField';
import { formatOverrides, PRICE_EXAMPLE, parseOverrides } from './price-overrides';
import { SecretVault } from './SecretVault';
import { SiteApprovals } from './SiteApprovals';

interface Draft {
  apiKey: string;
  model: string;
  baseUrl: string;
  vision: VisionMode;
  inputMode: InputMode;
  defaultMaxSteps: string;
  defaultMaxCredits: string;
  modelTimeoutSeconds: string;
  allowedDomains: string;
  confirmationPolicy: ConfirmationPolicy;
  allowJavascript: boolean;
  priceOverrides: string;
}

type Errors = Partial<Record<keyof Draft, string>>;

function draftOf(settings: Settings): Draft {
  return {
    apiKey: '',
    model: settings.model,
    baseUrl: settings.baseUrl,
    vision: settings.vision,
    inputMode: settings.inputMode,
    defaultMaxSteps: String(settings.defaultMaxSteps),
    defaultMaxCredits: settings.defaultMaxCredits === null ? '' : String(settings.defaultMaxCredits),
    modelTimeoutSeconds: String(settings.modelTimeoutSeconds),
    allowedDomains: settings.allowedDomains.join('\n'),
    confirmationPolicy: settings.confirmationPolicy,
    allowJavascript: settings.allowJavascript,
    priceOverrides: formatOverrides(settings.priceOverrides),
  };
}

/** The draft as settings to save, or the fields that are wrong. */
function toPatch(draft: Draft): { patch: Partial<Settings> } | { errors: Errors } {
  const errors: Errors = {};
  const baseUrl = draft.baseUrl.trim();
  if (baseUrl && !/^https?:\/\/[^\s]+$/i.test(baseUrl))
    errors.baseUrl = 'API base URL must be an http(s) address, e.g. https://gateway.example/anthropic';
  const steps = Number(draft.defaultMaxSteps);
  if (!Number.isInteger(steps) || steps < MIN_STEPS || steps > MAX_STEPS) {
    errors.defaultMaxSteps = `Default max steps must be a whole number from ${MIN_STEPS} to ${MAX_STEPS}.`;
  }
  const credits = draft.defaultMaxCredits.trim() ? Number(draft.defaultMaxCredits) : null;
  if (credits !== null && !(Number.isFinite(credits) && credits > 0))
    errors.defaultMaxCredits = 'Default credit budget must be a positive number, or empty for none.';
  const timeout = Number(draft.modelTimeoutSeconds);
  if (!Number.isInteger(timeout) || timeout < MODEL_TIMEOUT_RANGE.min || timeout > MODEL_TIMEOUT_RANGE.max) {
    errors.modelTimeoutSeconds = `Model timeout must be a whole number of seconds from ${MODEL_TIMEOUT_RANGE.min} to ${MODEL_TIMEOUT_RANGE.max}.`;
  }
  const domains = parseDomains(draft.allowedDomains);
  if ('error' in domains) errors.allowedDomains = domains.error;
  const prices = parseOverrides(draft.priceOverrides);
  if ('error' in prices) errors.priceOverrides = prices.error;
  if (Object.keys(errors).length > 0 || 'error' in domains || 'error' in prices) return { errors };
  const patch: Partial<Settings> = {
    model: draft.model.trim() || DEFAULT_MODEL,
    baseUrl,
    vision: draft.vision,
    inputMode: draft.inputMode,
    defaultMaxSteps: steps,
    defaultMaxCredits: credits,
    modelTimeoutSeconds: timeout,
    allowedDomains: domains.domains,
    confirmationPolicy: draft.confirmationPolicy,
    allowJavascript: draft.allowJavascript,
    priceOverrides: prices.overrides,
  };
  if (draft.apiKey.trim()) patch.apiKey = draft.apiKey.trim();
  return { patch };
}

/** Settings: the key is write-only here — once saved it is only ever shown masked. */
export function SettingsPage() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [draft, setDraft] = useState<Draft | undefined>();
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<{ text: string; tone: 'ok' | 'error' | 'info' }>({ text: '', tone: 'info' });
  const [models, setModels] = useState<ModelInfo[] | { error: string } | undefined>();

  async function listModels() {
    setModels(undefined);
    const reply = await sendCommand({ type: 'models/list' });
    setModels(reply.ok ? reply.models : { error: reply.error.message });
  }

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded);
      setDraft(draftOf(loaded));
      if (loaded.apiKey) void listModels();
      else setModels({ error: 'no API key yet' });
    });
  }, []);

  if (!settings || !draft) return null;
  const set =
    <K extends keyof Draft>(key: K) =>
    (event: Event) =>
      setDraft({ ...draft, [key]: (event.target as HTMLInputElement).value as Draft[K] });

  /** Saves the draft; says whether it could. */
  async function save(): Promise<boolean> {
    const parsed = toPatch(draft!);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      setNotice({ text: 'Nothing saved: fix the fields marked in red.', tone: 'error' });
      return false;
    }
    setErrors({});
    const saved = await saveSettings(parsed.patch);
    const keyOrEndpointChanged = saved.apiKey !== settings!.apiKey || saved.baseUrl !== settings!.baseUrl;
    setSettings(saved);
    setDraft({ ...draft!, apiKey: '' });
    if (keyOrEndpointChanged) void listModels();
    return true;
  }

  async function test() {
    // The test is of what is on screen, so unsaved edits are saved first.
    if (!(await save())) return;
    setNotice({ text: 'Testing the connection…', tone: 'info' });
    const { works, message } = await testSavedConnection(await loadSettings());
    // A failure is said in the error colours and words, never in the green of success.
    setNotice({ text: works ? message : `Connection failed: ${message}`, tone: works ? 'ok' : 'error' });
  }

  return (
    <main class="options-page">
      <AppHeader title="Tabwright settings" />
      <form
        // Our messages at each field say what is wrong; the browser's own bubble would block them and then vanish.
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (await save()) setNotice({ text: 'Saved.', tone: 'ok' });
        }}
      >
        <fieldset>
          <legend>Connection</legend>
          <Field
            id="api-key"
            label="API key"
            hint={
              settings.apiKey
                ? `Saved: ${maskApiKey(settings.apiKey)}. Type a new key to replace it.`
                : 'Your Anthropic API key. It stays in this browser.'
            }
          >
            <input
              id="api-key"
              type="password"
              autocomplete="off"
              value={draft.apiKey}
              placeholder={settings.apiKey ? maskApiKey(settings.apiKey) : 'sk-ant-…'}
              onInput={set('apiKey')}
            />
          </Field>
          <ModelField value={draft.model} models={models} onChange={(model) => setDraft({ ...draft, model })} />
          <Field
            id="base-url"
            label="API base URL"
            error={errors.baseUrl}
            hint="Leave empty for Anthropic's API; set it for a gateway or proxy."
          >
            <input
              id="base-url"
              type="text"
              inputMode="url"
              value={draft.baseUrl}
              onInput={set('baseUrl')}
              {...describedBy('base-url', errors.baseUrl)}
            />
          </Field>
        </fieldset>

        <fieldset>
          <legend>Agent</legend>
          <Field
            id="vision"
            label="Vision"
            hint="Whether the agent may look at screenshots. Auto uses them when the page text is not enough; they cost more."
          >
            <select id="vision" value={draft.vision} onChange={set('vision')}>
              <option value="auto">Auto</option>
              <option value="on">On</option>
              <option value="off">Off</option>
            </select>
          </Field>
          <Field
            id="input-mode"
            label="Input mode"
            hint={
              draft.inputMode === 'debugger'
                ? "Trusted input presses keys and clicks through Chrome's debugger, so pages that ignore " +
                  'synthetic events still respond. Chrome shows "Tabwright started debugging this browser" ' +
                  'while a task uses it; Tabwright attaches only to the tabs a task works in, and detaches ' +
                  'when it ends. If the debugger cannot attach (DevTools open, bar closed), the agent falls ' +
                  'back to synthetic events and says so.'
                : "Synthetic events are quiet and need nothing more. Trusted input (Chrome's debugger) works " +
                  'on pages that ignore them, with a debugging banner while a task runs.'
            }
          >
            <select id="input-mode" value={draft.inputMode} onChange={set('inputMode')}>
              <option value="synthetic">Synthetic events (quiet)</option>
              <option value="debugger">Trusted input (debugger)</option>
            </select>
          </Field>
          <div class="field-row">
            <Field
              id="default-max-steps"
              label="Default max steps"
              error={errors.defaultMaxSteps}
              hint={`${MIN_STEPS}–${MAX_STEPS}`}
            >
              <input
                id="default-max-steps"
                type="number"
                min={MIN_STEPS}
                max={MAX_STEPS}
                value={draft.defaultMaxSteps}
                onInput={set('defaultMaxSteps')}
                {...describedBy('default-max-steps', errors.defaultMaxSteps)}
              />
            </Field>
            <Field
              id="default-max-credits"
              label="Default credit budget"
              error={errors.defaultMaxCredits}
              hint="Empty: no limit. 1 credit = US$0.01"
            >
              <input
                id="default-max-credits"
                type="number"
                min={0}
                step="any"
                value={draft.defaultMaxCredits}
                placeholder="No limit"
                onInput={set('defaultMaxCredits')}
                {...describedBy('default-max-credits', errors.defaultMaxCredits)}
              />
            </Field>
          </div>
          <Field
            id="model-timeout"
            label="Model timeout (seconds)"
            error={errors.modelTimeoutSeconds}
            hint="How long the model may stay silent before its request is retried once and then fails; a whole step gets four times that."
          >
            <input
              id="model-timeout"
              type="number"
              min={MODEL_TIMEOUT_RANGE.min}
              max={MODEL_TIMEOUT_RANGE.max}
              value={draft.modelTimeoutSeconds}
              onInput={set('modelTimeoutSeconds')}
              {...describedBy('model-timeout', errors.modelTimeoutSeconds)}
            />
          </Field>
          <Field
            id="price-overrides"
            label="Prices"
            error={errors.priceOverrides}
            hint={`Optional, US$ per million tokens, over the built-in (dated) price table, e.g. ${PRICE_EXAMPLE}`}
          >
            <textarea
              id="price-overrides"
              rows={3}
              class="mono"
              value={draft.priceOverrides}
              onInput={set('priceOverrides')}
              {...describedBy('price-overrides', errors.priceOverrides)}
            />
          </Field>
        </fieldset>

        <fieldset>
          <legend>Safety</legend>
          <Field
            id="allowed-domains"
            label="Allowed domains"
            error={errors.allowedDomains}
            hint="One per line; subdomains are included. Empty: any site."
          >
            <textarea
              id="allowed-domains"
              rows={3}
              class="mono"
              spellcheck={false}
              value={draft.allowedDomains}
              placeholder={'example.com\nshop.example.org'}
              onInput={set('allowedDomains')}
              {...describedBy('allowed-domains', errors.allowedDomains)}
            />
          </Field>
          <Field
            id="confirmation-policy"
            label="Ask before"
            hint="The agent pauses and asks you in the side panel before such actions."
          >
            <select id="confirmation-policy" value={draft.confirmationPolicy} onChange={set('confirmationPolicy')}>
              <option value="sensitive">Sensitive actions: submitting, buying, uploading, running scripts</option>
              <option value="always">Every action that changes a page</option>
              <option value="never">Never ask</option>
            </select>
          </Field>
          <CheckboxField
            id="allow-javascript"
            checked={draft.allowJavascript}
            hint="Off by default: text on a page can steer the model, and scripts can do anything the page can."
            onChange={(allowJavascript) => setDraft({ ...draft, allowJavascript })}
          >
            Let the agent run JavaScript in pages
          </CheckboxField>
        </fieldset>

        <div class="buttons">
          <button type="submit" class="primary">
            Save
          </button>
          <button type="button" onClick={test}>
            Test connection
          </button>
        </div>
        <p
          role={notice.tone === 'error' ? 'alert' : 'status'}
          class={`notice notice--${notice.tone}`}
          data-testid="notice"
        >
          {notice.text}
        </p>
      </form>
      <SiteApprovals />
      <SecretVault />
      <BridgeSettings />
    </main>
  );
}
