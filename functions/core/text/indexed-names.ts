import { articleNameTerms } from './name-terms.ts';

/**
 * The name fields an article is indexed under, the same in both indices, each a space-separated
 * list of terms that the index keeps as they are: both compute them here rather than with their
 * own analysers, so the cluster needs no plugin and the two find the same names.
 */
export interface IndexedNames {
  /** Surname base forms of the names in the text (`Кошербаевым` → `кошербаев`). */
  readonly names: string;
  /** Latin transliteration keys of the names (`Кошербаев` → `kosherbaev`). */
  readonly translit: string;
  /** Sound keys of the names, tagged with their script (`Купер` → `c:kpr`). */
  readonly sounds: string;
}

/** The name fields of an article with this title and body. */
export function indexedNames(title: string, body: string): IndexedNames {
  const terms = articleNameTerms(title, body);
  return {
    names: terms.names.join(' '),
    translit: terms.translit.join(' '),
    sounds: terms.sounds.join(' '),
  };
}
