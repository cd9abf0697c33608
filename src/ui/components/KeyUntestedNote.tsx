import { useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import { testSavedConnection } from '../connection-verified';

/** A saved key not yet seen to work: one line and a test, until a test or a task shows it does. */
export function KeyUntestedNote({ settings }: { settings: Settings }) {
  const [state, setState] = useState<{ testing: boolean; failure?: string }>({ testing: false });
  async function test() {
    setState({ testing: true });
    const { works, message } = await testSavedConnection(settings);
    setState(works ? { testing: false } : { testing: false, failure: message });
  }
  return (
    <div class={`key-note${state.failure ? ' key-note--failed' : ''}`} data-testid="key-untested">
      <p>
        {state.failure
          ? `The key did not work: ${state.failure}`
          : `Your key (${settings.model}) has not been tested yet.`}
      </p>
      <button type="button" class="compact" disabled={state.testing} onClick={() => void test()}>
        {state.testing ? 'Testing…' : 'Test it'}
      </button>
    </div>
  );
}
