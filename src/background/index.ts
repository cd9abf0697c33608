import { TabwrightError } from '../shared/errors';
import { type CommandReply, KEEPALIVE_PORT, parsePageStop, parseUiCommand, type UiCommand } from '../shared/protocol';
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

async function handle(command: UiCommand): Promise<CommandReply<Record<string, unknown>>> {
  switch (command.type) {
    case 'task/run': {
      const context = command.continueFrom
        ? await followUpContext(command.continueFrom)
        : command.tabId === undefined
          ? {}
          : { tabId: command.tabId };
      const state = await runner.start(command.options, context);
      return { ok: true, taskId: state.id };
    }
    case 'task/stop':
      return { ok: true, stopped: runner.stop(command.taskId) };
    case 'settings/test':
      return { ok: true, ...(await testConnection()) };
    case 'schema/check':
      return { ok: true, ...(await checkSchema(command.schema)) };
    case 'models/list':
      return { ok: true, models: await listModels() };
    case 'task/answer':
      return { ok: true, delivered: runner.answer(command.taskId, command.requestId, command.answer) };
    case 'task/confirm':
      return {
        ok: true,
        delivered: runner.answer(command.taskId, command.requestId, {
          approved: command.approved,
          ...(command.remember ? { remember: true } : {}),
        }),
      };
  }
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
