import browser from 'webextension-polyfill';
import {
  type ContentReply,
  type ContentRequest,
  type FrameHelloMessage,
  parseContentRequest,
  parseFrameHelloReply,
} from '../shared/protocol';
import { runAction } from './actions';
import { answerFrameOffsetQuestions } from './actions/frame-offset';
import { dragPointLines, withDragPoints } from './actions/drag-points';
import { collectChanges, watchChanges } from './actions/page-changes';
import { ActionError } from './actions/target';
import { domQuiet } from './dom-quiet';
import {
  findMatches,
  type ForeignFrames,
  highestRef,
  listenForFrameHello,
  readPageText,
  raiseRefFloor,
  readPage,
  setRefNamespace,
  useFrameNonce,
} from './snapshot';
import { frameSourceOfRef } from './frame-sources';
import { confirmJudged, focusLeft } from './judged-target';
import { describeTarget } from './read-element-facts';
import { outlineTarget, setLiveView, whileAgentWorks } from './live-view';
import { hideMarks, showMarks } from './marks';

/**
 * The agent's eyes and hands inside a page. It answers only the extension's own service worker: a page can post
 * messages to the window, but cannot reach runtime.onMessage, and the sender id rules out other extensions.
 */
const LOADED = Symbol.for('tabwright.content');
const scope = globalThis as typeof globalThis & { [LOADED]?: boolean };

if (!scope[LOADED]) {
  scope[LOADED] = true;
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const request = parseContentRequest(message);
    if (!request) return undefined;
    // Waiting for the page to settle is not looking at it: the badge stays clickable meanwhile.
    const looks = request.type !== 'content/settle' && request.type !== 'content/live';
    return looks ? whileAgentWorks(() => answer(request)) : answer(request);
  });
  answerFrameOffsetQuestions();
  // A cross-origin frame learns its ref in the parent; the service worker maps it to this frame and names its refs.
  listenForFrameHello((hello) => {
    void browser.runtime
      .sendMessage({ type: 'frame/hello', ref: hello.ref, nonce: hello.nonce } satisfies FrameHelloMessage)
      .then((reply) => {
        const namespace = parseFrameHelloReply(reply)?.namespace;
        if (namespace !== undefined) setRefNamespace(namespace);
      })
      .catch(() => undefined);
  });
}

type Reading = Extract<ContentRequest, { type: 'content/read_page' | 'content/find' | 'content/page_text' }>;

/** A whole-document reading: refs minted in the worker's namespace and above its floor, frames told its nonce. */
function enterReading(request: Reading): void {
  useFrameNonce(request.frameNonce);
  if (request.namespace !== undefined) setRefNamespace(request.namespace);
  if (request.refFloor !== undefined) raiseRefFloor(request.refFloor);
}

/** The cross-origin frames a reading names, for the worker to ask in turn (with where each was told to load). */
function framesOf(read: ForeignFrames) {
  return {
    refs: read.frameRefs,
    nonce: read.frameNonce,
    sources: read.frameRefs.map(frameSourceOfRef),
    covers: read.frameCovers,
    views: read.frameViews,
  };
}

async function answer(request: ContentRequest): Promise<ContentReply> {
  try {
    switch (request.type) {
      case 'content/ping':
        return { ok: true };
      case 'content/read_page': {
        enterReading(request);
        const page = readPage({
          filter: request.filter ?? null,
          depth: request.depth ?? null,
          ref: request.ref ?? null,
          coveredByParent: request.coveredByParent,
          shownPart: request.shownPart,
        });
        return {
          ok: true,
          // A subtree asked for by ref also gets the points a drag needs (a whole-page read stays text only).
          text: request.ref ? await withDragPoints(page.text) : page.text,
          truncated: page.truncated,
          url: page.url,
          title: page.title,
          frames: framesOf(page),
          refMax: highestRef(),
        };
      }
      case 'content/find': {
        enterReading(request);
        const result = findMatches(request.query, request);
        const points = await dragPointLines(result.found.matches.flatMap((m) => (m.ref ? [m.ref] : [])));
        const pointsOf = (ref: string | undefined) => points.find((line) => line.startsWith(`${ref}: `));
        const matches = result.found.matches.map((m) => {
          const line = pointsOf(m.ref);
          return line ? { ...m, points: line } : m;
        });
        return {
          ok: true,
          found: { ...result.found, matches },
          frames: framesOf(result),
          refMax: highestRef(),
        };
      }
      case 'content/page_text': {
        enterReading(request);
        const page = readPageText(undefined, request);
        return { ok: true, text: page.text, frames: framesOf(page), refMax: highestRef() };
      }
      case 'content/act':
        useFrameNonce(request.frameNonce);
        if (!request.recheck) {
          watchChanges();
          outlineTarget(request.action);
        }
        {
          // Between trusted keys: the focus left what was judged, so the rest are not sent (not an error).
          const left = focusLeft(request.action, request.judged);
          if (left !== null) return { ok: true, text: left, halted: true };
        }
        confirmJudged(request.action, request.judged, request.judgedPress);
        return await runAction(request.action);
      case 'content/describe':
        return describeTarget(request.target);
      case 'content/marks':
        if (request.show) showMarks();
        else hideMarks();
        return { ok: true };
      case 'content/live':
        await setLiveView(request.mode);
        return { ok: true };
      case 'content/settle': {
        await domQuiet();
        const changes = collectChanges();
        if (request.rewatch) watchChanges();
        return { ok: true, changes, url: location.href, title: document.title };
      }
    }
  } catch (error) {
    // An ActionError is written for the model; anything else is a bug, reported without page details.
    const message =
      error instanceof ActionError
        ? error.message
        : `The action failed in the page (${error instanceof Error ? error.name : 'error'}: ${error instanceof Error ? error.message : String(error)}).`;
    return { ok: false, error: message };
  }
}
