import type { BridgeMethod, BridgeMethods, BridgeRequest } from '../../shared/bridge-protocol';
import type { Sessions } from '../session/sessions';
import type { ToolRelay } from './tool-relay';

/** Routes a checked bridge request to the session operation it names. */
export function serveRequest(
  sessions: Sessions,
  tools: ToolRelay,
  client: string,
  request: BridgeRequest,
): Promise<BridgeMethods[BridgeMethod]['result']> {
  switch (request.method) {
    case 'session.create':
      return sessions.create(client, request.params.url);
    case 'session.runTask': {
      const { sessionId, options } = request.params;
      return sessions.runTask(sessionId, options, (call, signal) => tools.call(sessionId, call, signal));
    }
    case 'task.check':
      return sessions.checkTask(request.params.options);
    case 'session.extract':
      return sessions.extract(request.params.sessionId, request.params.schema, request.params.prompt);
    case 'session.goto':
      return sessions.goto(request.params.sessionId, request.params.url);
    case 'session.evaluateJs':
      return sessions.evaluateJs(request.params.sessionId, request.params.code, request.params.args);
    case 'session.close':
      return sessions.close(request.params.sessionId);
    case 'session.toolResult': {
      const { callId, ...answer } = request.params;
      return Promise.resolve({ delivered: tools.settle(callId, answer) });
    }
    case 'session.answer':
      return sessions.answer(
        request.params.sessionId,
        request.params.taskId,
        request.params.requestId,
        request.params.reply,
      );
    case 'session.cancel':
      return sessions.cancel(request.params.sessionId, request.params.reason);
  }
}
