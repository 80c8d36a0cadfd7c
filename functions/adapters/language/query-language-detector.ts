import { detectQueryLanguages, QUERY_OPTIONS } from '../../core/language/detect-query.ts';
import type { LanguageModel, QueryLanguages } from '../../core/language/types.ts';
import type { QueryLanguageDetector } from '../../core/ports.ts';

// A query is a word or three: its script and the letters only some alphabets have (Kazakh қ,
// Ukrainian ї) are most of the evidence, and the statistical model, 1 MB of the search
// function's bundle, added little on the query table of the tests. So queries are weighed by
// script, letters and our press's prior alone, softened less than the model's probabilities
// were (temperature 1.5 instead of 3) so that the first language weighs about as much as before.
const NO_MODEL: LanguageModel = {
  predict: () => ({ get: () => undefined }),
  trainingShares: { get: () => undefined },
};
const LETTERS_ONLY = {
  ...QUERY_OPTIONS,
  modelWeight: 0,
  modelPriorCorrection: 0,
  temperature: 1.5,
};

/**
 * Names the languages a search query is probably written in, from its script and letters,
 * without the fastText model that articles are identified with.
 */
export class QueryLetterDetector implements QueryLanguageDetector {
  detectQuery(text: string): QueryLanguages {
    return detectQueryLanguages(text, NO_MODEL, LETTERS_ONLY);
  }
}
