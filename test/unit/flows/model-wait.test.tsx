// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageStateMessage } from '../../../src/background/agent/prompt';
import { ModelWait } from '../../../src/ui/components/ModelWait';
import type { TaskState } from '../../../src/shared/task';
import { mount } from '../ui/render';

const base: TaskState = {
  id: 't1',
  tabId: 1,
  options: { task: 'Track the order', max_steps: 8 },
  status: 'running',
  startedAt: 1_000,
  steps: [],
  usage: { input: 0, output: 0, cache_write: 0, cache_read: 0 },
  credits_used: 0,
};

describe('waiting for the model', () => {
  it('shows how long a running task has waited for the model, once the wait is more than a moment', () => {
    const view = mount(<ModelWait state={{ ...base, waitingForModelSince: 10_000 }} now={17_400} />);
    expect(view.text()).toBe('Waiting for the model (7 s)');
    view.rerender(<ModelWait state={{ ...base, waitingForModelSince: 10_000 }} now={11_000} />);
    expect(view.text()).toBe('');
    view.rerender(<ModelWait state={{ ...base, status: 'error', waitingForModelSince: 10_000 }} now={17_400} />);
    expect(view.text()).toBe('');
    view.rerender(<ModelWait state={base} now={17_400} />);
    expect(view.text()).toBe('');
  });
});

describe('the page state names the tab', () => {
  it('says which tab the page is in, as the browser tools name it', () => {
    const message = pageStateMessage({ url: 'https://shop.example/', title: 'Shop', snapshot: 'button "Buy" [ref_1]', tabId: '412' });
    expect(message).toContain('\nTab: 412 (active)\n');
    expect(pageStateMessage({ url: 'https://shop.example/', title: 'Shop', snapshot: '' })).not.toContain('Tab:');
  });
});
