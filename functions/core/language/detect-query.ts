import { type IdentifyOptions, identify, TEXT_OPTIONS } from './identify.ts';
import type { LanguageModel, QueryLanguages, WeightedLanguage } from './types.ts';

/**
 * Queries are a word or three: the prior (what our press is written in) counts fully, a single
 * letter is already evidence, and probabilities are softened so that a close second language
 * keeps a real weight.
 */
export const QUERY_OPTIONS: IdentifyOptions = {
  ...TEXT_OPTIONS,
  priorWeight: 1,
  temperature: 3,
  minLetters: 1,
  minConfidence: 0,
};
// Candidates beyond this cumulative weight, or this many, would only dilute the boost.
const COVERED_WEIGHT = 0.95;
const MAX_CANDIDATES = 4;

/**
 * The languages a search query is probably written in, with weights for the search to favour
 * them (boost, never filter): a Cyrillic name may be Russian, Kazakh or Kyrgyz alike.
 * `options` may weigh the evidence otherwise (see `QueryLetterDetector`).
 */
export function detectQueryLanguages(
  text: string,
  model: LanguageModel,
  options: IdentifyOptions = QUERY_OPTIONS,
): QueryLanguages {
  const { ranked, script } = identify(text, model, options);
  const chosen: WeightedLanguage[] = [];
  let covered = 0;
  for (const { profile, probability } of ranked) {
    if (chosen.length >= MAX_CANDIDATES || covered >= COVERED_WEIGHT) break;
    chosen.push({ language: profile.language, weight: probability });
    covered += probability;
  }
  const candidates = chosen.map(({ language, weight }) => ({
    language,
    weight: Math.round((weight / covered) * 1000) / 1000,
  }));
  return { candidates, script };
}
