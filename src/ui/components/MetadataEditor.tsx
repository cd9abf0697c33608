import { useEffect, useRef, useState } from 'preact/hooks';
import { describedBy, Field } from './Field';
import { type MetadataRow, rowsFromJson, rowsToJson } from './metadata-rows';
import { parseJsonText } from './json-text';
import { isPlainObject } from '../../shared/json-schema';
import { SegmentedSwitch } from './SegmentedSwitch';

type Mode = 'rows' | 'json';

interface MetadataEditorProps {
  id: string;
  /** The metadata as JSON text: the one value both modes edit. */
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}

const HINT = 'Named values the agent may use, e.g. an email address to type into a form.';

/**
 * Metadata as key/value rows (the easy way for text values) or as JSON (for anything else). Rows keep their own
 * state, since a half-typed row without a key has no JSON form yet; the JSON text stays the source of truth.
 */
export function MetadataEditor({ id, value, error, onChange }: MetadataEditorProps) {
  const initial = rowsFromJson(value);
  const [mode, setMode] = useState<Mode>('rows' in initial ? 'rows' : 'json');
  const [rows, setRows] = useState<MetadataRow[]>('rows' in initial ? withBlank(initial.rows) : []);
  const [rowError, setRowError] = useState('');
  const emitted = useRef(value);

  // A value set from outside (a saved task, a re-run) replaces the rows.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    const next = rowsFromJson(value);
    if ('rows' in next) setRows(withBlank(next.rows));
    else setMode('json');
  }, [value]);

  function emit(text: string) {
    emitted.current = text;
    onChange(text);
  }

  function editRows(next: MetadataRow[]) {
    setRows(next);
    const json = rowsToJson(next);
    if ('error' in json) {
      setRowError(json.error);
      return;
    }
    setRowError('');
    emit(json.text);
  }

  const asRows = rowsFromJson(value);
  const jsonError = mode === 'json' ? liveJsonError(value) : '';
  const shown = error ?? (rowError || jsonError || undefined);
  const switcher = (
    <SegmentedSwitch<Mode>
      label="Editor mode"
      value={mode}
      onChange={(next) => {
        if (next === 'rows' && 'rows' in asRows) setRows(withBlank(asRows.rows));
        setRowError('');
        setMode(next);
      }}
      options={[
        {
          value: 'rows',
          label: 'Key/value',
          disabled: !('rows' in asRows),
          ...('reason' in asRows ? { title: asRows.reason } : {}),
        },
        { value: 'json', label: 'JSON' },
      ]}
    />
  );

  if (mode === 'json') {
    return (
      <Field id={id} label="Metadata" error={shown} hint={HINT} actions={switcher}>
        <textarea
          id={id}
          rows={4}
          class="mono"
          spellcheck={false}
          value={value}
          placeholder={'{\n  "email": "ada@example.com"\n}'}
          onInput={(event) => emit((event.target as HTMLTextAreaElement).value)}
          {...describedBy(id, shown)}
        />
      </Field>
    );
  }

  return (
    <div class={`field${shown ? ' field--error' : ''}`}>
      <div class="field-head">
        <span class="label" id={`${id}-label`}>
          Metadata
        </span>
        <div class="field-actions">{switcher}</div>
      </div>
      <fieldset class="kv-rows" aria-labelledby={`${id}-label`} {...describedBy(id, shown)}>
        {rows.map((row, index) => (
          <div class="kv-row" key={index}>
            <input
              type="text"
              aria-label={`Key ${index + 1}`}
              placeholder="name"
              value={row.key}
              onInput={(event) =>
                editRows(withBlank(replaceAt(rows, index, { ...row, key: (event.target as HTMLInputElement).value })))
              }
            />
            <input
              type="text"
              aria-label={`Value ${index + 1}`}
              placeholder="value"
              value={row.value}
              onInput={(event) =>
                editRows(withBlank(replaceAt(rows, index, { ...row, value: (event.target as HTMLInputElement).value })))
              }
            />
            {index < rows.length - 1 ? (
              <button
                type="button"
                class="icon-button"
                aria-label={`Remove row ${index + 1}`}
                title="Remove"
                onClick={() => editRows(withBlank(rows.filter((_, i) => i !== index)))}
              >
                ×
              </button>
            ) : (
              <span class="icon-button-space" />
            )}
          </div>
        ))}
      </fieldset>
      {shown ? (
        <small class="error" id={`${id}-error`} role="alert">
          {shown}
        </small>
      ) : (
        <small class="hint">{HINT}</small>
      )}
    </div>
  );
}

function liveJsonError(text: string): string {
  const parsed = parseJsonText(text, 'Metadata');
  if ('error' in parsed) return parsed.error;
  if (parsed.value !== undefined && !isPlainObject(parsed.value))
    return 'Metadata must be a JSON object, e.g. {"name": "Ada"}.';
  return '';
}

/** There is always one empty row to type the next value into. */
function withBlank(rows: MetadataRow[]): MetadataRow[] {
  const last = rows[rows.length - 1];
  return last && !last.key && !last.value ? rows : [...rows, { key: '', value: '' }];
}

function replaceAt<T>(items: T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}
