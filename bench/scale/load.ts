import { request } from 'node:http';
import type { BenchQuery, QueryType } from './queries.ts';

/** Percentiles of a set of latencies, in milliseconds. */
export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentiles(values: readonly number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

// Each client sends one request at a time through Node's global agent, which keeps its
// connections (as browsers and HTTP libraries do) when the server allows it.
// `BENCH_CONNECTION=close` asks for a connection per request instead, as the local API gave
// before it kept connections, to set the two side by side.
export const PER_REQUEST = process.env.BENCH_CONNECTION === 'close';
/** The headers every bench request carries. */
export const CLIENT_HEADERS = PER_REQUEST ? { connection: 'close' } : {};

function get(url: string): Promise<{ ms: number; body: string; status: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request(url, { headers: CLIENT_HEADERS }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          ms: performance.now() - started,
          body: Buffer.concat(chunks).toString(),
          status: response.statusCode ?? 0,
        }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** Times one request of the mix; page 2 is timed alone, after fetching page 1 for its cursor. */
async function timed(api: string, query: BenchQuery): Promise<number> {
  const url = `${api}/search?${query.params}`;
  if (query.type !== 'page 2 by cursor') {
    const { ms, status, body } = await get(url);
    if (status !== 200) throw new Error(`${url} answered ${status}: ${body.slice(0, 200)}`);
    return ms;
  }
  const first = await get(url);
  const cursor = (JSON.parse(first.body) as { nextCursor: string | null }).nextCursor;
  if (cursor === null) return first.ms;
  const second = await get(`${url}&cursor=${encodeURIComponent(cursor)}`);
  if (second.status !== 200) throw new Error(`page 2 of ${url} answered ${second.status}`);
  return second.ms;
}

/** Latencies per query type, and requests per second over the whole run. */
export interface LoadResult {
  byType: Map<QueryType, Latency>;
  all: Latency;
  perSecond: number;
}

/**
 * Runs the mix with `clients` concurrent clients, each taking the next query of the list, one
 * request at a time; with 1 client, sequentially. The whole list is run `rounds` times.
 */
export async function runLoad(
  api: string,
  queries: readonly BenchQuery[],
  clients: number,
  rounds = 1,
): Promise<LoadResult> {
  const list = Array.from({ length: rounds }, () => queries).flat();
  const times = new Map<QueryType, number[]>();
  let next = 0;
  let requests = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (;;) {
        const query = list[next++];
        if (query === undefined) return;
        const ms = await timed(api, query);
        requests += query.type === 'page 2 by cursor' ? 2 : 1;
        const bucket = times.get(query.type) ?? [];
        bucket.push(ms);
        times.set(query.type, bucket);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    byType: new Map([...times].map(([type, values]) => [type, percentiles(values)])),
    all: percentiles([...times.values()].flat()),
    perSecond: requests / seconds,
  };
}

/** `/health` latency while something else runs (a listing of the whole bucket). */
export async function healthWhile(api: string, work: () => Promise<unknown>): Promise<Latency> {
  const times: number[] = [];
  let done = false;
  const pinging = (async () => {
    while (!done) {
      times.push((await get(`${api}/health`)).ms);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  await work();
  done = true;
  await pinging;
  return percentiles(times);
}
