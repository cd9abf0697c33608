import { isPlainObject } from '../../shared/json-schema';
import { checkStartUrl } from '../../shared/start-url';
import type { UploadFile } from '../../shared/protocol';
import type { TaskRequest } from '../../shared/task';
import { specByWireName, TASK_OPTIONS } from '../../shared/task-options';
import { parseJsonText, prettyJson } from './json-text';

/** One secret typed for this run: kept in the form's memory only, never saved with the task. */
export interface SecretRow {
  name: string;
  value: string;
  /** URL patterns, one per line or comma-separated. */
  sites: string;
}

/**
 * The task form as typed: text per field, checked and converted only when the task is run. Field names are the
 * options' SDK names (task-options.ts), so an error the worker names maps to its field without a table of its own.
 */
export interface FormValues {
  task: string;
  url: string;
  maxSteps: string;
  metadata: string;
  responseModel: string;
  maxCredits: string;
  files: UploadFile[];
  /** Allowed sites, one pattern per line. */
  allowedUrls: string;
  secrets: SecretRow[];
}

export type FieldErrors = Partial<Record<keyof FormValues, string>>;

export const EMPTY_FORM: FormValues = {
  task: '',
  url: '',
  maxSteps: '',
  metadata: '',
  responseModel: '',
  maxCredits: '',
  files: [],
  allowedUrls: '',
  secrets: [],
};

/** Turns the form's text into task options, or says which field is wrong; the worker re-checks everything. */
export function formToOptions(values: FormValues): { options: Record<string, unknown> } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const options: Record<string, unknown> = { task: values.task };
  if (values.url.trim()) {
    const checked = checkStartUrl(values.url);
    if ('error' in checked) errors.url = checked.error;
    else options.url = values.url.trim();
  }
  // The option table's own parsers, so every field's error shows at once, worded as the worker would word it.
  const parsed = (key: 'max_steps' | 'max_credits', field: 'maxSteps' | 'maxCredits', value: unknown) => {
    try {
      options[key] = TASK_OPTIONS[key].parse(value);
    } catch (error) {
      errors[field] = error instanceof Error ? error.message : String(error);
    }
  };
  if (values.maxSteps.trim()) parsed('max_steps', 'maxSteps', values.maxSteps.trim());
  if (values.maxCredits.trim()) parsed('max_credits', 'maxCredits', Number(values.maxCredits));
  const metadata = parseJsonText(values.metadata, 'Metadata');
  if ('error' in metadata) errors.metadata = metadata.error;
  else if (metadata.value !== undefined) {
    if (!isPlainObject(metadata.value)) errors.metadata = 'Metadata must be a JSON object, e.g. {"name": "Ada"}.';
    else options.metadata = metadata.value;
  }
  const schema = parseJsonText(values.responseModel, 'Response schema');
  if ('error' in schema) errors.responseModel = schema.error;
  else if (schema.value !== undefined) options.response_model = schema.value;
  if (values.files.length > 0) options.files = values.files;
  const sites = splitPatterns(values.allowedUrls);
  if (sites.length > 0) options.allowed_urls = sites;
  const secrets = secretsOf(values.secrets);
  if (typeof secrets === 'string') errors.secrets = secrets;
  else if (secrets) options.secrets = secrets;
  return Object.keys(errors).length > 0 ? { errors } : { options };
}

/** The form that would run these options again (from history or a saved task); secret values are never kept. */
export function optionsToForm(options: TaskRequest): FormValues {
  return {
    task: options.task,
    url: options.url ?? '',
    maxSteps: options.max_steps === undefined ? '' : String(options.max_steps),
    metadata: prettyJson(options.metadata),
    responseModel: prettyJson(options.response_model),
    maxCredits: options.max_credits === undefined ? '' : String(options.max_credits),
    files: (options.files ?? []).filter((file) => file.data),
    allowedUrls: (options.allowed_urls ?? []).join('\n'),
    secrets: [],
  };
}

/** The form field that holds a task option the worker's error names (by its wire name). */
export function fieldOfOption(wireName: string): keyof FormValues | undefined {
  const sdk = specByWireName(wireName)?.sdk;
  return sdk !== undefined && Object.hasOwn(EMPTY_FORM, sdk) ? (sdk as keyof FormValues) : undefined;
}

function splitPatterns(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((pattern) => pattern.trim())
    .filter(Boolean);
}

/** Rows left entirely empty are ignored; a half-filled row says what it lacks. */
function secretsOf(rows: SecretRow[]): TaskRequest['secrets'] | string | undefined {
  const secrets = new Map<string, { value: string; allowedUrls: string[] }>();
  for (const row of rows) {
    const name = row.name.trim();
    const sites = splitPatterns(row.sites);
    if (!name && !row.value && sites.length === 0) continue;
    if (!name) return 'Give each secret a name: the agent sees only <secret>name</secret>.';
    if (!row.value) return `Secret "${name}" has no value.`;
    if (sites.length === 0)
      return `Secret "${name}" needs the sites where it may be typed, e.g. https://bank.example/*`;
    if (secrets.has(name)) return `Secret "${name}" is given twice.`;
    secrets.set(name, { value: row.value, allowedUrls: sites });
  }
  return secrets.size > 0 ? Object.fromEntries(secrets) : undefined;
}
