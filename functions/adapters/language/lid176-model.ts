import { readFileSync } from 'node:fs';
import type { LabelProbabilities, LanguageModel, LineReading } from '../../core/language/types.ts';
import { FastTextClassifier } from './fasttext/classifier.ts';
import { readFastTextModel } from './fasttext/model-file.ts';

/**
 * fastText's lid.176.ftz (Facebook AI Research, CC BY-SA 3.0): the model file beside this module,
 * and beside the ingest function's bundle, which copies it there (infra/constructs/bundling.ts).
 * Read as it is: reading 916 KiB takes under a millisecond, where the Brotli-packed base64 copy
 * the bundle carried before took 10 ms to compile and 40 ms to unpack at every cold start.
 */
export const LID176_MODEL_FILE = new URL('./lid.176.ftz', import.meta.url);

/**
 * fastText's lid.176 language-identification model (176 languages, trained on Wikipedia,
 * Tatoeba and SETimes), run by our own TypeScript inference: no WebAssembly, no download.
 */
export class Lid176Model implements LanguageModel {
  private readonly classifier: FastTextClassifier;
  private readonly labelIndex: ReadonlyMap<string, number>;
  readonly trainingShares: LabelProbabilities;

  constructor() {
    const bytes = readFileSync(LID176_MODEL_FILE);
    this.classifier = new FastTextClassifier(readFastTextModel(bytes));
    this.labelIndex = new Map(this.classifier.labels.map((label, i) => [label, i]));
    const counts = this.classifier.labelCounts;
    const total = counts.reduce((sum, count) => sum + count, 0);
    this.trainingShares = new Map(
      this.classifier.labels.map((label, i) => [label, (counts[i] ?? 0) / total]),
    );
  }

  predict(text: string): LabelProbabilities {
    return this.byLabel(this.classifier.predict(text));
  }

  read(text: string): LineReading {
    return this.classifier.embedLine(text);
  }

  predictJoined(readings: readonly LineReading[]): LabelProbabilities {
    return this.byLabel(this.classifier.predictSum(...readings));
  }

  private byLabel(probabilities: Float64Array): LabelProbabilities {
    const index = this.labelIndex;
    return {
      get(label) {
        const i = index.get(label);
        return i === undefined ? undefined : probabilities[i];
      },
    };
  }
}

let shared: Lid176Model | null = null;

/** The process-wide model: loading costs tens of milliseconds, so it happens once. */
export function sharedLid176Model(): Lid176Model {
  shared ??= new Lid176Model();
  return shared;
}
