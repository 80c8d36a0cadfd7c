import { brotliDecompressSync } from 'node:zlib';
import type { LabelProbabilities, LanguageModel } from '../../core/language/types.ts';
import { FastTextClassifier } from './fasttext/classifier.ts';
import { LID176_FTZ_BROTLI_BASE64 } from './fasttext/lid176.generated.ts';
import { readFastTextModel } from './fasttext/model-file.ts';

/**
 * fastText's lid.176 language-identification model (176 languages, trained on Wikipedia,
 * Tatoeba and SETimes), run by our own TypeScript inference from the copy embedded in the
 * bundle: no WebAssembly, no files, no download.
 */
export class Lid176Model implements LanguageModel {
  private readonly classifier: FastTextClassifier;
  private readonly labelIndex: ReadonlyMap<string, number>;
  readonly trainingShares: LabelProbabilities;

  constructor() {
    const bytes = brotliDecompressSync(Buffer.from(LID176_FTZ_BROTLI_BASE64, 'base64'));
    this.classifier = new FastTextClassifier(readFastTextModel(bytes));
    this.labelIndex = new Map(this.classifier.labels.map((label, i) => [label, i]));
    const counts = this.classifier.labelCounts;
    const total = counts.reduce((sum, count) => sum + count, 0);
    this.trainingShares = new Map(
      this.classifier.labels.map((label, i) => [label, (counts[i] ?? 0) / total]),
    );
  }

  predict(text: string): LabelProbabilities {
    const probabilities = this.classifier.predict(text);
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
