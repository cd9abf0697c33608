// @vitest-environment happy-dom
import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetadataEditor } from '../../../src/ui/components/MetadataEditor';
import { SchemaEditor } from '../../../src/ui/components/SchemaEditor';
import type { SchemaChecker } from '../../../src/ui/components/use-schema-check';
import { choose, click, mount, settle, type } from './render';

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => mounted?.unmount());

/** The editors are controlled; this host keeps their value the way the task form does, and records each change. */
function host(editor: (value: string, onChange: (next: string) => void) => ComponentChild, initial = '') {
  const seen: string[] = [];
  function Host() {
    const [value, setValue] = useState(initial);
    return (
      <>
        {editor(value, (next) => {
          seen.push(next);
          setValue(next);
        })}
      </>
    );
  }
  mounted = mount(<Host />);
  return { ...mounted, last: () => seen[seen.length - 1] };
}

const metadata = (initial = '') =>
  host((value, onChange) => <MetadataEditor id="md" value={value} onChange={onChange} />, initial);
const schema = (check: SchemaChecker) =>
  host((value, onChange) => <SchemaEditor id="sc" value={value} check={check} onChange={onChange} />);

describe('MetadataEditor', () => {
  it('builds the metadata JSON from key/value rows, with always one empty row to type into', () => {
    const view = metadata();
    type(view.byLabel('Key 1'), 'email');
    type(view.byLabel('Value 1'), 'ada@example.com');
    expect(JSON.parse(view.last()!)).toEqual({ email: 'ada@example.com' });
    type(view.byLabel('Key 2'), 'name');
    type(view.byLabel('Value 2'), 'Ada');
    expect(JSON.parse(view.last()!)).toEqual({ email: 'ada@example.com', name: 'Ada' });
    expect(view.container.querySelectorAll('.kv-row')).toHaveLength(3);

    click(view.button('Remove row 1'));
    expect(JSON.parse(view.last()!)).toEqual({ name: 'Ada' });
  });

  it('says at the field when a key is given twice', () => {
    const view = metadata();
    type(view.byLabel('Key 1'), 'a');
    type(view.byLabel('Key 2'), 'a');
    expect(view.container.querySelector('#md-error')?.textContent).toBe('Metadata key "a" appears twice.');
  });

  it('switches to JSON and back, and flags invalid JSON live', () => {
    const view = metadata('{"city": "Lisbon"}');
    expect(view.byLabel('Value 1').value).toBe('Lisbon');
    click(view.button('JSON'));
    const textarea = view.byLabel<HTMLTextAreaElement>('Metadata');
    expect(JSON.parse(textarea.value)).toEqual({ city: 'Lisbon' });

    type(textarea, '{"city": ');
    expect(view.container.querySelector('#md-error')?.textContent).toMatch(/^Metadata is not valid JSON/);
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(view.button('Key/value').disabled).toBe(true);

    type(textarea, '{"city": "Porto", "days": 3}');
    expect(view.container.querySelector('#md-error')).toBeNull();
    expect(view.button('Key/value').title).toMatch(/"days" is not text/);
    type(textarea, '{"city": "Porto"}');
    click(view.button('Key/value'));
    expect(view.byLabel('Value 1').value).toBe('Porto');
  });

  it('opens in JSON mode for metadata that rows cannot show', () => {
    const view = metadata('{"nested": {"a": 1}}');
    expect(view.byLabel<HTMLTextAreaElement>('Metadata').value).toContain('nested');
  });

  it('shows an error from the run in preference to its own', () => {
    mounted = mount(<MetadataEditor id="md" value="" error="Metadata must be an object." onChange={() => undefined} />);
    expect(mounted.container.querySelector('#md-error')?.textContent).toBe('Metadata must be an object.');
  });
});

describe('SchemaEditor', () => {
  const validChecker = (): SchemaChecker => vi.fn(async () => ({ ok: true as const, valid: true, errors: [] }));

  it('checks JSON syntax at once, without asking the worker', async () => {
    const check = validChecker();
    const view = schema(check);
    type(view.byLabel('Response schema'), '{"type": ');
    await settle(400);
    expect(view.container.querySelector('#sc-error')?.textContent).toMatch(/^Response schema is not valid JSON/);
    type(view.byLabel('Response schema'), '"object"');
    await settle(400);
    expect(view.container.querySelector('#sc-error')?.textContent).toBe(
      'Response schema must be a JSON Schema object, e.g. {"type": "object"}.',
    );
    expect(check).not.toHaveBeenCalled();
  });

  it('asks the worker whether the schema compiles once typing pauses, and shows its verdict at the field', async () => {
    const check: SchemaChecker = vi.fn(async (schema: unknown) =>
      (schema as { type: string }).type === 'objekt'
        ? { ok: true as const, valid: false, errors: ['/type must be equal to one of the allowed values'] }
        : { ok: true as const, valid: true, errors: [] },
    );
    const view = schema(check);
    type(view.byLabel('Response schema'), '{"type": "obj"}');
    type(view.byLabel('Response schema'), '{"type": "objekt"}');
    expect(view.container.querySelector('#sc-hint')?.textContent).toBe('Checking the schema…');
    await settle(400);
    expect(check).toHaveBeenCalledTimes(1);
    expect(view.container.querySelector('#sc-error')?.textContent).toBe(
      'Not a valid JSON Schema: /type must be equal to one of the allowed values',
    );

    type(view.byLabel('Response schema'), '{"type": "object"}');
    await settle(400);
    expect(view.container.querySelector('#sc-error')).toBeNull();
    expect(view.container.querySelector('#sc-hint')?.textContent).toBe('✓ Valid JSON Schema');
  });

  it('says the schema will be checked at run time when the worker cannot check it', async () => {
    const check: SchemaChecker = async () => ({ ok: false, error: { message: 'unknown command' } });
    const view = schema(check);
    type(view.byLabel('Response schema'), '{"type": "object"}');
    await settle(400);
    expect(view.container.querySelector('#sc-hint')?.textContent).toMatch(/checked when the task runs/);
  });

  it('inserts a template', async () => {
    const view = schema(validChecker());
    choose(view.byLabel<HTMLSelectElement>('Insert a schema template'), 'yes-no');
    expect(JSON.parse(view.last()!)).toMatchObject({
      properties: { answer: { type: 'boolean' }, message: { type: 'string' } },
    });
    expect(view.byLabel<HTMLSelectElement>('Insert a schema template').value).toBe('');
    await settle(400);
  });

  it('makes a schema from an example answer, or says what is wrong with the example', async () => {
    const view = schema(validChecker());
    click(view.button('From example…'));
    type(view.byLabel('Example JSON'), '[{"name": "TW 205", ');
    click(view.button('Make schema'));
    expect(view.container.querySelector('#sc-example-error')?.textContent).toMatch(/^The example is not valid JSON/);

    type(view.byLabel('Example JSON'), '[{"name": "TW 205", "price": 89}]');
    click(view.button('Make schema'));
    expect(JSON.parse(view.last()!)).toEqual({
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, price: { type: 'number' } },
        required: ['name', 'price'],
        additionalProperties: false,
      },
    });
    expect(view.container.querySelector('#sc-example')).toBeNull();
    await settle(400);
  });
});
