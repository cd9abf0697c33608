// Tabwright's eyes: what the model knows of the page. Three readings share one walk (walk.ts):
//
// - readPage: the accessibility-tree text of the browser use tool's read_page, lines of
//   `role "name" [ref_N] states key="value"` (format in serialize.ts). Default: what is in the
//   viewport, plus one-line summaries of what lies above and below, within ~1,600 tokens.
//   filter "interactive": only the controls in the viewport, one per line. filter "all": the
//   whole page (for extraction), capped at maxChars (50,000). ref: the subtree of one element.
// - findMatches: the best matches for a short description, in the same line format, with their scores.
// - readPageText: the readable text of the whole page in order.
//
// Refs are stable per element and document (refs.ts); resolveRef explains stale ones.
// New elements: a line starting with `*` is an element added to the page since the previous
// readPage/findMatches call in this document (novelty.ts).
// Cross-origin frames: a slot line `<<frame ref_N>>` under the frame's line (frames.ts).

import { openFrameSlots } from '../../shared/frame-slots';
import { FIND_LIMIT, type Found } from '../../shared/found-elements';
import { MAX_READ_CHARS } from '../../shared/reading-limit';
import { announceFrames, currentFrameNonce } from './frames';
import { childFrame, intersect, NOWHERE, topFrame, toTop } from './geometry';
import { rankScored, extraText, type Candidate, textCandidatesOf } from './find';
import { beginSnapshot, endSnapshot } from './novelty';
import { refFor, refLabel, resolveRef } from './refs';
import { DEFAULT_TOKEN_BUDGET, fitsBudget, LADDER } from './budget';
import { type RefLine, RICH, type Rendered, render, Renderer, type RenderStyle } from './serialize';
import { describeSummary, summarize } from './summary';
import { joinWithin, textLines } from './text';
import type { Box, FrameContext, SnapNode } from './types';
import { type WalkOptions, type WalkResult, Walker } from './walk';

export {
  announceFrames,
  currentFrameNonce,
  FRAME_HELLO,
  type FrameHello,
  listenForFrameHello,
  useFrameNonce,
} from './frames';
export { frameSlot, openFrameSlots, stitchFrame } from '../../shared/frame-slots';
// Composes find's reply; the content script's own find covers one document (tests read it through this).
export { describeFound } from '../../shared/found-elements';
// The accessibility core, exposed with the snapshotter so tests (and conformance checks) measure the same code.
export { accessibleName } from '../accessibility/name';
export { computeRole } from '../accessibility/roles';
export { highestRef, raiseRefFloor, refNamespace, resolveRef, setRefNamespace, type StaleRef } from './refs';

export interface ReadPageRequest extends FromParent {
  filter?: 'interactive' | 'all' | null;
  depth?: number | null;
  ref?: string | null;
  maxChars?: number;
}

/** The cross-origin frames a reading names, told their refs with `frameNonce`: each then answers for itself. */
export interface ForeignFrames {
  frameRefs: string[];
  frameNonce: string;
  /** Per frame: what this document (and its parents) paint over the frame's viewport. */
  frameCovers: Box[][];
  /** Per frame: the part of the frame's viewport that can be seen. */
  frameViews: Box[];
}

/** What a cross-origin frame's parent tells its reading: what it paints over the frame, and what of it can be seen. */
export interface FromParent {
  coveredByParent?: readonly Box[];
  shownPart?: Box;
}

/** This document's window as its reading sees it: the whole window, or the part its parent shows. */
function ownFrame({ coveredByParent, shownPart }: FromParent): FrameContext {
  const frame = topFrame(window);
  return { ...frame, clip: shownPart ? intersect(frame.clip, shownPart) : frame.clip, coveredByParent };
}

/** `frameRefs`: the cross-origin frames whose slots are in `text`. */
export interface ReadPageResult extends ForeignFrames {
  text: string;
  truncated: boolean;
  url: string;
  title: string;
  /** Random per document (per content-script instance): refs from another document id are stale. */
  documentId: string;
}

const MAX_CHARS = MAX_READ_CHARS;
export const DEFAULT_DEPTH = 15;
const ELEMENT_CAP = 60_000;

/** Random hex id; crypto.randomUUID() is missing on plain-http pages (not a secure context). */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const documentId = randomId();
let lastRefs: ReadonlyArray<{ ref: string; el: Element }> = [];

/** Elements that carry a ref in the last readPage/findMatches output, in output order. */
export function lastSnapshotElements(): Element[] {
  return lastRefs.map((r) => r.el);
}

function frameContextOf(doc: Document, top: FrameContext): FrameContext {
  const frameElement = doc.defaultView?.frameElement;
  if (doc === document || !frameElement) return top;
  const parent = frameContextOf(frameElement.ownerDocument, top);
  return childFrame(frameElement, toTop(frameElement.getBoundingClientRect(), parent), parent, doc);
}

/** `depth` counts printed levels (minimum 1, default 15); the renderer counts from 0. */
function levels(depth: number | null | undefined): number {
  return Math.max(1, Math.floor(depth ?? DEFAULT_DEPTH)) - 1;
}

function thousands(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function pageRoot(): Element {
  return document.body ?? document.documentElement;
}

function viewportHeader(): string {
  const height = document.documentElement.scrollHeight;
  const y = Math.round(window.scrollY);
  return `Viewport ${window.innerWidth}×${window.innerHeight} at y=${thousands(y)} of ${thousands(height)} px.`;
}

/** Lines about what the detailed part leaves out: above, below, behind a modal, past the budget. */
/**
 * `shown`: in a cross-origin frame, the part of its window its parent shows. What lies past that part is above or below
 * the page's viewport, by an amount in the page's screens, which this frame cannot measure.
 */
function outsideLines(walk: WalkResult, shown?: Box): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  // A tenth of a screen tells nothing on a page many screens long.
  const screens = (px: number): string => {
    const count = px / window.innerHeight;
    return count >= 10 ? thousands(count) : count.toFixed(1);
  };
  const coveredControls = walk.covered.length || walk.coveredControls;
  // With controls behind it, the closing line says both; otherwise say it up front.
  if (walk.layerActive && walk.behindLayer > 0 && !coveredControls) {
    before.push('A dialog or overlay covers the page: only what is on top of it is listed.');
  }
  if (walk.above.length) {
    const where =
      (shown?.top ?? 0) > 0 ? 'Above the viewport' : `Above the viewport (${screens(window.scrollY)} screens)`;
    before.push(`${where}: ${describeSummary(summarize(walk.above), true)}.`);
  }
  if (walk.below.length) {
    const bottom = Math.min(window.innerHeight, shown?.bottom ?? Number.POSITIVE_INFINITY);
    const rest = document.documentElement.scrollHeight - window.scrollY - bottom;
    // In an app shell the window does not scroll: what lies past its edge is clipped, not "below".
    const where =
      bottom < window.innerHeight
        ? 'Below the viewport'
        : rest >= 1
          ? `Below the viewport (${screens(rest)} screens)`
          : 'Past the window edge (the window does not scroll)';
    after.push(`${where}: ${describeSummary(summarize(walk.below), rest >= 1)}.`);
  }
  if (coveredControls) {
    const count = thousands(summarize(walk.covered).controls + walk.coveredControls);
    // Without a layer over the whole page, what covers them is part of it (a loading overlay, a stacked card); an app
    // whose own root is a full-window layer (nothing found behind it) has no overlay to close either.
    after.push(
      walk.layerActive && walk.behindLayer > 0
        ? `~${count} controls behind the overlay are unreachable until it closes.`
        : `~${count} controls are covered by something drawn over them, unreachable while it stays.`,
    );
  }
  if (walk.unwalked.length) {
    after.push(`Not shown (output limit): ${describeSummary(summarize(walk.unwalked))}. Narrow with ref or use find.`);
  }
  return { before, after };
}

function compose(before: readonly string[], body: readonly string[], after: readonly string[]): string {
  return [...before, ...body, ...after].join('\n');
}

function runWalk(
  root: Element,
  frame: FrameContext,
  scope: 'viewport' | 'page',
  withText: boolean,
  charBudget: number,
  markNew: boolean,
  extra: Pick<WalkOptions, 'textOwners' | 'lines'> = {},
): WalkResult {
  const options = { scope, withText, charBudget, maxElements: ELEMENT_CAP, markNew, ...extra };
  return new Walker(options).run(root, frame, false);
}

type Fitted = { text: string; truncated: boolean; refs: RefLine[] };

function fitViewport(walk: WalkResult, req: ReadPageRequest, maxChars: number): Fitted {
  const flat = req.filter === 'interactive';
  const { before, after } = outsideLines(walk, req.shownPart);
  const header = [viewportHeader(), ...before];
  let text = '';
  let refs: RefLine[] = [];
  let level = 0;
  for (; level < LADDER.length; level++) {
    const style: RenderStyle = { ...(LADDER[level] as RenderStyle), flat, maxDepth: levels(req.depth) };
    const out = render(walk.nodes, style);
    text = compose(header, out.lines, after);
    refs = out.refs;
    if (fitsBudget(text) && text.length <= maxChars) break;
  }
  const leanest = Math.min(level, LADDER.length - 1);
  let truncated = leanest > 0;
  if (truncated) {
    const over = level === LADDER.length ? ' Even so it is over budget: every control in view is kept.' : '';
    const cuts = [
      'long texts cut',
      'select options left out',
      ...(leanest >= 2 ? ['images left out'] : []),
      ...(leanest >= 3 ? ['text lines left out'] : []),
      ...(leanest >= 4 ? ["items' text left out"] : []),
    ];
    text += `\n[Shortened to fit ~${thousands(DEFAULT_TOKEN_BUDGET)} tokens: ${cuts.join(', ')}. get_page_text gives the text; read_page with filter "all" or a ref gives details.${over}]`;
  }
  if (text.length > maxChars) {
    const cut = joinWithin(text.split('\n'), maxChars - 120);
    text = `${cut.text}\n[Truncated at ${thousands(maxChars)} characters.]`;
    truncated = true;
  }
  return { text, truncated, refs };
}

/**
 * Keeps lines in order within `budget` characters; when cutting, lines outside the viewport go
 * first (from the end), so a sticky rail late in the document survives a long feed before it.
 */
function keepWithin(out: Rendered, budget: number): boolean[] {
  const keep = out.lines.map(() => true);
  let size = out.lines.reduce((sum, line) => sum + line.length + 1, 0);
  for (const inViewToo of [false, true]) {
    for (let i = out.lines.length - 1; i >= 0 && size > budget; i--) {
      if (!keep[i] || (out.inView[i] && !inViewToo)) continue;
      keep[i] = false;
      size -= (out.lines[i] as string).length + 1;
    }
  }
  return keep;
}

function fitPage(walk: WalkResult, req: ReadPageRequest, maxChars: number): Fitted {
  const style: RenderStyle = { ...RICH, maxDepth: levels(req.depth) };
  const out = render(walk.nodes, style);
  const { before, after } = outsideLines(walk, req.shownPart);
  if (out.deeper)
    after.push(
      `(${thousands(out.deeper)} deeper elements left out by depth=${style.maxDepth + 1}; read_page with a ref goes deeper)`,
    );
  const keep = keepWithin(out, maxChars - compose(before, [], after).length - 200);
  const dropped = keep.filter((k) => !k).length;
  const body = out.lines.filter((_, i) => keep[i]);
  const truncation = dropped
    ? [
        `[Truncated at ${thousands(maxChars)} characters: ${thousands(dropped)} more lines not shown. Narrow with ref or depth, or use find.]`,
      ]
    : [];
  return {
    text: compose(before, body, [...truncation, ...after]),
    truncated: dropped > 0 || walk.unwalked.length > 0,
    refs: out.refs.filter((r) => keep[r.line]),
  };
}

export function readPage(req: ReadPageRequest = {}): ReadPageResult {
  const maxChars = Math.max(1000, req.maxChars ?? MAX_CHARS);
  const base = {
    url: location.href,
    title: document.title,
    documentId,
    frameRefs: [],
    frameNonce: '',
    frameCovers: [],
    frameViews: [],
  };
  let root = pageRoot();
  const top = ownFrame(req);
  let frame = top;
  if (req.ref) {
    const target = resolveRef(req.ref);
    if ('stale' in target) return { ...base, text: target.reason, truncated: false };
    root = target;
    frame = frameContextOf(target.ownerDocument, top);
  }
  const scope = req.filter === 'all' || req.ref ? 'page' : 'viewport';
  const markNew = beginSnapshot();
  try {
    const walk = runWalk(
      root,
      frame,
      scope,
      req.filter !== 'interactive',
      scope === 'page' ? maxChars * 1.2 : Number.POSITIVE_INFINITY,
      markNew,
    );
    const fitted = scope === 'page' ? fitPage(walk, req, maxChars) : fitViewport(walk, req, maxChars);
    lastRefs = fitted.refs;
    const slots = new Set(openFrameSlots(fitted.text));
    return {
      ...base,
      text: fitted.text,
      truncated: fitted.truncated,
      ...announced(
        fitted.refs.filter((r) => slots.has(r.ref)),
        walk,
      ),
    };
  } finally {
    endSnapshot();
  }
}

function candidatesOf(nodes: readonly SnapNode[], out: Candidate[] = []): Candidate[] {
  for (const node of nodes) {
    // A control drawn as an icon alone is found by its icon's name too.
    const icon = node.attrs.find((attr) => attr.startsWith('icon=')) ?? '';
    if (node.ref) out.push({ node, extra: `${extraText(node.el)} ${icon}`, order: out.length });
    candidatesOf(node.children, out);
  }
  return out;
}

/** The cross-origin frames a walk found (with a slot), in document order. */
function foreignFramesOf(nodes: readonly SnapNode[], out: Array<{ ref: string; el: Element }> = []) {
  for (const node of nodes) {
    if (node.frameSlot && node.ref && node.el) out.push({ ref: node.ref, el: node.el });
    foreignFramesOf(node.children, out);
  }
  return out;
}

function announced(frames: ReadonlyArray<{ ref: string; el: Element }>, walk: WalkResult): ForeignFrames {
  const frameNonce = frames.length ? (currentFrameNonce() ?? randomId()) : '';
  if (frames.length)
    announceFrames(
      frames.map((f) => ({ ref: f.ref, element: f.el })),
      frameNonce,
    );
  return {
    frameRefs: frames.map((f) => f.ref),
    frameNonce,
    frameCovers: frames.map((f) => walk.frameCovers.get(f.el) ?? []),
    frameViews: frames.map((f) => walk.frameViews.get(f.el) ?? NOWHERE),
  };
}

/** find in one document: its matches, and the cross-origin frames in it (all of them: each answers find itself). */
export interface FindResult extends ForeignFrames {
  found: Found;
}

/**
 * This document's best matches for a short description, with their scores; text that is no control when no control
 * matches. The reply merges them with those of the page's cross-origin frames (describeFound).
 */
export function findMatches(query: string, parent: FromParent = {}): FindResult {
  const markNew = beginSnapshot();
  try {
    const readable = new Set<Element>();
    const frame = ownFrame(parent);
    const walk = runWalk(pageRoot(), frame, 'page', false, Number.POSITIVE_INFINITY, markNew, {
      textOwners: readable,
    });
    const candidates = candidatesOf(walk.nodes);
    let matches = rankScored(query, candidates, FIND_LIMIT);
    const text = matches.length === 0;
    if (text) {
      matches = rankScored(query, textCandidatesOf(pageRoot(), window, readable), FIND_LIMIT);
      for (const { candidate } of matches) {
        const { node } = candidate;
        if (node.el) node.ref = refFor(node.el, refLabel(node.role, node.name));
      }
    }
    const renderer = new Renderer(RICH);
    lastRefs = matches.flatMap(({ candidate: { node } }) =>
      node.ref && node.el ? [{ ref: node.ref, el: node.el }] : [],
    );
    return {
      found: {
        matches: matches.map(({ candidate: { node }, score }) => ({
          score,
          ...(node.ref ? { ref: node.ref } : {}),
          line: node.region === 'out' ? `${renderer.head(node, 'words')} (outside the viewport)` : renderer.head(node),
        })),
        text,
        among: candidates.length,
      },
      ...announced(foreignFramesOf(walk.nodes), walk),
    };
  } finally {
    endSnapshot();
  }
}

/** The page text, with the cross-origin frames whose slots it holds. */
export interface PageTextResult extends ForeignFrames {
  text: string;
}

/** The page's readable text; a cross-origin frame's is left to a slot line for the service worker to fill. */
export function readPageText(maxChars = MAX_CHARS, parent: FromParent = {}): PageTextResult {
  const frame = ownFrame(parent);
  const walk = runWalk(pageRoot(), frame, 'page', true, maxChars * 1.5, false, { lines: true });
  const cut = joinWithin(textLines(walk.nodes), maxChars - 200);
  const rest = summarize(walk.unwalked).textChars;
  const text =
    !cut.cut && walk.unwalked.length === 0
      ? cut.text
      : `${cut.text}\n[Truncated at ${thousands(maxChars)} characters${rest ? `; ~${thousands(rest)} more characters of text follow on the page` : ''}. read_page with a ref reads one part.]`;
  const slots = new Set(openFrameSlots(text));
  return {
    text,
    ...announced(
      foreignFramesOf(walk.nodes).filter((f) => slots.has(f.ref)),
      walk,
    ),
  };
}
