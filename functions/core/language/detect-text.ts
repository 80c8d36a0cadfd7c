import { type CountedText, type IdentifyOptions, identify, TEXT_OPTIONS } from './identify.ts';
import type { LabelProbabilities, LanguageDetection, LanguageModel } from './types.ts';

/** The answer for text with too little evidence. */
export const UNDETERMINED = 'und';

/**
 * The most probable supported language of one text, or `und` when the evidence is too weak.
 * `predicted`: the model's answer for the text, when the caller already has it; `counted`, its
 * script and letter counts.
 */
export function detectLanguage(
  text: string,
  model: LanguageModel,
  options: IdentifyOptions = TEXT_OPTIONS,
  bias?: ReadonlyMap<string, number>,
  predicted?: LabelProbabilities,
  counted?: CountedText,
): LanguageDetection {
  const { ranked, script } = identify(text, model, options, bias, predicted, counted);
  const top = ranked[0];
  if (!top || top.probability < options.minConfidence) {
    return { language: UNDETERMINED, confidence: 0, script };
  }
  // Never claim certainty: even a script only one language uses can carry a quotation.
  const confidence = Math.min(0.999, Math.round(top.probability * 1000) / 1000);
  return { language: top.profile.language, confidence, script };
}
