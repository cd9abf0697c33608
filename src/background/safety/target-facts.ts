import type { BetaToolUseBlock } from '@anthropic-ai/sdk/resources/beta';
import type { ElementFacts } from '../../shared/element-facts';
import type { PointTarget } from '../../shared/protocol';
import { askContent } from '../browser/content-channel';
import { frameIdForRef } from '../browser/frames';

/** Reads what a member call's target is from the page; keys and typing go to the focused element. */
export async function readTargetFacts(tabId: number, toolUse: BetaToolUseBlock): Promise<ElementFacts | undefined> {
  const input = toolUse.input as { target?: { type?: string; ref?: string; x?: number; y?: number } };
  let target: PointTarget | null = null;
  if (input.target?.type === 'ref' && typeof input.target.ref === 'string') target = { ref: input.target.ref };
  else if (input.target?.type === 'coordinate' && typeof input.target.x === 'number' && typeof input.target.y === 'number') {
    target = { x: input.target.x, y: input.target.y };
  }
  const frameId = target && 'ref' in target ? frameIdForRef(target.ref) : 0;
  try {
    const reply = await askContent(tabId, { type: 'content/describe', target }, frameId);
    return reply.ok ? (reply.facts ?? undefined) : undefined;
  } catch {
    // A page that cannot be read cannot be acted on either: the action itself will fail and say why.
    return undefined;
  }
}
