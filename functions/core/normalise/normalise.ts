import type { NormalisedArticle } from '../article.ts';
import { sha256Hex } from '../article-id.ts';
import { RejectedArticleError } from '../errors.ts';
import type { DocumentLanguageDetector } from '../ports.ts';
import { simhash } from '../text/fingerprint.ts';
import { countWords } from '../text/text-analysis.ts';
import { sampleRunLengths } from '../text/word-spans.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { decodeText } from './decode.ts';
import { sniffContainer, sniffTextFormat } from './file-type.ts';
import { readDocx } from './formats/docx.ts';
import { type ExtractedDocument, plainDocument } from './formats/extracted.ts';
import { readHtml } from './formats/html.ts';
import { readJsonArticle } from './formats/json-article.ts';
import { readMarkdownArticle } from './formats/markdown-article.ts';
import { readPdf } from './formats/pdf.ts';
import { identifyLanguage } from './language-hints.ts';
import { chooseTitle, derivedTitle, liftMetadata } from './metadata.ts';
import { cleanText, joinParagraphs, splitParagraphs } from './text-cleaning.ts';

/** Default largest file accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
// Language shares are read from the opening of a long text only: detection costs about a third
// of a millisecond per KiB plus a fraction of one per paragraph, so a 20 MiB file would take
// seconds, while 64 KiB (a long feature, some 10,000 words) and 256 paragraphs take tens of
// milliseconds and already show every language an article mixes in.
const DETECTION_SAMPLE_CHARS = 64 * 1024;
const DETECTION_SAMPLE_PARAGRAPHS = 256;
/** Credits kept at most; a file with thousands of credit lines is not a news article's. */
const MAX_CREDITS = 50;

/** The raw material of one article. */
export interface ArticleFile {
  bytes: Uint8Array;
  /** Object key or file name; its extension is one hint to the format. */
  key: string;
  /** The stored content type; its `charset` parameter is evidence of the encoding. */
  contentType: string | null;
  /** When the object was uploaded: the year of a dateline that gives none. */
  receivedAt: Date;
}

/** What normalisation needs from outside the core. */
export interface NormaliseOptions {
  detector: DocumentLanguageDetector;
  /** @default DEFAULT_MAX_BYTES */
  maxBytes?: number;
}

/**
 * Turns an article file in any supported format and encoding into one clean article with its
 * metadata, or rejects with a RejectedArticleError that says why it cannot. Anything else it
 * throws is a bug, never a property of the file.
 */
export async function normaliseArticle(
  file: ArticleFile,
  options: NormaliseOptions,
): Promise<NormalisedArticle> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (file.bytes.length === 0) throw new RejectedArticleError('empty', 'the file is empty');
  if (file.bytes.length > maxBytes) {
    throw new RejectedArticleError(
      'too-large',
      `the file is ${file.bytes.length} bytes, over the limit of ${maxBytes}`,
    );
  }
  return finish(await extract(file), file.receivedAt, options.detector);
}

async function extract(file: ArticleFile): Promise<ExtractedDocument> {
  const container = sniffContainer(file.bytes);
  if (container === 'pdf') return readPdf(file.bytes);
  if (container === 'docx') return readDocx(file.bytes);
  const { text, encoding, decodeErrors } = await decodeText(file.bytes, file.contentType);
  const decoding = { encoding, decodeErrors };
  switch (sniffTextFormat(text, file.key, file.contentType)) {
    case 'html':
      return readHtml(text, decoding);
    case 'json':
      return readJsonArticle(text, decoding, file.receivedAt);
    case 'markdown':
      // Not `cleanText`: indentation carries meaning in YAML and Markdown.
      return readMarkdownArticle(
        text.replace(/\r\n?/g, '\n').normalize('NFC'),
        decoding,
        file.receivedAt,
      );
    default:
      return plainDocument(text, 'text/plain', decoding);
  }
}

/** Words sampled, and the median length above which a "text" is encoded data, not prose. */
const WORD_SAMPLE = 2000;
const MAX_MEDIAN_WORD = 15;
// Prose in any language has a median word length under 10; base64, hex blobs and minified data
// have runs of dozens of letters and digits.
function readsAsWords(body: string): boolean {
  // The median from a count of each length: sorting the lengths was most of the check. A length
  // is in UTF-16 units, as before, so a word of letters outside the BMP is up to twice
  // `MAX_WORD` long. The lengths are counted as the text is scanned, with no string per word.
  const { lengths, count } = sampleRunLengths(body, WORD_SAMPLE, MAX_WORD);
  const median = Math.floor(count / 2);
  let seen = 0;
  for (let length = 1; length < lengths.length; length++) {
    seen += lengths[length] ?? 0;
    if (seen > median) return length <= MAX_MEDIAN_WORD;
  }
  return true;
}

/**
 * Longest word counted, in code points. Words are runs of letters and digits
 * (`[\p{L}\p{N}]`), and a longer run counts as several words this long: a word this long is
 * data anyway (an unbounded regular expression over millions of non-ASCII letters in a row
 * overflowed V8's stack).
 */
const MAX_WORD = 64;

/** Longest explicit title kept whole; a feed's runaway "title" is cut at a word boundary. */
const EXPLICIT_TITLE_MAX = 300;

// A title is one line of text.
function titleLine(title: string | null): string | null {
  const line = oneLine(title);
  return line === null ? null : derivedTitle(line, EXPLICIT_TITLE_MAX);
}

// A field read from the file's metadata, cleaned as the text is (no control characters or
// overrides), on one line; null when nothing is left.
function oneLine(field: string | null): string | null {
  if (field === null) return null;
  const line = cleanText(field).replace(/\n+/g, ' ').trim();
  return line === '' ? null : line;
}

/** The opening paragraphs, within the detection budget; the last one may be cut short. */
function detectionSample(paragraphs: readonly string[]): string[] {
  const sample: string[] = [];
  let left = DETECTION_SAMPLE_CHARS;
  for (const paragraph of paragraphs.slice(0, DETECTION_SAMPLE_PARAGRAPHS)) {
    if (left <= 0) break;
    sample.push(paragraph.slice(0, left));
    left -= paragraph.length;
  }
  return sample;
}

// The rules every format shares: clean the text, lift datelines, credits and date lines, drop
// boilerplate, choose the title, identify the language and fingerprint the body.
function finish(
  document: ExtractedDocument,
  receivedAt: Date,
  detector: DocumentLanguageDetector,
): NormalisedArticle {
  const lifted = liftMetadata(splitParagraphs(cleanText(document.text)), receivedAt);
  const { title, paragraphs } = chooseTitle(
    removeBoilerplate(lifted.paragraphs),
    titleLine(document.title),
    document.titleVariants.map(titleLine).filter((t): t is string => t !== null),
  );
  const body = joinParagraphs(paragraphs);
  if (!/[\p{L}\p{N}]/u.test(body)) {
    throw new RejectedArticleError('no-text', 'the file has no article text');
  }
  if (!readsAsWords(body)) {
    throw new RejectedArticleError(
      'no-text',
      'the text does not read as words (base64 or other encoded data?)',
    );
  }
  const { language, confidence, languages, script } = identifyLanguage(
    detector,
    detectionSample([title, ...paragraphs]),
    document.language,
  );
  return {
    title,
    body,
    language,
    languageConfidence: confidence,
    languages,
    script,
    publishedAt: document.publishedAt ?? lifted.publishedAt,
    source: oneLine(document.source) ?? lifted.source,
    place: oneLine(document.place) ?? lifted.place,
    credits: [
      ...new Set(
        [...document.credits.map(oneLine), ...lifted.credits].filter(
          (c): c is string => c !== null,
        ),
      ),
    ].slice(0, MAX_CREDITS),
    encoding: document.encoding,
    decodeErrors: document.decodeErrors,
    contentType: document.contentType,
    wordCount: countWords(body),
    contentHash: sha256Hex(body),
    fingerprint: simhash(body),
  };
}
