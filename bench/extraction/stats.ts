// Page-averaged (macro) figures with a bootstrap spread: pages are resampled with replacement,
// so the interval says how much the mean owes to which pages happen to be in the set.
import type { PageScore } from './score.ts';

/** The figures of one extractor over a group of pages. */
export interface Summary {
  pages: number;
  f1: number;
  /** 95% bootstrap interval of the mean F1. */
  f1Low: number;
  f1High: number;
  /** Averaged over pages with a non-empty output. */
  precision: number;
  recall: number;
  wordsF1: number;
  paragraphsF1: number;
  empty: number;
  /** Share of pages with F1 ≥ 0.9. */
  good: number;
  /** Pages with F1 = 0. */
  missed: number;
}

/** The paired difference of two extractors' mean F1 over the same pages. */
export interface Difference {
  mean: number;
  low: number;
  high: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so a rerun gives the same interval. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESAMPLES = 2000;

function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The 2.5% and 97.5% points of the mean of `values` over bootstrap resamples. */
export function bootstrapInterval(values: readonly number[], seed = 1): [number, number] {
  if (values.length === 0) return [Number.NaN, Number.NaN];
  const next = random(seed);
  const means: number[] = [];
  for (let r = 0; r < RESAMPLES; r++) {
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
      sum += values[Math.floor(next() * values.length)] ?? 0;
    }
    means.push(sum / values.length);
  }
  means.sort((a, b) => a - b);
  return [
    means[Math.floor(0.025 * RESAMPLES)] ?? Number.NaN,
    means[Math.ceil(0.975 * RESAMPLES) - 1] ?? Number.NaN,
  ];
}

/** Macro averages of page scores; precision leaves empty outputs out, as the set's README asks. */
export function summarise(scores: readonly PageScore[]): Summary {
  const f1s = scores.map((s) => s.shingle.f1);
  const [f1Low, f1High] = bootstrapInterval(f1s);
  const nonEmpty = scores.filter((s) => !s.empty);
  return {
    pages: scores.length,
    f1: mean(f1s),
    f1Low,
    f1High,
    precision: mean(nonEmpty.map((s) => s.shingle.precision)),
    recall: mean(scores.map((s) => s.shingle.recall)),
    wordsF1: mean(scores.map((s) => s.words.f1)),
    paragraphsF1: mean(scores.map((s) => s.paragraphs.f1)),
    empty: scores.length - nonEmpty.length,
    good: scores.filter((s) => s.shingle.f1 >= 0.9).length / Math.max(1, scores.length),
    missed: scores.filter((s) => s.shingle.f1 === 0).length,
  };
}

/** Paired bootstrap of `ours − theirs` over the same pages. */
export function pairedDifference(ours: readonly number[], theirs: readonly number[]): Difference {
  const differences = ours.map((value, i) => value - (theirs[i] ?? 0));
  const [low, high] = bootstrapInterval(differences, 2);
  return { mean: mean(differences), low, high };
}
