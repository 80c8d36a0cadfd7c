/** The judgements of one query: document id → relevance (≥ 1 relevant). */
export type Judgements = ReadonlyMap<string, number>;

/** Scores of one ranked list against its judgements (trec_eval's definitions). */
export interface QueryScores {
  /** Average precision over the whole ranking returned. */
  ap: number;
  /** nDCG at 10 with gain = relevance, log2 discount, ideal from every judged document. */
  ndcg10: number;
  /** Share of the first 10 that are relevant (a short list counts its missing places as misses). */
  p10: number;
  /** Share of the relevant documents found in the first 100. */
  recall100: number;
  /** Whether nothing at all came back. */
  empty: boolean;
}

function relevant(judged: Judgements): number {
  let count = 0;
  for (const grade of judged.values()) if (grade > 0) count++;
  return count;
}

function dcg(gains: readonly number[]): number {
  return gains.reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
}

/** Scores a ranked list of document ids. */
export function scoreRanking(ranking: readonly string[], judged: Judgements): QueryScores {
  const total = relevant(judged);
  let found = 0;
  let precisionSum = 0;
  for (const [i, id] of ranking.entries()) {
    if ((judged.get(id) ?? 0) > 0) {
      found++;
      precisionSum += found / (i + 1);
    }
  }
  const top10 = ranking.slice(0, 10);
  const gains = top10.map((id) => Math.max(0, judged.get(id) ?? 0));
  const ideal = [...judged.values()]
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, 10);
  const idealDcg = dcg(ideal);
  return {
    ap: total === 0 ? 0 : precisionSum / total,
    ndcg10: idealDcg === 0 ? 0 : dcg(gains) / idealDcg,
    p10: gains.filter((g) => g > 0).length / 10,
    recall100:
      total === 0
        ? 0
        : ranking.slice(0, 100).filter((id) => (judged.get(id) ?? 0) > 0).length / total,
    empty: ranking.length === 0,
  };
}

/** Means over queries, with the share of queries that returned nothing. */
export interface Summary {
  map: number;
  ndcg10: number;
  p10: number;
  recall100: number;
  emptyShare: number;
  queries: number;
}

export function summarise(scores: readonly QueryScores[]): Summary {
  const mean = (pick: (s: QueryScores) => number) =>
    scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
  return {
    map: mean((s) => s.ap),
    ndcg10: mean((s) => s.ndcg10),
    p10: mean((s) => s.p10),
    recall100: mean((s) => s.recall100),
    emptyShare: mean((s) => (s.empty ? 1 : 0)),
    queries: scores.length,
  };
}

/**
 * A paired bootstrap of the difference in mean nDCG@10 between two systems over the same
 * queries: the 2.5th and 97.5th percentiles of the resampled mean difference.
 */
export function pairedBootstrap(
  a: readonly number[],
  b: readonly number[],
  rounds = 2000,
  seed = 1,
): { low: number; high: number } {
  let state = seed >>> 0;
  const random = () => {
    // mulberry32: small, seeded, good enough for resampling.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const n = a.length;
  const means: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const j = Math.floor(random() * n);
      sum += (a[j] ?? 0) - (b[j] ?? 0);
    }
    means.push(n === 0 ? 0 : sum / n);
  }
  means.sort((x, y) => x - y);
  return {
    low: means[Math.floor(rounds * 0.025)] ?? 0,
    high: means[Math.floor(rounds * 0.975)] ?? 0,
  };
}
