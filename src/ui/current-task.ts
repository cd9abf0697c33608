/**
 * Which task the Tabwright pages show: the last one started from any of them, so a task started in the popup is
 * followed in the side panel. Kept in session storage beside the tasks themselves.
 */
const CURRENT_TASK_KEY = 'ui:lastTaskId';

export async function loadCurrentTaskId(): Promise<string | undefined> {
  return (await chrome.storage.session.get(CURRENT_TASK_KEY))[CURRENT_TASK_KEY] as string | undefined;
}

export async function setCurrentTaskId(id: string): Promise<void> {
  await chrome.storage.session.set({ [CURRENT_TASK_KEY]: id });
}

export function watchCurrentTaskId(onChange: (id: string) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    const id = changes[CURRENT_TASK_KEY]?.newValue;
    if (area === 'session' && typeof id === 'string') onChange(id);
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
