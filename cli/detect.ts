import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import * as z from 'zod';
import { ArticleLanguageDetector } from '../functions/adapters/language/article-language-detector.ts';
import type { DocumentLanguage } from '../functions/core/language/types.ts';
import { decodeText } from '../functions/core/normalise/decode.ts';
import { splitParagraphs } from '../functions/core/normalise/text-cleaning.ts';

const LineSchema = z.object({ text: z.string() });

/**
 * `articles detect`: one JSON answer (`language`, `confidence`, `script`, `languages`) per input
 * line, in order. A line that is not `{"text": "…"}` still gets an answer (`und`, with an
 * `error`), so outputs stay aligned with inputs, and the command exits non-zero at the end.
 * Given files instead, it answers one line per file (`{file, …}`), each file read as a whole
 * text in whatever encoding it is in, as normalisation decodes it.
 */
export async function detectCommand(files: string[] = []): Promise<void> {
  const detector = new ArticleLanguageDetector();
  if (files.length > 0) return detectFiles(files, detector);
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let out = '';
  for await (const line of lines) {
    lineNumber++;
    let answer: Record<string, unknown>;
    try {
      const { text } = LineSchema.parse(JSON.parse(line));
      answer = { ...identify(detector, text) };
    } catch {
      answer = { language: 'und', confidence: 0, error: `line ${lineNumber} is not {"text": "…"}` };
      process.exitCode = 1;
    }
    out += `${JSON.stringify(answer)}\n`;
    // Write in blocks: one write per line is the bottleneck on large inputs.
    if (out.length > 64 * 1024) {
      process.stdout.write(out);
      out = '';
    }
  }
  process.stdout.write(out);
}

async function detectFiles(files: string[], detector: ArticleLanguageDetector): Promise<void> {
  for (const file of files) {
    let answer: Record<string, unknown>;
    try {
      answer = { file, ...identify(detector, (await decodeText(await readFile(file))).text) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      answer = { file, language: 'und', confidence: 0, error: `cannot read: ${code}` };
      process.exitCode = 1;
    }
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  }
}

// A text of several paragraphs is identified as normalisation identifies an article, paragraph
// by paragraph; a single paragraph, the usual input, needs only one pass of the detector.
function identify(detector: ArticleLanguageDetector, text: string): DocumentLanguage {
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length > 1) return detector.detectDocument(paragraphs);
  const detected = detector.detect(text);
  return { ...detected, languages: [{ language: detected.language, share: 1 }] };
}
