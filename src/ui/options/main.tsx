import { render } from 'preact';
import { SettingsPage } from './SettingsPage';
import '../styles.css';

render(<SettingsPage />, document.getElementById('app')!);
