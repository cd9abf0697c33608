import { render } from 'preact';
import { PanelApp } from '../components/PanelApp';
import { recordFinishedTasks } from '../history/history-store';
import '../styles.css';

void recordFinishedTasks();
render(<PanelApp />, document.getElementById('app')!);
