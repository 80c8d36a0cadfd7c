import { type LanguageProfile, profilesForScript } from './languages.ts';
import { letterLogLikelihoods } from './letters.ts';
import { chineseScript, detectScript, effectiveScript, type ScriptProfile } from './script.ts';
import type { LabelProbabilities, LanguageModel, Script } from './types.ts';
import { uzbekCyrillicToLatin } from './uzbek.ts';

/** How evidence is weighed; the defaults were tuned on the dev split of bench/langid. */
export interface IdentifyOptions {
  /** Weight of the statistical model's log-probability. */
  modelWeight: number;
  /**
   * How much of the model's built-in prior to divide out (0 none, 1 all). fastText learnt
   * that Russian is 50 times more common than Kyrgyz and sends every doubtful Cyrillic text
   * to Russian; our press does not share that prior.
   */
  modelPriorCorrection: number;
  /** Weight of the letter-frequency log-likelihood (per letter). */
  letterWeight: number;
  /**
   * Beyond this many letters, letter evidence grows more slowly than the text (see
   * `letterDecay`): on long texts the model is reliable, and letter counts would only
   * amplify quotations and names.
   */
  letterCap: number;
  /** 1: letter evidence stops growing past `letterCap`; 0.5: it grows with the square root. */
  letterDecay: number;
  /** Weight of the log prior: 0 ignores how common a language is. */
  priorWeight: number;
  /** Softmax temperature that turns scores into calibrated probabilities. */
  temperature: number;
  /** Fewer letters than this is no evidence at all: `und`. */
  minLetters: number;
  /** A top probability below this is too weak to name a language: `und`. */
  minConfidence: number;
}

/** Defaults for article text. */
export const TEXT_OPTIONS: IdentifyOptions = {
  modelWeight: 1,
  modelPriorCorrection: 0.75,
  letterWeight: 0.7,
  letterCap: 20,
  letterDecay: 1,
  priorWeight: 0,
  temperature: 1,
  minLetters: 3,
  minConfidence: 0.2,
};

/** One candidate language with its probability among the candidates of the text's script. */
export interface RankedLanguage {
  profile: LanguageProfile;
  probability: number;
}

/** Everything the detector concluded about one text. */
export interface Identification {
  /** Candidates, most probable first; empty when the text has too few letters. */
  ranked: RankedLanguage[];
  /** The script reported to callers (Hans/Hant for Chinese). */
  script: Script;
  letters: number;
}

/** The evidence about one text, before it is weighed. */
export interface Evidence {
  script: Script;
  /** Script reported to callers. */
  reported: Script;
  letters: number;
  profiles: LanguageProfile[];
  /** Log of the model's probability mass on each profile (index-aligned with `profiles`). */
  modelLog: Float64Array;
  /** Log of the model's training share of each profile. */
  modelPriorLog: Float64Array;
  /** Letter-frequency log-likelihood of each profile. */
  letterLog: Float64Array;
}

/**
 * What a caller has already counted of a text (see `detect-document.ts`, which counts each
 * paragraph once for both the opening and the paragraph): its scripts, and its letter
 * evidence under the profiles of a script.
 */
export interface CountedText {
  scripts: ScriptProfile;
  letterLog(script: Script, profiles: readonly LanguageProfile[]): Float64Array;
}

// Uzbek is only worth a second model pass when its letters are not far behind the best, and
// the model is not already sure of another language (which it is for most press text).
const UZBEK_LETTER_GAP = 20;
const SURE = 0.98;

/**
 * Collects the script, the model's probabilities and the letter evidence of one text.
 * `predicted` is the model's answer for the text when the caller already has it (from readings
 * it shares with other texts, see `LanguageModel.read`); `counted`, its counts when the caller
 * has them.
 */
export function gatherEvidence(
  text: string,
  model: LanguageModel,
  minLetters: number,
  predicted?: LabelProbabilities,
  counted?: CountedText,
): Evidence {
  const scripts = counted?.scripts ?? detectScript(text);
  const script = effectiveScript(scripts);
  const reported = script === 'Hani' ? chineseScript(text) : script;
  const profiles = scripts.letters < minLetters ? [] : profilesForScript(script);
  const modelLog = new Float64Array(profiles.length);
  const modelPriorLog = new Float64Array(profiles.length);
  let letterLog: Float64Array = new Float64Array(profiles.length);
  if (profiles.length > 1) {
    // The line the model reads, made only when it is asked here (a caller with `predicted` has
    // had the text read already, and a second pass over the text cost as much as its letters).
    let line: string | undefined;
    const lineOfText = () => {
      line ??= text.replace(/\s+/g, ' ');
      return line;
    };
    const modelSays = predicted ?? model.predict(lineOfText());
    letterLog = counted
      ? counted.letterLog(script, profiles)
      : letterLogLikelihoods(text, profiles);
    const bestLetters = Math.max(...letterLog);
    profiles.forEach((profile, i) => {
      let mass = 0;
      for (const label of profile.modelLabels ?? [profile.language])
        mass += modelSays.get(label) ?? 0;
      // The prior is the language's own label's: aliases (Serbo-Croatian in Latin letters)
      // only collect stray probability, and their large Wikipedias would sink Serbian.
      const share = model.trainingShares.get(profile.language) ?? 0;
      modelPriorLog[i] = Math.log(Math.max(share, 1e-6));
      if (profile.language === 'uz' && profile.script === 'Cyrl') {
        if ((letterLog[i] ?? 0) > bestLetters - UZBEK_LETTER_GAP && !confident(modelSays)) {
          mass = Math.max(mass, model.predict(uzbekCyrillicToLatin(lineOfText())).get('uz') ?? 0);
        }
      }
      modelLog[i] = Math.log(Math.max(mass, 1e-9));
    });
  }
  return {
    script,
    reported,
    letters: scripts.letters,
    profiles,
    modelLog,
    modelPriorLog,
    letterLog,
  };
}

function confident(predicted: LabelProbabilities): boolean {
  for (const label of CONFIDENT_LABELS) if ((predicted.get(label) ?? 0) >= SURE) return true;
  return false;
}

// The Cyrillic languages a model can be sure of without the text being Uzbek.
const CONFIDENT_LABELS = ['ru', 'kk', 'ky', 'tg', 'mn', 'uk', 'be', 'bg', 'sr', 'mk'];

/** Weighs the evidence into probabilities over the candidate profiles, most probable first. */
export function weigh(
  evidence: Evidence,
  options: IdentifyOptions,
  bias?: ReadonlyMap<string, number>,
): RankedLanguage[] {
  const { profiles, modelLog, modelPriorLog, letterLog } = evidence;
  const letterScale =
    options.letterWeight *
    Math.min(1, options.letterCap / Math.max(1, evidence.letters)) ** options.letterDecay;
  const scores = new Float64Array(profiles.length);
  if (profiles.length > 1) {
    profiles.forEach((profile, i) => {
      scores[i] =
        options.modelWeight *
          ((modelLog[i] ?? 0) - options.modelPriorCorrection * (modelPriorLog[i] ?? 0)) +
        letterScale * (letterLog[i] ?? 0) +
        options.priorWeight * Math.log(profile.prior) +
        (bias?.get(profile.language) ?? 0);
    });
  }
  const probabilities = softmax(scores, options.temperature);
  return profiles
    .map((profile, i) => ({ profile, probability: probabilities[i] ?? 0 }))
    .sort((a, b) => b.probability - a.probability);
}

/**
 * Identifies the language of a text: the script first (it rules out every language not
 * written in it), then the model's probabilities restricted to the supported languages of
 * that script, combined with letter evidence and a prior in log space. `bias` adds log-odds
 * per language, e.g. what the rest of a document is written in. `predicted`: the model's
 * answer for the text, when the caller already has it; `counted`, the text's counts.
 */
export function identify(
  text: string,
  model: LanguageModel,
  options: IdentifyOptions = TEXT_OPTIONS,
  bias?: ReadonlyMap<string, number>,
  predicted?: LabelProbabilities,
  counted?: CountedText,
): Identification {
  const evidence = gatherEvidence(text, model, options.minLetters, predicted, counted);
  return {
    ranked: weigh(evidence, options, bias),
    script: evidence.reported,
    letters: evidence.letters,
  };
}

function softmax(scores: Float64Array, temperature: number): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const score of scores) max = Math.max(max, score);
  const out = new Float64Array(scores.length);
  let sum = 0;
  scores.forEach((score, i) => {
    out[i] = Math.exp((score - max) / temperature);
    sum += out[i] ?? 0;
  });
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) / sum;
  return out;
}
