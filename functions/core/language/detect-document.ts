import { detectLanguage, UNDETERMINED } from './detect-text.ts';
import { type CountedText, identify, TEXT_OPTIONS } from './identify.ts';
import { type LanguageProfile, profilesForScript } from './languages.ts';
import { letterCounts, letterLogLikelihoodsOf } from './letters.ts';
import { detectScript, effectiveScript, joinedScripts, type ScriptProfile } from './script.ts';
import type {
  DocumentLanguage,
  LabelProbabilities,
  LanguageDetection,
  LanguageModel,
  LanguageShare,
  LineReading,
  Script,
} from './types.ts';

// The document's overall language is a prior for each paragraph: a caption or a one-line
// quote alone is weak evidence, so it follows the document unless it clearly says otherwise.
const DOCUMENT_PRIOR_WEIGHT = 0.5;
// Reading more than this for the document-level prior adds time, not evidence: the prior is
// taken from the opening paragraphs up to the one that crosses it.
const DOCUMENT_SAMPLE = 3000;
// A caption or byline this short ("Фото: Reuters") is no evidence of its own: it counts for
// the document's language.
const MIN_PARAGRAPH_LETTERS = 20;
// Nor is a doubtful paragraph (a sentence of names, a table row): one that names another
// language below this confidence counts for the document's language, which was identified
// from every paragraph at once. A paragraph really in another language is far clearer: above
// 0.98 for every one in the seeds and tests.
const CLEAR_PARAGRAPH = 0.8;
// A paragraph in the document's script whose letters favour the document's language over every
// other language of that script by this many nats (natural log-likelihood) is not classified on
// its own: it follows the document. A paragraph that may differ (a Ukrainian, Kazakh or
// Bulgarian one in a Russian text, a French one in an English text) has letters, or lacks
// letters, that move the likelihood the other way, and is classified as before. Classifying
// every paragraph was about a third of identifying an article's language (the model's walk per
// paragraph, and the reading of paragraphs past the opening). Measured (bench/scale/RESULTS.md,
// issue-13b): no language or share changed on the 337 extraction-dev bodies nor on 1,464
// held-out mixes of one foreign paragraph among four (every pair of languages of a script);
// 8 was already enough on the dev split, 16 leaves a margin.
const LETTERS_AGREE = 16;

/**
 * The languages of a document, paragraph by paragraph: `language` is the one most letters
 * are written in, `languages` every one found with its share of the letters (summing to 1).
 */
export function detectDocumentLanguages(
  paragraphs: readonly string[],
  model: LanguageModel,
): DocumentLanguage {
  const texts = paragraphs.map((p) => p.trim()).filter((p) => /\p{L}/u.test(p));
  const readings = new ModelReadings(texts, model);
  const counted = new TextCounts(texts);
  const opening = openingCount(texts);
  const whole = identify(
    texts.slice(0, opening).join('\n'),
    model,
    TEXT_OPTIONS,
    undefined,
    readings.joined(opening),
    counted.joined(opening),
  );
  const bias = new Map<string, number>();
  for (const { profile, probability } of whole.ranked) {
    bias.set(profile.language, DOCUMENT_PRIOR_WEIGHT * Math.log(probability + 0.01));
  }

  const letters = new Map<string, number>();
  const weighted = new Map<string, number>();
  const scripts = new Map<string, LanguageDetection['script']>();
  let total = 0;
  const documentLanguage = whole.ranked[0]?.profile.language ?? UNDETERMINED;
  const documentScript = effectiveScript(counted.joined(opening).scripts);
  const followsDocument = {
    language: documentLanguage,
    confidence: whole.ranked[0]?.probability ?? 0,
    script: whole.script,
  };
  // As `detectLanguage` reports a paragraph it identifies: never certain, to three decimals.
  const agreesWithDocument = {
    ...followsDocument,
    confidence: Math.min(0.999, Math.round(followsDocument.confidence * 1000) / 1000),
  };
  texts.forEach((text, i) => {
    const own = counted.one(i);
    // Every letter, of a script or not (Uzbek ʻ counts as a letter of the paragraph).
    const count = own.scripts.letters + own.scripts.commonLetters;
    let detection =
      documentLanguage === UNDETERMINED
        ? detectLanguage(text, model, TEXT_OPTIONS, bias, readings.one(i), own)
        : count < MIN_PARAGRAPH_LETTERS
          ? followsDocument
          : lettersAgree(own, documentScript, documentLanguage)
            ? agreesWithDocument
            : detectLanguage(text, model, TEXT_OPTIONS, bias, readings.one(i), own);
    if (
      documentLanguage !== UNDETERMINED &&
      detection.language !== documentLanguage &&
      detection.confidence < CLEAR_PARAGRAPH
    ) {
      detection = followsDocument;
    }
    if (detection.language === UNDETERMINED) return;
    total += count;
    letters.set(detection.language, (letters.get(detection.language) ?? 0) + count);
    weighted.set(
      detection.language,
      (weighted.get(detection.language) ?? 0) + count * detection.confidence,
    );
    if (!scripts.has(detection.language)) scripts.set(detection.language, detection.script);
  });
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

/**
 * Whether a paragraph's letters clearly favour the document's language among the languages of
 * the document's script (see `LETTERS_AGREE`). A script without letter models (or with one
 * language) never agrees: its paragraphs are identified as before.
 */
function lettersAgree(own: CountedText, script: Script, language: string): boolean {
  if (effectiveScript(own.scripts) !== script) return false;
  const profiles = profilesForScript(script);
  const at = profiles.findIndex((profile) => profile.language === language);
  if (profiles.length < 2 || at < 0) return false;
  const logs = own.letterLog(script, profiles);
  const mine = logs[at] ?? 0;
  for (let i = 0; i < logs.length; i++) {
    if (i !== at && mine - (logs[i] ?? 0) < LETTERS_AGREE) return false;
  }
  return true;
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

/** How many opening texts the document-level prior reads: up to the one that crosses the sample. */
function openingCount(texts: readonly string[]): number {
  let length = 0;
  let count = 0;
  while (count < texts.length && length < DOCUMENT_SAMPLE) {
    length += (texts[count]?.length ?? 0) + 1;
    count++;
  }
  return count;
}

/**
 * The model reads each paragraph once: the document-level prior and each paragraph's own
 * detection are both answered from the same readings (`LanguageModel.read`), where the opening
 * used to be classified whole and then again paragraph by paragraph. Predictions are made only
 * when the detector asks for them (a script with a single language never does).
 */
class ModelReadings {
  private readonly readings: Array<LineReading | undefined> = [];

  constructor(
    private readonly texts: readonly string[],
    private readonly model: LanguageModel,
  ) {}

  /** The model's answer for the first `count` texts joined, as `identify` would ask it. */
  joined(count: number): LabelProbabilities {
    const { model } = this;
    if (!model.read || !model.predictJoined) {
      return lazy(() => model.predict(lineOf(this.texts.slice(0, count).join('\n'))));
    }
    const predictJoined = model.predictJoined.bind(model);
    return lazy(() => predictJoined(Array.from({ length: count }, (_, i) => this.reading(i))));
  }

  /** The model's answer for text `i` alone. */
  one(i: number): LabelProbabilities | undefined {
    const { model } = this;
    if (!model.read || !model.predictJoined) return undefined;
    const predictJoined = model.predictJoined.bind(model);
    return lazy(() => predictJoined([this.reading(i)]));
  }

  private reading(i: number): LineReading {
    let reading = this.readings[i];
    if (!reading) {
      // `read` takes each run of white space as one space, as `lineOf` makes it for `predict`.
      reading = this.model.read?.(this.texts[i] ?? '') ?? { sum: [], count: 0 };
      this.readings[i] = reading;
    }
    return reading;
  }
}

// The line the detector gives the model (`gatherEvidence`): each run of spaces as one.
function lineOf(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function lazy(compute: () => LabelProbabilities): LabelProbabilities {
  let value: LabelProbabilities | undefined;
  return {
    get(label) {
      value ??= compute();
      return value.get(label);
    },
  };
}

/**
 * Each paragraph's script and letter counts, made once: the opening's are their sums (a
 * paragraph's letters are read for the document-level prior and then again for its own
 * detection otherwise, which was a third of identifying a language).
 */
class TextCounts {
  private readonly scripts: ScriptProfile[];
  // Each text's letter counts under the letter table of the last script asked for.
  private readonly letters: Array<{ script: string; counts: Int32Array | null } | undefined> = [];

  constructor(private readonly texts: readonly string[]) {
    this.scripts = texts.map(detectScript);
  }

  one(i: number): CountedText {
    return {
      scripts: this.scripts[i] ?? detectScript(''),
      letterLog: (script, profiles) =>
        letterLogLikelihoodsOf(this.lettersOf(i, script, profiles), profiles),
    };
  }

  /** The counts of the first `count` texts joined. */
  joined(count: number): CountedText {
    return {
      scripts: joinedScripts(this.scripts.slice(0, count)),
      letterLog: (script, profiles) => {
        let sum: Int32Array | null = null;
        for (let i = 0; i < count; i++) {
          const counts = this.lettersOf(i, script, profiles);
          if (!counts) return letterLogLikelihoodsOf(null, profiles);
          if (!sum) sum = new Int32Array(counts.length);
          for (let row = 0; row < counts.length; row++)
            sum[row] = (sum[row] ?? 0) + (counts[row] ?? 0);
        }
        return letterLogLikelihoodsOf(sum, profiles);
      },
    };
  }

  private lettersOf(
    i: number,
    script: string,
    profiles: readonly LanguageProfile[],
  ): Int32Array | null {
    const known = this.letters[i];
    if (known?.script === script) return known.counts;
    const counts = letterCounts(this.texts[i] ?? '', profiles);
    this.letters[i] = { script, counts };
    return counts;
  }
}
