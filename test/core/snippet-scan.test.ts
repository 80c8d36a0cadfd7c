import { describe, expect, it } from 'vitest';
import { scanSentenceBreaks, scanWords } from '../../functions/core/search/snippet-scan.ts';
import { WORD } from '../../functions/core/text/text-analysis.ts';

// The scanners stand for two regular expressions; whatever the text, they must find exactly
// what those find, or a snippet would change.
const SENTENCE_END = /(?<=[.!?…])\s+|\n\s*\n/g;

function scannedWords(text: string): string[] {
  const words: string[] = [];
  scanWords(text, (start, end) => words.push(`${start}:${text.slice(start, end)}`));
  return words;
}

function matchedWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => `${m.index}:${m[0]}`);
}

function scannedBreaks(text: string): string[] {
  const breaks: string[] = [];
  scanSentenceBreaks(text, (start, end) => breaks.push(`${start}-${end}`));
  return breaks;
}

function matchedBreaks(text: string): string[] {
  return [...text.matchAll(SENTENCE_END)].map((m) => `${m.index}-${m.index + m[0].length}`);
}

const SAMPLES = [
  '',
  'В четверг в Лондоне состоялась первая встреча министров.',
  'Глава МИД Ермек Кошербаев провёл переговоры… Стороны обсудили торговлю!\n\nИ инвестиции?',
  "O'Neill's rock-'n'-roll co‐operation l’homme -lead trail- it''s a--b x-",
  'Café naïve: e\u0301 \u0301start ٣٤٥ Ⅻ ½ 2024-01-02 x²',
  'Emoji 😀 between, 𝐀𝐁𝐂 bold letters and 𐐀𐐨 Deseret; lone \ud800 and \udc00 surrogates.',
  `${'a'.repeat(300)} ${'б'.repeat(256)}-${'в'.repeat(300)} ${'𝐀'.repeat(260)}`,
  Array.from({ length: 40 }, (_, i) => `p${i}`).join('-'),
  'End.\u00a0Next.\u2028Line\u3000wide.\ufeffBOM\t.\v\f\r\n  \n\n Third.',
  'no break.here . . .  \n \n\t\n x',
  '\n\n\nleading\n\ntrailing\n',
];

// A small pseudo-random generator, so a failure names a text that can be made again.
function texts(count: number, seed: number): string[] {
  const pool = [
    'a',
    'Z',
    'я',
    'Ё',
    'ş',
    '7',
    '٣',
    '\u0301',
    '\u0903',
    "'",
    '’',
    '-',
    '‐',
    '.',
    '!',
    '?',
    '…',
    ' ',
    '\n',
    '\t',
    '\u00a0',
    '\u2028',
    '😀',
    '𝐀',
    '\ud800',
    '\udc00',
    ',',
    '"',
  ];
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: count }, () =>
    Array.from(
      { length: Math.floor(next() * 60) },
      () => pool[Math.floor(next() * pool.length)],
    ).join(''),
  );
}

describe('scanWords', () => {
  it('finds the words WORD finds, at the same offsets', () => {
    for (const text of [...SAMPLES, ...texts(3_000, 12)]) {
      expect(scannedWords(text), JSON.stringify(text)).toEqual(matchedWords(text));
    }
  });

  it('keeps WORD’s limits: 256 characters a part, 32 joined parts', () => {
    const long = 'a'.repeat(600);
    expect(scannedWords(long).map((w) => w.split(':')[1]?.length)).toEqual([256, 256, 88]);
    const joined = Array.from({ length: 40 }, () => 'ab').join('-');
    expect(scannedWords(joined)[0]).toBe(`0:${Array.from({ length: 33 }, () => 'ab').join('-')}`);
  });
});

describe('scanSentenceBreaks', () => {
  it('finds the breaks the sentence-end pattern finds', () => {
    for (const text of [...SAMPLES, ...texts(3_000, 19)]) {
      expect(scannedBreaks(text), JSON.stringify(text)).toEqual(matchedBreaks(text));
    }
  });

  it('takes white space after a sentence end, and a paragraph break up to its last newline', () => {
    expect(scannedBreaks('One. Two')).toEqual(['4-5']);
    expect(scannedBreaks('one\n \n two')).toEqual(['3-6']);
    expect(scannedBreaks('one\n two')).toEqual([]);
  });
});
