import { useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import { markConnectionWorks } from '../connection-verified';
import { sendCommand } from '../task-client';

/** A saved key not yet seen to work: one line and a test, until a test or a task shows it does. */
export function KeyUntestedNote({ settings }: { settings: Settings }) {
  const [state, setState] = useState<{ testing: boolean; failure?: string }>({ testing: false });
  async function test() {
    setState({ testing: true });
    const reply = await sendCommand<{ connected: boolean; message: string }>({ type: 'settings/test' });
    if (reply.ok && reply.connected) {
      await markConnectionWorks(settings);
      setState({ testing: false });
    } else {
      setState({ testing: false, failure: reply.ok ? reply.message : reply.error.message });
    }
  }
  return (
    <div class={`key-note${state.failure ? ' key-note--failed' : ''}`} data-testid="key-untested">
      <p>{state.failure ? `The key did not work: ${state.failure}` : `Your key (${settings.model}) has not been tested yet.`}</p>
      <button type="button" class="compact" disabled={state.testing} onClick={() => void test()}>
        {state.testing ? 'Testing…' : 'Test it'}
      </button>
    </div>
  );
}
