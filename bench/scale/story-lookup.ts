/**
 * Time of one story lookup (`findSimilar` with its candidates' distance check) on a kept data
 * directory: the fingerprints of 2,000 of its articles, each looked up as a new article's would be.
 *
 *   npx tsx bench/scale/story-lookup.ts /tmp/archive-100k
 */
import Database from 'better-sqlite3';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { assignStoryId } from '../../functions/core/ingest/story.ts';

const dataDir = process.argv[2] ?? '/tmp/archive-100k';
const db = new Database(`${dataDir}/articles.sqlite`, { readonly: true });
const fingerprints = db
  .prepare('SELECT fingerprint FROM articles ORDER BY random() LIMIT 2000')
  .pluck()
  .all()
  .map(String);
const count = Number(db.prepare('SELECT count(*) FROM articles').pluck().get());
db.close();
const index = await openEmbeddedIndex({ dataDir });
for (const fingerprint of fingerprints.slice(0, 100))
  await assignStoryId('new', fingerprint, index);
// Both clocks: `process.cpuUsage` counts every thread of the process, V8's garbage-collector and
// compiler threads too, so its slowest lookups carry their work (Node 20 has no per-thread CPU
// clock); wall time leaves that out but takes in the machine's load. On a quiet machine wall time
// is the closer measure of a lookup's own cost.
const cpu: number[] = [];
const wall: number[] = [];
let joined = 0;
for (const fingerprint of fingerprints) {
  const started = process.cpuUsage();
  const startedAt = performance.now();
  const story = await assignStoryId('new', fingerprint, index);
  wall.push(performance.now() - startedAt);
  const used = process.cpuUsage(started);
  cpu.push((used.user + used.system) / 1000);
  if (story !== 'new') joined++;
}
const percentiles = (times: number[]) => {
  times.sort((a, b) => a - b);
  const at = (p: number) => (times[Math.floor(p * times.length)] ?? 0).toFixed(2);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms`;
};
process.stdout.write(
  `${count} articles: story lookup CPU ${percentiles(cpu)}; wall ${percentiles(wall)} (${joined} of ${fingerprints.length} joined a story)\n`,
);
await index.close();
