// Image maps: an `<img usemap>` lays the `<area href>` links of its `<map>` over parts of itself. The UA styles an area
// display:none and gives it no box of its own, so an area is found through the image that uses its map and placed by
// its coords (CSS pixels from the image's top left corner). A hit test at that place lands on the area itself.
import { intersect } from './geometry';
import type { Box } from './types';

/** The linked areas of the map `img` uses: the first <map> of the image's tree named (or with the id) after it. */
export function linkedAreas(img: Element): HTMLAreaElement[] {
  const usemap = img.getAttribute('usemap');
  if (!usemap?.startsWith('#') || usemap.length < 2) return [];
  const key = usemap.slice(1);
  const root = img.getRootNode() as Document | ShadowRoot;
  const map = Array.from(root.querySelectorAll('map')).find((m) => m.getAttribute('name') === key || m.id === key);
  return map ? Array.from(map.querySelectorAll<HTMLAreaElement>('area[href]')) : [];
}

/** Where `area` lies on its image (`image`: the image's box): the bounding box of its shape, within the image. */
export function areaBox(area: Element, image: Box): Box {
  const shape = (area.getAttribute('shape') ?? 'rect').toLowerCase();
  if (shape === 'default') return image;
  const n = (area.getAttribute('coords') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number.parseFloat);
  if (n.some(Number.isNaN)) return { ...image, right: image.left, bottom: image.top };
  let box: Box;
  if (shape.startsWith('circ') && n.length >= 3) {
    const [x, y, r] = n as [number, number, number];
    box = { left: x - r, top: y - r, right: x + r, bottom: y + r };
  } else if (shape.startsWith('poly') && n.length >= 6) {
    const xs = n.filter((_, i) => i % 2 === 0);
    const ys = n.filter((_, i) => i % 2 === 1);
    box = { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
  } else if (n.length >= 4) {
    const [x1, y1, x2, y2] = n as [number, number, number, number];
    box = { left: Math.min(x1, x2), top: Math.min(y1, y2), right: Math.max(x1, x2), bottom: Math.max(y1, y2) };
  } else return { ...image, right: image.left, bottom: image.top };
  const placed = {
    left: image.left + box.left,
    top: image.top + box.top,
    right: image.left + box.right,
    bottom: image.top + box.bottom,
  };
  return intersect(placed, image);
}

/** The image that shows `area`'s map, if one does: the area is pressed where its shape lies on that image. */
export function imageOf(area: Element): Element | null {
  if (!area.closest('map')) return null;
  const root = area.getRootNode() as Document | ShadowRoot;
  return (
    Array.from(root.querySelectorAll('img[usemap]')).find((img) =>
      linkedAreas(img).includes(area as HTMLAreaElement),
    ) ?? null
  );
}
