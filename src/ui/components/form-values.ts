import { isPlainObject } from '../../shared/json-schema';
import { checkStartUrl } from '../../shared/start-url';
import type { TaskOptions } from '../../shared/task';
import type { UploadFile } from '../../shared/protocol';
import { parseJsonText, prettyJson } from './json-text';

/** The task form as typed: text per field, checked and converted only when the task is run. */
export interface FormValues {
  task: string;
  url: string;
  maxSteps: string;
  metadata: string;
  schema: string;
  maxCredits: string;
  files: UploadFile[];
}

export type FieldErrors = Partial<Record<keyof FormValues, string>>;

export const EMPTY_FORM: FormValues = { task: '', url: '', maxSteps: '', metadata: '', schema: '', maxCredits: '', files: [] };

/** Turns the form's text into task options, or says which field is wrong; the worker re-checks everything. */
export function formToOptions(values: FormValues): { options: Record<string, unknown> } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const options: Record<string, unknown> = { task: values.task };
  if (values.url.trim()) {
    const checked = checkStartUrl(values.url);
    if ('error' in checked) errors.url = checked.error;
    else options.url = values.url.trim();
  }
  if (values.maxSteps.trim()) options.max_steps = values.maxSteps.trim();
  if (values.maxCredits.trim()) {
    const credits = Number(values.maxCredits);
    if (Number.isFinite(credits)) options.max_credits = credits;
    else errors.maxCredits = 'Credit budget must be a number.';
  }
  const metadata = parseJsonText(values.metadata, 'Metadata');
  if ('error' in metadata) errors.metadata = metadata.error;
  else if (metadata.value !== undefined) {
    if (!isPlainObject(metadata.value)) errors.metadata = 'Metadata must be a JSON object, e.g. {"name": "Ada"}.';
    else options.metadata = metadata.value;
  }
  const schema = parseJsonText(values.schema, 'Response schema');
  if ('error' in schema) errors.schema = schema.error;
  else if (schema.value !== undefined) options.response_model = schema.value;
  if (values.files.length > 0) options.files = values.files;
  return Object.keys(errors).length > 0 ? { errors } : { options };
}

/** The form that would run these options again (from history or a saved task). */
export function optionsToForm(options: TaskOptions & { files?: UploadFile[] }): FormValues {
  return {
    task: options.task,
    url: options.url ?? '',
    maxSteps: String(options.max_steps),
    metadata: prettyJson(options.metadata),
    schema: prettyJson(options.response_model),
    maxCredits: options.max_credits === undefined ? '' : String(options.max_credits),
    files: (options.files ?? []).filter((file) => file.data),
  };
}

/** Maps a task option named by the worker's error to the form field that holds it. */
export const FIELD_OF_OPTION: Record<string, keyof FormValues> = {
  task: 'task',
  url: 'url',
  max_steps: 'maxSteps',
  metadata: 'metadata',
  response_model: 'schema',
  max_credits: 'maxCredits',
  files: 'files',
};
