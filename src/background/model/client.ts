import Anthropic from '@anthropic-ai/sdk';
import { TabwrightError } from '../../shared/errors';
import type { Settings } from '../../shared/settings';

/** Retries are the SDK's: exponential backoff that honours retry-after on 408/409/429/5xx/529 and timeouts. */
const MAX_RETRIES = 4;
const REQUEST_TIMEOUT_MS = 120_000;

export function createModelClient(settings: Settings): Anthropic {
  if (!settings.apiKey.trim()) {
    throw new TabwrightError(
      'no_api_key',
      'No API key is set. Open Tabwright Settings (right-click the toolbar icon → Options) and paste your Anthropic API key.',
      'apiKey',
    );
  }
  return new Anthropic({
    apiKey: settings.apiKey.trim(),
    ...(settings.baseUrl.trim() ? { baseURL: settings.baseUrl.trim() } : {}),
    maxRetries: MAX_RETRIES,
    timeout: REQUEST_TIMEOUT_MS,
    // The key lives in the extension's own storage and the worker is not a web page, so it is not exposed to sites.
    dangerouslyAllowBrowser: true,
  });
}

/** Turns an SDK failure into a message a person can act on. */
export function modelErrorToTabwright(error: unknown): TabwrightError {
  if (error instanceof TabwrightError) return error;
  if (error instanceof Anthropic.AuthenticationError || error instanceof Anthropic.PermissionDeniedError) {
    return new TabwrightError(
      'invalid_api_key',
      `The model API refused the API key (HTTP ${error.status}): check the key in Tabwright Settings.`,
      'apiKey',
    );
  }
  if (error instanceof Anthropic.APIConnectionTimeoutError) {
    return new TabwrightError('model_error', 'The model API did not answer in time, even after retries. Try again later.');
  }
  if (error instanceof Anthropic.APIConnectionError) {
    return new TabwrightError(
      'model_error',
      'Could not reach the model API. Check your connection and the API base URL in Tabwright Settings.',
    );
  }
  if (error instanceof Anthropic.APIError) {
    const detail = apiErrorDetail(error);
    return new TabwrightError('model_error', `The model API failed (HTTP ${error.status ?? '?'}): ${detail}`);
  }
  return new TabwrightError('internal', error instanceof Error ? error.message : String(error));
}

function apiErrorDetail(error: InstanceType<typeof Anthropic.APIError>): string {
  const body = error.error as { error?: { message?: unknown } } | undefined;
  const message = body?.error?.message;
  return typeof message === 'string' ? message : error.message;
}

export function isContextTooLong(error: unknown): boolean {
  return (
    error instanceof Anthropic.BadRequestError && /prompt is too long|context.{0,20}(length|window)|too many tokens/i.test(error.message)
  );
}
