import type { ApprovalRequest } from '../../shared/approval';
import { approvalWhat, approvalWhere, approvalWhy } from './approval-text';

interface ApprovalCardProps {
  request: ApprovalRequest;
  sending: boolean;
  onDecide: (approved: boolean, remember?: boolean) => void;
}

/** A held action: what will happen, where, why it is asked, what the agent says it is doing, and the element itself. */
export function ApprovalCard({ request, sending, onDecide }: ApprovalCardProps) {
  const where = approvalWhere(request);
  return (
    <section class="pending pending--confirm" aria-label="Approval needed" data-testid="pending">
      <h3>Approve this action?</h3>
      <p class="pending-action" data-testid="approval-what">
        {approvalWhat(request)}
      </p>
      <dl class="approval-facts">
        {where ? (
          <div>
            <dt>Where</dt>
            <dd data-testid="approval-where">{where}</dd>
          </div>
        ) : null}
        <div>
          <dt>Why you are asked</dt>
          <dd data-testid="approval-why" title={request.reason}>
            {approvalWhy(request)}
          </dd>
        </div>
        {request.intent ? (
          <div>
            <dt>The agent says</dt>
            <dd class="approval-intent" data-testid="approval-intent">
              “{request.intent}”
            </dd>
          </div>
        ) : null}
      </dl>
      {request.picture ? (
        <img
          class="approval-picture"
          src={request.picture}
          alt={`The element the agent wants to act on, outlined${request.target?.name ? `: ${request.target.name}` : ''}`}
        />
      ) : request.pictureWithheld ? (
        <p class="approval-no-picture">{request.pictureWithheld}</p>
      ) : null}
      <div class="buttons approval-buttons">
        <button type="button" class="primary" disabled={sending} onClick={() => onDecide(true)}>
          Approve once
        </button>
        <button type="button" disabled={sending} onClick={() => onDecide(true, true)}>
          Always allow on this site
        </button>
        <button type="button" disabled={sending} onClick={() => onDecide(false)}>
          Deny
        </button>
      </div>
    </section>
  );
}
