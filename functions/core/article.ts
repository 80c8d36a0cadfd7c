/** A normalised news article as it is stored in, and returned from, the search index. */
export interface Article {
  /** Stable document id: hex SHA-256 of `bucket/key` (64 bytes, well under OpenSearch's 512). */
  id: string;
  bucket: string;
  /** The raw (decoded) object key, kept because the id is a one-way hash of it. */
  key: string;
  title: string;
  /** Clean text: paragraphs separated by exactly one blank line. */
  body: string;
  /** ISO 639-1 code, or `und` when the evidence is too weak. */
  language: string;
  /** 0..1 */
  languageConfidence: number;
  /**
   * Every language found paragraph by paragraph, largest share of the letters first; the
   * shares sum to 1 and the first is `language`.
   */
  languages: { language: string; share: number }[];
  /** ISO 15924 code of the script most letters are written in (`Cyrl`, `Latn`; `Zyyy`: none). */
  script: string;
  /** `YYYY-MM-DD`, or null when the article carries no date. */
  publishedAt: string | null;
  /** Publisher or agency: front matter, page or feed metadata, or the agency in a dateline. */
  source: string | null;
  /** Where the story was filed, from its dateline (`Астана. 27 февраля.` gives `Астана`). */
  place: string | null;
  /** Photo or image credits lifted out of the body (`Фото: …`, `Photo: …`). */
  credits: string[];
  /** Character encoding the text was decoded from (`binary` for a PDF's text layer). */
  encoding: string;
  /** Bytes that were invalid in that encoding and replaced by U+FFFD; 0 for a clean file. */
  decodeErrors: number;
  /** Media type of the format the article was read as, e.g. `text/html`. */
  contentType: string;
  wordCount: number;
  /** Hex SHA-256 of the normalised body. */
  contentHash: string;
  /** SimHash-64 of the body's stemmed words, 16 hex digits; near-duplicates differ in few bits. */
  fingerprint: string;
  /** Shared by near-duplicate articles: the id of the first article of the story indexed. */
  storyId: string;
  /** Size of the source object in bytes. */
  size: number;
  /** S3 sequencer of the notification that produced this version (orders writes per key). */
  sequencer: string;
  /** ISO-8601 instant at which this version was indexed. */
  indexedAt: string;
  /**
   * ETag (without quotes) of the object version the article was read from, when the store
   * gave one: reconciliation compares it with the bucket's, which time and size cannot settle
   * for an overwrite within the same second.
   */
  eTag?: string;
}

/**
 * What normalisation derives from an object's bytes, before it is tied to a bucket and key.
 * `storyId` is not among them: it depends on what else the index holds.
 */
export type NormalisedArticle = Pick<
  Article,
  | 'title'
  | 'body'
  | 'language'
  | 'languageConfidence'
  | 'languages'
  | 'script'
  | 'publishedAt'
  | 'source'
  | 'place'
  | 'credits'
  | 'encoding'
  | 'decodeErrors'
  | 'contentType'
  | 'wordCount'
  | 'contentHash'
  | 'fingerprint'
>;
