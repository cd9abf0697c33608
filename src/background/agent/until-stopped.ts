import { TabwrightError } from '../../shared/errors';
import { stopMessage } from './stop-message';

/**
 * `work`, unless the task is stopped first: then a rejection at once, so Stop ends a task while an action is under
 * way (a page that takes 30 s to load) instead of after it. What `work` still does is left to end on its own, unheard.
 */
export function untilStopped<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  work.catch(() => undefined);
  if (signal.aborted) return Promise.reject(new TabwrightError('interrupted', stopMessage(signal)));
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(new TabwrightError('interrupted', stopMessage(signal)));
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
