import type { DebuggerSessions } from './debugger/session';
import { toolError } from '../agent/tool-error';

const MAX_RESULT_CHARS = 10_000;
const TIMEOUT_MS = 10_000;

interface EvaluateResult {
  result: { type: string; value?: unknown; description?: string; unserializableValue?: string; objectId?: string };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

/**
 * javascript_exec: evaluates an expression in the page's own world through chrome.debugger (page CSPs that forbid
 * eval do not apply to it), awaiting a promise, and returns the last expression's value as text.
 */
export async function runJavascript(sessions: DebuggerSessions, tabId: number, code: string): Promise<string> {
  const evaluated = await sessions.send<EvaluateResult>(tabId, 'Runtime.evaluate', {
    expression: code,
    replMode: true,
    awaitPromise: true,
    userGesture: true,
    timeout: TIMEOUT_MS,
  });
  throwIfThrown(evaluated);
  // The value may itself be a promise (replMode awaits only the completion): await it and read it by value.
  const reply = evaluated.result.objectId
    ? await sessions.send<EvaluateResult>(tabId, 'Runtime.callFunctionOn', {
        objectId: evaluated.result.objectId,
        functionDeclaration: 'async function () { return await this; }',
        awaitPromise: true,
        returnByValue: true,
      })
    : evaluated;
  throwIfThrown(reply);
  const { result } = reply;
  const text =
    result.type === 'undefined'
      ? 'undefined'
      : (result.unserializableValue ??
        (result.value !== undefined
          ? typeof result.value === 'string'
            ? result.value
            : JSON.stringify(result.value)
          : (result.description ?? result.type)));
  return text.length > MAX_RESULT_CHARS
    ? `${text.slice(0, MAX_RESULT_CHARS)}… [cut at ${MAX_RESULT_CHARS} characters]`
    : text;
}

function throwIfThrown(reply: EvaluateResult) {
  if (!reply.exceptionDetails) return;
  const description = reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text;
  throw toolError(`The script threw: ${description.split('\n')[0]}`);
}
