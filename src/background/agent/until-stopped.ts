import { TabwrightError } from '../../shared/errors';
import { stopMessage } from './stop-message';

/**
 * `work`, or Stop if it comes first: a call a page never answers (a script that keeps it busy) must not keep a
 * stopped task running. The abandoned work ends on its own; what it would have returned is dropped.
 */
export function untilStopped<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  const stopped = () => new TabwrightError('interrupted', stopMessage(signal));
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(stopped());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(stopped());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
