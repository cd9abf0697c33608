import { describe, expect, it } from 'vitest';
import {
  describeEarlierTasks,
  type SessionTaskRecord,
  taskRecord,
} from '../../../src/background/session/session-memory';
import type { TaskResult } from '../../../src/shared/task';

const result = (output: unknown, status: TaskResult['status'] = 'success', message?: string): TaskResult => ({
  status,
  output,
  credits_used: 1,
  duration: 2,
  steps: 3,
  ...(message ? { message } : {}),
});

describe('the memory a session gives its next task', () => {
  it('is empty before the first task', () => {
    expect(describeEarlierTasks([])).toBe('');
  });

  it('says what each earlier task was, how it ended, what it returned and where it left off, oldest first', () => {
    const memory = describeEarlierTasks([
      taskRecord('Log in', result(null), 'https://shop.test/account'),
      taskRecord('Find the cheapest kettle', result({ name: 'Kettle S', price: 19.5 }), 'https://shop.test/kettles'),
      taskRecord('Buy it', result(null, 'failed', 'The basket needs an address.'), 'https://shop.test/basket'),
    ]);
    expect(memory).toBe(
      [
        '1. Task: Log in',
        '   Status: success',
        '   Output: null',
        '   Ended on: https://shop.test/account',
        '2. Task: Find the cheapest kettle',
        '   Status: success',
        '   Output: {"name":"Kettle S","price":19.5}',
        '   Ended on: https://shop.test/kettles',
        '3. Task: Buy it',
        '   Status: failed',
        '   Output: null',
        '   Message: The basket needs an address.',
        '   Ended on: https://shop.test/basket',
      ].join('\n'),
    );
  });

  it('cuts a large output, so one task cannot crowd out the rest', () => {
    const record = taskRecord('List everything', result({ items: 'x'.repeat(5000) }), 'https://a.test/');
    expect(record.output.length).toBeLessThan(1100);
    expect(record.output.endsWith('… [cut]')).toBe(true);
  });

  it('keeps the most recent tasks when the account grows too long, and counts the ones it dropped', () => {
    const records: SessionTaskRecord[] = Array.from({ length: 12 }, (_, i) =>
      taskRecord(`Task number ${i + 1}`, result('y'.repeat(900)), `https://a.test/${i + 1}`),
    );
    const memory = describeEarlierTasks(records);
    expect(memory.length).toBeLessThanOrEqual(4_100);
    expect(memory).toMatch(/^\(\d+ earlier tasks omitted\)\n/);
    expect(memory).toContain('12. Task: Task number 12');
    expect(memory).not.toContain('1. Task: Task number 1\n');
    const omitted = Number(/^\((\d+)/.exec(memory)?.[1]);
    expect(memory.match(/^\d+\. Task:/gm)).toHaveLength(12 - omitted);
  });
});
