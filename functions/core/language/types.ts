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

/**
 * A statistical language model: the probability of each language it knows for one text.
 * Labels are the model's own (ISO 639-1 where one exists); the caller restricts them.
 */
export interface LanguageModel {
  predict(text: string): LabelProbabilities;
  /**
   * What the model read in one line, in a form that adds up: a model that averages its tokens'
   * vectors (fastText) can then predict several lines joined (`predictJoined`) without reading
   * them again. Optional: a model without it is asked `predict` of the joined text.
   */
  read?(line: string): LineReading;
  /** Probabilities of the lines read, joined by spaces: equal to `predict` of the joined line. */
  predictJoined?(readings: readonly LineReading[]): LabelProbabilities;
  /**
   * Each label's share of the model's training data: its built-in prior, which reflects how
   * much Wikipedia each language has, not how often our press uses it.
   */
  readonly trainingShares: LabelProbabilities;
}

/**
 * Everything the pipeline and the search path ask of language identification; a superset of
 * the `LanguageDetector` port, so one object serves both.
 */
export interface LanguageIdentifier {
  /** Language of one text (a title, a paragraph, an article's opening). */
  detect(text: string): LanguageDetection;
  /** Languages of a document from its paragraphs: majority by letters, with shares. */
  detectDocument(paragraphs: readonly string[]): DocumentLanguage;
  /** Weighted candidate languages of a search query, to favour (never to filter). */
  detectQuery(text: string): QueryLanguages;
}
