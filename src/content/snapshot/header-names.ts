// A control in a table cell named by nothing but its column and row headers ("Marketing Mar", "Q2, Engineering", "F12"
// for the seat in row F under column 12, "A1" in a sheet) says again what the header row above and the row's own header
// already say. Where both headers are printed, on the row's line and on a header row of the same table at the same
// position, the control is printed without that name (find, and read_page by ref, still give it whole).

/** The words of a name, without case or the punctuation that joins header texts ("Q2, Engineering"). */
export function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s,.:;/|–—-]+/g, ' ')
    .trim();
}

/**
 * Whether `name` is the column's and the row's header text together, in either order, with or without a space. The
 * headers come as `words` (worked out once per header, not once per cell).
 */
export function restatesHeaders(name: string, c: string, r: string): boolean {
  if (!c || !r || name.length > c.length + r.length + 8) return false;
  const said = words(name);
  return said === `${c} ${r}` || said === `${r} ${c}` || said === `${c}${r}` || said === `${r}${c}`;
}

/** How many columns a cell spans (a `colspan` of a table cell, an `aria-colspan`), at least 1. */
export function columnSpan(cell: Element | null): number {
  if (!cell) return 1;
  // By tag, not instanceof: a cell in a frame is another window's HTMLTableCellElement.
  const tableCell = cell.localName === 'td' || cell.localName === 'th';
  const span = tableCell ? (cell as HTMLTableCellElement).colSpan : Number(cell.getAttribute('aria-colspan'));
  return Number.isInteger(span) && span > 1 ? Math.min(span, 1000) : 1;
}
