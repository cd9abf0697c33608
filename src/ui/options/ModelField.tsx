import type { ModelInfo } from '../../shared/protocol';
import { Field } from '../components/Field';

interface ModelFieldProps {
  value: string;
  /** The models the API listed, or why it could not list them. */
  models: ModelInfo[] | { error: string } | undefined;
  onChange: (value: string) => void;
}

/**
 * The model id, typed or picked from the API's list (a datalist, so any id still works: gateways name models their
 * own way), with its price when Tabwright knows it.
 */
export function ModelField({ value, models, onChange }: ModelFieldProps) {
  const listed = Array.isArray(models) ? models : [];
  const chosen = listed.find((model) => model.id === value.trim());
  const hint =
    models === undefined
      ? 'Listing the models…'
      : 'error' in models
        ? `Could not list the models (${models.error}). Type a model id.`
        : chosen
          ? `${chosen.display_name}${chosen.price ? ` — $${chosen.price.input} in / $${chosen.price.output} out per million tokens` : ''}`
          : `${listed.length} models available; pick one or type an id.`;
  return (
    <Field id="model" label="Model" hint={hint}>
      <input
        id="model"
        type="text"
        list="model-options"
        autocomplete="off"
        spellcheck={false}
        value={value}
        onInput={(event) => onChange((event.target as HTMLInputElement).value)}
      />
      <datalist id="model-options">
        {listed.map((model) => (
          <option key={model.id} value={model.id}>
            {model.display_name}
            {model.price ? ` — $${model.price.input} / $${model.price.output} per MTok` : ''}
          </option>
        ))}
      </datalist>
    </Field>
  );
}
