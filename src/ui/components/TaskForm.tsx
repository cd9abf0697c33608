import type { FieldErrors, FormValues } from './form-values';
import { Field } from './Field';

interface TaskFormProps {
  values: FormValues;
  errors: FieldErrors;
  running: boolean;
  compact?: boolean;
  onChange: (values: FormValues) => void;
  onRun: () => void;
  onStop: () => void;
}

export function TaskForm({ values, errors, running, compact, onChange, onRun, onStop }: TaskFormProps) {
  const set = (key: keyof FormValues) => (event: Event) => onChange({ ...values, [key]: (event.target as HTMLInputElement).value });
  const described = (key: keyof FormValues) => (errors[key] ? { 'aria-invalid': true, 'aria-describedby': `tw-${key}-error` } : {});
  return (
    <form
      class="task-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!running) onRun();
      }}
    >
      <Field id="tw-task" label="Task" error={errors.task}>
        <textarea
          id="tw-task"
          rows={compact ? 3 : 4}
          value={values.task}
          onInput={set('task')}
          placeholder="e.g. Find the three cheapest flights and return them as JSON"
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !running) onRun();
          }}
          {...described('task')}
        />
      </Field>
      <Field id="tw-url" label="Start URL" error={errors.url}>
        <input id="tw-url" type="text" inputMode="url" value={values.url} onInput={set('url')} placeholder="https://… (optional)" {...described('url')} />
      </Field>
      <Field id="tw-maxSteps" label="Max steps" error={errors.maxSteps} hint="2–128, default 32">
        <input id="tw-maxSteps" type="number" min={2} max={128} value={values.maxSteps} onInput={set('maxSteps')} placeholder="32" {...described('maxSteps')} />
      </Field>
      {compact ? null : (
        <>
          <Field id="tw-maxCredits" label="Credit budget" error={errors.maxCredits} hint="Optional; 1 credit = US$0.01">
            <input id="tw-maxCredits" type="number" min={0} step="any" value={values.maxCredits} onInput={set('maxCredits')} {...described('maxCredits')} />
          </Field>
          <Field id="tw-metadata" label="Metadata" error={errors.metadata} hint='JSON object, e.g. {"email": "ada@example.com"}'>
            <textarea id="tw-metadata" rows={3} class="mono" value={values.metadata} onInput={set('metadata')} {...described('metadata')} />
          </Field>
          <Field id="tw-schema" label="Response schema" error={errors.schema} hint="Optional JSON Schema the output must match">
            <textarea id="tw-schema" rows={4} class="mono" value={values.schema} onInput={set('schema')} {...described('schema')} />
          </Field>
        </>
      )}
      <div class="buttons">
        <button type="submit" class="primary" disabled={running}>
          Run
        </button>
        <button type="button" onClick={onStop} disabled={!running}>
          Stop
        </button>
      </div>
    </form>
  );
}
