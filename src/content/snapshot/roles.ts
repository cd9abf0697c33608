// Roles: the explicit ARIA role when valid, else the implicit role of the HTML element
// (a simplified HTML-AAM mapping; unknown elements are `generic` and vanish from the output).

const INPUT_ROLES: Record<string, string> = {
  button: 'button',
  submit: 'button',
  reset: 'button',
  image: 'button',
  checkbox: 'checkbox',
  radio: 'radio',
  range: 'slider',
  number: 'spinbutton',
  search: 'searchbox',
  color: 'button',
  file: 'button',
};

const TAG_ROLES: Record<string, string> = {
  button: 'button',
  textarea: 'textbox',
  nav: 'navigation',
  main: 'main',
  aside: 'complementary',
  article: 'article',
  dialog: 'dialog',
  ul: 'list',
  ol: 'list',
  menu: 'list',
  li: 'listitem',
  table: 'table',
  tr: 'row',
  td: 'cell',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  form: 'form',
  fieldset: 'group',
  summary: 'button',
  option: 'option',
  progress: 'progressbar',
  meter: 'meter',
  figure: 'figure',
  search: 'search',
  video: 'video',
  audio: 'audio',
};

const ARIA_ROLES = new Set([
  'alert', 'alertdialog', 'application', 'article', 'banner', 'button', 'cell', 'checkbox', 'columnheader',
  'combobox', 'complementary', 'contentinfo', 'dialog', 'document', 'feed', 'figure', 'form', 'grid',
  'gridcell', 'group', 'heading', 'img', 'link', 'list', 'listbox', 'listitem', 'log', 'main', 'menu',
  'menubar', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'meter', 'navigation', 'none', 'note', 'option',
  'presentation', 'progressbar', 'radio', 'radiogroup', 'region', 'row', 'rowgroup', 'rowheader', 'scrollbar',
  'search', 'searchbox', 'separator', 'slider', 'spinbutton', 'status', 'switch', 'tab', 'table', 'tablist',
  'tabpanel', 'term', 'textbox', 'timer', 'toolbar', 'tooltip', 'tree', 'treegrid', 'treeitem', 'image', 'generic',
]);

/** Roles a person operates directly. */
export const WIDGET_ROLES = new Set([
  'button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio',
  'option', 'combobox', 'textbox', 'searchbox', 'spinbutton', 'slider', 'scrollbar', 'treeitem', 'listbox',
]);

/** Landmarks and other containers that deserve a line (and a ref) of their own. */
export const CONTAINER_ROLES = new Set([
  'banner', 'navigation', 'main', 'complementary', 'contentinfo', 'region', 'form', 'search', 'dialog',
  'alertdialog', 'list', 'table', 'grid', 'treegrid', 'tree', 'menu', 'menubar', 'tablist', 'tabpanel', 'toolbar',
  'radiogroup', 'group', 'article', 'feed', 'figure',
]);

/** Roles kept in the tree even without a name: they give the text its structure. */
export const STRUCTURE_ROLES = new Set([
  ...CONTAINER_ROLES,
  'heading', 'listitem', 'row', 'cell', 'gridcell', 'columnheader', 'rowheader', 'img', 'progressbar', 'meter',
  'alert', 'status', 'video', 'audio', 'separator', 'tooltip', 'note',
]);

/** Roles whose accessible name may come from their content. */
export const NAME_FROM_CONTENT = new Set([
  'button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio',
  'option', 'treeitem', 'heading', 'cell', 'gridcell', 'columnheader', 'rowheader', 'tooltip', 'row', 'generic',
]);

function isLandmarkScoped(el: Element): boolean {
  return el.closest('article,aside,main,nav,section,[role=article],[role=complementary],[role=main],[role=navigation],[role=region]') !== null;
}

export function computeRole(el: Element): string {
  const explicit = el.getAttribute('role');
  if (explicit) {
    for (const token of explicit.toLowerCase().split(/\s+/)) {
      if (!ARIA_ROLES.has(token)) continue;
      if (token === 'image') return 'img';
      if (token === 'none' || token === 'presentation') return 'generic';
      return token;
    }
  }
  const tag = el.localName;
  switch (tag) {
    case 'a':
    case 'area':
      return el.hasAttribute('href') ? 'link' : 'generic';
    case 'input': {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'hidden') return 'none';
      if (el.hasAttribute('list') && !(type in INPUT_ROLES)) return 'combobox';
      return INPUT_ROLES[type] ?? 'textbox';
    }
    case 'select': {
      const select = el as HTMLSelectElement;
      return select.multiple || select.size > 1 ? 'listbox' : 'combobox';
    }
    case 'img':
      return el.getAttribute('alt') === '' ? 'generic' : 'img';
    case 'svg':
      return el.hasAttribute('aria-label') || el.querySelector(':scope > title') ? 'img' : 'generic';
    case 'header':
      return isLandmarkScoped(el.parentElement ?? el) ? 'generic' : 'banner';
    case 'footer':
      return isLandmarkScoped(el.parentElement ?? el) ? 'generic' : 'contentinfo';
    case 'section':
      return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : 'generic';
    case 'th':
      return el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
    case 'summary':
      return el.parentElement?.localName === 'details' ? 'button' : 'generic';
  }
  const role = TAG_ROLES[tag];
  if (role) return role;
  const editable = el.getAttribute('contenteditable');
  if (editable === '' || editable === 'true' || editable === 'plaintext-only') return 'textbox';
  return 'generic';
}

export function headingLevel(el: Element): number {
  const aria = Number(el.getAttribute('aria-level'));
  if (aria > 0) return aria;
  const m = /^h([1-6])$/.exec(el.localName);
  return m ? Number(m[1]) : 2;
}
