import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { EldLanguageDetector } from '../functions/adapters/language/eld-detector.ts';
import { RejectedArticleError } from '../functions/core/errors.ts';
import { normaliseArticle } from '../functions/core/normalise.ts';

/** `articles normalise <file>`: the normalised document as JSON, or a one-line rejection. */
export async function normaliseCommand(file: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    fail(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return;
  }
  try {
    const article = normaliseArticle(
      { bytes, key: basename(file), contentType: null },
      { detector: new EldLanguageDetector() },
    );
    process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
  } catch (error) {
    if (!(error instanceof RejectedArticleError)) throw error;
    fail(`${file}: rejected (${error.reason}): ${error.message}`);
  }
}

function fail(message: string): void {
  process.stderr.write(`articles: ${message}\n`);
  process.exitCode = 1;
}
