import { currentTaskIdItem } from '../shared/storage/catalogue';

/**
 * Which task the Tabwright pages show: the last one started from any of them, so a task started in the popup is
 * followed in the side panel. Kept in session storage beside the tasks themselves.
 */

export async function loadCurrentTaskId(): Promise<string | undefined> {
  return currentTaskIdItem.get();
}

export async function setCurrentTaskId(id: string): Promise<void> {
  await currentTaskIdItem.set(id);
}

export function watchCurrentTaskId(onChange: (id: string) => void): () => void {
  return currentTaskIdItem.watch((id) => {
    if (typeof id === 'string') onChange(id);
  });
}
