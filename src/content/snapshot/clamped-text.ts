// Text that runs past the bottom of a box clipping its overflow (a review clamped to three lines by
// -webkit-line-clamp, a teaser cut at a max-height above its "Read more") shows only its first lines. The words below
// the box are not read, as text an ancestor cuts away whole is not; a scroll pane's text stays, as scrolling shows it.

/** Where `el` cuts off the text it holds (the bottom of its padding box, in its frame's viewport), or null. */
export function cutOffAt(el: Element, style: CSSStyleDeclaration): number | null {
  const y = style.overflowY;
  if ((y !== 'hidden' && y !== 'clip') || !style.writingMode.startsWith('horizontal')) return null;
  if (el.scrollHeight <= el.clientHeight + 1) return null;
  return el.getBoundingClientRect().top + el.clientTop + el.clientHeight;
}

/** The part of `text` above `bottom` (with `…` where it is cut), the whole of it, or '' when none of it shows. */
export function shownAbove(text: Text, bottom: number): string {
  const range = text.ownerDocument.createRange();
  range.selectNodeContents(text);
  const whole = range.getBoundingClientRect();
  if (whole.bottom <= bottom + 1) return text.data;
  if (whole.top >= bottom - 1) return '';
  // Lines run top to bottom with the characters: the first character on a line below the cut is found by halving.
  const below = (offset: number): boolean => {
    range.setStart(text, offset);
    range.setEnd(text, offset + 1);
    const rect = range.getBoundingClientRect();
    return rect.height > 0 && rect.top >= bottom - 1;
  };
  let [low, high] = [0, text.length - 1];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (below(middle)) high = middle;
    else low = middle + 1;
  }
  return `${text.data.slice(0, low).trimEnd()}…`;
}
