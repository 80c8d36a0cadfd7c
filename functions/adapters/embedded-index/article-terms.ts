import { indexedNames } from '../../core/text/indexed-names.ts';
import { analyse } from '../../core/text/text-analysis.ts';

/** The full-text columns of one article, in `article_terms` column order. */
export interface ArticleTerms {
  title: string;
  body: string;
  names: string;
  translit: string;
  sounds: string;
}

/**
 * The indexed form of an article: analysed terms joined by spaces, which the space-splitting
 * tokenizer keeps as they are. Surname base forms, transliteration keys and sound keys go in
 * columns of their own, so that phrases and bm25 in the title and body columns see the text's
 * own words, and each kind of name match has its own weight (`FIELD_WEIGHTS`).
 */
export function articleTerms(title: string, body: string): ArticleTerms {
  return {
    title: analyse(title).join(' '),
    body: analyse(body).join(' '),
    ...indexedNames(title, body),
  };
}
