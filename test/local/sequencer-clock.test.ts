import { describe, expect, it } from 'vitest';
import { compareSequencers, isSequencer } from '../../functions/core/ingest/sequencer.ts';
import {
  createSequencerClock,
  SEQUENCER_WIDTH,
  sequencerTime,
} from '../../local/sequencer-clock.ts';

describe('sequencer clock', () => {
  it('issues fixed-width uppercase hex sequencers the ingest handler accepts', () => {
    const next = createSequencerClock(() => 1_700_000_000_000);

    const sequencer = next();

    expect(sequencer).toMatch(/^[0-9A-F]+$/);
    expect(sequencer).toHaveLength(SEQUENCER_WIDTH);
    expect(isSequencer(sequencer)).toBe(true);
  });

  it('increases strictly within the same millisecond', () => {
    const next = createSequencerClock(() => 1_700_000_000_000);

    const issued = [next(), next(), next()];

    expect(compareSequencers(issued[0] ?? '', issued[1] ?? '')).toBeLessThan(0);
    expect(compareSequencers(issued[1] ?? '', issued[2] ?? '')).toBeLessThan(0);
  });

  it('never goes backwards when the wall clock does', () => {
    let now = 1_700_000_000_500;
    const next = createSequencerClock(() => now);
    const before = next();

    now -= 400;
    const after = next();

    expect(compareSequencers(before, after)).toBeLessThan(0);
  });

  it('continues above the previous run after a restart, because it follows the time', () => {
    const firstRun = createSequencerClock(() => 1_700_000_000_000);
    let last = '';
    for (let i = 0; i < 1000; i++) last = firstRun();

    const secondRun = createSequencerClock(() => 1_700_000_000_001);

    expect(compareSequencers(last, secondRun())).toBeLessThan(0);
  });

  it('tells the time a local sequencer was issued, and nothing for a foreign one', () => {
    const next = createSequencerClock(() => Date.parse('2025-06-01T12:00:00.123Z'));

    expect(sequencerTime(next())?.toISOString()).toBe('2025-06-01T12:00:00.123Z');
    expect(sequencerTime('0055AED6DCD90281E5')).toBe(null);
  });
});
