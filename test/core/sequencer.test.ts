import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSequencers, isSequencer } from '../../functions/core/ingest/sequencer.ts';

const hex = fc.string({
  unit: fc.constantFrom(...'0123456789abcdefABCDEF'),
  minLength: 1,
  maxLength: 40,
});

describe('compareSequencers', () => {
  it('orders equal-length sequencers as hex numbers', () => {
    expect(compareSequencers('0055AEDA', '0055AEDB')).toBeLessThan(0);
    expect(compareSequencers('0055AEDB', '0055AEDA')).toBeGreaterThan(0);
    expect(compareSequencers('0055AEDA', '0055AEDA')).toBe(0);
  });

  it('ignores letter case', () => {
    expect(compareSequencers('00ff', '00FF')).toBe(0);
    expect(compareSequencers('00fe', '00FF')).toBeLessThan(0);
  });

  it('left-pads the shorter sequencer with zeros, as S3 documents', () => {
    expect(compareSequencers('FF', '0100')).toBeLessThan(0);
    expect(compareSequencers('00FF', 'FF')).toBe(0);
    expect(compareSequencers('1', '0000000000000000000000000002')).toBeLessThan(0);
  });

  it('handles sequencers beyond 64 bits', () => {
    expect(compareSequencers('1FFFFFFFFFFFFFFFFFFFF', '20000000000000000000')).toBeGreaterThan(0);
  });

  it('agrees with numeric comparison for every pair of hex strings', () => {
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const expected = Math.sign(Number(BigInt(`0x${a}`) - BigInt(`0x${b}`)));
        expect(Math.sign(compareSequencers(a, b))).toBe(expected);
      }),
    );
  });

  it('is antisymmetric and transitive', () => {
    fc.assert(
      fc.property(hex, hex, hex, (a, b, c) => {
        expect(Math.sign(compareSequencers(a, b))).toBe(-Math.sign(compareSequencers(b, a)) || 0);
        if (compareSequencers(a, b) <= 0 && compareSequencers(b, c) <= 0) {
          expect(compareSequencers(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});

describe('isSequencer', () => {
  it('accepts hex and refuses anything else', () => {
    expect(isSequencer('0069A1F2b3')).toBe(true);
    expect(isSequencer('')).toBe(false);
    expect(isSequencer('12g4')).toBe(false);
    expect(isSequencer('1234 ')).toBe(false);
  });
});
