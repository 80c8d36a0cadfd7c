import type { LanguageDetector } from './ports.ts';

/** Below this, the detector's answer is weaker evidence than what the file declares. */
const DECLARED_WINS_BELOW = 0.5;

/** A detected language and how sure the detection is. */
export interface LanguageGuess {
  language: string;
  confidence: number;
}

/**
 * Identifies an article's language: the detector's answer, except that a language the file
 * declares (`<html lang>`, a feed's `lang`) decides when the detector is unsure. (A Kazakh
 * letter rule used to override the detector while it had no Kazakh; the detector now tells
 * Kazakh from Kyrgyz, which shares `ң`, `ө` and `ү`, better than any letter rule did.)
 */
export function identifyLanguage(
  detector: LanguageDetector,
  text: string,
  declared: string | null,
): LanguageGuess {
  const detected = detector.detect(text);
  if (declared && detected.confidence < DECLARED_WINS_BELOW && declared !== detected.language) {
    return { language: declared, confidence: DECLARED_WINS_BELOW };
  }
  return detected;
}
