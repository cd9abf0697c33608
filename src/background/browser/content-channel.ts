import { TabwrightError } from '../../shared/errors';
import { type ContentReply, type ContentRequest, parseContentReply } from '../../shared/protocol';
import { withinAnswerTime } from './answer-time';

const READY_TIMEOUT_MS = 5000;

/** Per tab, the highest ref number any of its documents minted; kept for the worker's lifetime. */
const refMaxByTab = new Map<number, number>();

function refFloorOf(tabId: number): number {
  return refMaxByTab.get(tabId) ?? 0;
}

function noteRefMax(tabId: number, refMax: number) {
  refMaxByTab.set(tabId, Math.max(refMax, refMaxByTab.get(tabId) ?? 0));
}
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;
const FORBIDDEN = /Cannot access|cannot be scripted|chrome:\/\/|extensions gallery|Cannot script|error page/i;

/** Requests whose answers mint refs (find and page text for the frames they name). */
type RefMinting = Extract<ContentRequest, { type: 'content/read_page' | 'content/find' | 'content/page_text' }>;
const REF_MINTING = new Set<ContentRequest['type']>(['content/read_page', 'content/find', 'content/page_text']);

function mintsRefs(request: ContentRequest): request is RefMinting {
  return REF_MINTING.has(request.type);
}

/**
 * Sends one request to the content script of a tab's frame. Tabs opened before the extension was installed
 * (or reloaded) have no content script yet, so a missing receiver is answered by injecting it once.
 */
export async function askContent(tabId: number, request: ContentRequest, frameId = 0): Promise<ContentReply> {
  await ensureTab(tabId);
  // Top-frame reads carry the tab's ref floor, so each new document numbers its refs above the previous ones.
  if (frameId === 0 && mintsRefs(request)) {
    const reply = await askReady(tabId, { ...request, refFloor: refFloorOf(tabId) }, frameId);
    if (reply.ok && reply.refMax !== undefined) noteRefMax(tabId, reply.refMax);
    return reply;
  }
  return askReady(tabId, request, frameId);
}

async function askReady(tabId: number, request: ContentRequest, frameId: number): Promise<ContentReply> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(tabId, request, frameId);
    } catch (error) {
      if (!(error instanceof Error) || !NO_RECEIVER.test(error.message)) throw error;
      if (Date.now() > deadline) {
        throw new TabwrightError(
          'page_forbidden',
          `The page in this tab does not answer the agent (${error.message}).`,
        );
      }
    }
    // The declared script may still be loading (it starts at document_idle and imports its module), so the first
    // miss injects it and later misses wait for it to register its listener.
    if (attempt === 0) await injectContentScript(tabId);
    await new Promise((resolve) => setTimeout(resolve, Math.min(50 * (attempt + 1), 300)));
  }
}

async function send(tabId: number, request: ContentRequest, frameId: number): Promise<ContentReply> {
  const reply = parseContentReply(await withinAnswerTime(chrome.tabs.sendMessage(tabId, request, { frameId })));
  if (!reply) throw new Error('Receiving end does not exist: the content script gave no answer.');
  if ('problem' in reply) throw new Error(reply.problem);
  return reply;
}

export async function ensureTab(tabId: number): Promise<chrome.tabs.Tab> {
  try {
    return await chrome.tabs.get(tabId);
  } catch {
    throw new TabwrightError('tab_closed', 'The tab the agent was working in has been closed.');
  }
}

async function injectContentScript(tabId: number): Promise<void> {
  const files = chrome.runtime.getManifest().content_scripts?.flatMap((script) => script.js ?? []) ?? [];
  try {
    await withinAnswerTime(chrome.scripting.executeScript({ target: { tabId, allFrames: true }, files }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (FORBIDDEN.test(message)) {
      // An empty document (a tab gone back to its first, blank entry) is no page that forbids anything.
      const blank = (await chrome.tabs.get(tabId).catch(() => undefined))?.url === 'about:blank';
      throw new TabwrightError(
        'page_forbidden',
        blank
          ? 'This tab shows an empty page (about:blank): there is nothing to read or act on. Navigate to the page ' +
              'the task needs.'
          : 'This page does not let extensions run scripts (a browser page such as chrome://, the Web Store, or a ' +
              'page blocked by policy). Open a regular web page, or give a Start URL.',
      );
    }
    // Anything else (a frame still loading or being replaced) is transient: the caller keeps asking until its deadline.
  }
}
