import type { NormalisedArticle } from './article.ts';
import { sha256Hex } from './article-id.ts';
import { decodeText } from './decode.ts';
import { RejectedArticleError } from './errors.ts';
import { detectFormat } from './file-type.ts';
import { readMarkdown } from './markdown.ts';
import { calendarDate, chooseTitle, liftMetadata } from './metadata.ts';
import type { LanguageDetector } from './ports.ts';
import { countWords } from './text-analysis.ts';
import { cleanText, joinParagraphs, splitParagraphs } from './text-cleaning.ts';

/** Default largest file accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
// Detection reads the opening of long texts only: more adds time, not accuracy.
const DETECTION_SAMPLE = 4000;

/** The raw material of one article. */
export interface ArticleFile {
  bytes: Uint8Array;
  /** Object key or file name; its extension is one hint to the format. */
  key: string;
  contentType: string | null;
}

/** What normalisation needs from outside the core. */
export interface NormaliseOptions {
  detector: LanguageDetector;
  /** @default DEFAULT_MAX_BYTES */
  maxBytes?: number;
}

/**
 * Turns an article file into one clean article with its metadata, or throws a
 * RejectedArticleError that says why it cannot.
 */
export function normaliseArticle(file: ArticleFile, options: NormaliseOptions): NormalisedArticle {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (file.bytes.length === 0) throw new RejectedArticleError('empty', 'the file is empty');
  if (file.bytes.length > maxBytes) {
    throw new RejectedArticleError(
      'too-large',
      `the file is ${file.bytes.length} bytes, over the limit of ${maxBytes}`,
    );
  }
  const format = detectFormat(file.bytes, file.key, file.contentType);
  const { text, encoding } = decodeText(file.bytes);
  const clean = cleanText(text);

  const markdown = format === 'markdown' ? readMarkdown(clean) : null;
  const lifted = liftMetadata(splitParagraphs(markdown ? markdown.text : clean));
  const explicitTitle = markdown?.frontMatter.title ?? markdown?.heading ?? null;
  const { title, paragraphs } = chooseTitle(lifted.paragraphs, explicitTitle);
  const body = joinParagraphs(paragraphs);
  if (!/[\p{L}\p{N}]/u.test(body)) {
    throw new RejectedArticleError('no-text', 'the file has no article text');
  }
  const frontMatterDate = markdown?.frontMatter.date
    ? calendarDate(markdown.frontMatter.date)
    : null;
  const { language, confidence } = options.detector.detect(
    `${title}\n${body.slice(0, DETECTION_SAMPLE)}`,
  );
  return {
    title,
    body,
    language,
    languageConfidence: confidence,
    publishedAt: frontMatterDate ?? lifted.publishedAt,
    source: markdown?.frontMatter.source ?? null,
    credits: lifted.credits,
    encoding,
    contentType: format === 'markdown' ? 'text/markdown' : 'text/plain',
    wordCount: countWords(body),
    contentHash: sha256Hex(body),
  };
}
