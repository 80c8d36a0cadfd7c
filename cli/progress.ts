import { SingleBar } from 'cli-progress';

/** A progress bar on stderr; a line now and then where stderr is not a terminal. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * A bar like `moved  [██████░░░░] 60% 600/1000 messages` on a terminal. Redirected to a file
 * or a CI log, it writes a plain line at most every few seconds instead of redrawing.
 */
export function progressBar(what: string, unit: string): Progress {
  const bar = new SingleBar({
    format: `${what.padEnd(8)} [{bar}] {percentage}% {value}/{total} ${unit}`,
    stream: process.stderr,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    barsize: 30,
  });
  let started = false;
  let stopped = false;
  return {
    update(done, total) {
      if (stopped) return;
      if (!started) {
        bar.start(Math.max(total, 1), done);
        started = true;
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(done);
    },
    stop() {
      if (started && !stopped) bar.stop();
      stopped = true;
    },
  };
}
