import type { LanguageDetector } from './ports.ts';

// Letters Kazakh has and Russian lacks. `і` alone would also be Ukrainian or Belarusian, and
// `ө`/`ү` Kyrgyz or Mongolian, so a text counts as Kazakh only when `ә`, `қ`, `ғ`, `ң` or `ұ`
// (no other of those languages has them together) make up a real share of its Cyrillic letters.
const KAZAKH_ONLY = /[әғқңұӘҒҚҢҰ]/gu;
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
/** Share of Cyrillic letters that are Kazakh letters in Kazakh prose is about 15 per cent. */
const MIN_KAZAKH_SHARE = 0.04;
const MIN_CYRILLIC = 40;
const KAZAKH_CONFIDENCE = 0.9;
/** Below this, the detector's answer is weaker evidence than what the file declares. */
const DECLARED_WINS_BELOW = 0.5;

/** A detected language and how sure the detection is. */
export interface LanguageGuess {
  language: string;
  confidence: number;
}

function isKazakh(text: string): boolean {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  if (cyrillic < MIN_CYRILLIC) return false;
  const only = text.match(KAZAKH_ONLY)?.length ?? 0;
  const all = text.match(KAZAKH_LETTERS)?.length ?? 0;
  return only > 0 && all / cyrillic >= MIN_KAZAKH_SHARE;
}

/**
 * Identifies an article's language: the detector's answer, except that a Kazakh text is
 * recognised by its letters when the detector has no Kazakh (ELD names it Russian or Mongolian),
 * and that a language the file declares (`<html lang>`, a feed's `lang`) decides when the
 * detector is unsure.
 */
export function identifyLanguage(
  detector: LanguageDetector,
  text: string,
  declared: string | null,
): LanguageGuess {
  const detected = detector.detect(text);
  if (detected.language !== 'kk' && isKazakh(text)) {
    return { language: 'kk', confidence: KAZAKH_CONFIDENCE };
  }
  if (declared && detected.confidence < DECLARED_WINS_BELOW && declared !== detected.language) {
    return { language: declared, confidence: DECLARED_WINS_BELOW };
  }
  return detected;
}
