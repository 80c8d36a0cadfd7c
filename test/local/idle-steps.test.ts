import { describe, expect, it } from 'vitest';
import { stepWhileIdle } from '../../local/readers/idle-steps.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('stepWhileIdle', () => {
  it('runs the steps once the thread has been idle, none while it is busy, until they are done', async () => {
    let busy = performance.now();
    const stepsAt: number[] = [];
    stepWhileIdle({
      step: () => stepsAt.push(performance.now()) < 3,
      idleMs: 40,
      lastBusy: () => busy,
      failed: () => expect.unreachable('no step failed'),
    });

    // Busy again within the idle time: no step yet.
    await wait(20);
    busy = performance.now();
    await wait(30);
    expect(stepsAt).toEqual([]);
    await wait(200);

    expect(stepsAt).toHaveLength(3);
    expect(stepsAt[0]).toBeGreaterThanOrEqual(busy + 40 - 1);
  });

  it('tells of a step that threw, and stops there', async () => {
    let steps = 0;
    const failures: unknown[] = [];
    stepWhileIdle({
      step: () => {
        steps++;
        if (steps === 2) throw new Error('database disk image is malformed');
        return true;
      },
      idleMs: 5,
      lastBusy: () => 0,
      failed: (error) => failures.push(error),
    });

    await wait(150);

    expect(steps).toBe(2);
    expect(failures).toEqual([new Error('database disk image is malformed')]);
  });
});
