// Entry of the test-only function that pdf-bundle.test.ts bundles as NodeFunction bundles the
// ingest function: the real normalisation code and detector, no S3 and no index around them.
import { readFile } from 'node:fs/promises';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import { normaliseArticle } from '../../functions/core/normalise/normalise.ts';

/** What the test compares for one file: the article's key fields, or the rejection's reason. */
export type PdfOutcome =
  | { title: string; language: string; wordCount: number; contentHash: string }
  | { rejected: string };

const detector = new ArticleLanguageDetector();

/** Normalises each file, in order; any error but a rejection fails the whole call. */
export async function handler(event: { files: string[] }): Promise<PdfOutcome[]> {
  const outcomes: PdfOutcome[] = [];
  for (const file of event.files) {
    const bytes = new Uint8Array(await readFile(file));
    try {
      const article = await normaliseArticle(
        { bytes, key: file, contentType: null, receivedAt: new Date('2026-03-01T09:00:00Z') },
        { detector },
      );
      const { title, language, wordCount, contentHash } = article;
      outcomes.push({ title, language, wordCount, contentHash });
    } catch (error) {
      if (!(error instanceof RejectedArticleError)) throw error;
      outcomes.push({ rejected: error.reason });
    }
  }
  return outcomes;
}
