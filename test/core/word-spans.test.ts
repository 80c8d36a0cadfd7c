import { describe, expect, it } from 'vitest';
import { WORD } from '../../functions/core/text/text-analysis.ts';
import { forEachWordSpan, sampleRunLengths } from '../../functions/core/text/word-spans.ts';

function scanned(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  forEachWordSpan(text, (start, end) => spans.push([start, end]));
  return spans;
}

// What `sampleRunLengths` must count: the first `limit` matches of the bounded run.
function regexRunLengths(text: string, limit: number, longest: number) {
  const lengths = new Int32Array(2 * longest + 1);
  let count = 0;
  for (const [run] of text.matchAll(new RegExp(`[\\p{L}\\p{N}]{1,${longest}}`, 'gu'))) {
    if (count >= limit) break;
    lengths[run.length] = (lengths[run.length] ?? 0) + 1;
    count++;
  }
  return { lengths, count };
}

function matched(text: string): Array<[number, number]> {
  return [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
}

// Texts at every edge of `WORD`: its bounds (256 code points, then 32 joined runs of 1 to 255),
// joiners with nothing after them, marks that cannot start a word, code points beyond the BMP
// (letters, digits and not), lone surrogates, and scripts from many blocks.
const EDGES = [
  '',
  'a',
  "O'Brien’s Нур-Султан ‐ -x x- 'a' ’ end'",
  'a'.repeat(256),
  'a'.repeat(257),
  'a'.repeat(700),
  `${'б'.repeat(255)}-${'в'.repeat(255)}-${'г'.repeat(256)}`,
  `a-${'b'.repeat(255)}-c`,
  `a-${'b'.repeat(256)}-c`,
  `${'c'.repeat(256)}'d`,
  `${'x-'.repeat(40)}y`,
  `x${"'y".repeat(33)}`,
  '𝐀𝐁𝐂 𝟏𝟐 😀word 𠀀𠀁 a😀b',
  `${'𝐀'.repeat(300)} ${'𝐀'.repeat(255)}-${'𝐀'.repeat(256)}`,
  '\ud800 lone \udc00 a\ud800b c\udc00d \ud835',
  'z\u0301e\u0301 \u0301mark \u0301\u0301a x-\u0301y',
  'Ǆemal ǅ ǆ İstanbul ﬁnance Ⅻ ½ ² ³⁄₄ ٣٤ ١٢٣',
  'ք ש ع ह ก 日本語 한국어 ქართული ᓀᐦᐃᔭᐍᐏᐣ ߒߞߏ',
  'Қазақстан Республикасы, 2024 ж. — «Егемен Қазақстан» 12:30',
  'tab\there\nnew\r\nline\u00a0nbsp\u2028sep',
];

function randomTexts(rounds: number): string[] {
  const alphabet = [
    ...'abcXYZ09бвгЖқәі',
    '\u0301',
    '\u0651',
    "'",
    '’',
    '-',
    '‐',
    ' ',
    '.',
    ',',
    '\n',
    '𝐀',
    '😀',
    '\ud800',
    '\udc00',
    '日',
    '٣',
  ];
  let seed = 12345;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  return Array.from({ length: rounds }, (_, round) => {
    const length = next() % 400;
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
    // Long runs now and then, to reach the bounds.
    if (round % 10 === 0) text += (round % 20 === 0 ? '𝐀' : 'ж').repeat(next() % 600);
    return text;
  });
}

describe('sampleRunLengths', () => {
  it('counts the lengths of the runs the bounded regular expression matches, up to the limit', () => {
    for (const text of [...EDGES, ...randomTexts(300)]) {
      for (const [limit, longest] of [
        [2000, 64],
        [3, 64],
        [50, 5],
      ] as const) {
        expect(sampleRunLengths(text, limit, longest), JSON.stringify(text)).toEqual(
          regexRunLengths(text, limit, longest),
        );
      }
    }
  });
});

describe('forEachWordSpan', () => {
  it('finds the very spans `WORD` matches, at every edge of its bounds and classes', () => {
    for (const text of EDGES) expect(scanned(text), JSON.stringify(text)).toEqual(matched(text));
  });

  it('agrees with `WORD` on random text drawn from letters, marks, joiners and the rest', () => {
    for (const text of randomTexts(300)) {
      expect(scanned(text), JSON.stringify(text)).toEqual(matched(text));
    }
  });
});
