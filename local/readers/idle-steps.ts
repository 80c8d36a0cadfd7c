/** Work a thread does in steps while it has nothing else to do (see `stepWhileIdle`). */
export interface IdleWork {
  /** One step; false when the work is done. */
  step(): boolean;
  /** How long the thread must have been idle before a step. */
  idleMs: number;
  /** When the thread was last busy (`performance.now()`). */
  lastBusy(): number;
  /** A step threw: the work stops there, and whoever runs the thread must hear of it. */
  failed(error: unknown): void;
}

/**
 * Runs `work`'s steps while the thread is idle, each followed by a pause as long as it took, so
 * that at most half of an idle thread's time goes to it. A step that throws ends the work and is
 * passed to `failed`, never swallowed: a reader whose frequent terms stopped half-way answers
 * slower, and an operator must be able to see why.
 */
export function stepWhileIdle(work: IdleWork): void {
  const next = () => {
    const idle = performance.now() - work.lastBusy();
    if (idle < work.idleMs) {
      setTimeout(next, work.idleMs - idle);
      return;
    }
    const started = performance.now();
    try {
      if (!work.step()) return;
    } catch (error) {
      work.failed(error);
      return;
    }
    setTimeout(next, performance.now() - started);
  };
  setTimeout(next, work.idleMs);
}
