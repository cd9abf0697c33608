// Roles: the explicit ARIA role when valid and allowed, else the implicit role of the HTML element
// (HTML-AAM, the subset a model acts on or reads by). Lookups are Maps: tag names and role tokens
// come from the page, and a plain object would answer "constructor" with the Object function.
// Roles kept out of the snapshot (paragraph, term, emphasis, …) are still computed here, because
// actions and the confirmation gate describe elements with them.

const INPUT_ROLES = new Map<string, string>([
  ['button', 'button'],
  ['submit', 'button'],
  ['reset', 'button'],
  ['image', 'button'],
  ['checkbox', 'checkbox'],
  ['radio', 'radio'],
  ['range', 'slider'],
  ['number', 'spinbutton'],
  ['search', 'searchbox'],
  ['color', 'button'],
  ['file', 'button'],
]);

/** Input types whose role does not change with a `list` attribute (text-like types become combobox). */
const TEXT_LIKE_INPUTS = new Set(['text', 'search', 'email', 'tel', 'url']);

const TAG_ROLES = new Map<string, string>([
  ['button', 'button'],
  ['textarea', 'textbox'],
  ['nav', 'navigation'],
  ['main', 'main'],
  ['article', 'article'],
  ['dialog', 'dialog'],
  ['ul', 'list'],
  ['ol', 'list'],
  ['menu', 'list'],
  ['li', 'listitem'],
  ['table', 'table'],
  ['thead', 'rowgroup'],
  ['tbody', 'rowgroup'],
  ['tfoot', 'rowgroup'],
  ['tr', 'row'],
  ['h1', 'heading'],
  ['h2', 'heading'],
  ['h3', 'heading'],
  ['h4', 'heading'],
  ['h5', 'heading'],
  ['h6', 'heading'],
  ['fieldset', 'group'],
  ['details', 'group'],
  ['optgroup', 'group'],
  ['address', 'group'],
  ['hgroup', 'group'],
  ['option', 'option'],
  ['datalist', 'listbox'],
  ['progress', 'progressbar'],
  ['meter', 'meter'],
  ['output', 'status'],
  ['figure', 'figure'],
  ['search', 'search'],
  ['video', 'video'],
  ['audio', 'audio'],
  ['p', 'paragraph'],
  ['hr', 'separator'],
  ['dt', 'term'],
  ['dfn', 'term'],
  ['dd', 'definition'],
  ['blockquote', 'blockquote'],
  ['caption', 'caption'],
  ['code', 'code'],
  ['del', 'deletion'],
  ['s', 'deletion'],
  ['ins', 'insertion'],
  ['em', 'emphasis'],
  ['strong', 'strong'],
  ['sub', 'subscript'],
  ['sup', 'superscript'],
  ['mark', 'mark'],
  ['time', 'time'],
  ['math', 'math'],
]);

const ARIA_ROLES = new Set([
  'alert',
  'alertdialog',
  'application',
  'article',
  'banner',
  'blockquote',
  'button',
  'caption',
  'cell',
  'checkbox',
  'code',
  'columnheader',
  'combobox',
  'comment',
  'complementary',
  'contentinfo',
  'definition',
  'deletion',
  'dialog',
  'directory',
  'document',
  'emphasis',
  'feed',
  'figure',
  'form',
  'generic',
  'grid',
  'gridcell',
  'group',
  'heading',
  'img',
  'image',
  'insertion',
  'link',
  'list',
  'listbox',
  'listitem',
  'log',
  'main',
  'mark',
  'marquee',
  'math',
  'menu',
  'menubar',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'meter',
  'navigation',
  'none',
  'note',
  'option',
  'paragraph',
  'presentation',
  'progressbar',
  'radio',
  'radiogroup',
  'region',
  'row',
  'rowgroup',
  'rowheader',
  'scrollbar',
  'search',
  'searchbox',
  'separator',
  'slider',
  'spinbutton',
  'status',
  'strong',
  'subscript',
  'suggestion',
  'superscript',
  'switch',
  'tab',
  'table',
  'tablist',
  'tabpanel',
  'term',
  'textbox',
  'time',
  'timer',
  'toolbar',
  'tooltip',
  'tree',
  'treegrid',
  'treeitem',
]);

/** Roles a person operates directly. */
export const WIDGET_ROLES = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'switch',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'combobox',
  'textbox',
  'searchbox',
  'spinbutton',
  'slider',
  'scrollbar',
  'treeitem',
  'listbox',
]);

/** Landmarks and other containers that deserve a line (and a ref) of their own. */
/** Roles whose rows and cells make a table: its header row names the columns of the rows below it. */
export const TABLE_ROLES: ReadonlySet<string> = new Set(['table', 'grid', 'treegrid']);

export const CONTAINER_ROLES = new Set([
  'banner',
  'navigation',
  'main',
  'complementary',
  'contentinfo',
  'region',
  'form',
  'search',
  'dialog',
  'alertdialog',
  'list',
  'table',
  'grid',
  'treegrid',
  'tree',
  'menu',
  'menubar',
  'tablist',
  'tabpanel',
  'toolbar',
  'radiogroup',
  'group',
  'article',
  'feed',
  'figure',
  'listbox',
]);

/** Roles kept in the tree even without a name: they give the text its structure. */
export const STRUCTURE_ROLES = new Set([
  ...CONTAINER_ROLES,
  'heading',
  'listitem',
  'row',
  'cell',
  'gridcell',
  'columnheader',
  'rowheader',
  'img',
  'progressbar',
  'meter',
  'alert',
  'status',
  'video',
  'audio',
  'separator',
  'tooltip',
  'note',
]);

/** Roles whose accessible name may come from their content (ARIA 1.2 "name from contents", and term as in ARIA 1.3). */
export const NAME_FROM_CONTENT = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'switch',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'treeitem',
  'heading',
  'cell',
  'gridcell',
  'columnheader',
  'rowheader',
  'tooltip',
  'row',
  'term',
]);

/** Global ARIA attributes: an element carrying one cannot be made presentational (ARIA 1.2 §4.6, conflict rule). */
const GLOBAL_ARIA = [
  'aria-atomic',
  'aria-busy',
  'aria-controls',
  'aria-current',
  'aria-describedby',
  'aria-details',
  'aria-dropeffect',
  'aria-flowto',
  'aria-grabbed',
  'aria-keyshortcuts',
  'aria-label',
  'aria-labelledby',
  'aria-live',
  'aria-owns',
  'aria-relevant',
  'aria-roledescription',
];

function isFocusable(el: Element): boolean {
  const tabindex = el.getAttribute('tabindex');
  if (tabindex !== null && !Number.isNaN(Number.parseInt(tabindex, 10))) return true;
  const tag = el.localName;
  if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) return true;
  if (
    tag === 'button' ||
    tag === 'select' ||
    tag === 'textarea' ||
    (tag === 'input' && el.getAttribute('type') !== 'hidden')
  ) {
    return !el.hasAttribute('disabled');
  }
  return el.getAttribute('contenteditable') !== null && el.getAttribute('contenteditable') !== 'false';
}

/** role=none/presentation is ignored on focusable elements and on elements with a global ARIA attribute. */
function presentationAllowed(el: Element): boolean {
  if (isFocusable(el)) return false;
  return !GLOBAL_ARIA.some((attr) => el.hasAttribute(attr));
}

const SECTIONING =
  'article,aside,main,nav,section,[role=article],[role=complementary],[role=main],[role=navigation],[role=region]';

/** Inside sectioning content, looking through shadow roots (a card component's footer is the card's). */
function isLandmarkScoped(el: Element): boolean {
  for (let node: Element | null = el; node; node = (node.getRootNode() as Partial<ShadowRoot>).host ?? null) {
    if (node.closest(SECTIONING)) return true;
  }
  return false;
}

function hasAccessibleNameAttribute(el: Element): boolean {
  return (
    !!el.getAttribute('aria-label')?.trim() ||
    !!el.getAttribute('aria-labelledby')?.trim() ||
    !!el.getAttribute('title')?.trim()
  );
}

/** The first valid explicit role token (ARIA role fallback list), or null. */
function explicitRole(el: Element): string | null {
  const explicit = el.getAttribute('role');
  if (!explicit) return null;
  for (const token of explicit.toLowerCase().trim().split(/\s+/)) {
    if (!ARIA_ROLES.has(token)) continue;
    if (token === 'image') return 'img';
    if (token === 'none' || token === 'presentation') {
      if (presentationAllowed(el)) return 'none';
      continue;
    }
    return token;
  }
  return null;
}

/**
 * The parents that own an element as a required part: a table its row groups and rows, a row group its rows, a row
 * its cells, a list its items. Made presentational, an owner takes these parts with it (ARIA 1.2, role none: a layout
 * table's rows and cells, a list of links marked role=none, are no rows, cells or items).
 */
const REQUIRED_OWNERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['thead', ['table']],
  ['tbody', ['table']],
  ['tfoot', ['table']],
  ['tr', ['table', 'thead', 'tbody', 'tfoot']],
  ['td', ['tr']],
  ['th', ['tr']],
  ['li', ['ul', 'ol', 'menu']],
]);

/** Owned by a parent that is presentational, itself or by inheritance, and no role of its own says otherwise. */
function inheritsPresentation(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || !REQUIRED_OWNERS.get(el.localName)?.includes(parent.localName)) return false;
  const role = explicitRole(parent);
  return role ? role === 'none' : inheritsPresentation(parent);
}

function implicitRole(el: Element): string {
  const tag = el.localName;
  if (REQUIRED_OWNERS.has(tag) && inheritsPresentation(el) && presentationAllowed(el)) return 'none';
  switch (tag) {
    case 'a':
    case 'area':
      return el.hasAttribute('href') ? 'link' : 'generic';
    case 'input': {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'hidden') return 'hidden';
      if (el.hasAttribute('list') && (TEXT_LIKE_INPUTS.has(type) || !INPUT_ROLES.has(type))) return 'combobox';
      return INPUT_ROLES.get(type) ?? 'textbox';
    }
    case 'select': {
      const select = el as HTMLSelectElement;
      return select.multiple || select.size > 1 ? 'listbox' : 'combobox';
    }
    case 'img':
      return el.getAttribute('alt') === '' && !hasAccessibleNameAttribute(el) ? 'none' : 'img';
    case 'svg':
      return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || el.querySelector(':scope > title')
        ? 'img'
        : 'generic';
    case 'header':
      return isLandmarkScoped(el.parentElement ?? el) ? 'generic' : 'banner';
    case 'footer':
      return isLandmarkScoped(el.parentElement ?? el) ? 'generic' : 'contentinfo';
    case 'aside':
      return isLandmarkScoped(el.parentElement ?? el) && !hasAccessibleNameAttribute(el) ? 'generic' : 'complementary';
    case 'section':
      return hasAccessibleNameAttribute(el) ? 'region' : 'generic';
    case 'form':
      return 'form';
    case 'td':
      return tableRoleOf(el) === 'table' ? 'cell' : 'gridcell';
    case 'th': {
      const scope = el.getAttribute('scope');
      if (scope === 'row' || scope === 'rowgroup') return 'rowheader';
      if (scope === 'col' || scope === 'colgroup') return 'columnheader';
      // Unscoped: a header in a row that also holds data cells heads that row.
      const row = el.parentElement;
      return row && el !== row.firstElementChild
        ? 'columnheader'
        : row?.querySelector(':scope > td')
          ? 'rowheader'
          : 'columnheader';
    }
    case 'summary':
      return el.parentElement?.localName === 'details' && el.parentElement.querySelector(':scope > summary') === el
        ? 'button'
        : 'generic';
  }
  const role = TAG_ROLES.get(tag);
  if (role) return role;
  const editable = el.getAttribute('contenteditable');
  if (editable === '' || editable === 'true' || editable === 'plaintext-only') return 'textbox';
  return 'generic';
}

/** Cells take their flavour from the table: cells of a grid or treegrid are grid cells. */
function tableRoleOf(cell: Element): string {
  const table = cell.closest('table');
  if (!table) return 'table';
  const role = explicitRole(table);
  return role === 'grid' || role === 'treegrid' ? 'grid' : 'table';
}

/**
 * The element's role. `none` stands for both role=none/presentation and an image with empty alt: no node of its
 * own, its content stays. `hidden` is an `<input type=hidden>`, which is not rendered at all.
 */
export function computeRole(el: Element): string {
  const explicit = explicitRole(el);
  if (explicit === 'none') return 'generic';
  if (explicit) return explicit;
  const implicit = implicitRole(el);
  if (implicit === 'none') return 'generic';
  if (implicit === 'hidden') return 'none';
  return implicit;
}

export function headingLevel(el: Element): number {
  const aria = Number(el.getAttribute('aria-level'));
  if (aria > 0) return aria;
  const m = /^h([1-6])$/.exec(el.localName);
  return m ? Number(m[1]) : 2;
}
