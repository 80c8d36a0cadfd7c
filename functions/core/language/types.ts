/**
 * ISO 15924 script codes the detector tells apart. `Hani` is Han before the Simplified or
 * Traditional decision; `Jpan` is Japanese (kana seen); `Zyyy` means no letters at all.
 */
export type Script =
  | 'Cyrl'
  | 'Latn'
  | 'Arab'
  | 'Hani'
  | 'Hans'
  | 'Hant'
  | 'Jpan'
  | 'Hang'
  | 'Geor'
  | 'Armn'
  | 'Grek'
  | 'Hebr'
  | 'Deva'
  | 'Thai'
  | 'Zyyy';

/** An ISO 639-1 code, or `und` when the evidence is too weak to name one. */
export type LanguageCode = string;

/** The language of one text. */
export interface LanguageDetection {
  language: LanguageCode;
  /** 0..1; measured to track accuracy (see bench/langid): 0.9 is right about 9 times in 10. */
  confidence: number;
  /** The script the text is mostly written in (ISO 15924). */
  script: Script;
}

/** A language and how much of a document is written in it. */
export interface LanguageShare {
  language: LanguageCode;
  /** Fraction of the document's letters, 0..1; the shares of one document sum to 1. */
  share: number;
}

/** The languages of a whole document, from per-paragraph detection. */
export interface DocumentLanguage extends LanguageDetection {
  /** Every language found, largest share first. */
  languages: LanguageShare[];
}

/** A language a query may be written in, with how much the search should favour it. */
export interface WeightedLanguage {
  language: LanguageCode;
  /** 0..1, the candidates' weights sum to 1. */
  weight: number;
}

/** What a search query is probably written in: favour these, never exclude the rest. */
export interface QueryLanguages {
  /** Most likely first; empty when the query has no letters (numbers, symbols). */
  candidates: WeightedLanguage[];
  script: Script;
}

/** Probabilities by model label; a `ReadonlyMap` is one. */
export interface LabelProbabilities {
  get(label: string): number | undefined;
}

/** A model's reading of one line of text (`LanguageModel.read`): summed token vectors. */
export interface LineReading {
  readonly sum: ArrayLike<number>;
  readonly count: number;
}

// The language ports (`LanguageModel`, `LanguageIdentifier`) are defined with every other port.
export type { LanguageIdentifier, LanguageModel } from '../ports.ts';
