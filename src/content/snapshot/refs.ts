// Stable element references. A ref is minted once per element and per document (WeakMap keyed by
// the element), so the same element keeps `ref_12` across snapshots; an element the page
// re-renders is a new element and gets a new ref. Resolving an old ref never falls back to a
// look-alike: it reports why the ref is stale.
//
// Format: `ref_<n>` in the top frame, `ref_<ns>_<n>` in a frame whose namespace was set with
// setRefNamespace (the service worker gives each cross-origin frame its own, e.g. `f3`).

export type StaleRef = { stale: true; reason: string };

interface RefEntry {
  target: WeakRef<Element>;
  /** What the element was, for the stale message (`button "Buy"`). */
  label: string;
}

const numberOf = new WeakMap<Element, number>();
const entries = new Map<number, RefEntry>();
let counter = 0;
let namespace = '';

/**
 * Starts this document's numbering above every ref earlier documents in the tab used, so a ref the model kept from
 * before a navigation is "unknown on this page" instead of naming whatever element got the same number here. Only a
 * document that has minted nothing yet can move its floor.
 */
export function raiseRefFloor(floor: number): void {
  if (entries.size === 0 && counter < floor) counter = floor;
}

/** The highest ref number minted in this document (for the next document's floor). */
export function highestRef(): number {
  return counter;
}

/** Refs minted from now on (and parsed by resolveRef) carry this namespace; '' for the top frame. */
export function setRefNamespace(ns: string): void {
  if (!/^[a-z0-9]*$/i.test(ns)) throw new Error(`invalid ref namespace "${ns}": letters and digits only`);
  namespace = ns;
}

export function refNamespace(): string {
  return namespace;
}

function format(n: number): string {
  return namespace ? `ref_${namespace}_${n}` : `ref_${n}`;
}

/** The element's ref, minting one on first sight. `label` refreshes the description used in stale messages. */
export function refFor(el: Element, label: string): string {
  let n = numberOf.get(el);
  if (n === undefined) {
    n = ++counter;
    numberOf.set(el, n);
    entries.set(n, { target: new WeakRef(el), label });
  } else {
    const entry = entries.get(n);
    if (entry) entry.label = label;
  }
  return format(n);
}

/** The description a ref keeps for stale messages: the role and the start of the name, as its line shows them. */
export function refLabel(role: string, name: string): string {
  return `${role}${name ? ` ${JSON.stringify(name.slice(0, 40))}` : ''}`;
}

/** The element's ref if it already has one. */
export function existingRef(el: Element): string | null {
  const n = numberOf.get(el);
  return n === undefined ? null : format(n);
}

/** Splits `ref_12` / `ref_f3_12` into namespace and number. */
export function parseRef(ref: string): { ns: string; n: number } | null {
  const m = /^ref_(?:([a-z0-9]+)_)?(\d+)$/i.exec(ref.trim());
  if (!m) return null;
  return { ns: m[1] ?? '', n: Number(m[2]) };
}

/** The live element behind a ref, or why the ref cannot be used. */
export function resolveRef(ref: string): Element | StaleRef {
  const parsed = parseRef(ref);
  if (!parsed) return { stale: true, reason: `"${ref}" is not a reference; use a [ref_N] from read_page or find` };
  if (parsed.ns !== namespace) {
    return { stale: true, reason: `${ref} belongs to another frame than this one; read the page again` };
  }
  const entry = entries.get(parsed.n);
  if (!entry) {
    return {
      stale: true,
      reason: `${ref} is unknown on this page (it may come from before a navigation or reload); read the page again`,
    };
  }
  const el = entry.target.deref();
  if (!el?.isConnected) {
    return {
      stale: true,
      reason: `${ref} (${entry.label}) is gone: the page removed or re-rendered it; read the page again`,
    };
  }
  return el;
}
