// Reading alpha and channels out of computed colours. Chromium serializes a computed colour as `rgb(r, g, b)`, `rgba(r, g, b, a)`
// or, for other colour spaces, `oklch(l c h / a)`, `color(srgb r g b / a)` …; gradients and shadows list them inside.

/** A colour function as computed styles print it (no nested parentheses inside). */
const COLOUR = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^()]*\)|\btransparent\b/g;

function share(token: string | undefined): number {
  if (token === undefined) return 1;
  const value = Number.parseFloat(token);
  if (Number.isNaN(value)) return 1;
  return token.trim().endsWith('%') ? value / 100 : value;
}

/** The alpha (0–1) of one computed colour; 1 when it says none. */
export function alphaOf(colour: string): number {
  if (colour === 'transparent') return 0;
  const slash = colour.lastIndexOf('/');
  if (slash >= 0) return share(colour.slice(slash + 1).replace(')', ''));
  if (colour.startsWith('rgba(') || colour.startsWith('hsla(')) return share(colour.split(',')[3]);
  return 1;
}

/** The colours named inside a computed value (a gradient's stops, a shadow's colour), in order. */
export function coloursIn(value: string): string[] {
  return value.match(COLOUR) ?? [];
}

/** A computed sRGB colour (`rgb(…)`, `rgba(…)`) as channels 0–255 and alpha 0–1; null for other colour spaces. */
export function rgbaOf(colour: string): [number, number, number, number] | null {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(colour);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}
