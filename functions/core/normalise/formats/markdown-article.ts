import type { Decoding, ExtractedDocument } from './extracted.ts';
import { readArticleFields } from './fields.ts';
import { readMarkdown } from './markdown.ts';

/**
 * Reads a Markdown article: its YAML front matter (title, date, source, place, lang, credits
 * under their usual names) and its text with the markup removed. The first heading is the
 * title when the front matter gives none.
 */
export async function readMarkdownArticle(
  clean: string,
  decoding: Decoding,
  receivedAt: Date,
): Promise<ExtractedDocument> {
  const markdown = await readMarkdown(clean);
  const fields = await readArticleFields(markdown.frontMatter, receivedAt);
  return {
    text: markdown.text,
    title: fields.title ?? markdown.heading,
    titleVariants: markdown.openingHeading ? [markdown.openingHeading] : [],
    publishedAt: fields.publishedAt,
    source: fields.source,
    place: fields.place,
    credits: fields.credits,
    language: fields.language,
    contentType: 'text/markdown',
    ...decoding,
  };
}
