import { detectLanguage, UNDETERMINED } from './detect-text.ts';
import { identify, TEXT_OPTIONS } from './identify.ts';
import type { DocumentLanguage, LanguageDetection, LanguageModel, LanguageShare } from './types.ts';

// The document's overall language is a prior for each paragraph: a caption or a one-line
// quote alone is weak evidence, so it follows the document unless it clearly says otherwise.
const DOCUMENT_PRIOR_WEIGHT = 0.5;
// Reading more than this for the document-level prior adds time, not evidence.
const DOCUMENT_SAMPLE = 3000;
// A caption or byline this short ("Фото: Reuters") is no evidence of its own: it counts for
// the document's language.
const MIN_PARAGRAPH_LETTERS = 20;
// Nor is a doubtful paragraph (a sentence of names, a table row): one that names another
// language below this confidence counts for the document's language, which was identified
// from every paragraph at once. A paragraph really in another language is far clearer: above
// 0.98 for every one in the seeds and tests.
const CLEAR_PARAGRAPH = 0.8;

/**
 * The languages of a document, paragraph by paragraph: `language` is the one most letters
 * are written in, `languages` every one found with its share of the letters (summing to 1).
 */
export function detectDocumentLanguages(
  paragraphs: readonly string[],
  model: LanguageModel,
): DocumentLanguage {
  const texts = paragraphs.map((p) => p.trim()).filter((p) => /\p{L}/u.test(p));
  const whole = identify(texts.join('\n').slice(0, DOCUMENT_SAMPLE), model);
  const bias = new Map<string, number>();
  for (const { profile, probability } of whole.ranked) {
    bias.set(profile.language, DOCUMENT_PRIOR_WEIGHT * Math.log(probability + 0.01));
  }

  const letters = new Map<string, number>();
  const weighted = new Map<string, number>();
  const scripts = new Map<string, LanguageDetection['script']>();
  let total = 0;
  const documentLanguage = whole.ranked[0]?.profile.language ?? UNDETERMINED;
  for (const text of texts) {
    const count = text.match(/\p{L}/gu)?.length ?? 0;
    const followsDocument = {
      language: documentLanguage,
      confidence: whole.ranked[0]?.probability ?? 0,
      script: whole.script,
    };
    let detection =
      count < MIN_PARAGRAPH_LETTERS && documentLanguage !== UNDETERMINED
        ? followsDocument
        : detectLanguage(text, model, TEXT_OPTIONS, bias);
    if (
      documentLanguage !== UNDETERMINED &&
      detection.language !== documentLanguage &&
      detection.confidence < CLEAR_PARAGRAPH
    ) {
      detection = followsDocument;
    }
    if (detection.language === UNDETERMINED) continue;
    total += count;
    letters.set(detection.language, (letters.get(detection.language) ?? 0) + count);
    weighted.set(
      detection.language,
      (weighted.get(detection.language) ?? 0) + count * detection.confidence,
    );
    if (!scripts.has(detection.language)) scripts.set(detection.language, detection.script);
  }
  if (total === 0) {
    return {
      language: UNDETERMINED,
      confidence: 0,
      script: whole.script,
      languages: [{ language: UNDETERMINED, share: 1 }],
    };
  }
  const languages = shares(letters, total);
  const main = languages[0]?.language ?? UNDETERMINED;
  const mainLetters = letters.get(main) ?? 1;
  return {
    language: main,
    confidence: Math.round(((weighted.get(main) ?? 0) / mainLetters) * 1000) / 1000,
    script: scripts.get(main) ?? whole.script,
    languages,
  };
}

/** Shares rounded to 4 decimals that still sum to exactly 1 (the rest goes to the largest). */
function shares(letters: ReadonlyMap<string, number>, total: number): LanguageShare[] {
  const sorted = [...letters].sort((a, b) => b[1] - a[1]);
  const result = sorted.map(([language, count]) => ({
    language,
    share: Math.round((count / total) * 10_000) / 10_000,
  }));
  const rest = 1 - result.slice(1).reduce((sum, { share }) => sum + share, 0);
  if (result[0]) result[0].share = Math.round(rest * 10_000) / 10_000;
  return result;
}
