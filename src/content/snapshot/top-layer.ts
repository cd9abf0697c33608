// The top layer: an open popover, a modal dialog and the fullscreen element are painted above the whole page, in the
// window's own box. Whatever ancestors clip (overflow, clip-path) or transform does not reach them, and they do not
// scroll with the pane they were declared in (a menu inside a toolbar that clips, a dialog inside a card).

/** Whether `el` is in its document's top layer. Cheap for everything else: a tag or attribute test. */
export function inTopLayer(el: Element): boolean {
  if (el.localName === 'dialog') return el.matches(':modal');
  if (el.hasAttribute('popover')) return el.matches(':popover-open');
  return el.ownerDocument.fullscreenElement === el;
}

/** The document's open popovers and modal dialogs in its light DOM (one query per walk). */
export function openTopLayer(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(':popover-open, dialog:modal'));
}
