import { traitsOf } from '../../shared/member-catalogue';
import type { ActionRecord } from '../../shared/task';

/**
 * One action of the agent in words a person reads at a glance, e.g. `Click “Add to cart”`, from the structured record
 * the worker writes (`ActionRecord.summary`: the element's role and name as the page describes it). Records from
 * before that existed fall back to the model's input (the ref or the point), never to parsing result text.
 */
export function describeAction(action: ActionRecord): string {
  const input = isRecord(action.input) ? action.input : {};
  const element = action.summary?.target?.name;
  const target = element ? quote(element) : targetText(input.target);
  switch (action.tool) {
    case 'navigate':
      return navigation(String(input.url ?? ''));
    case 'left_click':
      return `Click ${target}`;
    case 'right_click':
      return `Right-click ${target}`;
    case 'middle_click':
      return `Middle-click ${target}`;
    case 'double_click':
      return `Double-click ${target}`;
    case 'triple_click':
      return `Triple-click ${target}`;
    case 'hover':
      return `Hover over ${target}`;
    case 'form_input':
      return formInput(input.value, target, action.summary?.kind === 'choose');
    case 'type':
      return `Type ${quote(clip(String(input.text ?? '')))}`;
    case 'key':
      return `Press ${String(input.text ?? '')}${repeat(input.repeat)}`;
    case 'hold_key':
      return `Hold ${String(input.text ?? '')} for ${seconds(input.duration)}`;
    case 'scroll':
      return `Scroll ${String(input.scroll_direction ?? 'down')}`;
    case 'scroll_to':
      return `Scroll to ${target}`;
    case 'left_click_drag':
      return `Drag from ${targetText(input.from)} to ${targetText(input.target)}`;
    case 'left_mouse_down':
      return `Press the mouse button ${targetText(input.target)}`;
    case 'left_mouse_up':
      return `Release the mouse button ${targetText(input.target)}`;
    case 'mouse_move':
      return `Move the mouse ${targetText(input.target)}`;
    case 'read_page':
      return input.filter === 'interactive' ? 'Read the controls on the page' : 'Read the page';
    case 'get_page_text':
      return 'Read the text of the page';
    case 'find':
      return `Look for ${quote(clip(String(input.query ?? '')))}`;
    case 'screenshot':
      return 'Take a screenshot';
    case 'zoom':
      return 'Zoom into part of the page';
    case 'wait':
      return `Wait ${seconds(input.duration)}`;
    case 'new_tab':
      return 'Open a new tab';
    case 'list_tabs':
      return 'List the open tabs';
    case 'switch_tab':
      return `Switch to tab ${String(input.tab_id ?? '')}`;
    case 'close_tab':
      return `Close tab ${String(input.tab_id ?? '')}`;
    case 'file_upload':
      return `Upload a file to ${target}`;
    case 'javascript_exec':
      return 'Run a script on the page';
    case 'read_console':
      return 'Read the console';
    case 'read_network':
      return 'Read the network requests';
    case 'done':
      return input.success === false ? 'Give up and report why' : 'Report the result';
    case 'ask_user':
      return `Ask you ${quote(clip(String(input.question ?? '')))}`;
    case 'navigation_blocked':
      return `Kept from going to ${shortUrl(String(input.url ?? ''))}`;
    default:
      return 'Act on the page';
  }
}

/** What came of the action, when that says more than the action itself: errors always, page text when read. */
export function describeOutcome(action: ActionRecord): string {
  const summary = action.summary;
  if (summary) {
    if (summary.outcome !== 'done')
      return summary.detail ?? (summary.outcome === 'refused' ? 'Not allowed.' : 'Failed.');
    return summary.kind === 'read' || summary.kind === 'find' ? (summary.detail ?? '') : '';
  }
  const result = action.result.trim();
  if (!action.ok) return result.replace(/^(Error:\s*)+/i, '') || 'Failed.';
  // Acknowledgements that only repeat the action, e.g. `Clicked.`, and the agent's own tools are not worth a line.
  if (traitsOf(action.tool)?.quietResult || action.tool === 'done' || action.tool === 'ask_user') return '';
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function targetText(target: unknown): string {
  if (!isRecord(target)) return 'the page';
  if (target.type === 'coordinate') return `at (${String(target.x)}, ${String(target.y)})`;
  if (typeof target.ref === 'string') return `element ${target.ref}`;
  return 'the page';
}

function navigation(url: string): string {
  if (url === 'back') return 'Go back';
  if (url === 'forward') return 'Go forward';
  return `Go to ${shortUrl(url)}`;
}

function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === '/' ? '' : parsed.pathname;
    return clip(`${parsed.host}${path}${parsed.search}`, 60);
  } catch {
    return clip(url, 60);
  }
}

function formInput(value: unknown, target: string, choice: boolean): string {
  if (value === true) return `Check ${target}`;
  if (value === false) return `Uncheck ${target}`;
  if (choice) return `Choose ${quote(clip(String(value ?? '')))} in ${target}`;
  return `Fill ${target} with ${quote(clip(String(value ?? '')))}`;
}

function repeat(times: unknown): string {
  return typeof times === 'number' && times > 1 ? ` ×${times}` : '';
}

function seconds(value: unknown): string {
  return `${typeof value === 'number' ? value : '?'} s`;
}

function quote(text: string): string {
  return `“${text}”`;
}

function clip(text: string, max = 48): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
