import type { BridgeStatus } from '../bridge-protocol';
import type { Settings } from '../settings';
import type { TaskState } from '../task';
import { LOCAL_KEYS, SESSION_KEYS, SESSION_PREFIXES } from './keys';
import { storageFamily, storageItem } from './storage-area';

/** Typed handles on the values whose shape lives in src/shared. */

/** Stored partial: settings added later take their defaults. */
export const settingsItem = storageItem<Partial<Settings>>('local', LOCAL_KEYS.settings);
export const taskStates = storageFamily<TaskState>('session', SESSION_PREFIXES.task);
export const currentTaskIdItem = storageItem<string>('session', SESSION_KEYS.currentTaskId);
export const bridgeStatusItem = storageItem<BridgeStatus>('session', SESSION_KEYS.bridgeStatus);
