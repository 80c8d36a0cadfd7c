import { eng, rus } from 'stopword';
import { foldWord } from './text-analysis.ts';

// Kazakh has no list in `stopword`; these are its conjunctions, particles, postpositions and
// pronouns that stand in almost every sentence, as the Russian list has them for Russian.
const KAZAKH = [
  'және',
  'мен',
  'бен',
  'пен',
  'да',
  'де',
  'та',
  'те',
  'ал',
  'бірақ',
  'немесе',
  'не',
  'ме',
  'ма',
  'ба',
  'бе',
  'па',
  'пе',
  'бұл',
  'осы',
  'сол',
  'ол',
  'олар',
  'біз',
  'сіз',
  'мен',
  'үшін',
  'туралы',
  'бойынша',
  'арқылы',
  'дейін',
  'кейін',
  'сияқты',
  'деп',
  'еді',
  'екен',
  'болып',
  'жоқ',
  'ғана',
  'тек',
  'әр',
  'барлық',
];

/** Kazakh function words (fingerprints leave them out too, `fingerprint.ts`). */
export const KAZAKH_STOP_WORDS: readonly string[] = KAZAKH;

const STOP_WORDS = new Set([...eng, ...rus, ...KAZAKH].map(foldWord));

/**
 * Whether a word is one that stands in almost every English, Russian or Kazakh text (`the`,
 * `в`, `және`). Such a word says nothing about what a query wants: it never decides whether an
 * article matches, and it does not score, unless a query has nothing else (see `planQuery`).
 */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(foldWord(word));
}
