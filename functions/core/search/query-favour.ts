import { LANGUAGE_PROFILES } from '../language/languages.ts';
import type { WeightedLanguage } from '../language/types.ts';
import type { QueryLanguageDetector } from '../ports.ts';
import { isStopWord } from '../text/stop-words.ts';
import { wordsOf } from '../text/text-analysis.ts';
import { translateWord } from './translation.ts';

/** The weight a reader's language gets when the query itself says nothing about its own. */
export const HINT_WEIGHT = 0.25;
/**
 * The weight of English read from a query's words: half the full favour (×1.1), about what the
 * letter model gave the first language of an English sentence (0.43 to 0.74). A Latin query's
 * names are spelt alike in Uzbek, Turkish or German articles, and a stronger favour pushed the
 * Russian reports of a story below weaker English ones (news collection, bench:relevance:
 * nDCG@10 0.783 at weight 0.7, 0.785 at 0.5, 0.787 at 0.4).
 */
export const ENGLISH_READING_WEIGHT = 0.5;
/**
 * The least weight the detector's first language must have for letters outside ASCII
 * (`ß`, `ş`, `ә`) to count as evidence in a Latin-script query.
 */
const CONFIDENT_LETTERS = 0.4;

const LATIN = /^\p{Script=Latin}+$/u;
const ASCII_LETTERS = /^[A-Za-z]+$/;
const LETTER = /\p{L}/u;

/**
 * The languages a query's articles should be favoured in, only on real evidence:
 *
 * - the script, where it narrows the languages to a few (Cyrillic: Russian, Kazakh, Kyrgyz…,
 *   weighed by the letters, so `Тоқаев` favours Kazakh); the detector's candidates are all of
 *   that script;
 * - in Latin script, which most languages of our press share, letters only some alphabets have
 *   (`ß`, `ş`), or several words a language's reader would write: English function words and
 *   words of the news lexicon (`Kazakhstan foreign minister visit to London`). A name alone
 *   (`Kazakhstan`, `Kosherbayev`) is written the same in English, Uzbek, German and Turkish
 *   articles, so it favours nothing;
 * - else the reader's language (`hint`, e.g. the interface's), at a quarter weight, when it is
 *   written in the query's script.
 */
export function favouredLanguages(
  text: string,
  detector: QueryLanguageDetector,
  hint?: string,
): WeightedLanguage[] {
  const words = [...wordsOf(text)].map((w) => w.word).filter((word) => LETTER.test(word));
  if (words.length === 0) return [];
  const latin = words.filter((word) => LATIN.test(word));
  const script = latin.length * 2 > words.length ? 'Latn' : null;
  if (script === null) {
    // Another script than Latin: it is the evidence, and the detector weighs its languages.
    return detector.detectQuery(text).candidates;
  }
  const evidence = latinEvidence(text, latin, detector);
  if (evidence.length > 0) return evidence;
  return hint !== undefined && writtenIn(hint, 'Latn')
    ? [{ language: hint, weight: HINT_WEIGHT }]
    : [];
}

function latinEvidence(
  text: string,
  words: readonly string[],
  detector: QueryLanguageDetector,
): WeightedLanguage[] {
  if (words.some((word) => !ASCII_LETTERS.test(word))) {
    const { candidates } = detector.detectQuery(text);
    if ((candidates[0]?.weight ?? 0) >= CONFIDENT_LETTERS) return candidates;
  }
  // English reads from its function words and the news vocabulary the search translates;
  // several of them, and at least half the words, make a confident reading.
  const english = words.filter(
    (word) => ASCII_LETTERS.test(word) && (isStopWord(word) || translateWord(word).length > 0),
  ).length;
  if (english >= 2 && english * 2 >= words.length) {
    return [{ language: 'en', weight: ENGLISH_READING_WEIGHT }];
  }
  return [];
}

/** Whether a language is written in a script among those we identify. */
function writtenIn(language: string, script: string): boolean {
  return LANGUAGE_PROFILES.some((p) => p.language === language && p.script === script);
}
