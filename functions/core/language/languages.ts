import type { Script } from './types.ts';

/** A language as written in one script: the unit the detector decides between. */
export interface LanguageProfile {
  /** ISO 639-1. */
  language: string;
  script: Script;
  /**
   * How often the press we index is written in it, relative to the others. Used for queries
   * and ambiguous short texts only: long texts carry enough evidence to override it.
   */
  prior: number;
  /** Labels of the statistical model that count as this language (default: `language`). */
  modelLabels?: readonly string[];
}

/**
 * The languages we support. Central Asian press mixes Russian, Kazakh, Kyrgyz, Uzbek, Tajik,
 * Turkmen and English; the rest are neighbours and languages of international news. Restricting
 * decisions to these keeps look-alikes we never index (Tatar, Bashkir, Buryat, Rusyn…) from
 * winning short texts.
 */
export const LANGUAGE_PROFILES: readonly LanguageProfile[] = [
  { language: 'ru', script: 'Cyrl', prior: 0.3 },
  { language: 'kk', script: 'Cyrl', prior: 0.12 },
  { language: 'ky', script: 'Cyrl', prior: 0.06 },
  { language: 'uz', script: 'Cyrl', prior: 0.03 },
  { language: 'tg', script: 'Cyrl', prior: 0.04 },
  { language: 'mn', script: 'Cyrl', prior: 0.02 },
  { language: 'uk', script: 'Cyrl', prior: 0.03 },
  { language: 'be', script: 'Cyrl', prior: 0.01 },
  { language: 'bg', script: 'Cyrl', prior: 0.01 },
  // fastText splits Serbo-Croatian four ways; in Cyrillic all of it is Serbian.
  { language: 'sr', script: 'Cyrl', prior: 0.01, modelLabels: ['sr', 'sh', 'hr', 'bs'] },
  { language: 'mk', script: 'Cyrl', prior: 0.01 },
  { language: 'en', script: 'Latn', prior: 0.15 },
  { language: 'uz', script: 'Latn', prior: 0.05 },
  { language: 'tk', script: 'Latn', prior: 0.02 },
  { language: 'tr', script: 'Latn', prior: 0.02 },
  { language: 'az', script: 'Latn', prior: 0.01 },
  { language: 'de', script: 'Latn', prior: 0.02 },
  { language: 'fr', script: 'Latn', prior: 0.02 },
  { language: 'es', script: 'Latn', prior: 0.01 },
  { language: 'it', script: 'Latn', prior: 0.01 },
  { language: 'pt', script: 'Latn', prior: 0.01 },
  { language: 'pl', script: 'Latn', prior: 0.01 },
  { language: 'nl', script: 'Latn', prior: 0.01 },
  { language: 'ar', script: 'Arab', prior: 0.01, modelLabels: ['ar', 'arz'] },
  { language: 'fa', script: 'Arab', prior: 0.01 },
  { language: 'zh', script: 'Hani', prior: 0.02, modelLabels: ['zh', 'wuu'] },
  { language: 'ja', script: 'Jpan', prior: 0.005 },
  { language: 'ko', script: 'Hang', prior: 0.005 },
  { language: 'ka', script: 'Geor', prior: 0.005 },
  { language: 'hy', script: 'Armn', prior: 0.005 },
  { language: 'el', script: 'Grek', prior: 0.005 },
  { language: 'he', script: 'Hebr', prior: 0.005 },
  { language: 'hi', script: 'Deva', prior: 0.005 },
  { language: 'th', script: 'Thai', prior: 0.005 },
];

/** The profiles a text in `script` may be written in. */
export function profilesForScript(script: Script): LanguageProfile[] {
  const wanted = script === 'Hans' || script === 'Hant' ? 'Hani' : script;
  return LANGUAGE_PROFILES.filter((profile) => profile.script === wanted);
}

/** Every supported ISO 639-1 code, for validating query parameters and facets. */
export const SUPPORTED_LANGUAGES: readonly string[] = [
  ...new Set(LANGUAGE_PROFILES.map((profile) => profile.language)),
];
