import type { BridgeRequest } from '../../shared/bridge-protocol';
import type { Sessions } from '../session/sessions';

/** Routes a checked bridge request to the session operation it names. */
export function serveRequest(sessions: Sessions, client: string, request: BridgeRequest): Promise<unknown> {
  switch (request.method) {
    case 'session.create':
      return sessions.create(client, request.params.url);
    case 'session.runTask':
      return sessions.runTask(request.params.sessionId, request.params.options);
    case 'session.extract':
      return sessions.extract(request.params.sessionId, request.params.schema, request.params.prompt);
    case 'session.goto':
      return sessions.goto(request.params.sessionId, request.params.url);
    case 'session.evaluateJs':
      return sessions.evaluateJs(request.params.sessionId, request.params.code, request.params.args);
    case 'session.close':
      return sessions.close(request.params.sessionId);
    case 'session.answer':
      return sessions.answer(request.params.sessionId, request.params.taskId, request.params.requestId, request.params.reply);
    case 'session.cancel':
      return sessions.cancel(request.params.sessionId, request.params.reason);
  }
}
