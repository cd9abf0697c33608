import { LOCAL_KEYS } from '../shared/storage/keys';
import { storageItem } from '../shared/storage/storage-area';

/** What was typed in the popup, so closing it (it closes as soon as it loses focus) loses nothing. */
export interface PopupDraft {
  task: string;
}

const popupDraftItem = storageItem<PopupDraft>('local', LOCAL_KEYS.popupDraft);

export async function loadPopupDraft(): Promise<PopupDraft> {
  return (await popupDraftItem.get()) ?? { task: '' };
}

export async function savePopupDraft(draft: PopupDraft): Promise<void> {
  await popupDraftItem.set(draft);
}
