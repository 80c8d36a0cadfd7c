import chardet from 'chardet';
import { encodingForLabel } from './labels.ts';
import { plausibility } from './plausibility.ts';
import { transcode } from './transcode.ts';

// The code pages a newsroom's files plausibly use, in order of preference when two decode a
// sample identically (pure Russian reads the same in windows-1251, KZ-1048 and PTCP154).
const CANDIDATES = [
  'windows-1251',
  'koi8-r',
  'ibm866',
  'iso-8859-5',
  'kz-1048',
  'ptcp154',
  'koi8-u',
  'x-mac-cyrillic',
  'windows-1252',
  'windows-1250',
  'windows-1254',
] as const;

// Multi-byte East Asian encodings are left to chardet, which models them well, and taken only
// when it is sure; the letter statistics below know nothing about them.
const EAST_ASIAN = new Set(['gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr']);
const EAST_ASIAN_MIN_CONFIDENCE = 60;
/** Enough bytes to tell code pages apart; the rest of the file only costs time. */
const SAMPLE_BYTES = 64 * 1024;
/** chardet's confidence (0..1) times this is added to a candidate's score: a tie-breaker only. */
const CHARDET_WEIGHT = 0.1;

/**
 * Guesses the legacy encoding of bytes that are not UTF-8. chardet proposes; because it confuses
 * the Cyrillic code pages with each other (and does not know IBM866 or the Kazakh ones), every
 * plausible candidate is decoded and the one whose text looks most like real text wins.
 */
export function detectLegacyEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const guesses = chardet.analyse(sample);
  const top = guesses[0];
  const topName = top ? encodingForLabel(top.name) : null;
  if (top && topName && EAST_ASIAN.has(topName) && top.confidence >= EAST_ASIAN_MIN_CONFIDENCE) {
    return topName;
  }
  const prior = new Map<string, number>();
  for (const guess of guesses) {
    const name = encodingForLabel(guess.name);
    if (name && !prior.has(name)) prior.set(name, guess.confidence / 100);
  }
  let best: string = CANDIDATES[0];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of CANDIDATES) {
    const score = textScore(sample, candidate) + CHARDET_WEIGHT * (prior.get(candidate) ?? 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** How plausible the bytes' opening reads in an encoding; comparable across encodings. */
export function textScore(bytes: Uint8Array, encoding: string): number {
  return plausibility(transcode(bytes.subarray(0, SAMPLE_BYTES), encoding).text);
}
