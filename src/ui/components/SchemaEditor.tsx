import { useState } from 'preact/hooks';
import { describedBy, Field } from './Field';
import { parseJsonText, prettyJson } from './json-text';
import { schemaFromExample } from './schema-from-example';
import { SCHEMA_TEMPLATES } from './schema-templates';
import { type SchemaChecker, useSchemaCheck } from './use-schema-check';

interface SchemaEditorProps {
  id: string;
  value: string;
  /** An error from running the task, which outranks the live check. */
  error?: string | undefined;
  check: SchemaChecker;
  onChange: (value: string) => void;
}

/** The response schema: typed, from a template, or inferred from an example answer, and checked as it changes. */
export function SchemaEditor({ id, value, error, check, onChange }: SchemaEditorProps) {
  const status = useSchemaCheck(value, check);
  const [exampleOpen, setExampleOpen] = useState(false);
  const [example, setExample] = useState('');
  const [exampleError, setExampleError] = useState('');

  function fromExample() {
    const parsed = parseJsonText(example, 'The example');
    if ('error' in parsed || parsed.value === undefined) {
      setExampleError('error' in parsed ? parsed.error : 'Paste an example of the answer you want, as JSON.');
      return;
    }
    onChange(prettyJson(schemaFromExample(parsed.value)));
    setExampleError('');
    setExampleOpen(false);
  }

  const shown = error ?? (status.kind === 'invalid' ? status.message : undefined);
  const actions = (
    <>
      <select
        class="compact"
        aria-label="Insert a schema template"
        value=""
        onChange={(event) => {
          const template = SCHEMA_TEMPLATES.find((t) => t.id === (event.target as HTMLSelectElement).value);
          if (template) onChange(prettyJson(template.schema));
        }}
      >
        <option value="" disabled>
          Template…
        </option>
        {SCHEMA_TEMPLATES.map((template) => (
          <option key={template.id} value={template.id}>
            {template.label}
          </option>
        ))}
      </select>
      <button type="button" class="compact" aria-expanded={exampleOpen} onClick={() => setExampleOpen(!exampleOpen)}>
        From example…
      </button>
    </>
  );

  return (
    <Field id={id} label="Response schema" error={shown} hint={<SchemaStatusLine status={status} />} actions={actions}>
      {exampleOpen ? (
        <div class="example-box">
          <label for={`${id}-example`}>Example JSON</label>
          <textarea
            id={`${id}-example`}
            rows={4}
            class="mono"
            spellcheck={false}
            value={example}
            placeholder={'[{"name": "TW 205", "price": 89}]'}
            onInput={(event) => setExample((event.target as HTMLTextAreaElement).value)}
            {...describedBy(`${id}-example`, exampleError || undefined)}
          />
          {exampleError ? (
            <small class="error" id={`${id}-example-error`} role="alert">
              {exampleError}
            </small>
          ) : null}
          <div class="buttons">
            <button type="button" class="primary compact" onClick={fromExample}>
              Make schema
            </button>
            <button type="button" class="compact" onClick={() => setExampleOpen(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <textarea
        id={id}
        rows={6}
        class="mono"
        spellcheck={false}
        value={value}
        placeholder="Optional JSON Schema the output must match"
        onInput={(event) => onChange((event.target as HTMLTextAreaElement).value)}
        {...describedBy(id, shown)}
      />
    </Field>
  );
}

function SchemaStatusLine({ status }: { status: ReturnType<typeof useSchemaCheck> }) {
  switch (status.kind) {
    case 'empty':
      return <>Optional. The answer must match this JSON Schema.</>;
    case 'checking':
      return <>Checking the schema…</>;
    case 'valid':
      return <span class="ok">✓ Valid JSON Schema</span>;
    case 'unchecked':
      return <>Valid JSON; the schema itself is checked when the task runs.</>;
    case 'invalid':
      return null;
  }
}
