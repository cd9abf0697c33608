import { useEffect, useState } from 'preact/hooks';
import type { CommandReply } from '../shared/protocol';
import { FINAL_STATUSES, type TaskState } from '../shared/task';
import { loadCurrentTaskId, setCurrentTaskId, watchCurrentTaskId } from './current-task';
import { recordFinishedTasks } from './history/history-store';
import { sendCommand, watchTask } from './task-client';

/** The task a page shows and what the page can do with it (the worker's TaskRunner runs it). */
export interface TaskControls {
  state: TaskState | undefined;
  /** Ticks every half second while the task runs, for the elapsed time. */
  now: number;
  /** `continueFrom`: a finished task whose tab and memory the new task carries on with. */
  run(options: Record<string, unknown>, continueFrom?: string): Promise<CommandReply<{ taskId: string }>>;
  /** The shown task ended before this page saw it run: it is a previous task, not what was just done. */
  previous: boolean;
  stop(): Promise<void>;
  answer(requestId: string, answer: string): Promise<CommandReply>;
  /** `remember`: "Always allow on this site" — the same kind of action on the same site is not asked again. */
  confirm(requestId: string, approved: boolean, remember?: boolean): Promise<CommandReply>;
  /** Puts the shown task aside (it keeps running, if it runs) to start another. */
  dismiss(): void;
}

/** The task a page shows and the commands that act on it; every page follows the task last started anywhere. */
export function useTaskRunner(): TaskControls {
  const [taskId, setTaskId] = useState<string | undefined>();
  const [state, setState] = useState<TaskState | undefined>();
  const [now, setNow] = useState(Date.now());
  /** Tasks this page started or watched while they ran. */
  const [seenRunning] = useState(() => new Set<string>());

  useEffect(() => {
    void loadCurrentTaskId().then((id) => id && setTaskId(id));
    return watchCurrentTaskId(setTaskId);
  }, []);

  useEffect(() => {
    setState(undefined);
    return taskId ? watchTask(taskId, setState) : undefined;
  }, [taskId]);

  const running = state?.status === 'running';
  if (running && state) seenRunning.add(state.id);
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running]);

  const ended = state !== undefined && FINAL_STATUSES.has(state.status);
  useEffect(() => {
    if (ended) void recordFinishedTasks();
  }, [ended]);

  return {
    state,
    now,
    previous: ended && state !== undefined && !seenRunning.has(state.id),
    async run(options, continueFrom) {
      // The previous task's result must not be mistaken for this one's while it starts.
      setTaskId(undefined);
      const reply = await sendCommand({
        type: 'task/run',
        options,
        ...(continueFrom ? { continueFrom } : {}),
      });
      if (reply.ok) {
        seenRunning.add(reply.taskId);
        setTaskId(reply.taskId);
        await setCurrentTaskId(reply.taskId);
      }
      return reply;
    },
    async stop() {
      if (taskId) await sendCommand({ type: 'task/stop', taskId });
    },
    answer(requestId, answer) {
      return taskId ? sendCommand({ type: 'task/answer', taskId, requestId, answer }) : Promise.resolve(noTask());
    },
    confirm(requestId, approved, remember) {
      return taskId
        ? sendCommand({ type: 'task/confirm', taskId, requestId, approved, ...(remember ? { remember: true } : {}) })
        : Promise.resolve(noTask());
    },
    dismiss() {
      setTaskId(undefined);
    },
  };
}

function noTask(): CommandReply {
  return { ok: false, error: { code: 'internal', message: 'No task is shown.' } };
}
