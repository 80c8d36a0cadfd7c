import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ArticleLanguageDetector } from '../functions/adapters/language/article-language-detector.ts';
import type { NormalisedArticle } from '../functions/core/article.ts';
import { RejectedArticleError } from '../functions/core/errors.ts';
import { normaliseArticle } from '../functions/core/normalise/normalise.ts';

/** Options of `articles normalise`. */
export interface NormaliseCommandOptions {
  /** Upload time to assume (ISO-8601); a dateline without a year takes this year. */
  receivedAt?: string;
  /** Content type to assume, as S3 would store it (`text/html; charset=windows-1251`). */
  contentType?: string;
}

/** What became of one file. */
type Outcome =
  | { file: string; article: NormalisedArticle }
  | { file: string; rejected: { reason: string; message: string } };

/**
 * `articles normalise <files...>`: for one file, the normalised document as indented JSON; for
 * several, one JSON line per file in order (`{file, article}` or `{file, rejected}`), so a
 * folder of real-world files can be checked in one run and its output filtered with `jq`.
 * Every rejection is also one line on stderr, and makes the exit status 1. The file's
 * modification time stands in for the upload time unless `--received-at` is given.
 */
export async function normaliseCommand(
  files: string[],
  options: NormaliseCommandOptions = {},
): Promise<void> {
  const receivedAt = options.receivedAt ? new Date(options.receivedAt) : null;
  if (receivedAt !== null && Number.isNaN(receivedAt.getTime())) {
    fail(`--received-at: not a date: ${options.receivedAt}`);
    return;
  }
  const detector = new ArticleLanguageDetector();
  for (const file of files) {
    const outcome = await normaliseFile(file, receivedAt, options.contentType ?? null, detector);
    if ('rejected' in outcome) {
      fail(`${file}: rejected (${outcome.rejected.reason}): ${outcome.rejected.message}`);
      if (files.length === 1) return;
    }
    process.stdout.write(
      files.length === 1 && 'article' in outcome
        ? `${JSON.stringify(outcome.article, null, 2)}\n`
        : `${JSON.stringify(outcome)}\n`,
    );
  }
}

async function normaliseFile(
  file: string,
  receivedAt: Date | null,
  contentType: string | null,
  detector: ArticleLanguageDetector,
): Promise<Outcome> {
  let bytes: Uint8Array;
  let modified: Date;
  try {
    bytes = await readFile(file);
    modified = (await stat(file)).mtime;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { file, rejected: { reason: 'unreadable', message: `cannot read: ${code}` } };
  }
  try {
    const article = await normaliseArticle(
      { bytes, key: basename(file), contentType, receivedAt: receivedAt ?? modified },
      { detector },
    );
    return { file, article };
  } catch (error) {
    if (!(error instanceof RejectedArticleError)) throw error;
    return { file, rejected: { reason: error.reason, message: error.message } };
  }
}

function fail(message: string): void {
  // One line, whatever a message quotes from the file.
  process.stderr.write(`articles: ${message.replace(/\s+/g, ' ')}\n`);
  process.exitCode = 1;
}
