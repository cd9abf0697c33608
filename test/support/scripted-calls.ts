import { findRef, toolUse } from './model-server';

/**
 * The calls a scripted model makes in the guard suites: browser toolset members, targets by ref or by the centre of
 * a box, and turns that cannot end a task through the loop guard's failure limit.
 */
export const browserCall = (name: string, input: Record<string, unknown> = {}) =>
  toolUse(name, input, { toolset: 'browser' });

export const ref = (page: string, pattern: RegExp) => ({ type: 'ref', ref: findRef(page, pattern) });

export const point = (box: { x: number; y: number; width: number; height: number }) => ({
  type: 'coordinate',
  x: Math.round(box.x + box.width / 2),
  y: Math.round(box.y + box.height / 2),
});

/** A call that succeeds first, so refusals in a row never end the task through the loop guard's failure limit. */
export const turn = (...calls: ReturnType<typeof browserCall>[]) => ({
  content: [browserCall('wait', { duration: 0 }), ...calls],
});
