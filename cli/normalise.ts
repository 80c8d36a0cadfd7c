import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ArticleLanguageDetector } from '../functions/adapters/language/article-language-detector.ts';
import { RejectedArticleError } from '../functions/core/errors.ts';
import { normaliseArticle } from '../functions/core/normalise.ts';

/** Options of `articles normalise`. */
export interface NormaliseCommandOptions {
  /** Upload time to assume (ISO-8601); a dateline without a year takes this year. */
  receivedAt?: string;
  /** Content type to assume, as S3 would store it (`text/html; charset=windows-1251`). */
  contentType?: string;
}

/**
 * `articles normalise <file>`: the normalised document as JSON, or a one-line rejection. The
 * file's modification time stands in for the upload time unless `--received-at` is given.
 */
export async function normaliseCommand(
  file: string,
  options: NormaliseCommandOptions = {},
): Promise<void> {
  let bytes: Uint8Array;
  let modified: Date;
  try {
    bytes = await readFile(file);
    modified = (await stat(file)).mtime;
  } catch (error) {
    fail(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return;
  }
  const receivedAt = options.receivedAt ? new Date(options.receivedAt) : modified;
  if (Number.isNaN(receivedAt.getTime())) {
    fail(`--received-at: not a date: ${options.receivedAt}`);
    return;
  }
  try {
    const article = await normaliseArticle(
      { bytes, key: basename(file), contentType: options.contentType ?? null, receivedAt },
      { detector: new ArticleLanguageDetector() },
    );
    process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
  } catch (error) {
    if (!(error instanceof RejectedArticleError)) throw error;
    fail(`${file}: rejected (${error.reason}): ${error.message}`);
  }
}

function fail(message: string): void {
  // One line, whatever a message quotes from the file.
  process.stderr.write(`articles: ${message.replace(/\s+/g, ' ')}\n`);
  process.exitCode = 1;
}
