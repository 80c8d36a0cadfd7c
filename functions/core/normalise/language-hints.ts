import type { DocumentLanguage, LanguageShare } from '../language/types.ts';
import type { DocumentLanguageDetector } from '../ports.ts';

/** Below this, the detector's answer is weaker evidence than what the file declares. */
const DECLARED_WINS_BELOW = 0.5;

/**
 * Identifies an article's languages, paragraph by paragraph: the detector's answer, except that
 * a language the file declares (`<html lang>`, a feed's `lang`) decides when the detector is
 * unsure. (A Kazakh letter rule used to override the detector while it had no Kazakh; the
 * detector now tells Kazakh from Kyrgyz, which shares `ң`, `ө` and `ү`, better than any letter
 * rule did.)
 */
export function identifyLanguage(
  detector: DocumentLanguageDetector,
  paragraphs: readonly string[],
  declared: string | null,
): DocumentLanguage {
  const detected = detector.detectDocument(paragraphs);
  if (declared && detected.confidence < DECLARED_WINS_BELOW && declared !== detected.language) {
    return {
      language: declared,
      confidence: DECLARED_WINS_BELOW,
      script: detected.script,
      languages: relabel(detected.languages, detected.language, declared),
    };
  }
  return detected;
}

// The letters the detector was unsure of are the ones it gave its main language: the
// declaration says what they are. Paragraphs it placed elsewhere (a quotation in English) keep
// their language, so `languages` still describes the text and its first entry is the answer.
function relabel(languages: readonly LanguageShare[], from: string, to: string): LanguageShare[] {
  const merged = new Map<string, number>();
  for (const { language, share } of languages) {
    const name = language === from ? to : language;
    merged.set(name, (merged.get(name) ?? 0) + share);
  }
  return [...merged]
    .map(([language, share]) => ({ language, share: Math.round(share * 10_000) / 10_000 }))
    .sort((a, b) => b.share - a.share);
}
