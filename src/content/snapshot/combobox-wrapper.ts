// The ARIA 1.1 combobox (react-select and the kits of its time): a `role=combobox` wrapper, not focusable itself, owns
// the listbox and holds the text input that takes focus and typing. The input is the control; the wrapper only says
// what kind of control it is and whether its list is open. Read as two targets, the wrapper is a nameless second one
// that stays listed when the input beneath it is covered: folded into the input, they are one combobox.
import type { SnapNode } from './types';

const TEXT_ROLES = new Set(['textbox', 'searchbox']);
const POPUP_STATES = new Set(['expanded', 'collapsed']);

function textFields(nodes: readonly SnapNode[], found: SnapNode[] = []): SnapNode[] {
  for (const node of nodes) {
    if (TEXT_ROLES.has(node.role)) found.push(node);
    else textFields(node.children, found);
  }
  return found;
}

/** The one text field a combobox wrapper (`el`, read as `node`) holds, when it is the ARIA 1.1 pattern's wrapper. */
export function wrappedInput(el: Element, node: SnapNode): SnapNode | null {
  if (node.role !== 'combobox' || el.hasAttribute('tabindex')) return null;
  const fields = textFields(node.children);
  return fields.length === 1 ? (fields[0] ?? null) : null;
}

/** The input as the combobox: its role, the wrapper's open or closed state, the wrapper's name if it has none. */
export function foldIntoInput(wrapper: SnapNode, input: SnapNode): void {
  input.role = 'combobox';
  if (!input.name) input.name = wrapper.name;
  const popup = wrapper.states.filter((state) => POPUP_STATES.has(state));
  if (!input.states.some((state) => POPUP_STATES.has(state))) input.states.unshift(...popup);
}
