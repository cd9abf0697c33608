// Could a person act on this element? Native controls and links, ARIA widget roles,
// contenteditable hosts, tabindex >= 0 (or -1 in a roving group), and elements made clickable by script. Script-made
// clickability is read from the cursor: `cursor: pointer` set on the element itself, not merely
// inherited from a clickable ancestor (a link's inner <span> is part of the link, not a target).

import { WIDGET_ROLES } from '../accessibility/roles';
import { itemOfComposite } from './composite-items';
import { inRovingGroup } from './roving';

const NATIVE_CONTROLS = new Set(['button', 'select', 'textarea', 'summary']);

export function isInteractive(el: Element, role: string, pointer: boolean, parentPointer: boolean): boolean {
  const tag = el.localName;
  if (role === 'none') return false;
  if (tag === 'input') return true;
  if (NATIVE_CONTROLS.has(tag) && role !== 'generic') return true;
  if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) return true;
  if ((tag === 'video' || tag === 'audio') && el.hasAttribute('controls')) return true;
  if (WIDGET_ROLES.has(role)) return true;
  // An editing host takes a caret whatever its role says (a sheet's contenteditable gridcell); what it holds is text.
  if (isEditingHost(el)) return true;
  const tabindex = el.getAttribute('tabindex');
  if (tabindex !== null && Number(tabindex) >= 0) return true;
  // An item of a roving-tabindex group without a role attribute (a web component's tab or menu item) is still a target.
  if (tabindex !== null && inRovingGroup(el)) return true;
  // An option or tab of a listbox or tab list whose role lives in ElementInternals, focus staying on the list.
  if (itemOfComposite(el)) return true;
  // Grid cells of a date picker or data grid take focus by roving tabindex (-1 on all but one) or are selectable.
  if (role === 'gridcell' && (tabindex !== null || el.hasAttribute('aria-selected'))) return true;
  if (el.hasAttribute('onclick')) return true;
  return pointer && !parentPointer && tag !== 'body' && tag !== 'html';
}

/** Clickable by its cursor alone: no role, focus, native behaviour or inline handler of its own. */
export function cursorOnly(el: Element): boolean {
  return !el.hasAttribute('tabindex') && !el.hasAttribute('onclick') && !el.hasAttribute('role');
}

/** The element where editing starts: contenteditable itself, inside no editable parent. */
export function isEditingHost(el: Element): boolean {
  if (!(el as HTMLElement).isContentEditable) return false;
  const parent = el.parentElement;
  return !(parent as HTMLElement | null)?.isContentEditable;
}
