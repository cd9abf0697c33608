// A web component whose shadow root delegates focus (`attachShadow({delegatesFocus: true})`, a kit's text field or
// select) hands every focus and click on its host to the first control inside. Kits still give the host a tabindex, so
// it reads as a focusable element of its own around that control: the control inside is the one target.
import { shadowRootOf } from './dom';
import type { SnapNode } from './types';

function holdsTarget(nodes: readonly SnapNode[]): boolean {
  return nodes.some((node) => node.actionable || holdsTarget(node.children));
}

/** `host` hands its focus to a control its lines (`children`) offer. */
export function delegatesToControl(host: Element, children: readonly SnapNode[]): boolean {
  return shadowRootOf(host)?.delegatesFocus === true && holdsTarget(children);
}
