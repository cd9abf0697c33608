import Anthropic from '@anthropic-ai/sdk';
import type { BetaMessage, MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/beta/messages/messages';
import { TabwrightError } from '../../shared/errors';
import { DEFAULT_MODEL_TIMEOUT_SECONDS, type Settings } from '../../shared/settings';

/** Retries of failed requests are the SDK's: exponential backoff that honours retry-after on 408/409/429/5xx/529. */
const MAX_RETRIES = 4;
/** A model that stays silent is asked once more, not four times: silence rarely clears up within a step. */
const SILENCE_ATTEMPTS = 2;
/** A whole step (retries and backoff included) gets this many times the silence bound. */
const STEP_DEADLINE_FACTOR = 4;
/**
 * An answer that breaks off after it began (the API's mid-stream `error` event, which it sends under load, or a cut
 * connection) is past the SDK's retries, which end at the response headers: the step asks again, this many times.
 */
const BROKEN_ATTEMPTS = 3;
const BROKEN_RETRY_DELAY_MS = 300;

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
    // The SDK's own timeout is only a backstop: requestTurn bounds silence and the whole step itself.
    timeout: modelTimeoutMs(settings) * STEP_DEADLINE_FACTOR,
    // The key lives in the extension's own storage and the worker is not a web page, so it is not exposed to sites.
    dangerouslyAllowBrowser: true,
  });
}

/** How long the model may stay silent (no byte of its streamed answer) before the attempt counts as failed. */
export function modelTimeoutMs(settings: Pick<Settings, 'modelTimeoutSeconds'>): number {
  const seconds = settings.modelTimeoutSeconds;
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_MODEL_TIMEOUT_SECONDS) * 1000;
}

/**
 * One model turn, streamed so that a model that is slowly writing a long answer can be told from one that never
 * answers: an attempt that receives nothing for `silenceMs` is abandoned and tried once more, and the whole step,
 * retries of failed requests included, ends after STEP_DEADLINE_FACTOR times that. `signal` (Stop) ends it at once.
 * A reply that is not a Messages API answer ends with a message that says so, not the parser's text.
 */
export async function requestTurn(
  client: Anthropic,
  params: MessageCreateParamsNonStreaming,
  { signal, silenceMs }: { signal: AbortSignal; silenceMs: number },
): Promise<BetaMessage> {
  const deadline = Date.now() + silenceMs * STEP_DEADLINE_FACTOR;
  for (let attempt = 1; ; attempt++) {
    const outcome = await streamOnce(client, params, signal, silenceMs, deadline);
    if ('message' in outcome) return outcome.message;
    if (outcome.ending === 'silent' && attempt < SILENCE_ATTEMPTS && Date.now() < deadline) continue;
    if (outcome.ending === 'broken') {
      if (attempt < BROKEN_ATTEMPTS && Date.now() + BROKEN_RETRY_DELAY_MS * attempt < deadline) {
        await pause(BROKEN_RETRY_DELAY_MS * attempt, signal);
        if (signal.aborted) throw new TabwrightError('interrupted', 'Stopped by the user.');
        continue;
      }
      throw new TabwrightError(
        'model_error',
        `The model API's answer broke off before it was complete, ${attempt} times in a row (${outcome.why}). ` +
          `The API may be overloaded; try again later.`,
      );
    }
    const seconds = Math.round(silenceMs / 1000);
    throw new TabwrightError(
      'model_error',
      outcome.ending === 'silent'
        ? `The model did not answer: ${attempt} requests in a row got no reply for ${seconds} seconds. The ` +
            `model API may be overloaded or the API base URL may point at a server that does not answer; try ` +
            `again later or check the base URL in Tabwright Settings.`
        : `The model did not finish its answer within ${Math.round((silenceMs * STEP_DEADLINE_FACTOR) / 1000)} seconds (retries included). Try again later.`,
    );
  }
}

type StreamOutcome = { message: BetaMessage } | { ending: 'silent' | 'deadline' } | { ending: 'broken'; why: string };

async function streamOnce(
  client: Anthropic,
  params: MessageCreateParamsNonStreaming,
  signal: AbortSignal,
  silenceMs: number,
  deadline: number,
): Promise<StreamOutcome> {
  // A task stopped before its request went out (while its page was read) must not wait for, nor pay for, a turn.
  if (signal.aborted) throw new TabwrightError('interrupted', 'Stopped by the user.');
  const controller = new AbortController();
  let ending: 'silent' | 'deadline' | undefined;
  const end = (why: 'silent' | 'deadline') => {
    ending ??= why;
    controller.abort();
  };
  const stop = () => controller.abort();
  signal.addEventListener('abort', stop);
  let silence = setTimeout(() => end('silent'), silenceMs);
  const rearm = () => {
    clearTimeout(silence);
    silence = setTimeout(() => end('silent'), silenceMs);
  };
  const overall = setTimeout(() => end('deadline'), Math.max(0, deadline - Date.now()));
  // A reply that opened as a Messages API answer and then failed broke off: it is not a wrong endpoint.
  let began = false;
  try {
    const stream = client.beta.messages.stream(params, { signal: controller.signal });
    stream.on('streamEvent', (event) => {
      if (event.type === 'message_start') began = true;
      rearm();
    });
    const message = await stream.finalMessage();
    if (!Array.isArray(message?.content)) throw malformedReply(client);
    return { message };
  } catch (error) {
    if (signal.aborted) throw new TabwrightError('interrupted', 'Stopped by the user.');
    if (ending) return { ending };
    // The SDK reads an `error` event of the stream as an APIError without an HTTP status (the status was 200).
    if (
      error instanceof Anthropic.APIError &&
      error.status === undefined &&
      !(error instanceof Anthropic.APIUserAbortError)
    )
      return { ending: 'broken', why: apiErrorDetail(error) };
    if (error instanceof Anthropic.APIError && !(error instanceof Anthropic.APIUserAbortError)) throw error;
    if (began && !(error instanceof TabwrightError))
      return { ending: 'broken', why: 'the connection closed mid-answer' };
    if (error instanceof TabwrightError) throw error;
    throw malformedReply(client);
  } finally {
    clearTimeout(silence);
    clearTimeout(overall);
    signal.removeEventListener('abort', stop);
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/** Whatever the parser said, the person needs to know the endpoint answered with something that is not the API. */
function malformedReply(client: Anthropic): TabwrightError {
  return new TabwrightError(
    'model_error',
    `The model API at ${client.baseURL} sent a reply that is not a valid Messages API answer. Check that the ` +
      `API base URL in Tabwright Settings points at an Anthropic-compatible endpoint (or clear it to use ` +
      `Anthropic's API).`,
  );
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
    return new TabwrightError(
      'model_error',
      'The model API did not answer in time, even after retries. Try again later.',
    );
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
  const body = error.error as { error?: { message?: unknown; type?: unknown } } | undefined;
  const message = body?.error?.message;
  if (typeof message !== 'string') return error.message;
  // A stream's error event has no HTTP status to say what it was: its type does (overloaded_error).
  const type = body?.error?.type;
  return error.status === undefined && typeof type === 'string' ? `${type}: ${message}` : message;
}

export function isContextTooLong(error: unknown): boolean {
  return (
    error instanceof Anthropic.BadRequestError &&
    /prompt is too long|context.{0,20}(length|window)|too many tokens/i.test(error.message)
  );
}
