import { nameScript, otherScript, phoneticCodes, soundKey } from './phonetic.ts';
import { isStopWord } from './stop-words.ts';
import { foldWord, tokenize } from './text-analysis.ts';
import { nameForms, transliterationKey } from './transliteration.ts';

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
  for (const { text, tokens } of parts) {
    for (const token of tokens) {
      if (!token.capitalised) lowerCase.add(foldWord(text.slice(token.start, token.end)));
    }
  }
  for (const { text, tokens } of parts) {
    for (const token of tokens) {
      if (!token.capitalised) continue;
      const word = text.slice(token.start, token.end);
      const folded = foldWord(word);
      if (lowerCase.has(folded) || isStopWord(folded)) continue;
      if (token.surname) names.push(token.surname);
      const forms = nameForms(word);
      translit.push(...keysOf(forms));
      const script = nameScript(word);
      if (script)
        sounds.push(...unique(forms.flatMap(phoneticCodes)).map((c) => soundKey(script, c)));
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
