import { analyse, analyseNames } from '../../core/text-analysis.ts';
import { nameKeys } from '../../core/transliteration.ts';

/** The full-text columns of one article, in `article_terms` column order. */
export interface ArticleTerms {
  title: string;
  body: string;
  names: string;
  translit: string;
}

/**
 * The indexed form of an article: analysed terms joined by spaces, which the space-splitting
 * tokenizer keeps as they are. Surname base forms and transliteration keys go in columns of
 * their own, so that phrases and bm25 in the title and body columns see the text's own words.
 */
export function articleTerms(title: string, body: string): ArticleTerms {
  const text = `${title}\n${body}`;
  return {
    title: analyse(title).join(' '),
    body: analyse(body).join(' '),
    names: analyseNames(text).join(' '),
    translit: nameKeys(text).join(' '),
  };
}
