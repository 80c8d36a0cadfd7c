import { createInterface } from 'node:readline';
import { z } from 'zod';
import { ArticleLanguageDetector } from '../functions/adapters/language/article-language-detector.ts';

const LineSchema = z.object({ text: z.string() });

/**
 * `articles detect`: one JSON answer (`language`, `confidence`, `script`) per input line, in
 * order. A line that is not `{"text": "…"}` still gets an answer (`und`, with an `error`), so
 * outputs stay aligned with inputs, and the command exits non-zero at the end.
 */
export async function detectCommand(): Promise<void> {
  const detector = new ArticleLanguageDetector();
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let out = '';
  for await (const line of lines) {
    lineNumber++;
    let answer: Record<string, unknown>;
    try {
      const { text } = LineSchema.parse(JSON.parse(line));
      answer = { ...detector.detect(text) };
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
