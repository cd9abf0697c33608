// State and value of an element as the model needs them to act: checked, selected, expanded,
// pressed, disabled, required, focused, the current value (never a password's), and the few
// attributes that help choose a target (href, placeholder, input type, a select's options, a datalist's suggestions).

import { isEditingHost } from './interactivity';
import { clip, collapseSpaces } from './dom';
import { iconName } from './icon-name';
import { contentText } from '../accessibility/name';
import { hasCustomState } from '../accessibility/custom-states';
import { headingLevel } from '../accessibility/roles';

const VALUE_LIMIT = 80;
const OPTIONS_SHOWN = 12;
const TEXT_TYPES_WITH_OWN_ROLE = new Set([
  'text',
  'search',
  'number',
  'range',
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'image',
]);
/**
 * Types that only say what the field holds, with the words a name says them in: `textbox "Phone"` needs no `type=tel`.
 * Date, file, colour… stay, as they say how to fill the field.
 */
const TYPE_WORDS = new Map([
  ['email', ['email', 'e-mail']],
  ['password', ['password', 'passcode']],
  ['tel', ['phone', 'tel', 'mobile']],
  ['url', ['url', 'website', 'web address']],
]);
const CHECKABLE = new Set(['checkbox', 'radio', 'switch', 'menuitemcheckbox', 'menuitemradio']);
const LEVELED = new Set(['row', 'treeitem']);
const VALUED = new Set(['textbox', 'searchbox', 'spinbutton', 'slider', 'combobox']);

function quoted(key: string, value: string, limit = VALUE_LIMIT): string {
  return `${key}=${JSON.stringify(clip(collapseSpaces(value), limit))}`;
}

function checkedState(el: Element): string | null {
  const aria = el.getAttribute('aria-checked');
  if (aria === 'true') return 'checked';
  if (aria === 'mixed') return 'mixed';
  if (el.localName === 'input') {
    const input = el as HTMLInputElement;
    if (input.indeterminate) return 'mixed';
    if (input.checked) return 'checked';
  }
  return null;
}

function currentValue(el: Element, role: string): string | null {
  const tag = el.localName;
  if (tag === 'input' || tag === 'textarea') {
    const input = el as HTMLInputElement;
    if (input.type === 'password') return input.value ? null : '';
    if (input.type === 'file') return input.files?.length ? Array.from(input.files, (f) => f.name).join(', ') : '';
    return input.value;
  }
  if (tag === 'select') {
    return Array.from((el as HTMLSelectElement).selectedOptions, (o) => o.text).join(', ');
  }
  const aria = el.getAttribute('aria-valuetext') ?? el.getAttribute('aria-valuenow');
  if (aria !== null) return aria;
  // A custom combobox shows its value as text; a contenteditable host holds it as content.
  // Read with block boundaries as spaces: an editor's paragraphs do not run into each other.
  if (el.getAttribute('contenteditable') !== null || role === 'combobox') return contentText(el, VALUE_LIMIT * 2);
  return '';
}

/** A document's body is its active element whenever nothing else is: an editable body (an editor in a frame) is
 * focused only when its document has focus. */
function isFocused(el: Element): boolean {
  const doc = el.ownerDocument;
  return doc.activeElement === el && (el !== doc.body || doc.hasFocus());
}

/**
 * The level a tree item's nesting shows (1 + the tree items around it), or 0 when the tree shows none: a root item
 * holding no items of its own may be one of a flat tree's rows.
 */
function nestedAt(item: Element): number {
  let depth = 1;
  for (let up = item.parentElement?.closest('[role=treeitem]'); up; up = up.parentElement?.closest('[role=treeitem]')) {
    depth++;
  }
  return depth > 1 || item.querySelector('[role=treeitem]') ? depth : 0;
}

function isCurrent(el: Element): boolean {
  const current = el.getAttribute('aria-current');
  return current !== null && current !== '' && current !== 'false';
}

/** A column (or row) header's sort order, as `sort=ascending`. */
function sortOf(el: Element): string | null {
  const sort = el.getAttribute('aria-sort');
  return sort === 'ascending' || sort === 'descending' || sort === 'other' ? `sort=${sort}` : null;
}

/**
 * What a page marks on an item that is no control: the current step of a wizard, a selected cell, the column a table
 * is sorted by. (Not the states every cell of a grid may carry, such as read-only.)
 */
export function marksOf(el: Element): string[] {
  const marks: string[] = [];
  if (el.getAttribute('aria-selected') === 'true') marks.push('selected');
  if (isCurrent(el)) marks.push('current');
  const sort = sortOf(el);
  if (sort) marks.push(sort);
  return marks;
}

/** Bare-word states, in a fixed order so snapshots diff cleanly. */
export function statesOf(el: Element, role: string, disabled: boolean): string[] {
  const states: string[] = [];
  if (role === 'heading') states.push(`level=${headingLevel(el)}`);
  else if (LEVELED.has(role)) {
    // A flat list of rows (a virtualized file tree, a treegrid) shows its hierarchy by aria-level alone; in a nested
    // tree the indentation already says it.
    const level = Number(el.getAttribute('aria-level'));
    if (Number.isInteger(level) && level > 0 && !(role === 'treeitem' && nestedAt(el) === level)) {
      states.push(`level=${level}`);
    }
  }
  const checked = (CHECKABLE.has(role) ? checkedState(el) : null) ?? (hasCustomState(el, 'checked') ? 'checked' : null);
  if (checked) states.push(checked);
  if (
    el.getAttribute('aria-selected') === 'true' ||
    (el.localName === 'option' && (el as HTMLOptionElement).selected) ||
    hasCustomState(el, 'selected')
  ) {
    states.push('selected');
  }
  if (el.getAttribute('aria-pressed') === 'true' || hasCustomState(el, 'pressed')) states.push('pressed');
  if (isCurrent(el)) states.push('current');
  const sort = sortOf(el);
  if (sort) states.push(sort);
  const expanded = el.getAttribute('aria-expanded');
  if (expanded === 'true' || (expanded === null && hasCustomState(el, 'expanded'))) states.push('expanded');
  else if (expanded === 'false') states.push('collapsed');
  else if (el.localName === 'summary' && el.parentElement?.localName === 'details') {
    states.push((el.parentElement as HTMLDetailsElement).open ? 'expanded' : 'collapsed');
  }
  if (disabled) states.push('disabled');
  if (el.getAttribute('aria-required') === 'true' || (el as HTMLInputElement).required === true)
    states.push('required');
  if (el.getAttribute('aria-readonly') === 'true' || (el as HTMLInputElement).readOnly === true)
    states.push('readonly');
  if (el.getAttribute('aria-invalid') === 'true') states.push('invalid');
  if (isFocused(el)) states.push('focused');
  if (el.localName === 'input' && (el as HTMLInputElement).type === 'password' && (el as HTMLInputElement).value) {
    states.push('filled');
  }
  return states;
}

/** Text as a reader compares it: case, spacing and trailing dots or ellipses do not make a different hint. */
function comparable(text: string): string {
  return collapseSpaces(text)
    .toLowerCase()
    .replace(/[.…]+$/, '');
}

function shortHref(el: Element): string | null {
  const raw = el.getAttribute('href');
  if (raw === null || raw.startsWith('javascript:')) return raw === null ? null : 'javascript:';
  try {
    const url = new URL(raw, el.ownerDocument.baseURI);
    const here = el.ownerDocument.location;
    return here && url.origin === here.origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
  } catch {
    return raw;
  }
}

/** Roles that show how far something has got: no control, but their value is what they say. */
export const MEASURES = new Set(['progressbar', 'meter']);

/**
 * A progress bar's or meter's value as a person reads it off the bar: its value text, else the share of its range
 * (`value="40%"`); nothing while a progress bar is indeterminate.
 */
export function measureOf(el: Element): string[] {
  const text = el.getAttribute('aria-valuetext');
  if (text?.trim()) return [quoted('value', text)];
  // Native bars are read through their properties (by tag name: a frame's elements are of another realm's classes).
  const tag = el.localName;
  const bar = el as HTMLProgressElement & HTMLMeterElement;
  const read = (attr: string, fallback: number): number => {
    const value = Number.parseFloat(el.getAttribute(attr) ?? '');
    return Number.isFinite(value) ? value : fallback;
  };
  let now: number;
  let min = 0;
  let max: number;
  if (tag === 'progress') {
    if (bar.position < 0) return [];
    [now, max] = [bar.value, bar.max];
  } else if (tag === 'meter') {
    [now, min, max] = [bar.value, bar.min, bar.max];
  } else {
    if (el.getAttribute('aria-valuenow') === null) return [];
    [now, min, max] = [read('aria-valuenow', 0), read('aria-valuemin', 0), read('aria-valuemax', 100)];
  }
  if (!(max > min)) return [];
  const share = Math.round((100 * (Math.min(Math.max(now, min), max) - min)) / (max - min));
  return [quoted('value', `${share}%`)];
}

/** What aria-description or the elements aria-describedby points at say (hidden tooltips included), spaces collapsed. */
function description(el: Element): string {
  const own = el.getAttribute('aria-description');
  if (own?.trim()) return collapseSpaces(own);
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const root = el.getRootNode() as Document | ShadowRoot;
  return collapseSpaces(ids.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' '));
}

/** Roles of controls that are often drawn as an icon alone. */
const ICON_ROLES = new Set(['button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'generic']);

/** `key="value"` pieces; `name` is the accessible name, so a placeholder equal to it is not repeated. */
export function attributesOf(el: Element, role: string, name: string): string[] {
  const attrs: string[] = [];
  const tag = el.localName;
  if (
    VALUED.has(role) ||
    isEditingHost(el) ||
    tag === 'textarea' ||
    (tag === 'input' && !TEXT_TYPES_WITH_OWN_ROLE.has((el as HTMLInputElement).type))
  ) {
    const value = currentValue(el, role);
    if (value) attrs.push(quoted('value', value));
  }
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type;
    const named = comparable(name);
    const namedByType = TYPE_WORDS.get(type)?.some((word) => named.includes(word)) ?? false;
    if (!TEXT_TYPES_WITH_OWN_ROLE.has(type) && !namedByType) attrs.push(`type=${type}`);
  }
  const placeholder = el.getAttribute('placeholder');
  if (placeholder && comparable(placeholder) !== comparable(name)) attrs.push(quoted('placeholder', placeholder, 60));
  // An icon named by its glyph ("✓", "💬"): the tooltip says what it does.
  const title = el.getAttribute('title');
  if (title?.trim() && !/[\p{L}\p{N}]/u.test(name) && comparable(title) !== comparable(name))
    attrs.push(quoted('title', title, 60));
  if (!/[\p{L}\p{N}]/u.test(name) && ICON_ROLES.has(role)) {
    // An icon button a kit's tooltip only describes (aria-describedby, no label): the tooltip says what it does.
    const described = description(el);
    const icon = described || iconName(el);
    if (icon) attrs.push(quoted(described ? 'description' : 'icon', icon));
  }
  if (role === 'link') {
    const href = shortHref(el);
    if (href) attrs.push(quoted('href', href, 100));
  }
  if (tag === 'select') {
    const select = el as HTMLSelectElement;
    // A list box has no single value: which options are selected is its state.
    const selected = Array.from(select.selectedOptions, (o) => o.text).join(', ');
    if (role === 'listbox' && selected) attrs.push(quoted('selected', selected));
    // A disabled option (a sold-out size, a "Choose…" prompt, one in a disabled group) is listed but cannot be chosen.
    const text = (o: HTMLOptionElement): string =>
      collapseSpaces(o.text) + (o.matches(':disabled') ? ' (disabled)' : '');
    attrs.push(optionList(Array.from(select.options, text)));
  }
  // A text field's <datalist> offers values to type: they are its options (disabled ones are not offered).
  const suggested = tag === 'input' ? (el as HTMLInputElement).list : null;
  const values = suggested ? Array.from(suggested.options, (o) => (o.disabled ? '' : collapseSpaces(o.value))) : [];
  if (values.some(Boolean)) attrs.push(optionList(values.filter(Boolean)));
  return attrs;
}

/** `options="a | b | …3 more"`: the first dozen choices, and how many more there are. */
function optionList(options: readonly string[]): string {
  const shown = options.slice(0, OPTIONS_SHOWN).join(' | ');
  const more = options.length - OPTIONS_SHOWN;
  return `options=${JSON.stringify(more > 0 ? `${shown} | …${more} more` : shown)}`;
}
