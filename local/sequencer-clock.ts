/** Hex digits of every sequencer issued locally; fixed so that they also compare as strings. */
export const SEQUENCER_WIDTH = 20;

// A millisecond holds up to a million sequencers before the next millisecond's would collide.
const PER_MILLISECOND = 1_000_000n;

/** Issues S3-style sequencers: uppercase hex, strictly increasing. */
export type SequencerClock = () => string;

/**
 * A sequencer source that keeps increasing across restarts: the index remembers the sequencer
 * of every key it applied, so a restarted stack counting from 1 again would see all its events
 * thrown away as stale. Values are milliseconds since the epoch times a million plus a counter,
 * and never go backwards in this process even if the wall clock does.
 */
export function createSequencerClock(now: () => number = Date.now): SequencerClock {
  let last = 0n;
  return () => {
    const fromTime = BigInt(Math.trunc(now())) * PER_MILLISECOND;
    last = fromTime > last ? fromTime : last + 1n;
    return last.toString(16).toUpperCase().padStart(SEQUENCER_WIDTH, '0');
  };
}

/**
 * The instant a locally issued sequencer was taken, or null for one issued elsewhere (by S3),
 * whose value carries no time.
 */
export function sequencerTime(sequencer: string): Date | null {
  if (sequencer.length !== SEQUENCER_WIDTH || !/^[0-9A-F]+$/.test(sequencer)) return null;
  return new Date(Number(BigInt(`0x${sequencer}`) / PER_MILLISECOND));
}
