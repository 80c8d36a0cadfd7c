import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

/** The nice value of a thread of this process (field 19 of its stat line). */
function niceOf(thread: number): number {
  const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

// The thread loads the TypeScript module through tsx's loader, as the stack's threads do.
const IN_A_THREAD = `
  import { register } from 'tsx/esm/api';
  import { readlinkSync } from 'node:fs';
  import { parentPort } from 'node:worker_threads';
  register();
  const { lowerThreadPriority } = await import(${JSON.stringify(new URL('../../local/thread-priority.ts', import.meta.url).href)});
  const lowered = lowerThreadPriority(10);
  const thread = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
  parentPort.postMessage({ lowered, thread });
  parentPort.once('message', () => process.exit(0));
`;

describe('lowerThreadPriority', () => {
  it.runIf(process.platform === 'linux')(
    'lowers the calling thread alone, not the process',
    async () => {
      const before = niceOf(process.pid);
      const worker = new Worker(IN_A_THREAD, { eval: true });
      const { lowered, thread } = await new Promise<{ lowered: boolean; thread: number }>(
        (resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        },
      );
      try {
        expect(lowered).toBe(true);
        expect(niceOf(thread)).toBe(10);
        expect(niceOf(process.pid)).toBe(before);
      } finally {
        worker.postMessage('exit');
        await new Promise((resolve) => worker.once('exit', resolve));
      }
    },
  );
});
