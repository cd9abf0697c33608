import type { BetaBrowserMemberName } from '@anthropic-ai/sdk/resources/beta';

/**
 * Every tool the model can call, with what it can do. The confirmation gate, the secret guard, the loop guard, the
 * batch rules and the UI all read these traits, so they cannot disagree; the member names come from the SDK's own
 * type, and `satisfies` below makes a member without traits a compile error.
 */
export type MemberName = BetaBrowserMemberName | 'done' | 'ask_user';

export interface MemberTraits {
  /** Only looks (at the page, the tabs or the clock): changes nothing, and repeating it is reading, not looping. */
  reads: boolean;
  /** Can activate a control: a click, a key on the focused element, a toggle, a drop, a submit, a page script. */
  activates: boolean;
  /** Changes which document a tab shows or which tabs exist. */
  navigates: boolean;
  /** Changes what the page holds (values, state, its DOM); hovering and scrolling only change what is shown. */
  changesPage: boolean;
  /** Acts with the page's own authority, so a person always answers for it (unless Settings say never ask). */
  needsConsent: boolean;
  /** The input field that may carry `<secret>name</secret>` placeholders Tabwright fills in. */
  secretField?: 'text' | 'value';
  /**
   * What it acts on: an element (by ref or point, chosen from an earlier read), the focused element, the page as a
   * whole, or nothing in the page. A page change in the same turn invalidates the first three.
   */
  acts: 'element' | 'focus' | 'page' | 'none';
  /** UI wording: the verb a person reads for it. */
  verb: string;
  /** UI: its result only acknowledges the action (e.g. "Clicked."), so it is not worth a line of its own. */
  quietResult: boolean;
}

const READ = {
  reads: true,
  activates: false,
  navigates: false,
  changesPage: false,
  needsConsent: false,
  quietResult: false,
} as const;
const CLICK = {
  reads: false,
  activates: true,
  navigates: false,
  changesPage: true,
  needsConsent: false,
  acts: 'element',
  quietResult: true,
} as const;
const KEYS = {
  reads: false,
  activates: true,
  navigates: false,
  changesPage: true,
  needsConsent: false,
  acts: 'focus',
  quietResult: true,
} as const;
const POINTER = {
  reads: false,
  activates: false,
  navigates: false,
  changesPage: false,
  needsConsent: false,
  acts: 'element',
  quietResult: true,
} as const;
const TABS = { reads: false, activates: false, needsConsent: false, acts: 'none', quietResult: false } as const;
const CUSTOM = {
  reads: false,
  activates: false,
  navigates: false,
  changesPage: false,
  needsConsent: false,
  acts: 'none',
  quietResult: true,
} as const;

export const MEMBER_CATALOGUE = {
  navigate: { ...TABS, navigates: true, changesPage: true, verb: 'Go to' },
  list_tabs: { ...READ, acts: 'none', verb: 'List the open tabs' },
  new_tab: { ...TABS, navigates: true, changesPage: true, verb: 'Open a new tab' },
  switch_tab: { ...TABS, navigates: false, changesPage: false, verb: 'Switch to tab' },
  close_tab: { ...TABS, navigates: true, changesPage: true, verb: 'Close tab' },
  read_page: { ...READ, acts: 'none', verb: 'Read the page' },
  get_page_text: { ...READ, acts: 'none', verb: 'Read the text of the page' },
  read_console: { ...READ, acts: 'none', verb: 'Read the console' },
  read_network: { ...READ, acts: 'none', verb: 'Read the network requests' },
  find: { ...READ, acts: 'none', verb: 'Look for' },
  screenshot: { ...READ, acts: 'none', verb: 'Take a screenshot' },
  zoom: { ...READ, acts: 'none', verb: 'Zoom into part of the page' },
  wait: { ...READ, acts: 'none', verb: 'Wait', quietResult: true },
  form_input: { ...CLICK, secretField: 'value', verb: 'Set' },
  file_upload: { ...CLICK, needsConsent: true, quietResult: false, verb: 'Upload a file to' },
  scroll_to: { ...POINTER, verb: 'Scroll to' },
  left_click: { ...CLICK, verb: 'Click' },
  right_click: { ...CLICK, verb: 'Right-click' },
  middle_click: { ...CLICK, verb: 'Middle-click' },
  double_click: { ...CLICK, verb: 'Double-click' },
  triple_click: { ...CLICK, verb: 'Triple-click' },
  left_click_drag: { ...CLICK, verb: 'Drag' },
  left_mouse_down: { ...CLICK, verb: 'Press the mouse button' },
  left_mouse_up: { ...CLICK, verb: 'Release the mouse button' },
  hover: { ...POINTER, verb: 'Hover over' },
  mouse_move: { ...POINTER, verb: 'Move the mouse' },
  scroll: { ...POINTER, verb: 'Scroll' },
  type: { ...KEYS, secretField: 'text', verb: 'Type' },
  key: { ...KEYS, verb: 'Press' },
  hold_key: { ...KEYS, verb: 'Hold' },
  javascript_exec: { ...CLICK, acts: 'page', needsConsent: true, quietResult: false, verb: 'Run a script on the page' },
  done: { ...CUSTOM, verb: 'Report the result' },
  ask_user: { ...CUSTOM, quietResult: false, verb: 'Ask the user' },
} as const satisfies Record<MemberName, MemberTraits>;

/** The traits of a tool the model named, or undefined for a name that is no member (model input: not trusted). */
export function traitsOf(name: string): MemberTraits | undefined {
  return Object.hasOwn(MEMBER_CATALOGUE, name) ? MEMBER_CATALOGUE[name as MemberName] : undefined;
}
