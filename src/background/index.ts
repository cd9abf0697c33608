import { TabwrightError } from '../shared/errors';
import { type CommandReply, KEEPALIVE_PORT, parseUiCommand, type UiCommand } from '../shared/protocol';
import { testConnection } from './model/connection-test';
import { checkSchema } from './schema/validator';
import { TaskRunner } from './session/task-runner';

const runner = new TaskRunner();

// chrome.storage.local holds the API key; content scripts get no access to it.
void chrome.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
void runner.resumeInterruptedTasks();

/** Commands come only from Tabwright's own pages: never from content scripts, web pages or other extensions. */
function isFromExtensionPage(sender: chrome.runtime.MessageSender): boolean {
  return sender.id === chrome.runtime.id && (sender.url ?? '').startsWith(chrome.runtime.getURL(''));
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!isFromExtensionPage(sender)) return false;
  const command = parseUiCommand(message);
  if (!command) return false;
  handle(command).then(sendResponse, (error: unknown) => sendResponse(errorReply(error)));
  return true;
});

async function handle(command: UiCommand): Promise<CommandReply<Record<string, unknown>>> {
  switch (command.type) {
    case 'task/run': {
      const state = await runner.start(command.options, command.tabId);
      return { ok: true, taskId: state.id };
    }
    case 'task/stop':
      return { ok: true, stopped: runner.stop(command.taskId) };
    case 'settings/test':
      return { ok: true, ...(await testConnection()) };
    case 'schema/check':
      return { ok: true, ...(await checkSchema(command.schema)) };
    case 'models/list':
    case 'task/answer':
    case 'task/confirm':
      // The UI already speaks these (it falls back when they fail); the worker's side is still to be written.
      throw new TabwrightError('internal', `"${command.type}" is not supported by this version of the background worker yet.`);
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
