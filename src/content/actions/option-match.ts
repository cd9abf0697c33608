import { normalizeLabel } from '../../shared/option-label';
import { ActionError } from './target';

export { normalizeLabel };

export type OptionMatch<T> =
  | { kind: 'one'; option: T; exact: boolean }
  | { kind: 'several'; options: T[] }
  | { kind: 'none' };

/**
 * Which option a value names: an exact match of its text or value (case and accent insensitive) first, then the one
 * option whose text starts with it, then the one that contains it. When several fit at the first level that has any
 * match, none is chosen: guessing between "Lisbon" and "Lisburn" would be a silent wrong answer.
 * `text` is what a person reads; `values` are the machine names an option also answers to (value, id).
 */
export function matchOption<T>(
  options: readonly T[],
  wanted: string,
  text: (option: T) => string,
  values: (option: T) => string[] = () => [],
): OptionMatch<T> {
  const target = normalizeLabel(wanted);
  if (target === '') return { kind: 'none' };
  const exact = options.filter((option) => normalizeLabel(text(option)) === target);
  if (exact.length === 0)
    exact.push(
      ...options.filter((option) =>
        values(option).some((value) => value !== '' && (value === wanted.trim() || normalizeLabel(value) === target)),
      ),
    );
  if (exact.length > 0)
    return exact.length === 1 ? { kind: 'one', option: exact[0]!, exact: true } : { kind: 'several', options: exact };
  for (const fits of [(label: string) => label.startsWith(target), (label: string) => label.includes(target)]) {
    const found = options.filter((option) => fits(normalizeLabel(text(option))));
    if (found.length === 1) return { kind: 'one', option: found[0]!, exact: false };
    if (found.length > 1) return { kind: 'several', options: found };
  }
  return { kind: 'none' };
}

const MAX_LISTED = 15;

/** Quoted option texts for a message, at most MAX_LISTED. */
export function listOptions(texts: readonly string[]): string {
  const shown = texts.slice(0, MAX_LISTED).map((label) => JSON.stringify(label));
  return `${shown.join(', ')}${texts.length > MAX_LISTED ? `, … (${texts.length} in all)` : ''}`;
}

/** The error that hands an ambiguous value back to the model with the options it could mean. */
export function ambiguous(name: string, wanted: string, candidates: readonly string[]): ActionError {
  return new ActionError(
    `Several options of ${name} fit "${wanted}": ${listOptions(candidates)}. None was chosen: call form_input again with the full text of the one you mean.`,
  );
}

/**
 * The options a multi-select should end up with, from form_input's value (the toolset's value is a string, number or
 * boolean): a JSON array of option texts ('["Red", "Blue"]'), or texts separated by commas, semicolons or new lines
 * ("Red, Blue"). A value that is exactly one option's text stays one option, commas and all.
 */
export function parseOptionList(value: string | number | boolean, isOption: (text: string) => boolean): string[] {
  const text = String(value).trim();
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ActionError(`The list ${text} is not valid JSON: give it as ["first option", "second option"].`);
    }
    if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== 'string' && typeof item !== 'number')) {
      throw new ActionError('Give the options to select as a JSON array of their texts, e.g. ["Red", "Blue"].');
    }
    return parsed.map((item) => String(item));
  }
  if (text === '' || isOption(text)) return text === '' ? [] : [text];
  return text.split(/\s*[,;\n]\s*/).filter(Boolean);
}

/** What a multi-select holds after a change, for the model to check against what it asked. */
export function selectedReport(name: string, selected: readonly string[], total: number): string {
  if (selected.length === 0) return `${name} now has no option selected (of ${total}).`;
  return `${name} now has ${selected.length} of ${total} options selected: ${listOptions(selected)}.`;
}
