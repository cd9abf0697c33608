// What `clip-path` and `clip` leave of an element's box. Menus are closed, panels collapsed and text made "visually
// hidden" by cutting the box to nothing while the element keeps its size and visibility, so checkVisibility() and the
// box alone say "shown". Only the shapes that hide or trim by a computable rectangle are read (inset, a zero circle or
// ellipse, polygons in px/%, rect()); any other shape (url(), path(), calc()) counts as not clipping.

import { intersect, isEmpty } from './geometry';
import type { Box } from './types';

/** A length as the computed style prints it (`12px`, `50%`, `0`), resolved against `of`; NaN when not simple. */
function length(token: string | undefined, of: number): number {
  if (token === undefined) return Number.NaN;
  if (token === '0') return 0;
  const match = /^(-?[\d.]+)(px|%)$/.exec(token);
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return match[2] === '%' ? (value * of) / 100 : value;
}

function insetBox(args: string, box: Box): Box | null {
  const [edges = ''] = args.split(/\s+round\s+/);
  const tokens = edges.trim().split(/\s+/);
  const [t, r = t, b = t, l = r] = tokens;
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  const top = length(t, height);
  const right = length(r, width);
  const bottom = length(b, height);
  const left = length(l, width);
  if ([top, right, bottom, left].some(Number.isNaN)) return null;
  return { left: box.left + left, top: box.top + top, right: box.right - right, bottom: box.bottom - bottom };
}

function polygonBox(args: string, box: Box): Box | null {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  const points = args
    .replace(/^(nonzero|evenodd),/, '')
    .split(',')
    .map((pair) => pair.trim().split(/\s+/));
  const xs = points.map(([x]) => length(x, width));
  const ys = points.map(([, y]) => length(y, height));
  if ([...xs, ...ys].some(Number.isNaN)) return null;
  // Points on one line (a triangle folded flat) enclose nothing, whatever box they span.
  if (area(xs, ys) < 1) return { ...box, right: box.left, bottom: box.top };
  return {
    left: box.left + Math.min(...xs),
    top: box.top + Math.min(...ys),
    right: box.left + Math.max(...xs),
    bottom: box.top + Math.max(...ys),
  };
}

/** The area a closed polygon encloses (shoelace formula). */
function area(xs: readonly number[], ys: readonly number[]): number {
  let twice = 0;
  for (let i = 0; i < xs.length; i++) {
    const j = (i + 1) % xs.length;
    twice += (xs[i] as number) * (ys[j] as number) - (xs[j] as number) * (ys[i] as number);
  }
  return Math.abs(twice) / 2;
}

/**
 * A `path()` made of straight absolute segments (M, L, H, V, Z) that encloses no area cuts everything away; any other
 * path (curves, relative commands) is left alone.
 */
function pathBox(args: string, box: Box): Box | null {
  const data = /^"(.*)"$/.exec(args.trim())?.[1];
  if (data === undefined || /[^MLHVZ\d\s.,-]/.test(data)) return null;
  const xs: number[] = [];
  const ys: number[] = [];
  let areaSum = 0;
  const close = () => {
    areaSum += area(xs, ys);
    xs.length = 0;
    ys.length = 0;
  };
  for (const [, command = '', numbers = ''] of data.matchAll(/([MLHVZ])([^MLHVZ]*)/g)) {
    const values = numbers
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === 'M') close();
    if (command === 'Z') continue;
    const step = command === 'H' || command === 'V' ? 1 : 2;
    for (let i = 0; i + step <= values.length; i += step) {
      const x = command === 'V' ? (xs[xs.length - 1] ?? 0) : (values[i] as number);
      const y = command === 'H' ? (ys[ys.length - 1] ?? 0) : (values[i + step - 1] as number);
      xs.push(x);
      ys.push(y);
    }
  }
  close();
  return areaSum < 1 ? { ...box, right: box.left, bottom: box.top } : null;
}

function clipPathBox(value: string, box: Box): Box | null {
  const match = /^(inset|circle|ellipse|polygon|path)\((.*)\)/.exec(value);
  if (!match) return null;
  const [, shape, args = ''] = match;
  if (shape === 'inset') return insetBox(args, box);
  if (shape === 'polygon') return polygonBox(args, box);
  if (shape === 'path') return pathBox(args, box);
  // A circle or ellipse of radius 0 shows nothing; any other radius is left alone.
  const radii =
    args
      .split(/\s+at\s+/)[0]
      ?.trim()
      .split(/\s+/) ?? [];
  return radii.some((radius) => length(radius, 1) === 0) ? { ...box, right: box.left, bottom: box.top } : null;
}

/** `rect(top, right, bottom, left)` offsets from the box's top-left corner; `auto` is the box's own edge. */
function clipRectBox(value: string, box: Box): Box | null {
  const match = /^rect\((.*)\)$/.exec(value);
  if (!match) return null;
  const parts = (match[1] ?? '').split(/[\s,]+/).filter(Boolean);
  if (parts.length !== 4) return null;
  const [t, r, b, l] = parts.map((p) => (p === 'auto' ? null : length(p, 0)));
  if ([t, r, b, l].some((v) => v !== null && Number.isNaN(v))) return null;
  return {
    left: l == null ? box.left : box.left + l,
    top: t == null ? box.top : box.top + t,
    right: r == null ? box.right : box.left + r,
    bottom: b == null ? box.bottom : box.top + b,
  };
}

/** The part of `box` (the element's border box) its clip-path or clip lets through, or null when neither cuts. */
export function clipBoxOf(style: CSSStyleDeclaration, box: Box): Box | null {
  const clipPath = style.clipPath;
  const path = clipPath && clipPath !== 'none' ? clipPathBox(clipPath, box) : null;
  const positioned = style.position === 'absolute' || style.position === 'fixed';
  const rect = positioned && style.clip && style.clip !== 'auto' ? clipRectBox(style.clip, box) : null;
  const cut = path && rect ? intersect(path, rect) : (path ?? rect);
  if (!cut) return null;
  if (isEmpty(cut, 1)) return cut;
  const trims =
    cut.left > box.left + 1 || cut.top > box.top + 1 || cut.right < box.right - 1 || cut.bottom < box.bottom - 1;
  return trims ? intersect(cut, box) : null;
}

/**
 * What an element with `overflow: clip` lets show: its box grown by its `overflow-clip-margin` (a glow, a badge or a
 * control painted just past the edge stays visible).
 */
export function overflowClipArea(clipMargin: string, box: Box): Box {
  const margin = Number.parseFloat(/(-?[\d.]+)px$/.exec(clipMargin)?.[1] ?? '0');
  if (!(margin > 0)) return box;
  return { left: box.left - margin, top: box.top - margin, right: box.right + margin, bottom: box.bottom + margin };
}
