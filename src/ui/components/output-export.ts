import { isPlainObject } from '../../shared/json-schema';

type Flat = Record<string, string | number | boolean | null>;

/** A non-empty list of objects whose values are all plain scalars: the one output shape that is a table. */
export function isFlatObjectList(value: unknown): value is Flat[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (row) => isPlainObject(row) && Object.values(row).every((cell) => cell === null || typeof cell !== 'object'),
    )
  );
}

/** RFC 4180 CSV with a header of every key in order of first appearance; missing cells are empty. */
export function toCsv(rows: Flat[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const line = (cells: unknown[]) => cells.map(csvCell).join(',');
  return `${[line(columns), ...rows.map((row) => line(columns.map((column) => row[column])))].join('\r\n')}\r\n`;
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A file name that says what and when, e.g. `tabwright-2026-11-03-cheapest-flights.json`. */
export function exportFileName(task: string, startedAt: number, extension: string): string {
  const date = new Date(startedAt).toISOString().slice(0, 10);
  const slug = task
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `tabwright-${date}${slug ? `-${slug}` : ''}.${extension}`;
}

/** Saves text as a file through the browser's download of a blob URL; no downloads permission needed. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
