import { isPlainObject } from '../../shared/json-schema';

/** One named value of the task's metadata, as edited in the key/value mode. */
export interface MetadataRow {
  key: string;
  value: string;
}

/**
 * The rows that show this metadata JSON, or why it can only be edited as JSON. Rows hold text, so a number, a
 * list or a nested object stays in JSON mode rather than silently turning into a string.
 */
export function rowsFromJson(text: string): { rows: MetadataRow[] } | { reason: string } {
  if (!text.trim()) return { rows: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { reason: 'Fix the JSON first: it does not parse.' };
  }
  if (!isPlainObject(value)) return { reason: 'Metadata must be a JSON object to show it as rows.' };
  const rows: MetadataRow[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string')
      return { reason: `"${key}" is not text; values other than text can only be edited as JSON.` };
    rows.push({ key, value: item });
  }
  return { rows };
}

/** The metadata JSON the rows stand for: rows without a key are still being typed and are left out. */
export function rowsToJson(rows: MetadataRow[]): { text: string } | { error: string } {
  const named = rows.filter((row) => row.key.trim());
  // A Map: keys are the person's, and "constructor" or "__proto__" must stay plain keys.
  const values = new Map<string, string>();
  for (const row of named) {
    const key = row.key.trim();
    if (values.has(key)) return { error: `Metadata key "${key}" appears twice.` };
    values.set(key, row.value);
  }
  return { text: named.length === 0 ? '' : JSON.stringify(Object.fromEntries(values), null, 2) };
}
