import type { ActionKind, ActionSummary } from '../../shared/action-summary';
import type { ElementFacts } from '../../shared/element-facts';

/** The browser members and Tabwright's own tools, by the kind of thing they do. */
const KINDS = new Map<string, ActionKind>([
  ['navigate', 'navigate'],
  ['left_click', 'click'],
  ['right_click', 'click'],
  ['middle_click', 'click'],
  ['double_click', 'click'],
  ['triple_click', 'click'],
  ['left_mouse_down', 'click'],
  ['left_mouse_up', 'click'],
  ['type', 'type'],
  ['key', 'key'],
  ['hold_key', 'key'],
  ['scroll', 'scroll'],
  ['scroll_to', 'scroll'],
  ['hover', 'hover'],
  ['mouse_move', 'hover'],
  ['left_click_drag', 'drag'],
  ['read_page', 'read'],
  ['get_page_text', 'read'],
  ['read_console', 'read'],
  ['read_network', 'read'],
  ['find', 'find'],
  ['screenshot', 'look'],
  ['zoom', 'look'],
  ['wait', 'wait'],
  ['new_tab', 'tab'],
  ['list_tabs', 'tab'],
  ['switch_tab', 'tab'],
  ['close_tab', 'tab'],
  ['file_upload', 'upload'],
  ['javascript_exec', 'script'],
  ['ask_user', 'ask'],
  ['done', 'finish'],
  ['navigation_blocked', 'blocked'],
]);

const CHOICE_ROLES = new Set(['combobox', 'listbox', 'radiogroup']);
const MAX_VALUE_CHARS = 200;
const MAX_DETAIL_CHARS = 300;

export interface ActionFactsForSummary {
  member: string;
  input: unknown;
  /** The element the action targets, read from the page before it ran. */
  element?: ElementFacts;
  pageUrl: string;
  ok: boolean;
  /** The result as the model read it (already redacted). */
  result: string;
  /** Held back rather than failed in the page: a person said no, or a site or secret rule held it. */
  refused?: 'person' | 'rule';
}

/** Builds the structured record of one action that the UI renders. */
export function summarizeAction({
  member,
  input,
  element,
  pageUrl,
  ok,
  result,
  refused,
}: ActionFactsForSummary): ActionSummary {
  const fields = isRecord(input) ? input : {};
  const summary: ActionSummary = {
    kind: kindOf(member, fields, element),
    member,
    outcome: ok ? 'done' : refused || member === 'navigation_blocked' ? 'refused' : 'failed',
  };
  if (element) summary.target = { role: element.role, name: element.name };
  const site = hostOf(member === 'navigation_blocked' ? String(fields.url ?? '') : pageUrl);
  if (site) summary.site = site;
  const value = actionValue(member, fields);
  if (value) summary.value = clip(value, MAX_VALUE_CHARS);
  // A person who said no reads that, not the instructions the model was given about it.
  const failure = refused === 'person' ? 'You did not approve it.' : result.replace(/^(Error:\s*)+/i, '');
  const detail = ok ? (summary.kind === 'read' || summary.kind === 'find' ? result : '') : failure;
  if (detail.trim()) summary.detail = clip(detail.trim(), MAX_DETAIL_CHARS);
  return summary;
}

function kindOf(member: string, input: Record<string, unknown>, element: ElementFacts | undefined): ActionKind {
  if (member === 'form_input') {
    if (typeof input.value === 'boolean') return 'check';
    return element && CHOICE_ROLES.has(element.role) ? 'choose' : 'fill';
  }
  return KINDS.get(member) ?? 'other';
}

function actionValue(member: string, input: Record<string, unknown>): string | undefined {
  switch (member) {
    case 'navigate':
    case 'navigation_blocked':
      return typeof input.url === 'string' ? input.url : undefined;
    case 'type':
    case 'key':
    case 'hold_key':
      return typeof input.text === 'string' ? input.text : undefined;
    case 'form_input':
      return input.value === undefined ? undefined : String(input.value);
    case 'find':
      return typeof input.query === 'string' ? input.query : undefined;
    case 'ask_user':
      return typeof input.question === 'string' ? input.question : undefined;
    case 'scroll':
      return typeof input.scroll_direction === 'string' ? input.scroll_direction : undefined;
    case 'wait':
      return typeof input.duration === 'number' ? String(input.duration) : undefined;
    case 'switch_tab':
    case 'close_tab':
      return input.tab_id === undefined ? undefined : String(input.tab_id);
    default:
      return undefined;
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
