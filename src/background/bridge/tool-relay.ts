import type { ToolCallEvent } from '../../shared/bridge-protocol';
import type { CustomToolAnswer } from '../../shared/custom-tools';

/** How long a custom tool may run in the SDK process before the model is told it did not answer. */
const TOOL_ANSWER_TIMEOUT_MS = 10 * 60_000;

/**
 * Custom tool calls travel to the SDK process as ToolCallEvents and come back as `session.toolResult` requests.
 * Each call waits here for its answer, for the task's stop, for the SDK to go away, or for a time limit; whichever
 * comes first, the model gets a tool result.
 */
export class ToolRelay {
  private readonly waiting = new Map<string, (answer: CustomToolAnswer) => void>();

  /** `send` returns false when no SDK is paired to receive the call. */
  constructor(private readonly send: (event: ToolCallEvent) => boolean) {}

  call(
    sessionId: string,
    call: { taskId: string; name: string; input: unknown },
    signal: AbortSignal,
  ): Promise<CustomToolAnswer> {
    const callId = crypto.randomUUID();
    return new Promise((resolve) => {
      const finish = (answer: CustomToolAnswer) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.waiting.delete(callId);
        resolve(answer);
      };
      const onAbort = () => finish({ ok: false, output: 'The task was stopped before the tool answered.' });
      const timer = setTimeout(
        () =>
          finish({ ok: false, output: `No answer from the caller within ${TOOL_ANSWER_TIMEOUT_MS / 60_000} minutes.` }),
        TOOL_ANSWER_TIMEOUT_MS,
      );
      signal.addEventListener('abort', onAbort);
      this.waiting.set(callId, finish);
      if (!this.send({ event: 'toolCall', sessionId, callId, ...call })) {
        finish({ ok: false, output: 'No script is connected to run this tool.' });
      }
    });
  }

  /** The SDK's answer; false when nothing waits for it (answered already, timed out, or stopped). */
  settle(callId: string, answer: CustomToolAnswer): boolean {
    const finish = this.waiting.get(callId);
    finish?.(answer);
    return finish !== undefined;
  }

  /** The SDK went away: no answer can come any more. */
  dropAll(reason: string) {
    for (const finish of [...this.waiting.values()]) finish({ ok: false, output: reason });
  }
}
