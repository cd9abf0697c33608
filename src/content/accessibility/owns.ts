// aria-owns re-parents elements in the accessibility tree: an owned element is a child of its owner (after the
// owner's own children), not of its DOM parent. The walk asks here which elements to skip where they stand and which
// to visit under an owner, so each is walked once, in its owner's place. Rules as in WAI-ARIA 1.2 and Chromium: an
// element has at most one owner (the first in document order; ARIA forbids a second, and Chromium's pick varies), an owner cannot own itself or one of its own
// ancestors (accessibility-tree ancestors too, so chains of aria-owns cannot form a cycle), and IDs resolve in the
// owner's tree scope. An element the owner already contains stays where it is (as the name computation treats it).

type TreeScope = Document | ShadowRoot;

export class OwnedElements {
  private readonly scanned = new Set<TreeScope>();
  private readonly byOwner = new Map<Element, Element[]>();
  private readonly ownerOf = new Map<Element, Element>();

  /** Reads every aria-owns of one document or shadow root (once; native selector matching keeps it cheap). */
  scan(scope: TreeScope): void {
    if (this.scanned.has(scope)) return;
    this.scanned.add(scope);
    for (const owner of scope.querySelectorAll('[aria-owns]')) {
      for (const id of (owner.getAttribute('aria-owns') ?? '').split(/\s+/)) {
        const owned = id ? scope.getElementById(id) : null;
        if (!owned || owner.contains(owned) || this.ownerOf.has(owned) || this.isAncestor(owned, owner)) continue;
        this.ownerOf.set(owned, owner);
        const list = this.byOwner.get(owner);
        if (list) list.push(owned);
        else this.byOwner.set(owner, [owned]);
      }
    }
  }

  /** Owned by some other element: walked under its owner, not here. */
  isOwned(el: Element): boolean {
    return this.ownerOf.has(el);
  }

  /** What `owner` owns, in aria-owns order. */
  ownedBy(owner: Element): readonly Element[] {
    return this.byOwner.get(owner) ?? [];
  }

  /** Is `candidate` an ancestor of `el` in the accessibility tree (DOM parents, or owners once re-parented)? */
  private isAncestor(candidate: Element, el: Element): boolean {
    for (let at: Element | null = el; at; at = this.ownerOf.get(at) ?? parentInFlatTree(at)) {
      if (at === candidate) return true;
    }
    return false;
  }
}

function parentInFlatTree(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return 'host' in root ? (root as ShadowRoot).host : null;
}
