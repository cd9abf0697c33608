// How much of an element's painting reaches the screen. checkVisibility() knows `opacity: 0` only; a page fades
// content out just as well with a near-zero opacity, with `filter: opacity(0)` (alone or in a filter list) or with a
// mask that lets nothing through (a gradient of transparent stops, a mask sized to nothing). Each of these applies to
// the whole subtree, and they multiply down the tree like opacity does.
import { alphaOf, coloursIn } from './colour';

/** Below this share of its colour (5 %), a person does not see a layer or a text at all. */
export const UNSEEN = 0.05;

/** The product of the `opacity()` functions of a computed filter list (`blur(2px) opacity(0)`). */
function filterShare(filter: string): number {
  if (filter === 'none' || !filter.includes('opacity(')) return 1;
  let product = 1;
  for (const match of filter.matchAll(/(?:^|\s)opacity\(([\d.]+)\)/g)) product *= Number(match[1]);
  return product;
}

/** Every layer of the mask is a gradient with only transparent stops, or is sized to nothing. */
function masksAll(style: CSSStyleDeclaration): boolean {
  const image = style.maskImage;
  if (!image || image === 'none') return false;
  if (sizedToNothing(style.maskSize)) return true;
  // An image (url(), image-set()) may show anything: only gradients are judged.
  if (/\burl\(|image-set\(|element\(|paint\(|cross-fade\(/.test(image)) return false;
  const colours = coloursIn(image);
  return colours.length > 0 && colours.every((colour) => alphaOf(colour) === 0);
}

/** Each layer's mask-size has a zero width or height (`0px auto`, `0px 0px`). */
function sizedToNothing(size: string): boolean {
  return size.split(',').every((layer) =>
    layer
      .trim()
      .split(/\s+/)
      .some((part) => Number.parseFloat(part) === 0),
  );
}

/** The share (0–1) of its own painting an element lets through: opacity × filter opacity, 0 when masked away. */
export function paintShare(style: CSSStyleDeclaration): number {
  const opacity = Number(style.opacity);
  const share = (Number.isNaN(opacity) ? 1 : opacity) * filterShare(style.filter);
  return share > 0 && masksAll(style) ? 0 : share;
}

/** Paints its whole box so that nothing under it shows: a background at least 90 % opaque (or an image) at full opacity. */
export function paintsOpaque(style: CSSStyleDeclaration): boolean {
  if (paintShare(style) < 0.9) return false;
  const image = style.backgroundImage;
  if (image !== 'none') {
    const colours = coloursIn(image);
    if (/\burl\(/.test(image) || (colours.length > 0 && colours.every((colour) => alphaOf(colour) >= 0.9))) return true;
  }
  return alphaOf(style.backgroundColor) >= 0.9;
}
