import type S3rver from 's3rver';
import S3Error from 's3rver/lib/models/error.js';

/** Lets writes through until the stack stops, and says when the last one has finished. */
export interface WriteGate {
  middleware: S3rver.Middleware;
  /**
   * Refuses every write from now on and resolves once the writes already let in have finished
   * (and their changes have been reported).
   */
  close(): Promise<void>;
}

// Methods that change the bucket; GET and HEAD keep answering so ingest can read what it was
// told about while the queue drains.
const WRITES = new Set(['PUT', 'POST', 'DELETE']);

/**
 * A write accepted after the stack stopped delivering events would be stored with no event to
 * index it, so when the stack stops, writes are closed first: a late client gets
 * `503 ServiceUnavailable` (it knows nothing was stored, and the SDKs retry it), and the queue
 * stops only after every accepted write's change has been queued.
 */
export function writeGate(): WriteGate {
  let open = true;
  let inFlight = 0;
  let settled: (() => void) | undefined;
  const idle = () => {
    if (inFlight === 0) settled?.();
  };
  return {
    middleware: async (ctx, next) => {
      if (!WRITES.has(ctx.method)) return next();
      if (!open) {
        throw new S3Error(
          'ServiceUnavailable',
          'The local stack is stopping: nothing was stored. Retry once it has started again.',
        );
      }
      inFlight++;
      try {
        await next();
      } finally {
        inFlight--;
        idle();
      }
    },
    close() {
      open = false;
      return new Promise<void>((resolve) => {
        settled = resolve;
        idle();
      });
    },
  };
}
