import type {
  BetaBrowserClickTarget,
  BetaBrowserCloseTabInput,
  BetaBrowserFileUploadInput,
  BetaBrowserFindInput,
  BetaBrowserFormInputInput,
  BetaBrowserGetPageTextInput,
  BetaBrowserHoldKeyInput,
  BetaBrowserHoverInput,
  BetaBrowserJavascriptExecInput,
  BetaBrowserKeyInput,
  BetaBrowserLeftClickDragInput,
  BetaBrowserLeftClickInput,
  BetaBrowserLeftMouseDownInput,
  BetaBrowserNavigateInput,
  BetaBrowserReadConsoleInput,
  BetaBrowserReadPageInput,
  BetaBrowserScreenshotInput,
  BetaBrowserScrollInput,
  BetaBrowserScrollToInput,
  BetaBrowserStateTabEntry,
  BetaBrowserSwitchTabInput,
  BetaBrowserToolsetConfigs,
  BetaBrowserTypeInput,
  BetaBrowserWaitInput,
  BetaBrowserZoomInput,
} from '@anthropic-ai/sdk/resources/beta';
import {
  BetaAbstractBrowserToolset20260801,
  type BetaBrowserNavigateResult,
  type BetaBrowserState,
  type BetaBrowserToolsetOptions,
  type BetaScreenshotResult,
  type BetaToolsetCallContext,
} from '@anthropic-ai/sdk/helpers/beta/toolsets';
import { parseModifiers } from '../../shared/keys';
import { untrustedBlock } from '../agent/page-envelope';
import type { ContentRequest, MouseButton, PageAction, Point, UploadFile } from '../../shared/protocol';
import { attachmentFor, attachmentPolicy } from './attachments';
import { BrowserBatch } from './batch';
import { askContent, ensureTab } from './content-channel';
import { DebuggerSessions, throughDebugger } from './debugger/session';
import { DevtoolsLogs } from './devtools-logs';
import { watchFormResults } from './form-results';
import { frameIdForRef, listenForFrames } from './frames';
import { runJavascript } from './javascript';
import { navigateTab } from './navigation';
import { type ActionOutcome, type CallBinding, PageActions } from './page-actions';
import { describeChange, type PageChange } from './page-change';
import { findInFrames, readFrames } from './read-frames';
import { NativeDialogs } from './native-dialogs';
import {
  captureTab,
  elementPicture,
  PictureWithheld,
  type ScreenGuard,
  thumbnailFrom,
  thumbnailOf,
  zoomTab,
} from './screenshot';
import type { TabSet } from './tab-set';
import { toolError } from '../agent/tool-error';
import type { InputMode } from '../../shared/settings';

type Ctx = BetaToolsetCallContext;
type ClickInput = { target: BetaBrowserClickTarget; modifiers?: string | null; tab_id?: string | null };

const SCROLL_NOTCH_PX = 100;
const MAX_SECONDS = 30;

export interface TabwrightBrowserOptions extends Omit<BetaBrowserToolsetOptions, 'browserState' | 'filePolicy'> {
  /** `debugger`: clicks, keys and typing as trusted input through chrome.debugger, falling back to synthetic events. */
  inputMode?: InputMode;
  /** Enables javascript_exec (needs `confirm`). */
  allowJavascript?: boolean;
  /** Files the user attached to the task; enables file_upload (needs `confirm`) when there are any. */
  attachments?: UploadFile[];
  /** Enables read_console and read_network, recorded through chrome.debugger on every tab the task works on. */
  devtoolsLogs?: boolean;
  /** Consulted before and after every picture of a tab (screenshots, zooms, thumbnails): it may withhold it. */
  screenGuard?: ScreenGuard;
  /** The task's allowed sites: a tab showing a page outside them is neither read nor acted on (only navigated away). */
  allowsPage?: (url: string) => boolean;
}

/**
 * Tabwright's backend for Claude's browser toolset: each member is served by the content script of the task's tab
 * (eyes and hands, in every frame) or by chrome.* APIs (tabs, navigation, screenshots, chrome.debugger).
 */
export class TabwrightBrowser extends BetaAbstractBrowserToolset20260801 {
  readonly tabs: TabSet;
  /** Page changes caused by actions, for the batch guard. */
  readonly changes: { count: number; last: PageChange | null } = { count: 0, last: null };
  private readonly sessions = new DebuggerSessions();
  private readonly actions: PageActions;
  private readonly logs: DevtoolsLogs | null;
  private readonly attachments: UploadFile[];
  private readonly dialogs: NativeDialogs;
  /** What the safety checks bound each call to, by tool_use id (see CallBinding). */
  private readonly bindings = new Map<string, CallBinding>();
  private readonly screenGuard: ScreenGuard | undefined;
  private readonly allowsPage: ((url: string) => boolean) | undefined;

  constructor(tabs: TabSet, options: TabwrightBrowserOptions = {}) {
    const {
      inputMode = 'synthetic',
      allowJavascript = false,
      attachments = [],
      devtoolsLogs = false,
      screenGuard,
      allowsPage,
      configs,
      ...sdkOptions
    } = options;
    const optional: BetaBrowserToolsetConfigs = {
      javascript_exec: { enabled: allowJavascript },
      file_upload: { enabled: attachments.length > 0 },
      read_console: { enabled: devtoolsLogs },
      read_network: { enabled: devtoolsLogs },
    };
    super({
      ...sdkOptions,
      configs: { ...optional, ...configs },
      ...(attachments.length > 0 ? { filePolicy: attachmentPolicy(attachments) } : {}),
      browserState: () => this.reportState(),
    });
    this.tabs = tabs;
    this.attachments = attachments;
    this.screenGuard = screenGuard;
    this.allowsPage = allowsPage;
    this.actions = new PageActions(tabs, this.sessions, inputMode);
    this.logs = devtoolsLogs ? new DevtoolsLogs(this.sessions) : null;
    listenForFrames();
    watchFormResults();
    this.dialogs = new NativeDialogs(() => this.tabs.tabIds());
    void this.dialogs.guard(tabs.active);
  }

  /** Binds the next run of a call to what was checked for it: the document of its secret, the element judged. */
  bindCall(toolUseId: string, binding: CallBinding): void {
    this.bindings.set(toolUseId, binding);
  }

  /** Starts one model turn's batch of calls: run them through it to get the batch rules (see BrowserBatch). */
  startBatch(): BrowserBatch {
    return new BrowserBatch(this);
  }

  /** The active tab's page as read_page sees it, cross-origin frames included: the page state after each turn. */
  async readActivePage(): Promise<{ url: string; title: string; snapshot: string }> {
    const tabId = this.tabs.requireActive();
    const tab = this.insideFence(await ensureTab(tabId));
    return {
      url: tab.url ?? '',
      title: tab.title ?? '',
      snapshot: (await readFrames(tabId, { type: 'content/read_page' }, 0)).text,
    };
  }

  /** The step timeline's picture of the active tab, when it can be taken without disturbing the person. */
  thumbnail(width: number, from?: BetaScreenshotResult): Promise<string | undefined> {
    const made = from
      ? thumbnailFrom(from, width)
      : thumbnailOf(this.tabs.requireActive(), this.sessions, width, this.screenGuard);
    return made.catch(() => undefined);
  }

  /**
   * What the model sees in vision mode: the active tab with each element of the last snapshot marked by its ref
   * number, so the picture and the refs it acts on line up.
   */
  async markedScreenshot(): Promise<BetaScreenshotResult> {
    const tabId = this.tabs.requireActive();
    this.insideFence(await ensureTab(tabId));
    await askContent(tabId, { type: 'content/marks', show: true });
    try {
      return await captureTab(tabId, this.sessions, this.screenGuard);
    } finally {
      await askContent(tabId, { type: 'content/marks', show: false }).catch(() => undefined);
    }
  }

  /**
   * A picture of an element of the tab a call acts on (else the active tab), outlined in its surroundings, for a
   * person asked to approve an action. Guarded like every picture: it is published with the request (panel, SDK
   * callers, the stored task), so it never shows a secret.
   */
  elementPicture(
    rect: { x: number; y: number; width: number; height: number },
    wanted?: () => boolean,
    tabId = this.tabs.requireActive(),
  ): Promise<{ picture?: string; withheld?: string }> {
    return elementPicture(tabId, this.sessions, rect, wanted, this.screenGuard).then(
      (picture) => (picture ? { picture } : {}),
      (error: unknown) => (error instanceof PictureWithheld ? { withheld: error.reason } : {}),
    );
  }

  /** Detaches the debugger from every tab; call when the task ends. */
  async dispose(): Promise<void> {
    await this.dialogs.dispose();
    await this.sessions.dispose();
  }

  private async reportState(): Promise<BetaBrowserState> {
    return this.tabs.report();
  }

  /**
   * A tab's page, when it lies inside the task's allowed sites. The fence's rules keep other sites out, but another
   * site's service worker can answer a navigation before they apply: such a page is sent away, and until it has been
   * nothing reads or acts on it.
   */
  private insideFence(tab: chrome.tabs.Tab): chrome.tabs.Tab {
    const url = tab.url ?? '';
    if (this.allowsPage && !this.allowsPage(url))
      throw toolError(`The tab shows ${url}, outside the sites this task may visit: it was not read or acted on.`);
    return tab;
  }

  /** Which tab a member acts on: the one the model named, else the session's active tab (navigate may leave any page). */
  private async tabFor(tabId: string | null | undefined, leaving = false): Promise<number> {
    const id = tabId ? this.tabs.resolve(tabId) : this.tabs.active;
    const tab = await ensureTab(id);
    if (!leaving) this.insideFence(tab);
    // Recording starts before the member runs, so what it causes is in the logs; a tab without a debugger still works.
    if (this.logs) await this.logs.watch(id).catch(() => undefined);
    return id;
  }

  private async act(
    tabId: string | null | undefined,
    action: PageAction,
    hold?: () => Promise<void>,
    ctx?: Ctx,
  ): Promise<string> {
    const id = ctx?.toolUse?.id;
    const binding = (id === undefined ? undefined : this.bindings.get(id)) ?? {};
    if (id !== undefined) this.bindings.delete(id);
    const tab = await this.tabFor(tabId);
    if (binding.secret && binding.secret.tabId !== tab)
      throw toolError('The secret was checked for another tab than this call acts on; nothing was typed.');
    const outcome = await this.actions.perform(tab, action, hold, binding);
    return this.report(outcome);
  }

  private report({ text, change }: ActionOutcome): string {
    this.changes.count++;
    this.changes.last = change;
    return [text, describeChange(change)].filter(Boolean).join(' ');
  }

  protected override async navigate(_ctx: Ctx, input: BetaBrowserNavigateInput): Promise<BetaBrowserNavigateResult> {
    const tab = await navigateTab(await this.tabFor(input.tab_id, true), input.url);
    this.changes.count++;
    this.changes.last = { newDocument: true, url: tab.url ?? '' };
    return { url: tab.url ?? '', title: tab.title ?? '' };
  }

  protected override async read_page(_ctx: Ctx, input: BetaBrowserReadPageInput): Promise<string> {
    if (input.depth !== undefined && input.depth !== null && (!Number.isInteger(input.depth) || input.depth < 1)) {
      throw toolError('depth must be a whole number of at least 1.');
    }
    const tab = await this.tabFor(input.tab_id);
    const request: ContentRequest = {
      type: 'content/read_page',
      filter: input.filter ?? null,
      depth: input.depth ?? null,
      ref: input.ref ?? null,
    };
    const frameId = input.ref ? frameIdForRef(input.ref) : 0;
    return untrustedBlock((await readFrames(tab, request, frameId)).text);
  }

  protected override async find(_ctx: Ctx, input: BetaBrowserFindInput): Promise<string> {
    if (!input.query?.trim()) throw toolError('query is empty; describe the element to find.');
    const tab = await this.tabFor(input.tab_id);
    return untrustedBlock(await findInFrames(tab, input.query));
  }

  protected override async get_page_text(_ctx: Ctx, input: BetaBrowserGetPageTextInput): Promise<string> {
    const tab = await this.tabFor(input.tab_id);
    return untrustedBlock((await readFrames(tab, { type: 'content/page_text' }, 0)).text);
  }

  protected override form_input(ctx: Ctx, input: BetaBrowserFormInputInput): Promise<string> {
    // The toolset's value is a string, number or boolean; a list for a multi-select is read from its JSON text.
    const value: unknown = input.value;
    const given = Array.isArray(value) ? JSON.stringify(value) : input.value;
    return this.act(input.tab_id, { kind: 'form_input', ref: refOf(input.target), value: given }, undefined, ctx);
  }

  protected override left_click(ctx: Ctx, input: BetaBrowserLeftClickInput): Promise<string> {
    return this.click(ctx, input, 'left', 1);
  }

  protected override right_click(ctx: Ctx, input: ClickInput): Promise<string> {
    return this.click(ctx, input, 'right', 1);
  }

  protected override middle_click(ctx: Ctx, input: ClickInput): Promise<string> {
    return this.click(ctx, input, 'middle', 1);
  }

  protected override double_click(ctx: Ctx, input: ClickInput): Promise<string> {
    return this.click(ctx, input, 'left', 2);
  }

  protected override triple_click(ctx: Ctx, input: ClickInput): Promise<string> {
    return this.click(ctx, input, 'left', 3);
  }

  private click(ctx: Ctx, input: ClickInput, button: MouseButton, count: number): Promise<string> {
    let modifiers: ReturnType<typeof parseModifiers>;
    try {
      modifiers = parseModifiers(input.modifiers);
    } catch (error) {
      throw toolError((error as Error).message);
    }
    const action: PageAction = { kind: 'click', target: targetOf(input.target), button, count, modifiers };
    return this.act(input.tab_id, action, undefined, ctx);
  }

  protected override hover(ctx: Ctx, input: BetaBrowserHoverInput): Promise<string> {
    return this.act(input.tab_id, { kind: 'hover', target: targetOf(input.target) }, undefined, ctx);
  }

  protected override left_click_drag(ctx: Ctx, input: BetaBrowserLeftClickDragInput): Promise<string> {
    const action: PageAction = { kind: 'drag', from: pointOf(input.from, 'from'), to: pointOf(input.target, 'target') };
    return this.act(input.tab_id, action, undefined, ctx);
  }

  protected override left_mouse_down(ctx: Ctx, input: BetaBrowserLeftMouseDownInput): Promise<string> {
    return this.act(input.tab_id, { kind: 'mouse', phase: 'down', ...pointOf(input.target, 'target') }, undefined, ctx);
  }

  protected override left_mouse_up(ctx: Ctx, input: BetaBrowserLeftMouseDownInput): Promise<string> {
    return this.act(input.tab_id, { kind: 'mouse', phase: 'up', ...pointOf(input.target, 'target') }, undefined, ctx);
  }

  protected override mouse_move(_ctx: Ctx, input: BetaBrowserLeftMouseDownInput): Promise<string> {
    return this.act(input.tab_id, { kind: 'mouse', phase: 'move', ...pointOf(input.target, 'target') });
  }

  protected override type_(ctx: Ctx, input: BetaBrowserTypeInput): Promise<string> {
    if (typeof input.text !== 'string' || input.text === '') throw toolError('text is empty; give the text to type.');
    return this.act(input.tab_id, { kind: 'type', text: input.text }, undefined, ctx);
  }

  protected override key(ctx: Ctx, input: BetaBrowserKeyInput): Promise<string> {
    const repeat = input.repeat ?? 1;
    if (!Number.isInteger(repeat) || repeat < 1 || repeat > 100)
      throw toolError('repeat must be a whole number from 1 to 100.');
    return this.act(input.tab_id, { kind: 'key', keys: String(input.text ?? ''), repeat }, undefined, ctx);
  }

  protected override hold_key(ctx: Ctx, input: BetaBrowserHoldKeyInput): Promise<string> {
    const seconds = duration(input.duration);
    return this.act(
      input.tab_id,
      { kind: 'hold_key', keys: String(input.text ?? ''), phase: 'down' },
      () => sleep(seconds, ctx.signal),
      ctx,
    );
  }

  protected override scroll(_ctx: Ctx, input: BetaBrowserScrollInput): Promise<string> {
    const notches = input.scroll_amount ?? 3;
    if (!Number.isInteger(notches) || notches < 1 || notches > 10)
      throw toolError('scroll_amount must be a whole number of notches from 1 to 10.');
    const distance = notches * SCROLL_NOTCH_PX;
    const direction = input.scroll_direction;
    if (!['up', 'down', 'left', 'right'].includes(direction))
      throw toolError('scroll_direction must be up, down, left or right.');
    const dx = direction === 'left' ? -distance : direction === 'right' ? distance : 0;
    const dy = direction === 'up' ? -distance : direction === 'down' ? distance : 0;
    // The toolset types the target as a coordinate; a ref (a scrollable region's, from read_page) is accepted too.
    const target = input.target as BetaBrowserClickTarget | undefined;
    const at = target?.type === 'ref' ? { ref: refOf(target) } : pointOf(input.target, 'target');
    return this.act(input.tab_id, { kind: 'scroll', ...at, dx, dy });
  }

  protected override scroll_to(_ctx: Ctx, input: BetaBrowserScrollToInput): Promise<string> {
    return this.act(input.tab_id, { kind: 'scroll_to', ref: refOf(input.target) });
  }

  protected override async wait(ctx: Ctx, input: BetaBrowserWaitInput): Promise<void> {
    await sleep(duration(input.duration), ctx.signal);
  }

  protected override async screenshot(_ctx: Ctx, input: BetaBrowserScreenshotInput): Promise<BetaScreenshotResult> {
    return captureTab(await this.tabFor(input.tab_id), this.sessions, this.screenGuard);
  }

  protected override async zoom(_ctx: Ctx, input: BetaBrowserZoomInput): Promise<BetaScreenshotResult> {
    const region = Array.isArray(input.region) ? input.region : [];
    return zoomTab(await this.tabFor(input.tab_id), region, this.sessions, this.screenGuard);
  }

  protected override file_upload(_ctx: Ctx, input: BetaBrowserFileUploadInput): Promise<string> {
    const files = (input.paths ?? []).map((path) => attachmentFor(this.attachments, path));
    if (files.length === 0) throw toolError('name the attached files to upload in paths.');
    return this.act(input.tab_id, { kind: 'upload', ref: refOf(input.target), files });
  }

  protected override async javascript_exec(_ctx: Ctx, input: BetaBrowserJavascriptExecInput): Promise<string> {
    const tab = await this.tabFor(input.tab_id);
    const result = await throughDebugger('Running a script', () =>
      runJavascript(this.sessions, tab, String(input.text ?? '')),
    );
    this.changes.count++;
    this.changes.last = { newDocument: false };
    return untrustedBlock(result);
  }

  protected override async read_console(_ctx: Ctx, input: BetaBrowserReadConsoleInput): Promise<string> {
    const tab = await this.tabFor(input.tab_id);
    return untrustedBlock(await throughDebugger('Reading the console', () => this.requireLogs().readConsole(tab)));
  }

  protected override async read_network(_ctx: Ctx, input: BetaBrowserReadConsoleInput): Promise<string> {
    const tab = await this.tabFor(input.tab_id);
    return untrustedBlock(
      await throughDebugger('Reading the network requests', () => this.requireLogs().readNetwork(tab)),
    );
  }

  private requireLogs(): DevtoolsLogs {
    if (!this.logs) throw toolError('Console and network logs are not enabled in this environment.');
    return this.logs;
  }

  protected override async new_tab(): Promise<BetaBrowserStateTabEntry> {
    return this.tabs.open();
  }

  protected override list_tabs(): Promise<BetaBrowserStateTabEntry[]> {
    return this.tabs.list();
  }

  protected override switch_tab(_ctx: Ctx, input: BetaBrowserSwitchTabInput): Promise<BetaBrowserStateTabEntry> {
    return this.tabs.switchTo(input.tab_id);
  }

  protected override close_tab(_ctx: Ctx, input: BetaBrowserCloseTabInput): Promise<void> {
    return this.tabs.close(input.tab_id);
  }
}

function refOf(target: { type?: string; ref?: unknown } | undefined): string {
  if (target?.type !== 'ref' || typeof target.ref !== 'string')
    throw toolError('target must be {"type": "ref", "ref": "ref_N"} from read_page or find.');
  return target.ref;
}

function pointOf(target: { type?: string; x?: unknown; y?: unknown } | undefined, field: string): Point {
  if (
    target?.type !== 'coordinate' ||
    typeof target.x !== 'number' ||
    typeof target.y !== 'number' ||
    !Number.isFinite(target.x) ||
    !Number.isFinite(target.y)
  ) {
    throw toolError(`${field} must be {"type": "coordinate", "x": number, "y": number} in viewport pixels.`);
  }
  return { x: target.x, y: target.y };
}

function targetOf(target: BetaBrowserClickTarget | undefined): { ref: string } | Point {
  return target?.type === 'ref' ? { ref: refOf(target) } : pointOf(target, 'target');
}

function duration(seconds: unknown): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_SECONDS) {
    throw toolError(`duration must be between 0 and ${MAX_SECONDS} seconds.`);
  }
  return seconds;
}

function sleep(seconds: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, seconds * 1000);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
