import { ara, bul, deu, eng, fas, fra, ita, nld, pol, por, rus, spa, tur, ukr } from 'stopword';
import { KAZAKH_STOP_WORDS } from './stop-words.ts';
import { foldWord, tokenize } from './text-analysis.ts';

const BITS = 64;
// Fixed seeds: fingerprints are stored, so the hash is part of the index format.
const SEED_LOW = 0x9747b28c;
const SEED_HIGH = 0x1b873593;

// A MurmurHash-style 32-bit hash of the UTF-16 units: fast, well mixed, and with no cryptographic
// cost per word (an MD5 per word tripled the time of normalising a long article). Both halves of
// a word's hash, under their two seeds, are made in one pass over its characters into `out`.
function hashHalves(text: string, out: Uint32Array): void {
  let low = SEED_LOW ^ text.length;
  let high = SEED_HIGH ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    low = Math.imul(low ^ code, 0x5bd1e995);
    low ^= low >>> 15;
    high = Math.imul(high ^ code, 0x5bd1e995);
    high ^= high >>> 15;
  }
  out[0] = mix32(low);
  out[1] = mix32(high);
}

function mix32(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * SimHash-64 of a text (Charikar), as 16 hex digits: every stemmed word (one-word shingles,
 * weighted 1 + ln(count)) but a language's function words votes on each bit with its hash. Two
 * outlets' rewrites of one press release share most stems in similar proportions and land a few
 * bits apart; stemming makes `meeting`/`meet` and `встречи`/`встреча` one feature. Two- and
 * three-word shingles were measured too and separated the seed pairs worse (see `story.ts`).
 *
 * Function words (`the`, `и`, `және`, `der`…) do not vote: they stand in every text of their
 * language in similar proportions, so their votes pushed all the articles of a language towards
 * one fingerprint. On the scale bench's archive (8,000 articles) that made 2,618 pairs of
 * unrelated articles near-duplicates and let one 16-bit block value match hundreds of
 * articles; without them, 8 pairs, and the busiest block value holds 5 articles.
 */
export function simhash(text: string): string {
  const counts = new Map<string, number>();
  const functionWords = fingerprintStopWords();
  // The words the index is built from (`tokenize`), so the body is analysed once for both.
  for (const { term, folded } of tokenize(text)) {
    if (functionWords.has(folded)) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const votes = new Float64Array(BITS);
  const halves = new Uint32Array(2);
  for (const [stem, count] of counts) {
    // Sublinear weight: a word repeated in one text should not outvote all the others.
    const weight = 1 + Math.log(count);
    // Two independently seeded 32-bit halves keep the bit arithmetic in plain numbers.
    hashHalves(stem, halves);
    vote(votes, 0, halves[0] ?? 0, weight);
    vote(votes, 32, halves[1] ?? 0, weight);
  }
  let hex = '';
  for (let nibble = BITS / 4 - 1; nibble >= 0; nibble--) {
    let value = 0;
    for (let bit = 3; bit >= 0; bit--)
      value = (value << 1) | ((votes[nibble * 4 + bit] ?? 0) > 0 ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

let stopWords: ReadonlySet<string> | null = null;

/**
 * The folded function words that do not vote: the `stopword` lists of the languages we index that
 * it has, and the search's Kazakh list. A word that is a function word in any of them is left out
 * of every text: a fingerprint is computed without the text's language, and a content word that
 * happens to spell another language's function word costs one feature of hundreds. Built on
 * first use, so the search bundle, which never fingerprints, does not carry the lists.
 */
function fingerprintStopWords(): ReadonlySet<string> {
  stopWords ??= new Set(
    [eng, rus, ukr, bul, deu, fra, spa, ita, por, pol, nld, tur, ara, fas, KAZAKH_STOP_WORDS]
      .flat()
      .map(foldWord),
  );
  return stopWords;
}

function vote(votes: Float64Array, offset: number, half: number, weight: number): void {
  // Branch-free: the bits are random, so a branch on each was mispredicted half the time (most
  // of the fingerprint's cost). Multiplying by exactly 1 or -1 adds the very same ±weight.
  for (let bit = 0; bit < 32; bit++) {
    votes[offset + bit] = (votes[offset + bit] ?? 0) + weight * (((half >>> bit) & 1) * 2 - 1);
  }
}

/** Bits in which two fingerprints differ. */
export function hammingDistance(a: string, b: string): number {
  // Two 32-bit halves: plain integer arithmetic, no BigInt (a lookup compares many candidates).
  return (
    bitCount(Number.parseInt(a.slice(0, 8), 16) ^ Number.parseInt(b.slice(0, 8), 16)) +
    bitCount(Number.parseInt(a.slice(8, 16), 16) ^ Number.parseInt(b.slice(8, 16), 16))
  );
}

/** Set bits of a 32-bit integer (the SWAR population count). */
function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
