import { TabwrightError } from '../shared/errors';
import { type CommandReply, KEEPALIVE_PORT, parseUiCommand, type UiCommand } from '../shared/protocol';
import { startBridge } from './bridge/start-bridge';
import { isFromExtensionPage } from './message-sender';
import { testConnection } from './model/connection-test';
import { listModels } from './model/models';
import { checkSchema } from './schema/validator';
import { TaskRunner } from './session/task-runner';

const runner = new TaskRunner();

// chrome.storage.local holds the API key; content scripts get no access to it.
void chrome.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
void runner.resumeInterruptedTasks();
startBridge(runner);


chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!isFromExtensionPage(sender, chrome.runtime.id, chrome.runtime.getURL(''))) return false;
  const command = parseUiCommand(message);
  if (!command) return false;
  handle(command).then(sendResponse, (error: unknown) => sendResponse(errorReply(error)));
  return true;
});

async function handle(command: UiCommand): Promise<CommandReply<Record<string, unknown>>> {
  switch (command.type) {
    case 'task/run': {
      const state = await runner.start(command.options, command.tabId === undefined ? {} : { tabId: command.tabId });
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
        delivered: runner.answer(command.taskId, command.requestId, { approved: command.approved, ...(command.remember ? { remember: true } : {}) }),
      };
  }
}

function errorReply(error: unknown): CommandReply {
  if (error instanceof TabwrightError) {
    return { ok: false, error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } };
  }
  return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
}

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== KEEPALIVE_PORT || port.sender?.id !== chrome.runtime.id) port.disconnect();
});
