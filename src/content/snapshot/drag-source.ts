/** Cursors that say "grab me and move me": sortable items, drag handles, movable cards. */
const DRAG_CURSORS = new Set(['grab', 'grabbing', 'move']);

/**
 * An element a person would drag: marked draggable for HTML5 drag and drop, or showing a grab/move cursor of its own
 * (sortable lists and their handles). It needs a ref like any control, so the model can find it and get its centre.
 */
export function isDragSource(element: Element, cursor: string): boolean {
  return element.getAttribute('draggable') === 'true' || DRAG_CURSORS.has(cursor);
}
