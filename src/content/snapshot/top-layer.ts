// The top layer: an open popover or a modal dialog is painted above the whole page, in the window's own box.
// Whatever ancestors clip (overflow, clip-path) or transform does not reach it, and it does not scroll with the pane
// it was declared in (a menu inside a toolbar that clips, a dialog inside a card).

/**
 * Whether `el` is an open popover or a modal dialog. It runs for every element, so everything else costs one tag or
 * attribute test (the fullscreen element, also in the top layer, is left out: asking for it costs a DOM call each).
 */
export function inTopLayer(el: Element): boolean {
  if (el.localName === 'dialog') return el.matches(':modal');
  return el.hasAttribute('popover') && el.matches(':popover-open');
}
