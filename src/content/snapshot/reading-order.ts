// Lines follow the order a person reads the page in. A flex container reversed along its axis (a chat log built with
// `flex-direction: column-reverse`, newest message first in the markup and drawn at the bottom; a button row with
// `row-reverse`) shows its items in the opposite order to the markup's, so what it holds is listed in reverse.
import type { SnapNode } from './types';

/** A flex container that lays its items out from the end of its main axis. */
export function laysOutReversed(style: CSSStyleDeclaration): boolean {
  // The direction first: it is rarely reversed, so the display is seldom read.
  return style.flexDirection.endsWith('-reverse') && style.display.endsWith('flex');
}

/** Puts the nodes added to `nodes` from index `from` on in the order they are shown. */
export function reverseFrom(nodes: SnapNode[], from: number): void {
  nodes.splice(from, nodes.length - from, ...nodes.slice(from).reverse());
}
