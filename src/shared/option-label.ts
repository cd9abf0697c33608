/** Case, accents and spacing do not tell options apart for a person typing: "sao  paulo" is "São Paulo". */
export function normalizeLabel(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
