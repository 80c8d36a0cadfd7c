import { BoundedMemo } from './bounded-memo.ts';
import {
  codePositions,
  codeSequence,
  type NameScript,
  nameScript,
  otherScript,
  phoneticCodes,
  soundKey,
} from './phonetic.ts';
import { CYRILLIC, LATIN } from './scripts.ts';
import { isStopWord } from './stop-words.ts';
import { foldWord, tokenize } from './text-analysis.ts';
import { keyPositions, letterSequence, nameForms, transliterationKey } from './transliteration.ts';

/**
 * What an article is indexed under besides its analysed words, so that names meet across
 * cases and scripts. Both indices store exactly these, each list in its own field.
 */
export interface NameTerms {
  /** Surname base forms of declined Russian surnames (`Кошербаевым` → `кошербаев`). */
  names: string[];
  /** Latin transliteration keys (`Кошербаев`, `Kosherbayev` → `kosherbaev`). */
  translit: string[];
  /** Sound keys, tagged with the script written in (`Купер` → `c:kpr`). */
  sounds: string[];
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function keysOf(forms: readonly string[]): string[] {
  return unique(forms.map(transliterationKey).filter((key) => key !== ''));
}

/** The transliteration and sound keys of one capitalised word as an article writes it. */
interface WordKeys {
  translit: string[];
  sounds: string[];
}

// Names and capitalised words recur across articles (Zipf again): their keys (romanisation,
// Double Metaphone) are worked out once per spelling. Bounded like the other word memos.
const WORD_KEYS_CACHE_SIZE = 50_000;
const wordKeys = new BoundedMemo<string, WordKeys>(WORD_KEYS_CACHE_SIZE);

function keysOfWord(word: string): WordKeys {
  let keys = wordKeys.get(word);
  if (keys === undefined) {
    const forms = nameForms(word);
    const script = nameScript(word);
    keys = {
      translit: keysOf(forms),
      sounds: script ? unique(forms.flatMap(phoneticCodes)).map((c) => soundKey(script, c)) : [],
    };
    wordKeys.set(word, keys);
  }
  return keys;
}

/**
 * The name terms of a text: those of the words it writes as names are written, capitalised
 * every time. A capitalised word the text also writes in lower case (`Министр` opening a
 * sentence, `министр` inside one) is an ordinary word, and so is a stop word: their keys would
 * only add noise. A query word, whatever its case, is looked up against these
 * (`queryNameTerms`). Several texts (a title and a body) count as one.
 */
export function articleNameTerms(...texts: string[]): NameTerms {
  const names: string[] = [];
  const translit: string[] = [];
  const sounds: string[] = [];
  // Each text (a title, a body) is tokenised on its own, and so shares its tokens with the
  // other analyses of the same text.
  const parts = texts.map((text) => ({ text, tokens: tokenize(text) }));
  const lowerCase = new Set<string>();
  for (const { tokens } of parts) {
    for (const token of tokens) if (!token.capitalised) lowerCase.add(token.folded);
  }
  for (const { text, tokens } of parts) {
    for (const token of tokens) {
      if (!token.capitalised) continue;
      if (lowerCase.has(token.folded) || isStopWord(token.folded)) continue;
      if (token.surname) names.push(token.surname);
      const keys = keysOfWord(text.slice(token.start, token.end));
      for (const key of keys.translit) translit.push(key);
      for (const key of keys.sounds) sounds.push(key);
    }
  }
  return { names, translit, sounds };
}

/** What one query word looks for among the name terms, whatever its case. */
export interface WordNameTerms {
  surname: string | null;
  translit: string[];
  /** Sound keys of the other script: sounds only ever join spellings across scripts. */
  sounds: string[];
}

/** The name terms a query word may match. */
export function queryNameTerms(word: string): WordNameTerms {
  const translit: string[] = [];
  const sounds: string[] = [];
  let surname: string | null = null;
  for (const token of tokenize(word)) {
    const part = word.slice(token.start, token.end);
    surname ??= token.surname ?? null;
    const forms = nameForms(part);
    translit.push(...keysOf(forms));
    const script = nameScript(part);
    if (script) {
      const other = otherScript(script);
      sounds.push(...forms.flatMap(phoneticCodes).map((c) => soundKey(other, c)));
    }
  }
  return { surname, translit: unique(translit), sounds: unique(sounds) };
}

/**
 * Which words cannot have one of a few name keys (a query's), told without working out their
 * keys: a key can only hold what the word's characters write, in their order (`keyPositions`,
 * `codePositions`), and a sound key is tagged with the script of a part of it. A word this
 * rejects has none of the keys for certain; one it passes may or may not (ask
 * `articleNameTerms`). A page's capitalised words are mostly not names of the query, and
 * working out their keys (forms, stems, romanisation, Double Metaphone) was most of a fresh
 * reader's first searches.
 */
export class NameKeyFilter {
  /** The letters of each transliteration key (`letterSequence`). */
  private readonly translit: number[][] = [];
  /** The code of each sound key (`codeSequence`), by the script it is tagged with. */
  private readonly sounds: Record<NameScript, number[][]> = { latin: [], cyrillic: [] };

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const sound = /^([cl]):(.*)$/.exec(key);
      if (sound === null) this.translit.push(letterSequence(key));
      else this.sounds[sound[1] === 'c' ? 'cyrillic' : 'latin'].push(codeSequence(sound[2] ?? ''));
    }
  }

  /** False when no name key of `word`, nor of any part of it, can be one of the keys. */
  mayMeet(word: string): boolean {
    const letters = keyLettersOf(word);
    return (
      this.translit.some((key) => writable(key, letters.translit)) ||
      (letters.cyrillic && this.sounds.cyrillic.some((code) => writable(code, letters.codes))) ||
      (letters.latin && this.sounds.latin.some((code) => writable(code, letters.codes)))
    );
  }
}

/** Whether `key` (one bit a character) can be written by characters that write `positions`. */
function writable(key: readonly number[], positions: readonly number[]): boolean {
  let next = 0;
  for (const writes of positions) {
    // Each character writes as much of the key as it can, in turn: taking it earlier never
    // leaves less for the characters after it.
    while (next < key.length && ((key[next] ?? 0) & writes) !== 0) next++;
  }
  return next === key.length;
}

/** What the name keys of a spelling can be made of (see `NameKeyFilter`). */
interface KeyLetters {
  /** What its characters can write in its transliteration keys, in order (`keyPositions`). */
  translit: readonly number[];
  /** What its characters can write in its sound codes, in order (`codePositions`). */
  codes: readonly number[];
  /** The scripts its sound keys can be tagged with. */
  cyrillic: boolean;
  latin: boolean;
}

// Asked of every capitalised word of every hit, search after search: once per spelling, as the
// keys themselves are.
const keyLettersMemo = new BoundedMemo<string, KeyLetters>(WORD_KEYS_CACHE_SIZE);

function keyLettersOf(word: string): KeyLetters {
  let letters = keyLettersMemo.get(word);
  if (letters === undefined) {
    const folded = foldWord(word);
    letters = {
      translit: keyPositions(folded),
      codes: codePositions(folded),
      cyrillic: CYRILLIC.test(word),
      latin: LATIN.test(word),
    };
    keyLettersMemo.set(word, letters);
  }
  return letters;
}
