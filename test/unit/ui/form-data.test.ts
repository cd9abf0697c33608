import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, formToOptions, optionsToForm } from '../../../src/ui/components/form-values';
import { rowsFromJson, rowsToJson } from '../../../src/ui/components/metadata-rows';
import { exportFileName, isFlatObjectList, toCsv } from '../../../src/ui/components/output-export';
import { parseDomains } from '../../../src/ui/options/domains';

describe('metadata rows ↔ JSON', () => {
  it('shows an object of text values as rows and back', () => {
    const rows = rowsFromJson('{"name": "Ada", "email": "ada@example.com"}');
    expect(rows).toEqual({
      rows: [
        { key: 'name', value: 'Ada' },
        { key: 'email', value: 'ada@example.com' },
      ],
    });
    expect(rowsToJson([...(rows as { rows: [] }).rows, { key: '', value: 'half typed' }])).toEqual({
      text: JSON.stringify({ name: 'Ada', email: 'ada@example.com' }, null, 2),
    });
    expect(rowsToJson([{ key: ' ', value: '' }])).toEqual({ text: '' });
  });

  it('keeps what rows cannot hold in JSON mode, saying why', () => {
    expect(rowsFromJson('{"age": 36}')).toEqual({
      reason: '"age" is not text; values other than text can only be edited as JSON.',
    });
    expect(rowsFromJson('[1]')).toEqual({ reason: 'Metadata must be a JSON object to show it as rows.' });
    expect(rowsFromJson('{"a":')).toEqual({ reason: 'Fix the JSON first: it does not parse.' });
    expect(rowsFromJson('  ')).toEqual({ rows: [] });
  });

  it('refuses a key given twice', () => {
    expect(
      rowsToJson([
        { key: 'a', value: '1' },
        { key: 'a ', value: '2' },
      ]),
    ).toEqual({ error: 'Metadata key "a" appears twice.' });
  });
});

describe('form values ↔ task options', () => {
  it('round-trips the options of a run, for re-running and editing', () => {
    const options = {
      task: 'Find it',
      url: 'https://a.example/',
      max_steps: 12,
      max_credits: 5,
      metadata: { who: 'Ada' },
      response_model: { type: 'object' },
    };
    const form = optionsToForm(options);
    expect(formToOptions(form)).toEqual({ options });
  });

  it('names the field whose JSON is wrong', () => {
    const result = formToOptions({
      ...EMPTY_FORM,
      task: 'x',
      metadata: '{"a": ',
      responseModel: '[',
      maxCredits: 'lots',
      maxSteps: '500',
    });
    expect(result).toEqual({
      errors: {
        metadata: expect.stringMatching(/^Metadata is not valid JSON/),
        responseModel: expect.stringMatching(/^Response schema is not valid JSON/),
        maxCredits: 'Credit budget must be a positive number (1 credit = US$0.01).',
        maxSteps: 'Max steps must be a whole number from 2 to 128 (got "500").',
      },
    });
    expect(formToOptions({ ...EMPTY_FORM, metadata: '"text"' })).toEqual({
      errors: { metadata: 'Metadata must be a JSON object, e.g. {"name": "Ada"}.' },
    });
  });

  it('sends attached files, and re-running from history drops the ones whose content was not kept', () => {
    const file = { name: 'cv.pdf', type: 'application/pdf', data: 'AAAA' };
    expect(formToOptions({ ...EMPTY_FORM, task: 'x', files: [file] })).toEqual({
      options: { task: 'x', files: [file] },
    });
    expect(optionsToForm({ task: 'x', max_steps: 4, files: [{ ...file, data: '' }] } as never).files).toEqual([]);
  });
});

describe('output export', () => {
  it('offers CSV only for a list of flat objects', () => {
    expect(isFlatObjectList([{ a: 1, b: null }, { a: 'x' }])).toBe(true);
    expect(isFlatObjectList([{ a: { nested: 1 } }])).toBe(false);
    expect(isFlatObjectList([])).toBe(false);
    expect(isFlatObjectList({ a: 1 })).toBe(false);
  });

  it('writes RFC 4180 CSV with every column, quoting where needed', () => {
    expect(
      toCsv([
        { name: 'TW 205', price: 89 },
        { name: 'Say "hi", then\nleave', seats: true },
      ]),
    ).toBe('name,price,seats\r\nTW 205,89,\r\n"Say ""hi"", then\nleave",,true\r\n');
  });

  it('names files by date and task', () => {
    expect(exportFileName('Find the 3 cheapest flights!', Date.UTC(2026, 10, 3), 'csv')).toBe(
      'tabwright-2026-11-03-find-the-3-cheapest-flights.csv',
    );
    expect(exportFileName('???', Date.UTC(2026, 10, 3), 'json')).toBe('tabwright-2026-11-03.json');
  });
});

describe('allowed domains', () => {
  it('takes hosts from whatever people paste', () => {
    expect(parseDomains('https://Shop.Example.com/cart\n*.example.org, example.org\n\nlocalhost:8080')).toEqual({
      domains: ['shop.example.com', 'example.org', 'localhost'],
    });
    expect(parseDomains('not a domain')).toEqual({ error: '"not a domain" is not a domain name, e.g. example.com.' });
  });
});
