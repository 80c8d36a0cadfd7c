// Start-up reconciliation alone, in process, on a kept data directory: the bucket listed from the
// local S3 server's thread and walked beside the index, as `npm start` does, with nothing
// published. Prints the main thread's CPU time, its heap's growth (V8's physical heap size at its
// highest, sampled every 10 ms, against before) and the collections V8 ran.
//
//   node --max-semi-space-size=4 --import tsx bench/scale/reconcile-memory.ts DIR [ROUNDS]
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { reconcileWithBucket } from '../../local/reconcile.ts';
import { startS3Server } from '../../local/s3-server.ts';
import { localListing } from '../../local/stack.ts';

const [dir, roundsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: reconcile-memory.ts DIR [ROUNDS]');
const index = await openEmbeddedIndex({ dataDir: dir });
const s3 = await startS3Server({
  directory: join(dir, 's3'),
  host: '127.0.0.1',
  port: 0,
  buckets: ['articles'],
});
const collections = { minor: 0, major: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
    if (kind === 1) collections.minor++;
    else collections.major++;
  }
}).observe({ entryTypes: ['gc'] });
const mib = (bytes: number) => (bytes / 1_048_576).toFixed(1);
for (let round = 0; round < Number(roundsArg ?? 3); round++) {
  collections.minor = 0;
  collections.major = 0;
  const before = getHeapStatistics().total_physical_size;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, getHeapStatistics().total_physical_size);
  }, 10);
  const cpu = process.cpuUsage();
  const summary = await reconcileWithBucket({
    list: (bucket) => localListing(s3, bucket),
    bucket: 'articles',
    index,
    publish: () => undefined,
    sequencer: '0',
  });
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  peak = Math.max(peak, getHeapStatistics().total_physical_size);
  console.log(
    `${summary.inBucket} objects: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU, heap ${mib(before)} -> peak ${mib(peak)} MiB (+${mib(peak - before)}), ${collections.minor} minor / ${collections.major} major collections`,
  );
}
await s3.close();
await index.close();
