// Every key Tabwright keeps in chrome.storage, in one place. The strings are what earlier versions stored, so
// stored data stays readable. Values whose shape belongs to one bundle (the UI's history, the worker's conversation)
// are typed by the module that owns them, with the key named here. No chrome API here: the SDK reads these too.

/** chrome.storage.local: lasts across browser restarts; the worker restricts it to extension pages. */
export const LOCAL_KEYS = {
  settings: 'settings',
  history: 'ui:history',
  savedTasks: 'ui:saved-tasks',
  popupDraft: 'ui:popup-draft',
  /** Secrets a person saved for later runs (the panel's vault). */
  vault: 'vault:secrets',
  /** The key (by its last characters) and base URL last seen to work: the first-run card hides for them. */
  connectionVerified: 'ui:connection-verified',
} as const;

/** chrome.storage.session: gone when the browser closes, survives a service-worker restart. */
export const SESSION_KEYS = {
  /** The task the Tabwright pages show. */
  currentTaskId: 'ui:lastTaskId',
  bridgeStatus: 'bridgeStatus',
  /** How much the cross-origin frame registry holds (diagnostics and tests). */
  frameRegistry: 'frameRegistry',
} as const;

/** chrome.storage.session families, one value per id. */
export const SESSION_PREFIXES = {
  task: 'task:',
  /** The worker's conversation with the model, apart from the state because only the worker needs it. */
  conversation: 'conversation:',
  /** Secret values and attached file contents, kept apart from the task state, which the UI reads. */
  taskPrivates: 'private:',
  session: 'session:',
  /** The declarativeNetRequest rule ids each task's site fence installed, so a restarted worker can remove them. */
  fenceRules: 'fence-rules:',
} as const;
