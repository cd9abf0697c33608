import { render } from 'preact';
import { TaskApp } from '../components/TaskApp';
import '../styles.css';

function SidePanel() {
  return (
    <main>
      <header class="app-header">
        <h1>Tabwright</h1>
        <button type="button" class="link" onClick={() => chrome.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      <TaskApp />
    </main>
  );
}

render(<SidePanel />, document.getElementById('app')!);
