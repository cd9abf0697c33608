import type { ComponentChildren } from 'preact';
import { describedBy, Field } from './Field';
import { FileAttachments } from './FileAttachments';
import type { FieldErrors, FormValues } from './form-values';
import { MetadataEditor } from './MetadataEditor';
import { SchemaEditor } from './SchemaEditor';
import { SecretsEditor } from './SecretsEditor';
import { MAX_STEPS, MIN_STEPS, TASK_OPTIONS } from '../../shared/task-options';
import type { SchemaChecker } from './use-schema-check';

interface TaskFormProps {
  values: FormValues;
  errors: FieldErrors;
  /** Default for the Max steps placeholder, from settings. */
  defaultMaxSteps: number;
  checkSchema: SchemaChecker;
  /** One task at a time: Run waits while one is running. */
  running: boolean;
  onChange: (values: FormValues) => void;
  onRun: () => void;
  /** Extra buttons beside Run (e.g. Save task). */
  extraButtons?: ComponentChildren;
}

/** The full task form of the side panel. Ctrl/⌘+Enter runs from anywhere in it. */
export function TaskForm({
  values,
  errors,
  defaultMaxSteps,
  checkSchema,
  running,
  onChange,
  onRun,
  extraButtons,
}: TaskFormProps) {
  const run = () => {
    if (!running) onRun();
  };
  const set = (key: keyof FormValues) => (event: Event) =>
    onChange({ ...values, [key]: (event.target as HTMLInputElement).value });
  return (
    <form
      class="task-form"
      // The task-options parser's messages show at each field; the browser's own bubble would block them.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          run();
        }
      }}
    >
      <Field id="tw-task" label="Task" error={errors.task}>
        <textarea
          id="tw-task"
          rows={3}
          value={values.task}
          onInput={set('task')}
          placeholder="e.g. Find the three cheapest flights to Lisbon next Friday"
          {...describedBy('tw-task', errors.task)}
        />
      </Field>
      <Field id="tw-url" label="Start URL" error={errors.url}>
        <input
          id="tw-url"
          type="text"
          inputMode="url"
          value={values.url}
          onInput={set('url')}
          placeholder="Optional; else the current tab"
          {...describedBy('tw-url', errors.url)}
        />
      </Field>
      <div class="field-row">
        <Field id="tw-maxSteps" label="Max steps" error={errors.maxSteps} hint={`${MIN_STEPS}–${MAX_STEPS}`}>
          <input
            id="tw-maxSteps"
            type="number"
            min={MIN_STEPS}
            max={MAX_STEPS}
            value={values.maxSteps}
            onInput={set('maxSteps')}
            placeholder={String(defaultMaxSteps)}
            {...describedBy('tw-maxSteps', errors.maxSteps)}
          />
        </Field>
        <Field id="tw-maxCredits" label="Credit budget" error={errors.maxCredits} hint="1 credit = US$0.01">
          <input
            id="tw-maxCredits"
            type="number"
            min={0}
            step="any"
            value={values.maxCredits}
            onInput={set('maxCredits')}
            placeholder="No limit"
            {...describedBy('tw-maxCredits', errors.maxCredits)}
          />
        </Field>
      </div>
      <MetadataEditor
        id="tw-metadata"
        value={values.metadata}
        error={errors.metadata}
        onChange={(metadata) => onChange({ ...values, metadata })}
      />
      <SchemaEditor
        id="tw-schema"
        value={values.responseModel}
        error={errors.responseModel}
        check={checkSchema}
        onChange={(responseModel) => onChange({ ...values, responseModel })}
      />
      <FileAttachments
        id="tw-files"
        files={values.files}
        error={errors.files}
        onChange={(files) => onChange({ ...values, files })}
      />
      <Field
        id="tw-allowedUrls"
        label={TASK_OPTIONS.allowed_urls.label}
        error={errors.allowedUrls}
        hint="One pattern per line, e.g. *.example.com. Empty: Settings' allowed domains, else any site."
      >
        <textarea
          id="tw-allowedUrls"
          rows={2}
          class="mono"
          spellcheck={false}
          value={values.allowedUrls}
          onInput={set('allowedUrls')}
          {...describedBy('tw-allowedUrls', errors.allowedUrls)}
        />
      </Field>
      <SecretsEditor
        id="tw-secrets"
        rows={values.secrets}
        error={errors.secrets}
        onChange={(secrets) => onChange({ ...values, secrets })}
      />
      <div class="buttons form-buttons">
        <button
          type="submit"
          class="primary"
          disabled={running}
          title={running ? 'A task is running; stop it or wait for it to end.' : undefined}
          aria-keyshortcuts="Control+Enter"
        >
          Run
        </button>
        {extraButtons}
      </div>
    </form>
  );
}
