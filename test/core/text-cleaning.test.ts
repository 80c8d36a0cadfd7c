import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../functions/core/normalise/text-cleaning.ts';

// What `cleanText` removes or replaces, whatever route it takes: every control character but
// LF (CR, tab, ESC and the C1 set among them), the Unicode line and paragraph separators, the
// invisible characters, the fixed-width spaces and the bidirectional embeddings and isolates.
const CLEANED =
  /[\u2028\u2029\u200B\u2060\uFEFF\u00AD\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u202A-\u202E\u2066-\u2069]|[^\n\P{Cc}]/u;

// Those characters and their neighbours in trouble: CRLF, ESC sequences, NFC singletons that
// become one of them (U+2000, U+2001) or another character (Ω, K, Å), marks that compose or
// reorder, Hangul jamo, surrogates alone and in pairs, and plain text.
const PIECES = [
  ...['\r', '\n', '\r\n', '\t', '\v', '\f', '\0', '\u0085', '\u2028', '\u2029', '\u0007', '\u007F'],
  ...['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E'],
  ...['\u00A0', '\u1680', '\u2000', '\u2001', '\u2005', '\u200A', '\u202F', '\u205F', '\u3000'],
  ...['\u202A', '\u202E', '\u2066', '\u2069'],
  ...['\u001B', '\u001B[31m', '\u001B]0;title\u0007', '\u001B(B', '\u009B1m', '\u001B\\'],
  ...['\u2126', '\u212A', '\u212B', 'e\u0301', '\u0301', 'c\u0327\u0323', '\u0344', '\u037E'],
  ...['\u1100', '\u1161', '\u11A8', '\uD835\uDC00', '\uD800', '\uDC00', 'и\u0306', 'ё'],
  ...[' ', '  ', 'a', 'Текст.', 'word'],
];
const texts = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), {
    maxLength: 24,
  })
  .map((pieces) => pieces.join(''));

describe('cleanText', () => {
  it('leaves none of the characters it cleans, in NFC, with lines trimmed of single spaces', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const clean = cleanText(text);
        expect(clean).not.toMatch(CLEANED);
        expect(clean).toBe(clean.normalize('NFC'));
        for (const line of clean.split('\n')) {
          expect(line).toBe(line.trim());
          expect(line).not.toContain('  ');
        }
      }),
      { numRuns: 3_000, seed: 20 },
    );
  });

  it('only normalises a text with none of them: NFC, each line trimmed, spaces single', () => {
    fc.assert(
      fc.property(texts, (text) => {
        fc.pre(!CLEANED.test(text.normalize('NFC')));
        const lines = text.normalize('NFC').split('\n');
        expect(cleanText(text)).toBe(lines.map((l) => l.replace(/ {2,}/g, ' ').trim()).join('\n'));
      }),
      { numRuns: 1_000, seed: 20 },
    );
  });
});
