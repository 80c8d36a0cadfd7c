/**
 * Tunes the weights of functions/core/language/identify.ts on the DEV split (never the
 * held-out one): evidence is gathered once per text, then every weighting is scored.
 *
 *   npx tsx bench/langid/tune.ts
 */
import { sharedLid176Model } from '../../functions/adapters/language/lid176-model.ts';
import { gatherEvidence, TEXT_OPTIONS, weigh } from '../../functions/core/language/identify.ts';
import { BUCKETS, type Bucket, readDataset } from './lib/dataset.ts';

const texts = readDataset(new URL('./data/dev.jsonl.gz', import.meta.url).pathname);
const model = sharedLid176Model();
const evidence = texts.map((t) => gatherEvidence(t.text, model, TEXT_OPTIONS.minLetters));
const buckets = Object.keys(BUCKETS) as Bucket[];

function score(
  letterWeight: number,
  modelPriorCorrection: number,
  letterCap: number,
  letterDecay: number,
  temperature = 1,
) {
  const options = {
    ...TEXT_OPTIONS,
    letterWeight,
    modelPriorCorrection,
    letterCap,
    letterDecay,
    temperature,
  };
  const right = { short: 0, medium: 0, long: 0 };
  const all = { short: 0, medium: 0, long: 0 };
  let logLoss = 0;
  texts.forEach((t, i) => {
    const e = evidence[i];
    if (!e) return;
    const ranked = weigh(e, options);
    all[t.bucket]++;
    const top = ranked[0];
    if (top && top.probability >= options.minConfidence && top.profile.language === t.language) {
      right[t.bucket]++;
    }
    const truth = ranked.find((r) => r.profile.language === t.language)?.probability ?? 0;
    logLoss -= Math.log(Math.max(truth, 1e-6));
  });
  const accuracy = buckets.map((b) => (100 * right[b]) / Math.max(1, all[b]));
  return { accuracy, logLoss: logLoss / texts.length };
}

const results: Array<{
  letterWeight: number;
  modelPriorCorrection: number;
  letterCap: number;
  letterDecay: number;
  accuracy: number[];
  mean: number;
}> = [];
for (const letterWeight of [0.5, 0.7, 1, 1.5]) {
  for (const modelPriorCorrection of [0.5, 0.75, 1]) {
    for (const letterCap of [20, 30, 60, 100]) {
      for (const letterDecay of [0.5, 0.75, 1]) {
        const { accuracy } = score(letterWeight, modelPriorCorrection, letterCap, letterDecay);
        const mean = accuracy.reduce((a, b) => a + b) / 3;
        results.push({
          letterWeight,
          modelPriorCorrection,
          letterCap,
          letterDecay,
          accuracy,
          mean,
        });
      }
    }
  }
}
results.sort((a, b) => b.mean - a.mean);
for (const r of results.slice(0, 12)) {
  process.stdout.write(
    `letters ${r.letterWeight} cap ${r.letterCap} decay ${r.letterDecay} prior correction ${r.modelPriorCorrection}: ${r.accuracy.map((a) => a.toFixed(1)).join(' / ')}\n`,
  );
}
const best = results[0];
if (best) {
  for (const temperature of [0.6, 0.8, 1, 1.2, 1.5, 2, 3]) {
    const { logLoss } = score(
      best.letterWeight,
      best.modelPriorCorrection,
      best.letterCap,
      best.letterDecay,
      temperature,
    );
    process.stdout.write(`temperature ${temperature}: log loss ${logLoss.toFixed(4)}\n`);
  }
}
