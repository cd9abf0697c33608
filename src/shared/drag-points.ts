/** Heads the points find and read_page (by ref) add for drags: see withDragPoints in the content script. */
export const DRAG_POINTS_HEADER =
  'Drag points (viewport pixels, for left_click_drag, left_mouse_down/up and mouse_move):';
