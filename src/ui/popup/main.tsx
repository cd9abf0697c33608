import { render } from 'preact';
import { PopupApp } from '../components/PopupApp';
import { recordFinishedTasks } from '../history/history-store';
import '../styles.css';

/**
 * chrome.sidePanel.open needs the user's gesture and a window; where it cannot open (an old Chrome, the popup
 * opened as a tab), the panel page opens in a tab instead.
 */
async function openPanel() {
  try {
    const window = await chrome.windows.getCurrent();
    if (window.id === undefined) throw new Error('No window.');
    await chrome.sidePanel.open({ windowId: window.id });
  } catch {
    await chrome.tabs.create({ url: chrome.runtime.getURL('src/ui/sidepanel/index.html') });
  }
  globalThis.close();
}

void recordFinishedTasks();
render(<PopupApp onOpenPanel={openPanel} />, document.getElementById('app')!);
