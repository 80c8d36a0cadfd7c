/**
 * Where a search request's CPU goes outside the search itself: the local stack started as
 * `npm start` starts it on a kept data directory, `/health` and the scale bench's mix sent over
 * HTTP (sequentially, then with 8 clients), and for each the CPU time per request of each part
 * of the stack's process, read from /proc thread by thread, beside the wall-clock percentiles:
 *
 * - main: the thread that serves HTTP (the TCP front, the API server, the search handler and
 *   the hop to the readers);
 * - readers: the search reader threads (the threads that appear with the first search);
 * - other threads: everything else in the process, which while searching is almost all V8's
 *   own background threads (garbage collection, compilation) for every thread's heap;
 * - client: this process, which sends the requests (on the same two cores).
 *
 * CPU time is what the machine's load changes least; compare it with `cpu-time.ts`, the same
 * searches in one process with no HTTP and no threads.
 *
 *   npx tsx bench/scale/request-cpu.ts /tmp/archive-10k
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg } from 'node:os';
import { ArchiveGenerator } from './corpus.ts';
import { CLIENT_HEADERS, type LoadResult, PER_REQUEST, percentiles, runLoad } from './load.ts';
import { queryMix } from './queries.ts';
import { startStackProcess } from './stack-process.ts';

const dataDir = process.argv[2];
if (!dataDir)
  throw new Error('usage: request-cpu.ts DATA_DIR (a directory made by build-dataset.ts)');

// Each thread's user + system CPU time so far, in ms (/proc/PID/task/TID/stat, in clock ticks).
function threadCpu(pid: number): Map<number, number> {
  const ticks = 100;
  const cpu = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(Number(tid), ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return cpu;
}

interface Split {
  main: number;
  readers: number;
  other: number;
  client: number;
}

/** Runs `work` and returns the CPU it cost each part, per request. */
async function measured(
  pid: number,
  readers: ReadonlySet<number>,
  work: () => Promise<number>,
): Promise<Split> {
  const before = threadCpu(pid);
  const clientBefore = process.cpuUsage();
  const requests = await work();
  const client = process.cpuUsage(clientBefore);
  const split: Split = {
    main: 0,
    readers: 0,
    other: 0,
    client: (client.user + client.system) / 1000,
  };
  for (const [tid, ms] of threadCpu(pid)) {
    const used = ms - (before.get(tid) ?? 0);
    if (tid === pid) split.main += used;
    else if (readers.has(tid)) split.readers += used;
    else split.other += used;
  }
  return {
    main: split.main / requests,
    readers: split.readers / requests,
    other: split.other / requests,
    client: split.client / requests,
  };
}

// As load.ts sends each request (its agent and headers), the answer read whole.
function get(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    request(url, { headers: CLIENT_HEADERS }, (response) => {
      response.on('data', () => undefined);
      response.on('end', resolve);
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const f = (ms: number) => ms.toFixed(2);
const line = (label: string, wall: string, cpu: Split) =>
  `| ${label} | ${wall} | ${f(cpu.main)} | ${f(cpu.readers)} | ${f(cpu.other)} | ${f(cpu.main + cpu.readers + cpu.other)} | ${f(cpu.client)} |`;
const wallOf = (r: LoadResult) =>
  `${r.all.p50.toFixed(1)} / ${r.all.p95.toFixed(1)} / ${r.all.p99.toFixed(1)} (${r.perSecond.toFixed(0)}/s)`;
const requestsOf = (r: LoadResult) => r.all.count + (r.byType.get('page 2 by cursor')?.count ?? 0);

const generator = new ArchiveGenerator(12);
const mix = queryMix(Array.from({ length: 3_000 }, () => generator.next()));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
const loadBefore = load();
const stack = await startStackProcess(dataDir, {});
try {
  const startedThreads = new Set(threadCpu(stack.pid).keys());
  // The first searches start the reader threads and warm them (and SQLite's page cache).
  await runLoad(stack.api, mix, 1);
  const readers = new Set([...threadCpu(stack.pid).keys()].filter((t) => !startedThreads.has(t)));
  const rows: string[] = [];
  const health: number[] = [];
  const healthCpu = await measured(stack.pid, readers, async () => {
    for (let i = 0; i < 500; i++) {
      const started = performance.now();
      await get(`${stack.api}/health`);
      health.push(performance.now() - started);
    }
    return health.length;
  });
  const h = percentiles(health);
  rows.push(line('`/health`', `${f(h.p50)} / ${f(h.p95)} / ${f(h.p99)}`, healthCpu));
  for (const [label, clients, rounds] of [
    ['mix, sequential', 1, 1],
    ['mix, 8 clients', 8, 2],
  ] as const) {
    let result: LoadResult | undefined;
    const cpu = await measured(stack.pid, readers, async () => {
      result = await runLoad(stack.api, mix, clients, rounds);
      return requestsOf(result);
    });
    if (result) rows.push(line(label, wallOf(result), cpu));
  }
  process.stdout.write(
    [
      `${dataDir}: ${readers.size} reader threads; ${PER_REQUEST ? 'a connection per request' : 'connections kept when the server allows'}; load ${loadBefore} before, ${load()} after`,
      '',
      '| requests | wall p50 / p95 / p99 ms | main | readers | other threads | stack | client |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      'CPU in ms per request (page 2 by cursor counts its two requests).',
      '',
    ].join('\n'),
  );
} finally {
  await stack.stop();
}
