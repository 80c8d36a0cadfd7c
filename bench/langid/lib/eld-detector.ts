import { eld } from 'eld/medium';

// Below this many letters no detector is trustworthy; say `und` instead of guessing.
const MIN_LETTERS = 3;
// Scores closer than this to the runner-up mean the two languages are indistinguishable here.
const AMBIGUOUS_MARGIN = 0.002;

/**
 * Language identification with ELD (efficient language detector, n-gram model, ISO 639-1
 * codes, no native code). ELD's raw scores are not probabilities, so confidence is
 * derived from the top language's relative lead and the length of the text. The project's
 * detector before `ArticleLanguageDetector`, kept as the bench's baseline: it identifies one
 * text only, with no script, paragraph shares or query candidates.
 */
export class EldLanguageDetector {
  detect(text: string): { language: string; confidence: number } {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (letters < MIN_LETTERS) return { language: 'und', confidence: 0 };
    const result = eld.detect(text);
    const scores = Object.values(result.getScores()).sort((a, b) => b - a);
    const top = scores[0] ?? 0;
    const second = scores[1] ?? 0;
    if (!result.language || top === 0 || top - second < AMBIGUOUS_MARGIN) {
      return { language: 'und', confidence: 0 };
    }
    // Evidence grows with the lead over the runner-up and with the amount of text: a clear
    // lead on a long text is near-certain, the same lead on one word is not.
    const lead = (top - second) / top;
    const confidence = 1 - Math.exp(-lead * letters * 0.25);
    return { language: result.language, confidence: Math.round(confidence * 1000) / 1000 };
  }
}
