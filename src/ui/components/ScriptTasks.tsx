import { useEffect, useState } from 'preact/hooks';
import type { TaskState } from '../../shared/task';
import { watchScriptTasks } from '../script-tasks';
import { sendCommand } from '../task-client';
import { TaskView } from './TaskView';

/**
 * Tasks that scripts run on this browser through the SDK or the CLI, live, with their pending questions and
 * approvals: whoever answers first (the script or a person here) is heard.
 */
export function ScriptTasks() {
  const [tasks, setTasks] = useState<TaskState[]>([]);
  const [now, setNow] = useState(Date.now());
  useEffect(() => watchScriptTasks(setTasks), []);
  const running = tasks.length > 0;
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running]);
  if (!running) return null;
  return (
    <section class="script-tasks" aria-labelledby="script-tasks-title" data-testid="script-tasks">
      <h2 id="script-tasks-title">Started by a script</h2>
      {tasks.map((state) => (
        <TaskView
          key={state.id}
          state={state}
          now={now}
          onStop={() => void sendCommand({ type: 'task/stop', taskId: state.id })}
          onAnswer={(requestId, answer) => sendCommand({ type: 'task/answer', taskId: state.id, requestId, answer })}
          onConfirm={(requestId, approved, remember?: boolean) =>
            sendCommand({
              type: 'task/confirm',
              taskId: state.id,
              requestId,
              approved,
              ...(remember ? { remember: true } : {}),
            })
          }
        />
      ))}
    </section>
  );
}
