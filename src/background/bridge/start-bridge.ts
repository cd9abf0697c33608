import { settingsItem } from '../../shared/storage/catalogue';
import { Sessions } from '../session/sessions';
import type { TaskRunner } from '../session/task-runner';
import { BRIDGE_ALARM, BridgeLink } from './bridge-link';
import { serveRequest } from './serve-request';
import { ToolRelay } from './tool-relay';

const BRIDGE_SETTINGS = ['bridgeEnabled', 'bridgePort', 'pairingToken'] as const;

/**
 * Starts the SDK bridge: connects when the user enables it, follows changes to its settings, and retries on an
 * alarm, which also wakes a worker the browser stopped. Listeners are added synchronously, at worker start, so an
 * alarm or a settings change that woke the worker is delivered.
 */
export function startBridge(runner: TaskRunner): void {
  const sessions = new Sessions(runner);
  const tools = new ToolRelay((event) => link.notify(event));
  const link = new BridgeLink({
    paired: (client) => sessions.closeAllBut(client),
    serve: (client, request) => serveRequest(sessions, tools, client, request),
    unpaired: (client) => {
      tools.dropAll('The script that runs this tool disconnected.');
      // Its result has nowhere to go, and nobody who asked for it is left to watch the person's tabs and credits.
      void sessions.stopTasksOf(client, 'The script that started this task disconnected, so the task was stopped.');
    },
  });
  settingsItem.watch((after = {}, before = {}) => {
    if (BRIDGE_SETTINGS.some((key) => before[key] !== after[key])) void link.reconcile();
  });
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BRIDGE_ALARM) void link.reconcile();
  });
  void link.reconcile();
}
