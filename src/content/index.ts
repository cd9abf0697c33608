import browser from 'webextension-polyfill';
import { type ContentReply, type ContentRequest, parseContentRequest } from '../shared/protocol';
import { runAction } from './actions';
import { domQuiet } from './dom-quiet';
import { findElements, pageText, readPage } from './snapshot';

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
    return answer(request);
  });
}

async function answer(request: ContentRequest): Promise<ContentReply> {
  try {
    switch (request.type) {
      case 'content/ping':
        return { ok: true };
      case 'content/read_page': {
        const page = readPage({ filter: request.filter ?? null, depth: request.depth ?? null, ref: request.ref ?? null });
        return { ok: true, text: page.text, truncated: page.truncated, url: page.url, title: page.title };
      }
      case 'content/find':
        return { ok: true, text: findElements(request.query) };
      case 'content/page_text':
        return { ok: true, text: pageText() };
      case 'content/act': {
        const text = runAction(request.action);
        await domQuiet();
        return { ok: true, text };
      }
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
