import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { QueryLetterDetector } from '../../functions/adapters/language/query-language-detector.ts';
import { searchArticles } from '../../functions/core/search-articles.ts';
import { ArchiveGenerator } from './corpus.ts';
import { queryMix } from './queries.ts';

const dir = process.argv[2] ?? '/tmp/archive-10k';
const g = new ArchiveGenerator(12);
const sample = Array.from({ length: 3000 }, () => g.next());
const mix = queryMix(sample);
const index = await openEmbeddedIndex({ dataDir: dir });
const detector = new QueryLetterDetector();
const byType = new Map<string, number[]>();
const run = async (pass: number) => {
  for (const q of mix) {
    const params = Object.fromEntries(new URLSearchParams(q.params));
    let cursor: string | undefined;
    if (q.type === 'page 2 by cursor')
      cursor = (await searchArticles({ index, detector }, params)).nextCursor ?? undefined;
    const c0 = process.cpuUsage();
    const r = await searchArticles(
      { index, detector },
      { ...params, ...(cursor ? { cursor } : {}) },
    );
    JSON.stringify(r);
    const c = process.cpuUsage(c0);
    if (pass === 1) {
      const l = byType.get(q.type) ?? [];
      l.push((c.user + c.system) / 1000);
      byType.set(q.type, l);
    }
  }
};
await run(0);
await run(1);
const all: number[] = [];
for (const [t, l] of byType) {
  l.sort((a, b) => a - b);
  all.push(...l);
  console.log(
    t.padEnd(20),
    'p50',
    l[l.length >> 1]!.toFixed(1),
    'p95',
    l[Math.floor(l.length * 0.95)]!.toFixed(1),
  );
}
all.sort((a, b) => a - b);
console.log(
  'ALL p50',
  all[all.length >> 1]!.toFixed(1),
  'p95',
  all[Math.floor(all.length * 0.95)]!.toFixed(1),
  'mean',
  (all.reduce((a, b) => a + b) / all.length).toFixed(1),
);
