import { describe, expect, it } from 'vitest';
import { priceFor } from '../../../src/background/model/prices';
import { parseArguments } from '../../../src/cli/arguments';
import { taskOptionsFromFlags } from '../../../src/cli/task-flags';
import { type Candidate, rankScored } from '../../../src/content/snapshot/find';
import type { SnapNode } from '../../../src/content/snapshot/types';
import { isModifierName, keySpec, parseChord, parseModifiers } from '../../../src/shared/keys';
import { rowsToJson } from '../../../src/ui/components/metadata-rows';
import { runErrors } from '../../../src/ui/components/run-errors';
import { schemaFromExample } from '../../../src/ui/components/schema-from-example';

// Names that a plain object already "has" through its prototype, and the one that sets the prototype.
const OBJECT_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];

describe('keys named by the model', () => {
  it.each(OBJECT_NAMES)('"%s" is neither a key nor a modifier, and says so', (name) => {
    expect(isModifierName(name)).toBe(false);
    expect(keySpec(name)).toBeNull();
    expect(() => parseChord(name)).toThrow(`"${name}" is not a key name`);
    expect(() => parseChord(`ctrl+${name}`)).toThrow(`"${name}" is not a key name`);
    expect(() => parseModifiers(`${name}+shift`)).toThrow(new RegExp(`"${name}" is not a modifier key`, 'i'));
  });

  it('still knows the real names', () => {
    expect(parseChord('ctrl+Return')).toEqual({
      modifiers: ['ctrl'],
      key: { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' },
    });
    expect(keySpec('-')).toEqual({ key: '-', code: 'Minus', keyCode: 189, text: '-' });
  });
});

describe('find with words that are object property names', () => {
  const candidate = (name: string, role: string, order: number): Candidate => ({
    node: { name, role, actionable: true, region: 'in' } as unknown as SnapNode,
    extra: '',
    order,
  });
  const candidates = [candidate('Constructor settings', 'button', 0), candidate('Save', 'button', 1)];

  it.each(OBJECT_NAMES)('ranks a query containing "%s" without throwing', (word) => {
    expect(() => rankScored(`${word} button`, candidates, 5)).not.toThrow();
  });

  it('matches "constructor" as an ordinary word', () => {
    expect(rankScored('the constructor button', candidates, 5).map((x) => x.candidate.node.name)).toEqual([
      'Constructor settings',
    ]);
  });
});

describe('metadata keys typed by a person', () => {
  const optionsOf = async (argv: string[]) => {
    const parsed = parseArguments(argv);
    if (parsed.command !== 'run') throw new Error('expected a run command');
    return taskOptionsFromFlags(parsed.task, parsed.taskFlags, {});
  };

  it.each(OBJECT_NAMES)('--metadata %s=x is one plain key', async (key) => {
    const options = await optionsOf(['run', 'task', '--metadata', `${key}=x`]);
    expect(Object.entries(options.metadata ?? {})).toEqual([[key, 'x']]);
  });

  it('still refuses a key given twice, across --metadata and --metadata-json', async () => {
    await expect(optionsOf(['run', 'task', '--metadata', 'a=1', '--metadata', 'a=2'])).rejects.toThrow(
      'Metadata "a" is given twice.',
    );
    await expect(
      optionsOf(['run', 'task', '--metadata-json', '{"toString": 1}', '--metadata', 'toString=2']),
    ).rejects.toThrow('Metadata "toString" is given twice.');
  });

  it.each(OBJECT_NAMES)('the side panel rows keep "%s" as a key', (key) => {
    const json = rowsToJson([{ key, value: 'x' }]);
    expect('text' in json && Object.entries(JSON.parse(json.text))).toEqual([[key, 'x']]);
  });
});

describe("schemas from a person's example", () => {
  it('merge list items whose keys are object property names', () => {
    const schema = schemaFromExample(
      [{ constructor: 1, __proto__: 'a' }, { constructor: 2 }].map((item) => JSON.parse(JSON.stringify(item))),
    );
    expect(schema).toEqual({
      type: 'array',
      items: {
        type: 'object',
        properties: { constructor: { type: 'number' } },
        required: ['constructor'],
        additionalProperties: false,
      },
    });
    const withProto = schemaFromExample(JSON.parse('[{"__proto__": "a"}, {"__proto__": "b", "toString": 1}]'));
    const items = (withProto as { items: { properties: object; required: string[] } }).items;
    expect(Object.keys(items.properties).sort()).toEqual(['__proto__', 'toString']);
    expect(items.required).toEqual(['__proto__']);
  });
});

describe('errors that name a field', () => {
  it('land above the form when the field name is not a form field, even "constructor"', () => {
    expect(runErrors({ ok: false, error: { code: 'invalid_option', message: 'bad', field: 'constructor' } })).toEqual({
      errors: {},
      formError: 'bad',
    });
  });
});

describe('prices by model name', () => {
  it.each(OBJECT_NAMES)('price a model named "%s" like the dearest known model, not as an object method', (name) => {
    const price = priceFor(name);
    expect(typeof price.output).toBe('number');
    expect(price).toEqual(priceFor('an-unknown-model'));
  });
});
