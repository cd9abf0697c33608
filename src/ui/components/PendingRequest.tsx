import { useState } from 'preact/hooks';
import type { CommandReply, UserRequest } from '../../shared/protocol';
import { ApprovalCard } from './ApprovalCard';

interface PendingRequestProps {
  request: UserRequest;
  onAnswer: (requestId: string, answer: string) => Promise<CommandReply>;
  onConfirm: (requestId: string, approved: boolean, remember?: boolean) => Promise<CommandReply>;
}

/** What the agent waits on a person for, answered right in the timeline; the task goes on once the worker has it. */
export function PendingRequest({ request, onAnswer, onConfirm }: PendingRequestProps) {
  const [answer, setAnswer] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');

  async function send(reply: () => Promise<CommandReply>) {
    setSending(true);
    setError('');
    const result = await reply();
    setSending(false);
    if (!result.ok) setError(result.error.message);
  }

  if (request.kind === 'confirmation') {
    return (
      <>
        <ApprovalCard
          request={request}
          sending={sending}
          onDecide={(approved, remember) => send(() => onConfirm(request.id, approved, remember))}
        />
        <ReplyError message={error} />
      </>
    );
  }

  const answerId = `answer-${request.id}`;
  return (
    <section class="pending pending--question" aria-label="Question from the agent" data-testid="pending">
      <h3>The agent asks</h3>
      <p class="pending-question">{request.question}</p>
      {request.choices && request.choices.length > 0 ? (
        <div class="choices">
          {request.choices.map((choice) => (
            <button
              key={choice}
              type="button"
              disabled={sending}
              onClick={() => send(() => onAnswer(request.id, choice))}
            >
              {choice}
            </button>
          ))}
        </div>
      ) : null}
      <form
        class="answer-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (answer.trim()) void send(() => onAnswer(request.id, answer.trim()));
        }}
      >
        <label for={answerId}>Your answer</label>
        <div class="inline-input">
          <input
            id={answerId}
            type="text"
            value={answer}
            onInput={(event) => setAnswer((event.target as HTMLInputElement).value)}
          />
          <button type="submit" class="primary" disabled={sending || !answer.trim()}>
            Send
          </button>
        </div>
      </form>
      <ReplyError message={error} />
    </section>
  );
}

function ReplyError({ message }: { message: string }) {
  return message ? (
    <p class="error" role="alert">
      {message}
    </p>
  ) : null;
}
