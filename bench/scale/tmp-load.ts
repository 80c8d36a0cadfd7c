import { ArchiveGenerator } from './corpus.ts';
import { runLoad } from './load.ts';
import { queryMix } from './queries.ts';

const api = process.argv[2] ?? 'http://127.0.0.1:3650';
const g = new ArchiveGenerator(12);
const sample = Array.from({ length: 3000 }, () => g.next());
const mix = queryMix(sample);
const r = await runLoad(api, mix, 1);
for (const [t, l] of r.byType) console.log(t.padEnd(20), l.p50.toFixed(1), l.p95.toFixed(1));
console.log('all', r.all.p50.toFixed(1), r.perSecond.toFixed(0));
