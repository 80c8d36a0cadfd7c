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
const times: number[] = [];
let joined = 0;
for (const fingerprint of fingerprints) {
  const started = process.cpuUsage();
  const story = await assignStoryId('new', fingerprint, index);
  const used = process.cpuUsage(started);
  times.push((used.user + used.system) / 1000);
  if (story !== 'new') joined++;
}
times.sort((a, b) => a - b);
const at = (p: number) => (times[Math.floor(p * times.length)] ?? 0).toFixed(2);
process.stdout.write(
  `${count} articles: story lookup CPU p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms (${joined} of ${times.length} joined a story)\n`,
);
await index.close();
