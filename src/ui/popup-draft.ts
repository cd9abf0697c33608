/** What was typed in the popup, so closing it (it closes as soon as it loses focus) loses nothing. */
const DRAFT_KEY = 'ui:popup-draft';

export interface PopupDraft {
  task: string;
}

export async function loadPopupDraft(): Promise<PopupDraft> {
  return ((await chrome.storage.local.get(DRAFT_KEY))[DRAFT_KEY] as PopupDraft | undefined) ?? { task: '' };
}

export async function savePopupDraft(draft: PopupDraft): Promise<void> {
  await chrome.storage.local.set({ [DRAFT_KEY]: draft });
}
