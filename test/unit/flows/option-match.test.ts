import { describe, expect, it } from 'vitest';
import { matchOption, normalizeLabel, parseOptionList } from '../../../src/content/actions/option-match';

const text = (option: string) => option;

describe('which option a value names', () => {
  it('ignores case, accents and spacing', () => {
    expect(normalizeLabel('  São   PAULO ')).toBe('sao paulo');
    expect(matchOption(['Zürich', 'Zurrieq'], 'zurich', text)).toEqual({ kind: 'one', option: 'Zürich', exact: true });
  });

  it('prefers an exact match to options that merely start with the value', () => {
    expect(matchOption(['Lisburn', 'Lisbon', 'Lisbon Airport'], 'lisbon', text)).toEqual({
      kind: 'one',
      option: 'Lisbon',
      exact: true,
    });
  });

  it('takes a unique prefix, then a unique substring, and chooses none when several fit', () => {
    expect(matchOption(['Lisburn', 'Lisbon (LIS)'], 'Lisbo', text)).toEqual({
      kind: 'one',
      option: 'Lisbon (LIS)',
      exact: false,
    });
    expect(matchOption(['Lisburn', 'Lisbon (LIS)'], 'Lis', text)).toEqual({
      kind: 'several',
      options: ['Lisburn', 'Lisbon (LIS)'],
    });
    expect(matchOption(['Porto Alegre', 'Vila Nova de Gaia'], 'alegre', text)).toEqual({
      kind: 'one',
      option: 'Porto Alegre',
      exact: false,
    });
    expect(matchOption(['Springfield, IL', 'Springfield, MO'], 'Springfield', text).kind).toBe('several');
    expect(matchOption(['Lisbon'], 'Madrid', text)).toEqual({ kind: 'none' });
  });

  it('answers to an exact machine value when no text matches', () => {
    const options = [
      { label: 'Lisbon (LIS)', code: 'LIS' },
      { label: 'Porto (OPO)', code: 'OPO' },
    ];
    expect(
      matchOption(
        options,
        'OPO',
        (o) => o.label,
        (o) => [o.code],
      ),
    ).toMatchObject({ kind: 'one', option: options[1], exact: true });
  });
});

describe('the list a multi-select is given', () => {
  const known = new Set(['Food, wine & cooking', 'Art']);
  const isOption = (value: string) => known.has(value);
  it('reads a JSON array, a separated list, and one option whose text holds a comma', () => {
    expect(parseOptionList('["Red", "Blue"]', isOption)).toEqual(['Red', 'Blue']);
    expect(parseOptionList('Red, Blue; Green\nGrey', isOption)).toEqual(['Red', 'Blue', 'Green', 'Grey']);
    expect(parseOptionList('Food, wine & cooking', isOption)).toEqual(['Food, wine & cooking']);
    expect(parseOptionList('', isOption)).toEqual([]);
    expect(parseOptionList('[]', isOption)).toEqual([]);
  });

  it('says how to write a list it cannot read', () => {
    expect(() => parseOptionList('["Red", ', isOption)).toThrow(
      /not valid JSON: give it as \["first option", "second option"\]/,
    );
    expect(() => parseOptionList('[{"a": 1}]', isOption)).toThrow(/JSON array of their texts/);
  });
});
