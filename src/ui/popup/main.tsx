import { render } from 'preact';
import { TaskApp } from '../components/TaskApp';
import '../styles.css';

/** The quick launcher: the short form, and a way to the full side panel. */
function Popup() {
  async function openPanel() {
    const window = await chrome.windows.getCurrent();
    if (window.id !== undefined) await chrome.sidePanel.open({ windowId: window.id });
    globalThis.close();
  }
  return (
    <main>
      <header class="app-header">
        <h1>Tabwright</h1>
        <button type="button" class="link" onClick={openPanel}>
          Open side panel
        </button>
      </header>
      <TaskApp compact />
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
