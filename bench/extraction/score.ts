// Scoring of extracted article text against a gold body, as the development set's README
// (../shared/extraction-dev/README.md, "How to score an extractor on it") defines it: word
// 4-gram shingles (6-character shingles for Japanese and Chinese) after one normalisation of
// both texts, precision, recall and F1 per page; and the check that no gold sentence comes back
// with words missing from its middle.

/** Precision, recall and F1 of one prediction against one reference. */
export interface Overlap {
  precision: number;
  recall: number;
  f1: number;
}

/** Languages written without spaces: scored on characters, not words. */
const CHARACTER_LANGUAGES = new Set(['ja', 'zh']);
const WORD_SHINGLE = 4;
const CHARACTER_SHINGLE = 6;

/**
 * NFKC, lower case, straight quotes, one kind of dash, single spaces; and without invisible
 * format characters (soft hyphens, zero-width joiners), which would otherwise split `ung­menn­um`
 * into three words on one side and not on the other.
 */
export function normaliseForScoring(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[\p{Pd}−]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

// Letters with their combining marks (Devanagari vowel signs are marks) and digits. In ja/zh
// text each Han or kana character is a token of its own; other words there stay words.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;

/** The tokens of a text, after `normaliseForScoring`. */
export function tokenise(text: string, language: string): string[] {
  const normalised = normaliseForScoring(text);
  const words = normalised.match(WORD) ?? [];
  if (!CHARACTER_LANGUAGES.has(language)) return words;
  const tokens: string[] = [];
  for (const word of words) {
    if (!CJK.test(word)) {
      tokens.push(word);
      continue;
    }
    let run = '';
    for (const character of word) {
      if (CJK.test(character)) {
        if (run) tokens.push(run);
        run = '';
        tokens.push(character);
      } else {
        run += character;
      }
    }
    if (run) tokens.push(run);
  }
  return tokens;
}

/** How many tokens one shingle spans in a language. */
export function shingleSize(language: string): number {
  return CHARACTER_LANGUAGES.has(language) ? CHARACTER_SHINGLE : WORD_SHINGLE;
}

/** The multiset of overlapping windows of `size` tokens; a shorter text is one shingle. */
export function shingles(tokens: readonly string[], size: number): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(0, tokens.length - size);
  for (let i = 0; i <= last; i++) {
    const key = tokens.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const n of counts.values()) sum += n;
  return sum;
}

/** Precision, recall and F1 of two multisets (shingles, or single words for bag of words). */
export function overlap(predicted: Map<string, number>, reference: Map<string, number>): Overlap {
  let shared = 0;
  for (const [key, n] of predicted) shared += Math.min(n, reference.get(key) ?? 0);
  const p = total(predicted);
  const r = total(reference);
  const precision = p === 0 ? 0 : shared / p;
  const recall = r === 0 ? 0 : shared / r;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** One gold page, as the scorer needs it. */
export interface GoldPage {
  lang: string;
  /** The references to score against; the best F1 among them counts (optional paragraphs). */
  references: readonly string[];
  /** A headline the extractor may have put first, dropped when it leads the prediction. */
  title: string | null;
}

/** The scores of one prediction on one page. */
export interface PageScore {
  shingle: Overlap;
  words: Overlap;
  /** Paragraphs matched exactly after normalisation. */
  paragraphs: Overlap;
  empty: boolean;
}

function bagOfWords(tokens: readonly string[]): Map<string, number> {
  return shingles(tokens, 1);
}

function paragraphSet(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paragraph of text.split(/\n\s*\n/u)) {
    const key = normaliseForScoring(paragraph);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Drops a leading paragraph that is the headline, which the gold leaves out. */
export function withoutLeadingTitle(prediction: string, title: string | null): string {
  if (!title) return prediction;
  const paragraphs = prediction.split(/\n\s*\n/u);
  const first = paragraphs[0];
  if (first !== undefined && normaliseForScoring(first) === normaliseForScoring(title)) {
    return paragraphs.slice(1).join('\n\n');
  }
  return prediction;
}

/** Scores a prediction (paragraphs separated by blank lines) against a gold page. */
export function scorePage(prediction: string, gold: GoldPage): PageScore {
  const text = withoutLeadingTitle(prediction, gold.title);
  const size = shingleSize(gold.lang);
  const tokens = tokenise(text, gold.lang);
  const predictedShingles = shingles(tokens, size);
  const predictedWords = bagOfWords(tokens);
  const predictedParagraphs = paragraphSet(text);
  let best: PageScore | null = null;
  for (const reference of gold.references) {
    const goldTokens = tokenise(reference, gold.lang);
    const score: PageScore = {
      shingle: overlap(predictedShingles, shingles(goldTokens, size)),
      words: overlap(predictedWords, bagOfWords(goldTokens)),
      paragraphs: overlap(predictedParagraphs, paragraphSet(reference)),
      empty: tokens.length === 0,
    };
    if (best === null || score.shingle.f1 > best.shingle.f1) best = score;
  }
  if (best === null) throw new Error('a gold page needs at least one reference');
  return best;
}

/** A gold sentence that came back with words missing from inside it. */
export interface CutSentence {
  /** The gold sentence, normalised. */
  sentence: string;
  /** The words missing between the two parts that were returned joined. */
  missing: string;
}

// A sentence ends at `.`, `!`, `?`, `…` or an ideographic full stop, with any closing quotes;
// some gold bodies glue a heading to the next sentence (`…yakaladı.DZEKO`), so a capital right
// after a stop starts a sentence too.
const SENTENCE_END = /(?<=[.!?…。！？]["')\]]*)\s+|(?<=[。！？])|(?<=\p{Ll}[.!?])(?=\p{Lu})/u;

/** The sentences of a gold body, split at sentence-final punctuation and at paragraphs. */
export function goldSentences(body: string): string[] {
  return body
    .split(/\n+/u)
    .flatMap((paragraph) => paragraph.split(SENTENCE_END))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** How long the two parts around a deletion must be before it counts, in tokens. */
function minimumParts(language: string): { side: number; both: number } {
  return CHARACTER_LANGUAGES.has(language) ? { side: 4, both: 10 } : { side: 2, both: 6 };
}
/**
 * Share of the sentence the two parts and the gap must span: a deletion leaves the rest of its
 * sentence in place, while two phrases that merely recur elsewhere in the text span little.
 */
const MIN_SPAN = 0.6;

// A few gold bodies still hold markup (`<em>Question Time</em>`, `A&amp;E`); read as text.
function goldText(body: string): string {
  return body
    .replace(/<\/?[a-z][^<>]*>/giu, '')
    .replace(/&amp;/gu, '&')
    .replace(/&(?:#\d+|#x[\da-f]+|[a-z]+);/giu, ' ');
}

function indexTokens(tokens: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = index.get(token);
    if (list) list.push(i);
    else index.set(token, [i]);
  });
  return index;
}

/**
 * Finds gold sentences returned with words deleted from their middle: somewhere in the
 * prediction, a run of the sentence's words is directly followed by a later run of the same
 * sentence, the words between them gone (`the will unite with former frontman for` for `the
 * doobie brothers will unite with former frontman michael mcdonald for`). A sentence returned
 * whole, or not at all, is fine; so is one broken across two paragraphs. Both runs must be long
 * enough that the join cannot be chance.
 */
export function cutSentences(
  prediction: string,
  goldBody: string,
  language: string,
): CutSentence[] {
  const output = tokenise(prediction, language);
  if (output.length === 0) return [];
  const joined = ` ${output.join(' ')} `;
  const { side, both } = minimumParts(language);
  const text = goldText(goldBody);
  const gold = ` ${tokenise(text, language).join(' ')} `;
  const cut: CutSentence[] = [];
  for (const sentence of goldSentences(text)) {
    const words = tokenise(sentence, language);
    if (words.length < both + 1) continue;
    if (joined.includes(` ${words.join(' ')} `)) continue;
    const positions = indexTokens(words);
    const found = findJoin(output, words, positions, { side, both, gold });
    if (found) cut.push({ sentence: words.join(' '), missing: found });
  }
  return cut;
}

function findJoin(
  output: readonly string[],
  words: readonly string[],
  positions: Map<string, number[]>,
  limits: { side: number; both: number; gold: string },
): string | null {
  const { side, both, gold } = limits;
  for (let p = 0; p + 1 < output.length; p++) {
    const lefts = positions.get(output[p] ?? '');
    const rights = positions.get(output[p + 1] ?? '');
    if (!lefts || !rights) continue;
    for (const a of lefts) {
      for (const b of rights) {
        if (b <= a + 1) continue;
        let left = 1;
        while (output[p - left] !== undefined && output[p - left] === words[a - left]) left++;
        let right = 1;
        while (output[p + 1 + right] !== undefined && output[p + 1 + right] === words[b + right]) {
          right++;
        }
        if (left < side || right < side || left + right < both) continue;
        if (left + right + (b - a - 1) < MIN_SPAN * words.length) continue;
        // A join the gold itself contains (a phrase it repeats) is no deletion.
        const joinedRun = output.slice(p - left + 1, p + 1 + right).join(' ');
        if (gold.includes(` ${joinedRun} `)) continue;
        return words.slice(a + 1, b).join(' ');
      }
    }
  }
  return null;
}
