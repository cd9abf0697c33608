import type { BridgeReply, TaskProgress } from '../shared/bridge-protocol';
import type { UserRequest } from '../shared/protocol';
import type { BridgeServer } from './bridge-server';
import type { ConfirmAnswer, ConfirmCallback, QuestionCallback } from './task-options';

export interface Answerers {
  confirm?: ConfirmCallback;
  onQuestion?: QuestionCallback;
  /** A launched browser has no panel: a request no callback answers is answered "no" at once instead of waiting. */
  nobodyElse: boolean;
}

const DECISIONS = new Map<ConfirmAnswer, BridgeReply>([
  ['approve', { approved: true }],
  ['deny', { approved: false }],
  ['always-for-site', { approved: true, remember: true }],
]);

/**
 * Answers what one session's running task waits on (its progress events carry the pending request) with the script's
 * callbacks. The panel may answer first; then the callback's signal aborts and its answer is dropped.
 */
export class TaskRequests {
  private current: { id: string; controller: AbortController } | undefined;

  constructor(
    private readonly server: BridgeServer,
    private readonly sessionId: string,
    private readonly answerers: Answerers,
  ) {}

  update(progress: TaskProgress) {
    const pending = progress.result ? undefined : progress.pending;
    if (this.current && this.current.id !== pending?.id) this.end();
    if (!pending || this.current) return;
    const controller = new AbortController();
    this.current = { id: pending.id, controller };
    void this.reply(progress.taskId, pending, controller.signal);
  }

  /** The task ended (or the run gave up): nothing waits any more. */
  end() {
    this.current?.controller.abort();
    this.current = undefined;
  }

  private async reply(taskId: string, request: UserRequest, signal: AbortSignal) {
    const reply = await this.replyFor(taskId, request, signal);
    if (!reply || signal.aborted) return;
    await this.server
      .request('session.answer', { sessionId: this.sessionId, taskId, requestId: request.id, reply })
      .catch(() => undefined);
  }

  /** Undefined: leave it to a person in the panel. A callback that throws or answers nonsense counts as "no". */
  private async replyFor(taskId: string, request: UserRequest, signal: AbortSignal): Promise<BridgeReply | undefined> {
    const context = { signal };
    if (request.kind === 'confirmation') {
      const { confirm } = this.answerers;
      if (!confirm) return this.answerers.nobodyElse ? { approved: false } : undefined;
      const { id: _id, kind: _kind, ...shown } = request;
      const answer = await Promise.resolve()
        .then(() => confirm({ sessionId: this.sessionId, taskId, ...shown }, context))
        .catch(() => 'deny' as const);
      return DECISIONS.get(answer) ?? { approved: false };
    }
    const { onQuestion } = this.answerers;
    if (!onQuestion) return this.answerers.nobodyElse ? { declined: true } : undefined;
    const answer = await Promise.resolve()
      .then(() =>
        onQuestion(
          {
            sessionId: this.sessionId,
            taskId,
            question: request.question,
            ...(request.choices ? { choices: request.choices } : {}),
          },
          context,
        ),
      )
      .catch(() => undefined);
    return typeof answer === 'string' ? { answer } : { declined: true };
  }
}
