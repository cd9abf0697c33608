import type {
  BetaBrowserFindInput,
  BetaBrowserFormInputInput,
  BetaBrowserGetPageTextInput,
  BetaBrowserHoverInput,
  BetaBrowserKeyInput,
  BetaBrowserLeftClickInput,
  BetaBrowserNavigateInput,
  BetaBrowserReadPageInput,
  BetaBrowserScreenshotInput,
  BetaBrowserScrollInput,
  BetaBrowserScrollToInput,
  BetaBrowserStateTabEntry,
  BetaBrowserSwitchTabInput,
  BetaBrowserCloseTabInput,
  BetaBrowserTypeInput,
  BetaBrowserWaitInput,
  BetaBrowserClickTarget,
} from '@anthropic-ai/sdk/resources/beta';
import {
  BetaAbstractBrowserToolset20260801,
  type BetaBrowserNavigateResult,
  type BetaBrowserState,
  type BetaBrowserToolsetOptions,
  type BetaScreenshotResult,
  type BetaToolsetCallContext,
  ToolError,
} from '@anthropic-ai/sdk/helpers/beta/toolsets';
import type { ContentReply, PageAction } from '../../shared/protocol';
import { askContent, ensureTab } from './content-channel';
import { navigateTab, settleAfter } from './navigation';
import { captureTab } from './screenshot';
import type { TabSet } from './tab-set';

type Ctx = BetaToolsetCallContext;
type Button = 'left' | 'right' | 'middle';

const SCROLL_NOTCH_PX = 100;
const MAX_WAIT_SECONDS = 30;

/**
 * Tabwright's backend for Claude's browser toolset: each member is served by the content script of the task's
 * tab (eyes and hands) or by chrome.* APIs (tabs, navigation, screenshots).
 */
export class TabwrightBrowser extends BetaAbstractBrowserToolset20260801 {
  readonly tabs: TabSet;

  constructor(tabs: TabSet, options: Omit<BetaBrowserToolsetOptions, 'browserState'> = {}) {
    super({ ...options, browserState: () => this.reportState() });
    this.tabs = tabs;
  }

  private async reportState(): Promise<BetaBrowserState> {
    return this.tabs.report();
  }

  /** Which tab a member acts on: the one the model named, else the session's active tab. */
  private async tabFor(tabId: string | null | undefined): Promise<number> {
    const id = tabId ? this.tabs.resolve(tabId) : this.tabs.active;
    await ensureTab(id);
    return id;
  }

  private async act(tabId: string | null | undefined, action: PageAction): Promise<string> {
    const tab = await this.tabFor(tabId);
    const reply = await settleAfter(tab, () => askContent(tab, { type: 'content/act', action }));
    return replyText(reply);
  }

  protected override async navigate(_ctx: Ctx, input: BetaBrowserNavigateInput): Promise<BetaBrowserNavigateResult> {
    const tab = await navigateTab(await this.tabFor(input.tab_id), input.url);
    return { url: tab.url ?? '', title: tab.title ?? '' };
  }

  protected override async read_page(_ctx: Ctx, input: BetaBrowserReadPageInput): Promise<string> {
    const tab = await this.tabFor(input.tab_id);
    return replyText(
      await askContent(tab, { type: 'content/read_page', filter: input.filter ?? null, depth: input.depth ?? null, ref: input.ref ?? null }),
    );
  }

  protected override async find(_ctx: Ctx, input: BetaBrowserFindInput): Promise<string> {
    const tab = await this.tabFor(input.tab_id);
    return replyText(await askContent(tab, { type: 'content/find', query: input.query }));
  }

  protected override async get_page_text(_ctx: Ctx, input: BetaBrowserGetPageTextInput): Promise<string> {
    const tab = await this.tabFor(input.tab_id);
    return replyText(await askContent(tab, { type: 'content/page_text' }));
  }

  protected override form_input(_ctx: Ctx, input: BetaBrowserFormInputInput): Promise<string> {
    return this.act(input.tab_id, { kind: 'form_input', ref: input.target.ref, value: input.value });
  }

  protected override left_click(_ctx: Ctx, input: BetaBrowserLeftClickInput): Promise<string> {
    return this.click(input, 'left', 1);
  }

  protected override right_click(_ctx: Ctx, input: BetaBrowserLeftClickInput): Promise<string> {
    return this.click(input, 'right', 1);
  }

  protected override middle_click(_ctx: Ctx, input: BetaBrowserLeftClickInput): Promise<string> {
    return this.click(input, 'middle', 1);
  }

  protected override double_click(_ctx: Ctx, input: BetaBrowserLeftClickInput): Promise<string> {
    return this.click(input, 'left', 2);
  }

  protected override triple_click(_ctx: Ctx, input: BetaBrowserLeftClickInput): Promise<string> {
    return this.click(input, 'left', 3);
  }

  private click(input: { target: BetaBrowserClickTarget; modifiers?: string | null; tab_id?: string | null }, button: Button, count: number) {
    const modifiers = parseModifiers(input.modifiers);
    const target = input.target;
    return this.act(
      input.tab_id,
      target.type === 'ref'
        ? { kind: 'click', ref: target.ref, button, count, modifiers }
        : { kind: 'click_at', x: target.x, y: target.y, button, count, modifiers },
    );
  }

  protected override hover(_ctx: Ctx, input: BetaBrowserHoverInput): Promise<string> {
    const target = input.target;
    return this.act(input.tab_id, target.type === 'ref' ? { kind: 'hover', ref: target.ref } : { kind: 'hover_at', x: target.x, y: target.y });
  }

  protected override type_(_ctx: Ctx, input: BetaBrowserTypeInput): Promise<string> {
    return this.act(input.tab_id, { kind: 'type', text: input.text });
  }

  protected override key(_ctx: Ctx, input: BetaBrowserKeyInput): Promise<string> {
    return this.act(input.tab_id, { kind: 'key', keys: input.text, repeat: Math.max(1, Math.min(100, input.repeat ?? 1)) });
  }

  protected override scroll(_ctx: Ctx, input: BetaBrowserScrollInput): Promise<string> {
    const distance = Math.max(1, Math.min(10, input.scroll_amount ?? 3)) * SCROLL_NOTCH_PX;
    const direction = input.scroll_direction;
    const dx = direction === 'left' ? -distance : direction === 'right' ? distance : 0;
    const dy = direction === 'up' ? -distance : direction === 'down' ? distance : 0;
    return this.act(input.tab_id, { kind: 'scroll', x: input.target.x, y: input.target.y, dx, dy });
  }

  protected override scroll_to(_ctx: Ctx, input: BetaBrowserScrollToInput): Promise<string> {
    return this.act(input.tab_id, { kind: 'scroll_to', ref: input.target.ref });
  }

  protected override async wait(ctx: Ctx, input: BetaBrowserWaitInput): Promise<void> {
    const seconds = Math.max(0, Math.min(MAX_WAIT_SECONDS, input.duration));
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, seconds * 1000);
      ctx.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  protected override async screenshot(_ctx: Ctx, input: BetaBrowserScreenshotInput): Promise<BetaScreenshotResult> {
    return captureTab(await this.tabFor(input.tab_id));
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

function replyText(reply: ContentReply): string {
  // The model reads a ToolError verbatim; the toolset's convention is a leading "Error: ".
  if (!reply.ok) throw new ToolError(`Error: ${reply.error}`);
  return reply.text ?? '';
}

function parseModifiers(chord: string | null | undefined): string[] {
  if (!chord) return [];
  return chord
    .split('+')
    .map((key) => key.trim().toLowerCase())
    .filter(Boolean);
}
