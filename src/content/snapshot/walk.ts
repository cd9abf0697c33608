// The single pass over the page. It visits the flat tree (light DOM, shadow roots, slots,
// same-origin frames) top-down, carrying what ancestors decide (hidden, inert, behind a modal,
// new, muted text, clip boxes) so no element needs an ancestor lookup. Visibility uses
// checkVisibility() plus the box; computed style is read once per visited element (for the
// cursor); hit tests run only for controls in the viewport. In viewport scope whole subtrees
// outside the viewport are not walked: they are handed to the summary as they are.

import { hiddenForAnchor } from './anchored';
import { cutOffAt, shownAbove } from './clamped-text';
import { clipBoxOf, overflowClipArea } from './clip';
import { foldIntoInput, wrappedInput } from './combobox-wrapper';
import { delegatesToControl } from './delegated-focus';
import { isDragSource } from './drag-source';
import { drawnUnder } from './drawn-text';
import { sheetColumns, sheetRows } from './grid-sheet';
import { flatChildren, flatParent, frameDocument, isElement, isText, shadowRootOf } from './dom';
import { type KeptSpace, keptSpace, laidOutText, runsOn, startsLine } from './text-layout';
import {
  areaOf,
  childFrame,
  contains,
  frameViewport,
  intersect,
  isEmpty,
  NOWHERE,
  fromTop,
  isOffPage,
  withVisibleOverflow,
  overlaps,
  toTop,
} from './geometry';
import { isDisabled } from '../accessibility/disabled';
import { cursorOnly, isInteractive } from './interactivity';
import { accessibleName, contentText } from '../accessibility/name';
import { OwnedElements } from '../accessibility/owns';
import { LabellingText } from './labelling-text';
import { watch, wasInserted } from './novelty';
import {
  type BlockingLayer,
  coveredByParentAt,
  coversFramePart,
  coversOfThisWindow,
  detectBlockingLayer,
  frameBarMovesAway,
  inFrameWindow,
  isPaintedOver,
  isReachable,
  mayBeCovered,
  type Occluder,
  PaneCovers,
  scrollUncovers,
  type Scroller,
} from './occlusion';
import {
  beforePaneStart,
  beyondLines,
  describeScroll,
  fileBeyond,
  framePane,
  type Pane,
  paneBeyond,
  paneOf,
} from './panes';
import { Covers, sunkBelowAncestor } from './painted-over';
import { refFor, refLabel } from './refs';
import { formsItem, REPEATED_ITEM, SiblingShapes } from './repeated-items';
import { laysOutReversed, reverseFrom } from './reading-order';
import { joinSplitRows } from './split-rows';
import { thumbSpot } from './slider-thumb';
import { inTopLayer } from './top-layer';
import { passesThrough } from './pass-through';
import { Veils } from './veil';
import { wordsBeneath } from './words-beneath';
import { CONTAINER_ROLES, computeRole, NAME_FROM_CONTENT, STRUCTURE_ROLES, TABLE_ROLES } from '../accessibility/roles';
import { attributesOf, MEASURES, marksOf, measureOf, statesOf } from './state';
import type { Box, FrameContext, SnapNode } from './types';
import { MAX_FRAME_COVERS } from '../../shared/protocol';
import { isCollapsedPopup, isFlattened, isTurnedAway, isVisibleControl, rendering, showsAgain } from './visibility';
import { withoutEmptied } from './emptied';
import { type Backdrop, canvasBackdrop, LazyBackdrop, matchesBackdrop, paintedBetween } from './backdrop';
import { fadedOverDrawing, proxyOverDrawing } from './faded-field';
import { inkShows, paintsSomething } from './ink';
import { areaBox, linkedAreas } from './image-map';
import { paintShare, UNSEEN } from './paint-share';

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'meta',
  'link',
  'title',
  'base',
  'datalist',
]);
const LEAF_TAGS = new Set([
  'input',
  'select',
  'textarea',
  'img',
  'svg',
  'video',
  'audio',
  'canvas',
  'object',
  'embed',
  'math',
  'progress',
  'meter',
]);
/** Text-like roles whose content an enclosing control's name already carries. */
const TEXTUAL_ROLES = new Set(['heading', 'img', 'paragraph']);
const TEXT_NODE_LIMIT = 4000;
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
/** A description list's parts: a term, and the definitions that follow it. */
const DESCRIPTION_PARTS = new Set(['dt', 'dd']);
/** Small repeated items printed on one line: when one is on screen, all of it is read. */
const WHOLE_ROLES = new Set(['row', 'listitem', 'option', 'menuitem', 'treeitem']);
/** Structure named even where name from content applies: what a column header says is kept when text is cut. */
const NAMED_STRUCTURE = new Set(['heading', 'img', 'columnheader', 'rowheader']);
/** Roles a display:contents element keeps (a grid's row laid out by its parent): its cells stay on one line. */
const CONTENTS_ROLES = new Set(['row', 'list', 'listitem']);
/** Controls laid empty over words another layer shows (a PDF's link annotations): named by those words. */
const OVERLAID_ROLES = new Set(['link', 'button']);
/** Smallest visible side (px) a person can still point at. */
const MIN_TARGET = 2;

export interface WalkOptions {
  /** `viewport`: detail for what is in the viewport, subtrees outside it summarized. `page`: everything. */
  scope: 'viewport' | 'page';
  withText: boolean;
  /** Stop the detailed walk after about this many output characters (the rest is summarized). */
  charBudget: number;
  /** Hard cap on elements visited in detail, whatever the output size. */
  maxElements: number;
  /** Mark elements inserted since the previous snapshot. */
  markNew: boolean;
  /** Collects the elements whose own text the walk judged readable: find's text fallback offers only these. */
  textOwners?: Set<Element>;
  /** The page text's lines: blocks and `<br>` start lines, preformatted text keeps its breaks (text-layout.ts). */
  lines?: boolean;
}

export interface WalkResult {
  nodes: SnapNode[];
  above: Element[];
  below: Element[];
  /** Subtrees outside the viewport that lie behind a modal layer. */
  covered: Element[];
  /** Subtrees left unwalked because the budget ran out. */
  unwalked: Element[];
  /** Controls in the viewport that failed the hit test (covered by something else). */
  coveredControls: number;
  /** Per cross-origin frame element: what its parents paint over its window, in that window's coordinates. */
  frameCovers: Map<Element, Box[]>;
  /** Per cross-origin frame element: the part of its window that can be seen, in that window's coordinates. */
  frameViews: Map<Element, Box>;
  layerActive: boolean;
  /** Elements with a box found behind the layer: none when the "layer" is the app's own full-window root. */
  behindLayer: number;
}

interface Scope {
  frame: FrameContext;
  /** Whether the nearest boxed ancestor is in the viewport; text nodes take it. */
  region: 'in' | 'out';
  layer: BlockingLayer | null;
  inLayer: boolean;
  isNew: boolean;
  parentPointer: boolean;
  /** Text here is already part of an ancestor's name. */
  muted: boolean;
  /** The name of the control (named by its content) this lies in: a cursor-only row saying all of it is that control. */
  controlName: string | null;
  /** Ancestors with a box, innermost last, for clipping checks (shared stack, per frame). */
  ancestors: Ancestor[];
  /** What can be seen here: the frame's visible area within every enclosing scrollable region. */
  view: Box;
  /** The innermost enclosing scrollable region (inner pane, strip or same-origin frame), if any. */
  pane: Pane | null;
  /** Inside a row or item that is on screen: all of it is walked, so a partly shown row is not read as empty. */
  whole: boolean;
  /** The box of the previous sibling walked (set as siblings are visited): an element over it is stacked on it. */
  previous: Box | null;
  /** What the clipping ancestors (overflow hidden or clip, clip-path) let show of the parent; null: nothing clips. */
  shown: Box | null;
  /** The share of its painting the ancestors let through (opacity, filter opacity, masks multiplied). */
  alpha: number;
  /** The colour the content here is painted over; null where it cannot be told. */
  backdrop: LazyBackdrop;
}

/** Where one element's text went: characters `start`–`end` of a text line's name, or a heading's whole name. */
interface TextRun {
  node: SnapNode;
  start: number;
  end: number;
}

/** An element whose text the walk read, kept until every cover is known: text under an opaque one is taken back. */
interface Reader {
  owner: Element;
  box: Box;
  /** The part of the box the enclosing panes show (empty when scrolled out of sight or outside the window). */
  seen: Box;
  frame: FrameContext;
  scroller: Element | null;
  runs: TextRun[];
}

/**
 * `cut`: the box is what a clip-path or clip lets through, which clips like overflow:hidden. `overflow`: its
 * `overflow-x overflow-y`, when the walk read it already (else it is read if needed).
 */
interface Ancestor {
  el: Element;
  box: Box;
  cut?: true;
  overflow?: string;
}

/** The backdrop a walk starting at `root` begins with: the canvas (and the root element's background) for a document. */
function startingBackdrop(root: Element, frame: FrameContext): LazyBackdrop {
  const html = frame.doc.documentElement;
  if (root !== html && root !== frame.doc.body) return UNKNOWN_BACKDROP;
  const canvas = LazyBackdrop.of(canvasBackdrop(frame.doc, frame.win));
  return root === html ? canvas : new LazyBackdrop(html, frame.win.getComputedStyle(html), canvas);
}

/** Where the colour under an element cannot be told (a popup placed elsewhere, the top layer). */
const UNKNOWN_BACKDROP = LazyBackdrop.of(null);

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The text directly in `el` is painted in the colour of what lies under it, and nothing else lies between. */
function blendsIn(el: Element, style: CSSStyleDeclaration, backdrop: Backdrop | null, alpha: number, win: Window) {
  // SVG text is painted by its fill over shapes of its drawing, which the backdrop does not know.
  if (backdrop === null || el.namespaceURI === SVG_NS) return false;
  return matchesBackdrop(style, backdrop, alpha) && !paintedBetween(el, backdrop, win);
}

/** Items of a composite widget that, holding nothing but controls, leave the target to them. */
const HANDS_TO_CONTROLS = new Set(['gridcell', 'treeitem']);

/** Focusable only as a composite widget's roving focus moves (tabindex -1 or none), with no click handler of its own. */
function rovingOnly(el: Element): boolean {
  const tabindex = el.getAttribute('tabindex');
  return (tabindex === null || Number(tabindex) < 0) && !el.hasAttribute('onclick');
}

/** Share of a cursor-only wrapper's box the one control inside must cover for the wrapper to be only its drawing. */
const DRAWING_COVER = 0.8;

/** Marked as being updated (aria-busy): a skeleton or a list still loading. */
function isBusy(el: Element): boolean {
  return el.getAttribute('aria-busy') === 'true';
}

/** Elements of the targets among `nodes` and their descendants (not those inside a target: it is left out whole). */
function targetsWithin(nodes: readonly SnapNode[], found = new Set<Element>()): Set<Element> {
  for (const node of nodes) {
    if (node.actionable && node.el) found.add(node.el);
    else targetsWithin(node.children, found);
  }
  return found;
}

function drawsOnlyItsControl(wrapper: Element, children: readonly SnapNode[], box: Box, frame: FrameContext): boolean {
  const only = children.length === 1 ? children[0] : undefined;
  if (!only?.actionable || !only.el || wrapper.hasAttribute('tabindex') || wrapper.hasAttribute('onclick'))
    return false;
  return areaOf(intersect(toTop(only.el.getBoundingClientRect(), frame), box)) >= DRAWING_COVER * areaOf(box);
}

function makeNode(role: string, name: string, el: Element | null, region: 'in' | 'out', isNew: boolean): SnapNode {
  return {
    role,
    name,
    el,
    ref: null,
    isNew,
    actionable: false,
    covered: false,
    states: [],
    attrs: [],
    children: [],
    region,
  };
}

/**
 * Refs go to what the model may target or read by ref: controls, scrollable regions, frames, and containers that hold
 * more than the view shows.
 */
function assignRefs(nodes: readonly SnapNode[]): void {
  for (const node of nodes) {
    const { el, role } = node;
    const readable = CONTAINER_ROLES.has(role) && !node.shownWhole;
    if (el && (node.actionable || role === 'iframe' || node.scroll || readable)) {
      node.ref = refFor(el, refLabel(role, node.name));
      if (node.frameSlot) node.frameSlot = node.ref;
    }
    assignRefs(node.children);
  }
}

/** A scroll range of `extent` px: from 0 up, or from 0 down where scrolling starts from the far end. */
function range(extent: number, reversed: boolean): [number, number] {
  return reversed ? [-extent, 0] : [0, extent];
}

/** The scroller that brings an element into view: its own inner pane, else its document's window. */
function scrollerOf(pane: Pane | null, frame: FrameContext): Scroller {
  if (pane && pane.el.ownerDocument === frame.doc) {
    const { el } = pane;
    return {
      el,
      box: pane.box,
      scrollLeft: pane.scrollLeft,
      scrollTop: pane.scrollTop,
      rangeLeft: range((el.scrollWidth - el.clientWidth) * pane.zoom, pane.reversedX),
      rangeTop: range((el.scrollHeight - el.clientHeight) * pane.zoom, pane.reversedY),
    };
  }
  const { win } = frame;
  const scrolling = frame.doc.scrollingElement ?? frame.doc.documentElement;
  return {
    el: null,
    box: frameViewport(frame),
    scrollLeft: win.scrollX,
    scrollTop: win.scrollY,
    rangeLeft: range(scrolling.scrollWidth - win.innerWidth, frame.rtl),
    rangeTop: range(scrolling.scrollHeight - win.innerHeight, false),
  };
}

const windowScroller = (frame: FrameContext) => scrollerOf(null, frame);

function isEmptyCell(node: SnapNode): boolean {
  return CELL_ROLES.has(node.role) && !node.name && !node.actionable && node.children.length === 0;
}

/** The boxes of the panes `pane` scrolls inside, innermost first. */
function outerBoxes(pane: Pane): Box[] {
  const boxes: Box[] = [];
  for (let outer = pane.outer; outer; outer = outer.outer) boxes.push(outer.box);
  return boxes;
}

/** `inner` is `outer` or lies inside it, through shadow roots and slots. */
function flatContains(outer: Element, inner: Element): boolean {
  if (outer.contains(inner)) return true;
  for (let node = flatParent(inner); node; node = flatParent(node)) if (node === outer) return true;
  return false;
}

/** What makes a drawing a set of targets: a map's markers as SVG links, a chart's points as buttons. */
const SVG_CONTROLS =
  'a[href],[tabindex]:not([tabindex^="-"]),[onclick],[role=button],[role=link],[role=checkbox],[role=switch],[role=option],[role=menuitem]';

/** An inline SVG holding links or controls is walked like any container; any other leaf is read as one piece. */
function holdsControls(el: Element): boolean {
  return el.localName === 'svg' && el.querySelector(SVG_CONTROLS) !== null;
}

const CLIPS = /hidden|clip/;

/**
 * Whether the box lies outside `area` along an axis whose overflow is clipped (hidden or clip), where no scrolling by
 * a person reaches it. A board that scrolls sideways but clips vertically (overflow-x:auto; overflow-y:hidden) still
 * brings in the lists past its right edge.
 */
function cutsAway(overflow: string, box: Box, area: Box): boolean {
  const [x = '', y = x] = overflow.split(' ');
  const outsideX = box.right <= area.left + 1 || box.left >= area.right - 1;
  const outsideY = box.bottom <= area.top + 1 || box.top >= area.bottom - 1;
  const partlyX = box.left < area.left || box.right > area.right;
  const partlyY = box.top < area.top || box.bottom > area.bottom;
  if (!outsideX && !outsideY) return (partlyX && CLIPS.test(x)) || (partlyY && CLIPS.test(y));
  return (outsideX && CLIPS.test(x)) || (outsideY && CLIPS.test(y));
}

/** Zero high (or wide) with that axis's overflow clipped or scrolled: what it holds cannot be seen. */
function collapsed(rect: DOMRect, style: CSSStyleDeclaration): boolean {
  return (rect.height === 0 && style.overflowY !== 'visible') || (rect.width === 0 && style.overflowX !== 'visible');
}

export class Walker {
  private readonly result: WalkResult = {
    nodes: [],
    above: [],
    below: [],
    covered: [],
    unwalked: [],
    coveredControls: 0,
    frameCovers: new Map(),
    frameViews: new Map(),
    layerActive: false,
    behindLayer: 0,
  };
  private readonly layers = new Map<Document, BlockingLayer | null>();
  private readonly overflow = new Map<Element, string>();
  /** Where each clipping ancestor of read text cuts it off (null: it does not). */
  private readonly cutOffs = new Map<Element, number | null>();
  /** Positioned elements in the viewport: the only things that can paint over a control. */
  private readonly occluders: Occluder[] = [];
  /** In-viewport controls whose hit test waits until every occluder is known. */
  private readonly pending: Array<{
    node: SnapNode;
    seen: Box;
    frame: FrameContext;
    pane: Pane | null;
    behindLayer: boolean;
    /** pointer-events:none (a section locked while it saves, a kit's disabled link): a click passes through it. */
    noPointer: boolean;
  }> = [];
  /** Out-of-view controls taken as actionable without a hit test, checked against the covers once all are known. */
  private readonly unseen: Array<{ node: SnapNode; box: Box; pane: Pane | null; frame: FrameContext }> = [];
  /** Cross-origin frames in the viewport: what is painted over them is worked out once every occluder is known. */
  private readonly foreignFrames: Array<{ el: Element; seen: Box; frame: FrameContext }> = [];
  private readonly veils = new Veils();
  private readonly covers = new Covers(this.veils);
  private readonly readers: Reader[] = [];
  private readonly panes: Pane[] = [];
  private readonly owned = new OwnedElements();
  private readonly labelling = new LabellingText();
  private readonly shapes = new SiblingShapes();
  private chars = 0;
  private visited = 0;
  /**
   * What parts the next text from the one before: `line` with `lines` (a block began or ended, or a `<br>`), `space`
   * without (a `<br>` in a run of text), null when nothing but what the texts themselves say.
   */
  private gap: 'line' | 'space' | null = null;
  /** The last text read, and whether it ended in white space: a text right after it may run on unspaced. */
  private lastText: { node: Text; spaced: boolean } | null = null;
  /** With `lines`: the text line that preformatted text last ran into (more of it joins without a space). */
  private preformatted: SnapNode | null = null;

  constructor(private readonly opts: WalkOptions) {}

  run(root: Element, frame: FrameContext, inheritedNew: boolean): WalkResult {
    const layer = this.layerOf(frame);
    watch(frame.doc);
    this.scan(frame.doc);
    const rootScope = root.getRootNode();
    if (rootScope !== frame.doc && 'host' in rootScope) this.scan(rootScope as ShadowRoot);
    const scope: Scope = {
      frame,
      region: 'in',
      layer,
      inLayer: !layer || this.insideLayer(root, layer),
      isNew: inheritedNew,
      parentPointer: false,
      muted: false,
      controlName: null,
      ancestors: [],
      view: frame.clip,
      pane: null,
      whole: false,
      previous: null,
      shown: null,
      alpha: 1,
      backdrop: startingBackdrop(root, frame),
    };
    this.visitElement(root, scope, this.result.nodes);
    this.settleCoverage(frame.doc);
    this.settleFrameCovers();
    this.settleUnseen();
    this.settleText();
    this.describePanes();
    joinSplitRows(this.result.nodes);
    assignRefs(this.result.nodes);
    return this.result;
  }

  /**
   * Hit-tests the pending controls, but only those whose sample points all lie under some
   * positioned element or that take no pointer events: hit tests cost up to milliseconds each on
   * pages with thousands of positioned cards, and a point no positioned element overlaps cannot be
   * covered.
   */
  private settleCoverage(topDoc: Document): void {
    for (const { node, seen, frame, pane, behindLayer, noPointer } of this.pending) {
      const el = node.el as Element;
      // Behind a layer, the cover may be no element at all (a modal dialog's ::backdrop): always hit-test. A click
      // passing through a control reaches it only by its label or content that takes the pointer back.
      const suspect =
        behindLayer ||
        noPointer ||
        frame.doc !== topDoc ||
        coveredByParentAt(frame, seen) ||
        mayBeCovered(el, seen, this.occluders, frame.win, this.veils);
      if (!suspect || isReachable(el, seen, frame)) continue;
      if (!behindLayer && !noPointer && scrollUncovers(el, seen, frame, scrollerOf(pane, frame))) continue;
      if (!behindLayer && !noPointer && frame.host && frameBarMovesAway(seen, frame, windowScroller)) continue;
      node.actionable = false;
      // Nothing covers it: it stays on the page for what it says, like a disabled control.
      if (noPointer && !mayBeCovered(el, seen, this.occluders, frame.win, this.veils)) continue;
      node.covered = true;
      this.result.coveredControls++;
    }
  }

  /**
   * What is painted over each cross-origin frame in view: its own snapshot's hit tests see only its document. An
   * occluder over part of the frame that is on top in the middle of that part (a banner, not the dialog holding the
   * frame) covers the part; so does what covers this document's own window there.
   */
  private settleFrameCovers(): void {
    for (const { el, seen, frame } of this.foreignFrames) {
      const host = { element: el, parent: frame };
      const inFrame = (part: Box): Box => {
        const from = inFrameWindow(host, part.left - frame.offsetX, part.top - frame.offsetY);
        const to = inFrameWindow(host, part.right - frame.offsetX, part.bottom - frame.offsetY);
        return { left: from.x, top: from.y, right: to.x, bottom: to.y };
      };
      // What of it can be seen: its own reading tells what is in view by this, as a frame walked in place does.
      this.result.frameViews.set(el, isEmpty(seen) ? NOWHERE : inFrame(seen));
      if (isEmpty(seen, MIN_TARGET)) continue;
      const parts = this.occluders.map((occluder) => intersect(occluder.box, seen));
      const covers = parts.filter(
        (part) => !isEmpty(part, MIN_TARGET) && coversFramePart(el, part, frame, windowScroller),
      );
      for (const outer of coversOfThisWindow(frame)) {
        const part = intersect(outer, seen);
        if (!isEmpty(part, MIN_TARGET)) covers.push(part);
      }
      if (covers.length > 0) this.result.frameCovers.set(el, covers.slice(0, MAX_FRAME_COVERS).map(inFrame));
    }
  }

  /**
   * Out of view, a control is covered when some element of its scroller is painted over all of it, or when the scroll
   * of its pane that brings it in lays it under something outside the pane (a drawer over a list's rows).
   */
  private settleUnseen(): void {
    const paneCovers = new PaneCovers();
    for (const { node, box, pane, frame } of this.unseen) {
      const el = node.el as Element;
      const hidden =
        this.covers.hides(el, box, pane?.el ?? null, frame.win) ||
        (pane !== null &&
          pane.el.ownerDocument === frame.doc &&
          paneCovers.coversWhereScrolled(box, frame, scrollerOf(pane, frame), outerBoxes(pane)));
      if (!hidden) continue;
      node.actionable = false;
      node.covered = true;
      this.result.coveredControls++;
    }
  }

  /**
   * Text under a cover over part of the page (a panel's loading overlay, a card stacked over another) is taken back
   * once every cover is known: in view when an opaque element is on top at its sample points, out of view when an
   * opaque cover of the same scroller paints above all of it.
   */
  private settleText(): void {
    if (this.occluders.length === 0 && this.covers.empty) return;
    const cut = new Map<SnapNode, TextRun[]>();
    for (const reader of this.readers) {
      const { owner, box, seen, frame } = reader;
      const covered = isEmpty(seen, MIN_TARGET)
        ? this.covers.hides(owner, box, reader.scroller, frame.win, true)
        : mayBeCovered(owner, seen, this.occluders, frame.win, this.veils) && isPaintedOver(owner, seen, frame);
      if (!covered) continue;
      this.opts.textOwners?.delete(owner);
      for (const run of reader.runs) cut.set(run.node, [...(cut.get(run.node) ?? []), run]);
    }
    if (cut.size === 0) return;
    for (const [node, runs] of cut) {
      let name = node.name;
      for (const run of runs.sort((a, b) => b.start - a.start)) name = name.slice(0, run.start) + name.slice(run.end);
      node.name = name.replace(/\s+/g, ' ').trim();
    }
    this.result.nodes = withoutEmptied(this.result.nodes, new Set(cut.keys()));
  }

  /**
   * The part of `box` that ancestors clipping their overflow (hidden, clip) let show, up to the scroll pane holding it:
   * scrolling that pane brings the rest in.
   */
  private hardClip(box: Box, scope: Scope): Box {
    let visible = box;
    for (let i = scope.ancestors.length - 1; i >= 0; i--) {
      const ancestor = scope.ancestors[i] as Ancestor;
      if (ancestor.el === scope.pane?.el) break;
      if (contains(ancestor.box, visible)) continue;
      if (ancestor.cut || /hidden|clip/.test(this.overflowOf(ancestor, scope.frame.win))) {
        visible = intersect(visible, ancestor.box);
      }
    }
    return visible;
  }

  /**
   * The part of `box` its clipping ancestors let show. Inside what the parent shows there is nothing to cut, which is
   * the common case and costs one comparison; a fixed element escapes the clips of overflow.
   */
  private shownPart(el: Element, box: Box, scope: Scope): Box {
    if (scope.shown === null || contains(scope.shown, box, 0)) return box;
    if (scope.frame.win.getComputedStyle(el).position === 'fixed') return box;
    return this.hardClip(box, scope);
  }

  /** Each scrollable region's line says how far it scrolls; what it does not show is summarized under it. */
  private describePanes(): void {
    for (const pane of this.panes) {
      if (!pane.node) continue;
      const scroll = describeScroll(pane);
      if (scroll) pane.node.scroll = scroll;
      const beyond = beyondLines(pane);
      if (beyond.length) pane.node.beyond = beyond;
    }
  }

  /**
   * How far into a pane the detailed walk goes. With filter "all", everything. In the viewport view, what the pane
   * shows and also what it scrolled just past its edges while that still lies inside the window (a message under the
   * header, rows below a short table box, a slide beside a narrow carousel): one scroll of the pane brings it in.
   */
  private detailView(pane: Pane, scope: Scope): Box {
    return this.opts.scope === 'viewport' ? scope.view : pane.view;
  }

  private layerOf(frame: FrameContext): BlockingLayer | null {
    let layer = this.layers.get(frame.doc);
    if (layer === undefined) {
      layer = detectBlockingLayer(frame.doc, frame.win);
      this.layers.set(frame.doc, layer);
      if (layer) this.result.layerActive = true;
    }
    return layer;
  }

  private insideLayer(el: Element, layer: BlockingLayer): boolean {
    for (const root of layer.roots) if (flatContains(root, el)) return true;
    return false;
  }

  /** Holds a layer root in its flat tree: a modal dialog can sit in the shadow root of an element that holds it. */
  private holdsLayer(el: Element, layer: BlockingLayer): boolean {
    for (const root of layer.roots) if (flatContains(el, root)) return true;
    return false;
  }

  /** Past the budget, what is in the viewport is still walked: it is never what gets cut. */
  private inViewport(el: Element, frame: FrameContext): boolean {
    if (this.visited >= this.opts.maxElements) return false;
    const rect = el.getBoundingClientRect();
    return rect.width === 0 || rect.height === 0 || !isEmpty(intersect(toTop(rect, frame), frame.clip));
  }

  private exhausted(): boolean {
    return this.chars > this.opts.charBudget || this.visited >= this.opts.maxElements;
  }

  private overflowOf(ancestor: Ancestor, win: Window): string {
    if (ancestor.overflow !== undefined) return ancestor.overflow;
    const { el } = ancestor;
    let value = this.overflow.get(el);
    if (value === undefined) {
      const style = win.getComputedStyle(el);
      value = `${style.overflowX} ${style.overflowY}`;
      this.overflow.set(el, value);
    }
    return value;
  }

  /**
   * The part of `box` not clipped away by ancestors. Only ancestors whose box does not contain it
   * are asked for their overflow, so most elements cost nothing here. `hidden`: clipped by
   * overflow hidden/clip (a person cannot scroll to it); `scrolled`: inside a scroll container
   * but scrolled out of its view (reachable by scrolling that container).
   */
  private clipByAncestors(el: Element, box: Box, scope: Scope): { visible: Box; hidden: boolean; scrolled: boolean } {
    let visible = box;
    let scrolled = false;
    for (let i = scope.ancestors.length - 1; i >= 0; i--) {
      const ancestor = scope.ancestors[i] as Ancestor;
      if (contains(ancestor.box, visible)) continue;
      const overflow = ancestor.cut ? 'clip clip' : this.overflowOf(ancestor, scope.frame.win);
      if (overflow === 'visible visible') continue;
      const inner = intersect(visible, ancestor.box);
      const hard = cutsAway(overflow, visible, ancestor.box);
      // Showing a sliver at the edge of a region that scrolls, it is reached by scrolling that region.
      if (isEmpty(inner, hard ? 1 : MIN_TARGET)) {
        if (!hard) {
          // Scrolling this container brings the element into its box: outer clips are judged from there.
          scrolled = true;
          visible = ancestor.box;
          continue;
        }
        if (scope.frame.win.getComputedStyle(el).position === 'fixed') return { visible, hidden: false, scrolled };
        return { visible, hidden: true, scrolled };
      }
      visible = inner;
    }
    return { visible, hidden: false, scrolled };
  }

  /** `apart`: each element child's text starts a text of its own (a grid's items, which may be a sheet's cells). */
  private visitChildren(
    el: Element | Document,
    scope: Scope,
    out: SnapNode[],
    textVisible: boolean,
    style?: CSSStyleDeclaration,
    apart = false,
  ): void {
    let children: ArrayLike<Node>;
    if (isElement(el as Node)) {
      const shadow = shadowRootOf(el as Element);
      if (shadow) {
        watch(shadow);
        this.scan(shadow);
      }
      children = flatChildren(el as Element);
    } else {
      children = el.childNodes;
    }
    const readable = textVisible && !scope.muted && (!scope.layer || scope.inLayer);
    const readText = readable && this.opts.withText;
    const owners = readable && isElement(el as Node) ? this.opts.textOwners : undefined;
    // Whether the text here is painted in a colour that shows, asked at the first text that is not blank.
    let ink: boolean | undefined;
    let kept: KeptSpace = null;
    let reader: Reader | null = null;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Node;
      if (isElement(child)) {
        if (child.localName === 'br') this.gap = this.opts.lines ? 'line' : 'space';
        if (this.owned.isOwned(child)) continue;
        const block = apart || (this.opts.lines === true && startsLine(scope.frame.win.getComputedStyle(child)));
        if (block) this.gap = 'line';
        this.visitElement(child, this.scopeFor(child, scope), out);
        if (block) this.gap = 'line';
      } else if (isText(child) && readable) {
        // White space between two texts parts them, also when it is all a text holds (`<b>$5</b> <i>each</i>`).
        if (this.gap === null && !/\S/.test(child.data)) this.gap = 'space';
        if (ink === undefined) {
          if (!/\S/.test(child.data)) continue;
          const { win } = scope.frame;
          const own = style ?? win.getComputedStyle(el as Element);
          if (this.opts.lines) kept = keptSpace(own);
          ink = inkShows(el as Element, own, win)
            ? !blendsIn(el as Element, own, scope.backdrop.get(), scope.alpha, win)
            : drawnUnder(el as Element, own);
          if (ink) reader = this.reader(el as Element, scope);
        }
        if (!ink) continue;
        const bottom = readText ? this.cutOffAbove(scope) : null;
        const data = bottom === null ? child.data : shownAbove(child, bottom);
        const run = readText ? this.addText(data, child, scope, out, kept) : null;
        if (run) reader?.runs.push(run);
        owners?.add(el as Element);
      }
    }
    if (isElement(el as Node)) this.visitOwned(el as Element, scope, out);
  }

  /**
   * A top-layer element starts over: no ancestor clips it, and no pane scrolls it. Painted apart from the control it
   * was declared in (a dropdown's open list inside the dropdown's host), its text is not that control's name.
   */
  private scopeFor(child: Element, scope: Scope): Scope {
    if (!inTopLayer(child)) return scope;
    const { frame } = scope;
    return {
      ...scope,
      muted: false,
      controlName: null,
      parentPointer: false,
      ancestors: [],
      shown: null,
      view: frame.clip,
      pane: null,
      previous: null,
      region: 'in',
      backdrop: UNKNOWN_BACKDROP,
    };
  }

  /**
   * Elements the node owns through aria-owns, as its last children. Clipping is judged by their own DOM ancestors
   * only (a popup an owner places elsewhere is not clipped by the owner's overflow).
   */
  private visitOwned(owner: Element, scope: Scope, out: SnapNode[]): void {
    for (const owned of this.owned.ownedBy(owner)) {
      const ancestors = scope.ancestors.filter((a) => a.el.contains(owned));
      this.visitElement(owned, { ...scope, ancestors, backdrop: UNKNOWN_BACKDROP }, out);
    }
  }

  /** The links of the image map an image uses, laid over it: each is hit-tested where its shape lies on the image. */
  private visitAreas(img: Element, image: Box, scope: Scope, out: SnapNode[]): void {
    const { frame } = scope;
    const behindLayer = scope.layer !== null && !scope.inLayer;
    for (const area of linkedAreas(img)) {
      const box = areaBox(area, image);
      if (isEmpty(box, MIN_TARGET)) continue;
      const { visible, hidden, scrolled } = this.clipByAncestors(img, box, scope);
      if (hidden) continue;
      const region = isEmpty(intersect(box, scope.view)) ? 'out' : 'in';
      const node = makeNode('link', accessibleName(area, 'link'), area, region, scope.isNew);
      node.actionable = true;
      node.states = statesOf(area, 'link', false);
      node.attrs = attributesOf(area, 'link', node.name);
      this.chars += node.name.length + node.attrs.join(' ').length + 24;
      const seen = intersect(visible, frame.clip);
      if (!scrolled && !isEmpty(seen, MIN_TARGET)) {
        this.pending.push({ node, seen, frame, pane: scope.pane, behindLayer, noPointer: false });
      } else this.unseen.push({ node, box, pane: scope.pane, frame });
      out.push(node);
    }
  }

  /**
   * Where the nearest ancestor that clips or scrolls the text in `scope` cuts it off (clamped-text.ts), read once per
   * ancestor; null when none cuts it (a scroll pane shows the rest as it scrolls).
   */
  private cutOffAbove(scope: Scope): number | null {
    const { ancestors } = scope;
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const { el, overflow } = ancestors[i] as Ancestor;
      if (overflow === undefined || overflow.endsWith(' visible')) continue;
      let bottom = this.cutOffs.get(el);
      if (bottom === undefined) {
        bottom = cutOffAt(el, scope.frame.win.getComputedStyle(el));
        this.cutOffs.set(el, bottom);
      }
      return bottom;
    }
    return null;
  }

  /** Reads what re-parents elements (aria-owns) and what names controls (aria-labelledby) in a document or shadow root. */
  private scan(scope: Document | ShadowRoot): void {
    this.owned.scan(scope);
    this.labelling.scan(scope);
  }

  /**
   * Reads a text into the text line it continues (or a new one); says where it went, null when it was not kept.
   * `kept`: the white space the text keeps (with `lines` only): preformatted text runs on into its own line unspaced.
   */
  private addText(raw: string, from: Text, scope: Scope, out: SnapNode[], kept: KeptSpace = null): TextRun | null {
    let text = laidOutText(raw, kept);
    const last = out[out.length - 1];
    const continues = last?.role === 'text' && this.gap !== 'line';
    const inPreformatted = kept !== null && continues && last === this.preformatted;
    if (kept && !inPreformatted) text = text.replace(/^\s*\n/, '');
    if (!/\S/.test(text) && !inPreformatted) return null;
    this.chars += text.length + 8;
    const { gap, lastText: before } = this;
    this.gap = null;
    this.lastText = { node: from, spaced: /\s$/.test(raw) };
    if (continues && last.name.length < TEXT_NODE_LIMIT) {
      const start = last.name.length;
      const seamless = gap === null && before !== null && !before.spaced && !/^\s/.test(raw);
      const unspaced = inPreformatted || (seamless && runsOn(before.node, from, scope.frame.win));
      last.name += unspaced ? text : ` ${text}`;
      this.preformatted = kept ? last : null;
      return { node: last, start, end: last.name.length };
    }
    // read_page keeps one line of a run of text; the page text goes on in a new one.
    if (continues && !this.opts.lines) return null;
    const node = makeNode('text', text, null, scope.region, scope.isNew);
    this.preformatted = kept ? node : null;
    out.push(node);
    return { node, start: 0, end: text.length };
  }

  /** Files an element whose text is read, to be taken back if a cover turns out to lie over it; null without a box. */
  private reader(owner: Element, scope: Scope): Reader | null {
    const top = scope.ancestors[scope.ancestors.length - 1];
    return top?.el === owner ? this.fileReader(owner, top.box, scope, []) : null;
  }

  private fileReader(owner: Element, box: Box, scope: Scope, runs: TextRun[]): Reader {
    const reader = {
      owner,
      box,
      seen: intersect(box, scope.view),
      frame: scope.frame,
      scroller: scope.pane?.el ?? null,
      runs,
    };
    this.readers.push(reader);
    return reader;
  }

  private visitElement(el: Element, scope: Scope, out: SnapNode[]): void {
    try {
      this.visitReadable(el, scope, out);
    } catch {
      // A page can make an element unreadable (a form's fields are its named properties in every world: a field named
      // "getAttribute" hides the form's own). It is left out, not the page: read without their container, its
      // controls could show what the container hides.
    }
  }

  private visitReadable(el: Element, scope: Scope, out: SnapNode[]): void {
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) return;
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return;
    const { frame } = scope;
    if (this.exhausted() && !this.inViewport(el, frame)) {
      this.result.unwalked.push(el);
      return;
    }
    this.visited++;
    // A field a UI kit fades out over the control its wrapper draws is that control (the wrapper's paint is its own).
    const rendered = rendering(el, frame.win);
    const fadedField = rendered === 'none' && fadedOverDrawing(el, frame.win);
    const shown = fadedField ? 'visible' : rendered;
    if (shown === 'none') return;
    const isNew = scope.isNew || (this.opts.markNew && wasInserted(el));
    if (shown === 'contents') {
      this.visitContents(el, isNew === scope.isNew ? scope : { ...scope, isNew }, out);
      return;
    }
    const rect = el.getBoundingClientRect();
    const zero = rect.width === 0 || rect.height === 0;
    const box = toTop(rect, frame);
    // Over the sibling before it: a grid item in the same cell, or moved there by a transform or a negative margin.
    const stacked = !zero && scope.previous !== null && overlaps(box, scope.previous, 1);
    if (!zero) scope.previous = box;
    const { pane } = scope;
    const offStart = (b: Box): boolean => (pane ? beforePaneStart(pane, b) : isOffPage(fromTop(b, frame), frame));
    let onScreen = zero || !isEmpty(intersect(box, scope.view));
    // A box before the view whose overflow reaches back in (a carousel's wrapper translated away, its shown slide
    // overflowing it) is judged by what it reaches. Overflow runs to the end side: a box past the view stays past it.
    const rtl = pane ? pane.reversedX : frame.rtl;
    const { view } = scope;
    const beforeView = box.bottom <= view.top || (rtl ? box.left >= view.right : box.right <= view.left);
    // A row on screen is walked whole, so a row cut at an edge is not read as empty; but a cell a pane scrolled
    // sideways past the window's edge is filed beside the pane, as a strip's items are (a statement scrolled to its
    // latest months lists those and what peeks in beside them, not a year of cells).
    const whole = scope.whole && !(pane && (box.right <= view.left || box.left >= view.right));
    const summarized = !onScreen && !whole && this.opts.scope === 'viewport';
    let reach = box;
    if (!zero && ((summarized && beforeView) || offStart(box))) {
      reach = withVisibleOverflow(el, box, frame.win.getComputedStyle(el), rtl);
      if (offStart(reach)) return;
      onScreen = !isEmpty(intersect(reach, scope.view));
    }
    const inLayer = scope.inLayer || (scope.layer?.roots.has(el) ?? false);
    const holdsLayer = scope.layer && !inLayer && this.holdsLayer(el, scope.layer);
    if (scope.layer && !inLayer && !holdsLayer && !zero) this.result.behindLayer++;
    // A table's header rows can scroll away while their sticky cells stay on screen: they are walked whole (small).
    const stickyHead = tag === 'thead';
    const shows = zero ? scope.shown : this.shownPart(el, reach, scope);
    // Cut away whole by a clipping ancestor (a carousel slide beyond its track): neither its text nor its headings read.
    const clippedAway = shows !== null && isEmpty(shows, 1);
    if (!onScreen && !whole && this.opts.scope === 'viewport' && !holdsLayer && !stickyHead) {
      // A sheet pushed below a column that clips: no scroll brings it in, so no summary offers it. Nor a drawer parked
      // off-screen at visibility:hidden, unless part of it shows again.
      if (this.clipByAncestors(el, reach, scope).hidden) return;
      if (shown === 'self-hidden' && !showsAgain(el)) return;
      const beyond = paneBeyond(pane, box);
      if (scope.layer && !inLayer) this.result.covered.push(el);
      else if (beyond) fileBeyond(beyond.pane, beyond.side, el);
      else if (box.bottom <= frame.clip.top) this.result.above.push(el);
      else this.result.below.push(el);
      return;
    }
    const region = onScreen ? 'in' : 'out';
    // An <object> showing an HTML page of this origin is a frame like any other.
    if (tag === 'iframe' || tag === 'frame' || (tag === 'object' && frameDocument(el))) {
      if (shown === 'visible') this.visitFrame(el, box, region, { ...scope, inLayer, isNew }, out);
      return;
    }
    let role = computeRole(el);
    if (role === 'none' || isCollapsedPopup(el, role)) return;

    const style = frame.win.getComputedStyle(el);
    // Faded out or masked away (a near-zero opacity, filter: opacity(0), a transparent mask): nothing in it is seen.
    let alpha = fadedField ? scope.alpha : scope.alpha * paintShare(style);
    if (alpha < UNSEEN) {
      // A chart's proxy button over the legend item it draws is what a click on that item reaches.
      if (scope.alpha < UNSEEN || !proxyOverDrawing(el, role, style)) return;
      alpha = scope.alpha;
    }
    const backdrop = new LazyBackdrop(el, style, scope.backdrop);
    // A panel collapsed to zero with its overflow clipped, or a box cut to nothing by clip-path/clip: nothing in it shows.
    if (collapsed(rect, style)) {
      this.visitEscapees(el, style.position !== 'static', scope, out);
      return;
    }
    // Scaled flat (scale(0), scaleY(0)): nothing in it shows, fixed descendants included (a transform contains them).
    if (zero && isFlattened(style.transform)) return;
    // content-visibility:hidden (a closed tab panel, hidden=until-found) renders none of what it holds.
    if (style.contentVisibility === 'hidden') return;
    // Fixed past the window's edge (an off-canvas drawer or sheet): no scrolling brings it in.
    if (style.position === 'fixed' && !zero && isEmpty(intersect(box, frameViewport(frame)))) return;
    const cut = zero ? null : clipBoxOf(style, box);
    // Read once for the pane test and the clip checks of its descendants; leaves and empty boxes hold nothing to clip.
    const overflow = zero || LEAF_TAGS.has(tag) ? undefined : `${style.overflowX} ${style.overflowY}`;
    // Only overflow:clip paints past the box (by its overflow-clip-margin); the margin is read for those alone.
    const clipArea = overflow?.includes('clip') ? overflowClipArea(style.overflowClipMargin, box) : box;
    // Text at font-size 0 takes no space, which leaves its element without a box: children set their own size.
    const textShown = shown === 'visible' && !clippedAway && !(zero && style.fontSize === '0px');
    if (cut && isEmpty(cut, 1)) return;
    // Cut away whole by an ancestor that clips without letting a person scroll (a carousel's next slide, a month
    // pre-rendered beside the shown one): nothing in it shows. Positioned boxes may escape the clip; they are judged
    // as controls are.
    const inFlow = style.position === 'static' || style.position === 'relative' || style.position === 'sticky';
    if (!zero && inFlow && this.clipByAncestors(el, reach, scope).hidden) return;
    const pointer = style.cursor === 'pointer' || isDragSource(el, style.cursor);
    // A list box or text area scrolls its own content, which the model reads from its line.
    const ownPane = overflow === undefined ? null : paneOf(el, overflow, style, rect, frame, scope.view);
    if (ownPane) ownPane.outer = pane;
    // Positioned elements and those stacked over their sibling may paint over other content (a transform alone lifts
    // an element over the flow too, but reading it for every element costs more than that case is worth).
    const layered = style.position !== 'static' || stacked;
    // Sunk below an ancestor's opaque background by a negative z-index: nothing in it shows.
    const sinks = !zero && style.position !== 'static' && style.zIndex.startsWith('-');
    if (sinks && sunkBelowAncestor(el, rect, frame.win)) return;
    // The faces of a flip card overlap (so they are layered): the one turned away shows nothing.
    if (layered && isTurnedAway(el, style, frame.win)) return;
    // A popup anchored to a control scrolled out of view is not painted (position-visibility).
    const painted = layered && onScreen && !zero && shown === 'visible';
    if (painted && hiddenForAnchor(el, style, intersect(box, scope.view), frame)) return;
    if (layered && !zero && shown === 'visible') {
      if (onScreen) this.occluders.push({ el, box });
      // Fixed and sticky ones stay put while a control is scrolled to: the hit test after the scroll judges those.
      const staysPut = style.position === 'fixed' || style.position === 'sticky';
      if (!staysPut && style.pointerEvents !== 'none') {
        const shows = this.hardClip(cut ?? box, scope);
        if (!isEmpty(shows)) this.covers.add({ el, box: shows, scroller: pane?.el ?? null });
      }
    }
    let interactive = isInteractive(el, role, pointer, scope.parentPointer);
    // A row clickable only by its cursor that says the name of the control it lies in (a tree item's or an option's
    // row, clicked through a listener on the tree; the item's name may go on with an icon's label) is that control,
    // not a second target inside it.
    if (interactive && scope.controlName && role === 'generic' && cursorOnly(el)) {
      const said = accessibleName(el, role, { fromContent: true, skipControls: true });
      interactive = !said || (scope.controlName !== said && !scope.controlName.startsWith(`${said} `));
    }
    let control: Element = el;
    let name: string | null = null;
    // Text naming a shown control by aria-labelledby is printed as that control's name, not again.
    let muted = scope.muted || this.labelling.names(el);
    if (tag === 'label') {
      const labelled = (el as HTMLLabelElement).control;
      if (labelled) {
        // The label is the control's name; it stands in for the control when that is not visible itself (a field a kit
        // fades over its drawing is visible), a disabled one too (a sold-out size is printed disabled, without a ref).
        muted = true;
        const seen = isVisibleControl(labelled, frame.win) || fadedOverDrawing(labelled, frame.win);
        if (!seen) {
          control = labelled;
          role = computeRole(labelled);
          interactive = true;
          name = contentText(el, 160, labelled) || accessibleName(labelled, role);
        } else if (seen && role === 'generic' && cursorOnly(el)) {
          // Its control is offered itself: a label clickable only by its cursor is no second target.
          interactive = false;
        }
      }
    }

    // A control whose text is not seen (transparent, or too small): seen only if something else of it paints (a box,
    // an icon). One that is seen keeps its accessible name, as visually hidden label text names an icon button.
    const inkless =
      interactive &&
      control === el &&
      shown === 'visible' &&
      !zero &&
      (!inkShows(el, style, frame.win) || blendsIn(el, style, backdrop.get(), alpha, frame.win));
    if (inkless && !paintsSomething(el, style, frame.win) && !drawnUnder(el, style)) return;

    // A drag source (a sortable item) is named by its text, so find can match it and give its centre.
    if (interactive && name === null && isDragSource(el, style.cursor) && !accessibleName(el, role)) {
      name = contentText(el, 160);
      muted = true;
    }
    const behindLayer = scope.layer !== null && !inLayer;
    let actionable = false;
    let hitTest: Box | null = null;
    let outOfSight = false;
    // The text of a control no one can see (zero-sized, clipped away) is not readable either.
    if (interactive && zero) muted = true;
    if (interactive && shown === 'visible' && !zero) {
      const { visible, hidden, scrolled } = this.clipByAncestors(el, cut ?? box, scope);
      const seen = intersect(visible, frame.clip);
      if (hidden) muted = true;
      else if (behindLayer) {
        // A layer over the whole window hides what is under it, but not what the page stacked above it (a toast in
        // an app whose root is a full-window fixed layer): in view, the hit test decides.
        if (!scrolled && !isEmpty(seen, MIN_TARGET)) {
          actionable = true;
          hitTest = seen;
        }
      } else if (scrolled || isEmpty(seen)) {
        // Out of view as in it, a speck too small to point at (a control scaled to a few percent) is no target.
        actionable = !isEmpty(cut ?? box, MIN_TARGET);
        outOfSight = actionable;
      } else if (!isEmpty(seen, MIN_TARGET)) {
        actionable = true;
        hitTest = seen;
      } else if (!isEmpty(visible, MIN_TARGET)) {
        actionable = true; // peeks in at the edge: a scroll brings it in
        outOfSight = true;
      }
    }
    // A slider is hit-tested where its thumb is drawn: a two-thumb slider's inputs take the pointer there alone.
    const thumb = hitTest && thumbSpot(el, cut ?? box, frame.win);
    if (hitTest && thumb && !isEmpty(intersect(thumb, hitTest), 1)) hitTest = intersect(thumb, hitTest);

    const childScope: Scope = {
      frame,
      region,
      layer: scope.layer,
      inLayer,
      isNew,
      parentPointer: pointer,
      muted,
      controlName: actionable ? null : scope.controlName,
      ancestors: scope.ancestors,
      shown: cut && shows ? intersect(shows, cut) : shows,
      view: ownPane ? this.detailView(ownPane, scope) : scope.view,
      pane: ownPane ?? pane,
      whole: scope.whole || stickyHead || (onScreen && WHOLE_ROLES.has(role)),
      previous: null,
      alpha,
      backdrop,
    };
    // A container hidden itself (visibility:hidden) gets no line: its line would say it is there.
    const structural =
      (STRUCTURE_ROLES.has(role) || ownPane !== null) &&
      shown === 'visible' &&
      !behindLayer &&
      !clippedAway &&
      !(scope.muted && TEXTUAL_ROLES.has(role));
    if (!actionable && !structural && (tag === 'dt' || tag === 'dd') && !scope.muted) {
      this.visitDescriptionPart(el, tag, isNew, out, (parts) =>
        this.descend(el, clipArea, overflow, zero, childScope, parts, textShown ? style : null, cut, style),
      );
      return;
    }
    if (!actionable && !structural) {
      const repeats = this.shapes.repeats(el);
      const from = repeats ? 0 : out.length;
      const parts: SnapNode[] = repeats ? [] : out;
      this.descend(el, clipArea, overflow, zero, childScope, parts, textShown ? style : null, cut, style);
      // A skeleton of something still loading (aria-busy) shows nothing a reader could tell from a gap: say so.
      if (parts.length === from && shown === 'visible' && !zero && isBusy(el)) {
        const skeleton = makeNode(role, accessibleName(el, role), el, region, isNew);
        skeleton.states.push('loading');
        out.push(skeleton);
        return;
      }
      if (!repeats) return;
      if (!formsItem(parts)) {
        out.push(...parts);
        return;
      }
      const item = makeNode(REPEATED_ITEM, '', el, parts.some((p) => p.region === 'in') ? 'in' : 'out', isNew);
      item.children = parts;
      out.push(item);
      return;
    }

    const disabled = actionable && isDisabled(control);
    const withName = actionable || NAMED_STRUCTURE.has(role) || !NAME_FROM_CONTENT.has(role);
    // A heading or container shows its own text; the controls inside it get lines of their own.
    // Controls inside a control (a card's assignee button, a tab's close button) have lines of their own.
    const nameOptions = { fromContent: actionable && role === 'generic' && !ownPane, skipControls: true };
    const shownRole = ownPane && role === 'generic' ? 'scrollarea' : role;
    let ownName = name ?? (withName ? accessibleName(el, role, nameOptions) : '');
    if (actionable && !ownName && OVERLAID_ROLES.has(role)) ownName = wordsBeneath(el);
    const node = makeNode(shownRole, ownName, el, region, isNew);
    // A heading shows its own text: it too is taken back if a cover lies over it.
    if (role === 'heading' && !actionable && ownName && !zero) {
      this.fileReader(el, box, scope, [{ node, start: 0, end: ownName.length }]);
    }
    if (ownPane) {
      ownPane.node = node;
      this.panes.push(ownPane);
    }
    if (this.opts.scope === 'viewport' && contains(scope.view, box)) node.shownWhole = true;
    node.actionable = actionable && !disabled;
    if (actionable || role === 'heading') {
      node.states = statesOf(control, role, disabled);
      if (actionable) node.attrs = attributesOf(control, role, node.name);
      // A focusable scroll region (tabindex=0 so keys scroll it) holds content; it is not a control named by it.
      const namedByContent = !ownPane && (NAME_FROM_CONTENT.has(role) || role === 'generic');
      if (namedByContent || role === 'textbox' || role === 'combobox') childScope.muted = true;
      if (namedByContent && role !== 'generic' && ownName) childScope.controlName = ownName;
    } else if (role === 'row') node.states = statesOf(el, role, false);
    else if (role === 'listitem' || CELL_ROLES.has(role)) node.states = marksOf(el);
    else if (isBusy(el)) node.states.push('loading');
    else if (MEASURES.has(role)) node.attrs = measureOf(el);
    if (actionable && interactive && role === 'generic') node.states.unshift(pointer ? 'clickable' : 'focusable');
    // A virtualized grid holds only the rows near its view: the count says how many there are.
    const rowCount = TABLE_ROLES.has(role) ? el.getAttribute('aria-rowcount') : null;
    if (rowCount && /^\d+$/.test(rowCount)) node.states.push(`rowcount=${rowCount}`);
    // A cell is printed as a part of its row's line (` | "…"`), not a line of its own.
    this.chars += node.name.length + node.attrs.join(' ').length + (CELL_ROLES.has(role) ? 4 : 24);
    this.descend(el, clipArea, overflow, zero, childScope, node.children, textShown ? style : null, cut, style);
    // A wrapper clickable only by its cursor that draws the one control laid over it (a kit's checkbox) is that control.
    if (node.actionable && role === 'generic' && pointer && drawsOnlyItsControl(el, node.children, box, frame)) {
      out.push(...node.children);
      return;
    }
    // A combobox wrapper around the text input it opens a list for (ARIA 1.1) is that input.
    const input = node.actionable ? wrappedInput(el, node) : null;
    if (input) {
      foldIntoInput(node, input);
      out.push(...node.children);
      return;
    }
    // A host whose shadow root delegates focus to a control inside (a kit's text field) is that control.
    if (node.actionable && role === 'generic' && delegatesToControl(el, node.children)) {
      out.push(...node.children);
      return;
    }
    // Targets inside a target named by its content (a web component's tree item holding its nested items, a clickable
    // card's focusable title) have lines of their own: the outer name keeps only its own words.
    if (name === null && ownName && (nameOptions.fromContent || NAME_FROM_CONTENT.has(role))) {
      const inner = targetsWithin(node.children);
      const own = inner.size ? accessibleName(el, role, { ...nameOptions, leaveOut: inner }) : ownName;
      if (own && own !== ownName) {
        node.name = own;
        node.attrs = attributesOf(control, role, own);
      }
    }
    // A grid cell or tree item focusable only by its widget's roving focus, with nothing in it but controls (a file
    // tree's folder link and its toggle): they are the targets (a file tile, named by its text, stays one), also when
    // the kit's header class gives the cell a pointer (a filter row styled like its sortable headers).
    const onlyControls = !node.name && node.children.some((child) => child.actionable);
    if (HANDS_TO_CONTROLS.has(role) && onlyControls && rovingOnly(el)) {
      node.actionable = false;
    } else if (hitTest) {
      const noPointer = style.pointerEvents === 'none';
      this.pending.push({ node, seen: hitTest, frame, pane: scope.pane, behindLayer, noPointer });
    } else if (outOfSight && passesThrough(el, style, frame.win)) {
      node.actionable = false;
    } else if (outOfSight) this.unseen.push({ node, box: cut ?? box, pane, frame });
    const only = node.children.length === 1 ? node.children[0] : undefined;
    // A heading that is just a link: the link carries the name, the heading only its level.
    if (role === 'heading' && only?.actionable && only.name === node.name) node.name = '';
    // A progress bar or meter says its value even unnamed (an upload's bar): that value is what it is there for.
    const measured = MEASURES.has(role) && node.attrs.length > 0;
    // A row collapsed to nothing (a detail row folded away) holds no column open: its empty cells say nothing.
    if (zero && role === 'row') node.children = node.children.filter((child) => !isEmptyCell(child));
    const worthALine = node.actionable || disabled || node.name || node.children.length > 0 || ownPane || measured;
    // An empty cell is printed (`""`), but not one whose text names a control around it (a row clicked as a whole).
    if (worthALine || (CELL_ROLES.has(role) && !scope.muted)) out.push(node);
  }

  /**
   * A description list's term and its definitions make one line, `Order number | #A-1042`, as a row's cells do: run on
   * into the text around them, the pairs of an order summary would read as one string of words.
   */
  private visitDescriptionPart(
    el: Element,
    tag: 'dt' | 'dd',
    isNew: boolean,
    out: SnapNode[],
    descend: (parts: SnapNode[]) => void,
  ): void {
    const parts: SnapNode[] = [];
    descend(parts);
    if (parts.length === 0) return;
    const last = out[out.length - 1];
    if (tag === 'dd' && last?.role === REPEATED_ITEM && last.el && DESCRIPTION_PARTS.has(last.el.localName)) {
      last.children.push(...parts);
      if (parts.some((p) => p.region === 'in')) last.region = 'in';
      return;
    }
    const item = makeNode(REPEATED_ITEM, '', el, parts.some((p) => p.region === 'in') ? 'in' : 'out', isNew);
    item.children = parts;
    out.push(item);
  }

  /** An element without a box of its own: its children are laid out by its parent, but a row stays a row. */
  private visitContents(el: Element, scope: Scope, out: SnapNode[]): void {
    const role = computeRole(el);
    if (!CONTENTS_ROLES.has(role)) {
      this.visitChildren(el, scope, out, true);
      return;
    }
    const node = makeNode(role, '', el, scope.region, scope.isNew);
    // Nothing to scroll to or read by ref that its lines do not show.
    node.shownWhole = true;
    this.visitChildren(el, scope, node.children, true);
    if (node.children.length) out.push(node);
  }

  /**
   * What a collapsed box does not clip: fixed descendants (a toast, an app root over a zero-height body), and
   * absolutely positioned ones whose containing block lies outside it. Everything else in it is hidden.
   */
  private visitEscapees(el: Element, contained: boolean, scope: Scope, out: SnapNode[]): void {
    const children = flatChildren(el);
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Node;
      if (!isElement(child) || SKIP_TAGS.has(child.localName)) continue;
      const position = scope.frame.win.getComputedStyle(child).position;
      if (position === 'fixed' || (position === 'absolute' && !contained)) {
        this.visitElement(child, this.scopeFor(child, scope), out);
      } else this.visitEscapees(child, contained || position !== 'static', scope, out);
    }
  }

  private descend(
    el: Element,
    box: Box,
    overflow: string | undefined,
    zero: boolean,
    scope: Scope,
    out: SnapNode[],
    /** The element's style when its own text is shown (null when it is not): the text's colour is read from it. */
    text: CSSStyleDeclaration | null,
    cut: Box | null,
    /** The element's style: a flex container laying its items out in reverse lists them as shown (reading-order.ts). */
    style: CSSStyleDeclaration,
  ): void {
    if (LEAF_TAGS.has(el.localName) && !holdsControls(el)) {
      if (el.localName === 'img') this.visitAreas(el, box, scope, out);
      this.visitOwned(el, scope, out);
      return;
    }
    const from = out.length;
    // A grid's items are read apart, in case they make a sheet of cells (grid-sheet.ts).
    const columns = sheetColumns(style);
    if (zero) {
      this.visitChildren(el, scope, out, text !== null, text ?? undefined, columns > 0);
    } else {
      scope.ancestors.push(cut ? { el, box: cut, cut: true } : { el, box, overflow });
      this.visitChildren(el, scope, out, text !== null, text ?? undefined, columns > 0);
      scope.ancestors.pop();
    }
    // Read only where there is an order to change (most elements add one line or none).
    if (out.length - from > 1 && laysOutReversed(style)) reverseFrom(out, from);
    const rows = columns > 0 ? sheetRows(el, out.slice(from), columns, el.childElementCount) : null;
    if (rows) out.splice(from, out.length - from, ...rows);
  }

  /** Same-origin frames are walked in place; a cross-origin frame gets a slot for its own snapshot. */
  private visitFrame(el: Element, box: Box, region: 'in' | 'out', scope: Scope, out: SnapNode[]): void {
    if (isEmpty(box, MIN_TARGET)) return;
    const seen = intersect(box, scope.view);
    const reachable = isEmpty(seen, MIN_TARGET) ? !(scope.layer && !scope.inLayer) : isReachable(el, seen, scope.frame);
    if (!reachable) return;
    const node = makeNode('iframe', accessibleName(el, 'iframe'), el, region, scope.isNew);
    const doc = frameDocument(el);
    if (doc) {
      watch(doc);
      this.scan(doc);
      const frame = childFrame(el, box, { ...scope.frame, clip: scope.view }, doc);
      const layer = this.layerOf(frame);
      const pane = framePane(el, node, frame);
      pane.outer = scope.pane;
      this.panes.push(pane);
      const inner: Scope = {
        frame,
        region,
        layer,
        inLayer: !layer,
        isNew: scope.isNew,
        parentPointer: false,
        muted: false,
        controlName: null,
        ancestors: [],
        view: frame.clip,
        pane,
        whole: false,
        previous: null,
        shown: null,
        alpha: scope.alpha,
        backdrop: startingBackdrop(doc.body ?? doc.documentElement, frame),
      };
      const body = doc.body ?? doc.documentElement;
      this.visitElement(body, inner, node.children);
    } else {
      node.frameSlot = 'pending';
      this.foreignFrames.push({ el, seen, frame: scope.frame });
    }
    this.chars += 40;
    out.push(node);
  }
}
