import { isPlainObject } from '../../shared/json-schema';

export interface FormValues {
  task: string;
  url: string;
  maxSteps: string;
  metadata: string;
  schema: string;
  maxCredits: string;
}

export type FieldErrors = Partial<Record<keyof FormValues, string>>;

export const EMPTY_FORM: FormValues = { task: '', url: '', maxSteps: '', metadata: '', schema: '', maxCredits: '' };

/** Turns the form's text into task options, or says which field is wrong; the worker re-checks everything. */
export function formToOptions(values: FormValues): { options: Record<string, unknown> } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const options: Record<string, unknown> = { task: values.task };
  if (values.url.trim()) options.url = values.url.trim();
  if (values.maxSteps.trim()) options.max_steps = values.maxSteps.trim();
  if (values.maxCredits.trim()) {
    const credits = Number(values.maxCredits);
    if (Number.isFinite(credits)) options.max_credits = credits;
    else errors.maxCredits = 'Credit budget must be a number.';
  }
  const metadata = parseJson(values.metadata, 'Metadata');
  if ('error' in metadata) errors.metadata = metadata.error;
  else if (metadata.value !== undefined) {
    if (!isPlainObject(metadata.value)) errors.metadata = 'Metadata must be a JSON object, e.g. {"name": "Ada"}.';
    else options.metadata = metadata.value;
  }
  const schema = parseJson(values.schema, 'Response schema');
  if ('error' in schema) errors.schema = schema.error;
  else if (schema.value !== undefined) options.response_model = schema.value;
  return Object.keys(errors).length > 0 ? { errors } : { options };
}

function parseJson(text: string, label: string): { value: unknown } | { error: string } {
  if (!text.trim()) return { value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `${label} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Maps a task option named by the worker's error to the form field that holds it. */
export const FIELD_OF_OPTION: Record<string, keyof FormValues> = {
  task: 'task',
  url: 'url',
  max_steps: 'maxSteps',
  metadata: 'metadata',
  response_model: 'schema',
  max_credits: 'maxCredits',
};
