import { TabwrightError } from '../shared/errors';
import {
  type CommandReply,
  KEEPALIVE_PORT,
  parsePageStop,
  parseUiCommand,
  type UiCommand,
  type UiReply,
} from '../shared/protocol';
import { startBridge } from './bridge/start-bridge';
import { isFromExtensionPage } from './message-sender';
import { testConnection } from './model/connection-test';
import { listModels } from './model/models';
import { checkSchema } from './schema/validator';
import { followUpContext } from './session/follow-up';
import { TaskRunner } from './session/task-runner';

const runner = new TaskRunner();

// chrome.storage.local holds the API key; content scripts get no access to it.
void chrome.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
void runner.resumeInterruptedTasks();
startBridge(runner);

// The live-view badge's Stop, from the content script of the tab being driven (the tab id comes from the browser).
chrome.runtime.onMessage.addListener((message, sender) => {
  if (
    sender.id !== chrome.runtime.id ||
    sender.tab?.id === undefined ||
    sender.frameId !== 0 ||
    !parsePageStop(message)
  )
    return false;
  runner.stopInTab(sender.tab.id);
  return false;
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!isFromExtensionPage(sender, chrome.runtime.id, chrome.runtime.getURL(''))) return false;
  const command = parseUiCommand(message);
  if (!command) return false;
  if ('problem' in command) {
    sendResponse({ ok: false, error: { code: 'internal', message: command.problem } } satisfies CommandReply);
    return false;
  }
  handle(command).then(sendResponse, (error: unknown) => sendResponse(errorReply(error)));
  return true;
});

/** One handler per UI command, each typed by the reply the extension page checks (UI_REPLIES in protocol.ts). */
const handlers: { [K in UiCommand['type']]: (command: Extract<UiCommand, { type: K }>) => Promise<UiReply<K>> } = {
  'task/run': async (command) => {
    const context = command.continueFrom
      ? await followUpContext(command.continueFrom)
      : command.tabId === undefined
        ? {}
        : { tabId: command.tabId };
    const state = await runner.start(command.options, context);
    return { taskId: state.id };
  },
  'task/stop': async (command) => ({ stopped: runner.stop(command.taskId) }),
  'settings/test': () => testConnection(),
  'schema/check': (command) => checkSchema(command.schema),
  'models/list': async () => ({ models: await listModels() }),
  'task/answer': async (command) => ({
    delivered: runner.answer(command.taskId, command.requestId, command.answer),
  }),
  'task/confirm': async (command) => ({
    delivered: runner.answer(command.taskId, command.requestId, {
      approved: command.approved,
      ...(command.remember ? { remember: true } : {}),
    }),
  }),
};

async function handle(command: UiCommand): Promise<CommandReply<object>> {
  const handler = handlers[command.type] as (command: UiCommand) => Promise<object>;
  return { ok: true, ...(await handler(command)) };
}

function errorReply(error: unknown): CommandReply {
  if (error instanceof TabwrightError) {
    return {
      ok: false,
      error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
    };
  }
  return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
}

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== KEEPALIVE_PORT || port.sender?.id !== chrome.runtime.id) port.disconnect();
});
