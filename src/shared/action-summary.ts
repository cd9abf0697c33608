/**
 * One action of a step as structured data, written by the worker and read by every page: what kind of action, on
 * which element (as the page describes it), on which site, with what value and how it came out. The UI words it from
 * these fields; it never parses the model-facing result text.
 */
export type ActionKind =
  | 'navigate'
  | 'click'
  | 'fill'
  | 'choose'
  | 'check'
  | 'type'
  | 'key'
  | 'scroll'
  | 'hover'
  | 'drag'
  | 'read'
  | 'find'
  | 'look'
  | 'wait'
  | 'tab'
  | 'upload'
  | 'script'
  | 'ask'
  | 'finish'
  | 'blocked'
  | 'other';

export type ActionOutcome = 'done' | 'failed' | 'refused';

export interface ActionSummary {
  kind: ActionKind;
  /** The member or tool called, e.g. `left_click`, `ask_user`. */
  member: string;
  /** The element acted on, read from the page before the action. */
  target?: { role: string; name: string };
  /** The host the action happened on. */
  site?: string;
  /** What was typed, chosen, pressed, asked or navigated to (secrets already redacted). */
  value?: string;
  outcome: ActionOutcome;
  /** Why it failed or was refused, or what a read found, in a line. */
  detail?: string;
}
