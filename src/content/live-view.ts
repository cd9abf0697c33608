import browser from 'webextension-polyfill';
import type { LiveViewMode, PageAction, PageStopMessage } from '../shared/protocol';
import { elementFor, hitTest } from './actions/target';

/**
 * What a person sees in a tab the agent drives: a subtle frame around the page, a small "Tabwright is working — Stop"
 * badge, and an outline on the element about to be acted on. It lives in a closed shadow root under a plain <div>
 * (the snapshot walk does not enter it, so the model never reads it), is concealed while the worker takes a
 * screenshot, and lets hit-testing through while the agent looks or acts, so it never stands in the agent's way.
 */
const HOST_ID = 'tabwright-live';
const OUTLINE_MS = 900;

const STYLE = `
  :host { all: initial; }
  .frame { position: fixed; inset: 0; pointer-events: none; border: 3px solid rgb(79 70 229 / 55%);
    box-shadow: inset 0 0 14px rgb(79 70 229 / 30%); }
  .badge { position: fixed; bottom: 12px; right: 12px; pointer-events: auto; display: flex; align-items: center; gap: 8px;
    background: rgb(27 31 36 / 92%); color: #fff; font: 500 12px/1.2 system-ui, sans-serif; border-radius: 999px;
    padding: 4px 4px 4px 10px; box-shadow: 0 2px 8px rgb(0 0 0 / 25%); }
  .badge.left { right: auto; left: 12px; }
  .badge.agent-busy { pointer-events: none; }
  .dot { width: 7px; height: 7px; border-radius: 50%; background: #8b85ff; }
  button { all: initial; cursor: pointer; font: 600 12px/1 system-ui, sans-serif; color: #1b1f24; background: #fff;
    border-radius: 999px; padding: 4px 10px; }
  button:focus-visible { outline: 2px solid #8b85ff; outline-offset: 1px; }
  .outline { position: fixed; pointer-events: none; border: 2px solid #f59e0b; border-radius: 4px;
    box-shadow: 0 0 0 4px rgb(245 158 11 / 25%); }
`;

interface View {
  host: HTMLDivElement;
  badge: HTMLDivElement;
  button: HTMLButtonElement;
  outline: HTMLDivElement;
}

let view: View | undefined;
let concealed = false;
let outlineTimer: ReturnType<typeof setTimeout> | undefined;

export async function setLiveView(mode: LiveViewMode): Promise<void> {
  if (mode === 'on') show();
  else if (mode === 'off') remove();
  else if (mode === 'reveal') {
    concealed = false;
    if (view) view.host.style.display = '';
  } else {
    concealed = true;
    if (view) {
      view.host.style.display = 'none';
      await nextFrame();
    }
  }
}

/** Runs a snapshot or an action with the badge letting every hit test through, then restores it. */
export async function whileAgentWorks<T>(work: () => T | Promise<T>): Promise<T> {
  view?.badge.classList.add('agent-busy');
  try {
    return await work();
  } finally {
    view?.badge.classList.remove('agent-busy');
  }
}

/** Outlines the element an action is about to act on, for a moment, and keeps the badge off it. */
export function outlineTarget(action: PageAction): void {
  if (!view) return;
  let element: Element | null;
  try {
    element = targetOf(action);
  } catch {
    // A stale ref or a point off-screen: the action itself reports it.
    return;
  }
  if (!element) return;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return;
  Object.assign(view.outline.style, {
    display: 'block',
    left: `${rect.left - 3}px`,
    top: `${rect.top - 3}px`,
    width: `${rect.width + 6}px`,
    height: `${rect.height + 6}px`,
  });
  const badge = view.badge.getBoundingClientRect();
  const overlaps =
    rect.left < badge.right && rect.right > badge.left && rect.top < badge.bottom && rect.bottom > badge.top;
  if (overlaps) view.badge.classList.toggle('left');
  clearTimeout(outlineTimer);
  outlineTimer = setTimeout(() => {
    if (view) view.outline.style.display = 'none';
  }, OUTLINE_MS);
}

function targetOf(action: PageAction): Element | null {
  if ('ref' in action && typeof action.ref === 'string') return elementFor(action.ref);
  if (!('target' in action)) return null;
  const target = action.target;
  return 'ref' in target ? elementFor(target.ref) : hitTest(target.x, target.y).element;
}

function show() {
  if (view?.host.isConnected) return;
  const host = document.createElement('div');
  host.id = HOST_ID;
  host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483646;';
  if (concealed) host.style.display = 'none';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const frame = document.createElement('div');
  frame.className = 'frame';
  const badge = document.createElement('div');
  badge.className = 'badge';
  badge.setAttribute('role', 'status');
  const dot = document.createElement('span');
  dot.className = 'dot';
  const label = document.createElement('span');
  label.textContent = 'Tabwright is working —';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Stop';
  button.addEventListener('click', (event) => {
    // Only a person's click stops the task: a page cannot reach into the closed root, and synthetic clicks are ignored.
    if (!event.isTrusted) return;
    label.textContent = 'Stopping…';
    button.remove();
    const stop: PageStopMessage = { type: 'page/stop' };
    void browser.runtime.sendMessage(stop).catch(() => undefined);
  });
  badge.append(dot, label, button);
  const outline = document.createElement('div');
  outline.className = 'outline';
  outline.style.display = 'none';
  root.append(style, frame, outline, badge);
  document.documentElement.append(host);
  view = { host, badge, button, outline };
}

function remove() {
  view?.host.remove();
  view = undefined;
  concealed = false;
}

/** Resolves once the page has painted without the view (or soon, in a tab that does not paint). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}
