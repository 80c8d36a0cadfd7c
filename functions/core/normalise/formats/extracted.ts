/**
 * What a format reader finds in a file: the article's text and whatever metadata the format
 * states explicitly. Text-level rules (datelines, credits, boilerplate, title) run afterwards on
 * every format alike.
 */
export interface ExtractedDocument {
  /** The article text: paragraphs separated by blank lines (plain formats: the raw lines). */
  text: string;
  /** A title the format gives explicitly (front matter, `<h1>`, JSON headline, a Title style). */
  title: string | null;
  /** Other spellings of the title the body may repeat (a page's `<h1>` beside its `og:title`). */
  titleVariants: string[];
  /** Publication date, anything `parseDate` reads. */
  publishedAt: string | null;
  source: string | null;
  place: string | null;
  credits: string[];
  /** Language the file declares (`<html lang>`, a JSON `lang` field), if any. */
  language: string | null;
  /** Media type of the format, e.g. `text/html`. */
  contentType: string;
  encoding: string;
  decodeErrors: number;
}

/** The encoding facts of a decoded file, carried into its extracted document. */
export interface Decoding {
  encoding: string;
  decodeErrors: number;
}

/** An extracted document with nothing but text; readers fill in what they find. */
export function plainDocument(
  text: string,
  contentType: string,
  decoding: Decoding,
): ExtractedDocument {
  return {
    text,
    title: null,
    titleVariants: [],
    publishedAt: null,
    source: null,
    place: null,
    credits: [],
    language: null,
    contentType,
    ...decoding,
  };
}
