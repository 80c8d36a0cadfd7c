import { execFileSync, execSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  besideBundleCommand,
  chunkSpecifier,
  FUNCTION_BUNDLING,
  INGEST_LAZY_CHUNKS,
  LANGUAGE_MODEL_FILE,
  lazyChunkCommand,
} from '../../infra/constructs/bundling.ts';
import { pageBuildCommand } from '../../infra/constructs/search-page.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

// An OpenSearch stand-in that answers at once: an index (and its aliases) exists once created,
// and takes the mapping a later cold start puts on it (POST /<alias>/_mapping). An index whose
// name starts with `existing-` exists from the start (a deployed search function's usual case),
// and its `_search` answers a page of ten hits, facets included, as a cluster would.
const STAND_IN = `
const existing = new Set();
const words = 'Кошербаев провёл переговоры с министром в Лондоне о визите и торговле Kosherbayev met the minister in London'.split(' ');
const body = (n) => Array.from({ length: 400 }, (_, i) => words[(i * 7 + n) % words.length]).join(' ');
const hit = (n) => ({
  _index: 'existing-v1', _id: String(n).padStart(64, 'a'), _score: 9 - n / 2, sort: [9 - n / 2, String(n).padStart(64, 'a')],
  _source: { id: String(n).padStart(64, 'a'), key: 'archive/' + n + '.txt', title: 'Визит министра ' + n, language: n % 3 ? 'ru' : 'en',
    source: n % 2 ? 'Kazinform' : 'Tengrinews', publishedAt: '2024-03-0' + (n % 9 + 1), storyId: String(n).padStart(64, 'a'), body: body(n) },
  highlight: { 'body.ru': ['Кошербаев <mark>провёл</mark> переговоры'] },
  inner_hits: { versions: { hits: { total: { value: 1 }, hits: [{ _source: { id: String(n).padStart(64, 'a'), title: 'Визит министра ' + n,
    language: 'ru', source: 'Kazinform', publishedAt: '2024-03-01' } }] } } },
});
const SEARCH = JSON.stringify({
  took: 3, timed_out: false,
  hits: { total: { value: 240, relation: 'eq' }, max_score: 9, hits: Array.from({ length: 10 }, (_, n) => hit(n)) },
  aggregations: {
    stories: { value: 231 },
    language: { doc_count: 900, matching: { doc_count: 240, values: { buckets: [{ key: 'ru', doc_count: 160 }, { key: 'en', doc_count: 80 }] } } },
    source: { buckets: [{ key: 'Kazinform', doc_count: 120 }, { key: 'Tengrinews', doc_count: 120 }] },
    month: { buckets: Array.from({ length: 12 }, (_, m) => ({ key: Date.UTC(2024, m, 1), key_as_string: '2024-' + String(m + 1).padStart(2, '0'), doc_count: 20 })) },
  },
});
const server = require('node:http').createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    response.setHeader('content-type', 'application/json');
    const path = request.url.split('?')[0];
    if (path === '/') return response.end('{"version":{"distribution":"opensearch","number":"2.19.0"}}');
    if (path.startsWith('/existing-') && path.endsWith('/_search')) return response.end(SEARCH);
    if (path.startsWith('/existing-') && request.method === 'HEAD') return response.end();
    if (request.method === 'PUT' || path.endsWith('/_mapping')) {
      existing.add(path);
      try {
        for (const alias of Object.keys(JSON.parse(body).aliases ?? {})) existing.add('/' + alias);
      } catch {}
      return response.end('{"acknowledged":true}');
    }
    if (existing.has(path)) return response.end('{}');
    response.statusCode = 404;
    response.end('{"error":"index_not_found_exception","status":404}');
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

// The first request a cold search function answers: a search in two scripts, as API Gateway's
// HTTP API (payload 2.0) delivers it.
const FIRST_SEARCH = {
  version: '2.0',
  routeKey: '$default',
  rawPath: '/search',
  rawQueryString: 'q=%D0%9A%D0%BE%D1%88%D0%B5%D1%80%D0%B1%D0%B0%D0%B5%D0%B2+London+visit',
  headers: { host: 'api.example.com', 'user-agent': 'bench' },
  requestContext: { http: { method: 'GET', path: '/search' }, requestId: 'bench' },
  isBase64Encoded: false,
};
const LAMBDA_CONTEXT = {
  functionName: 'bench-search',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:bench-search',
  memoryLimitInMB: '1024',
  awsRequestId: 'bench-request',
  logGroupName: '/aws/lambda/bench-search',
  logStreamName: 'bench',
  callbackWaitsForEmptyEventLoop: true,
};

/**
 * Bundles an entry as the CDK app does (one file, or a main file and its chunks), with the files
 * the function reads from beside it.
 */
async function bundle(
  entry: string,
  outdir: string,
  chunks: readonly string[],
  besides: readonly string[],
): Promise<void> {
  for (const chunk of chunks) {
    execSync(lazyChunkCommand(ROOT, chunk, outdir));
  }
  mkdirSync(outdir, { recursive: true });
  for (const file of besides) execSync(besideBundleCommand(ROOT, file, outdir));
  await build({
    entryPoints: { index: join(ROOT, entry) },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: FUNCTION_BUNDLING.target,
    minify: true,
    charset: FUNCTION_BUNDLING.charset,
    sourcemap: FUNCTION_BUNDLING.sourceMap,
    sourcesContent: false,
    splitting: FUNCTION_BUNDLING.splitting,
    external: chunks.map(chunkSpecifier),
    mainFields: ['module', 'main'],
    banner: { js: FUNCTION_BUNDLING.banner },
    logLevel: 'error',
  });
}

/** Bytes of the main file, of the files read beside it at init, of the chunks and of the maps. */
function sizes(
  dir: string,
  besides: readonly string[],
): { main: number; besides: number; chunks: number; maps: number } {
  const atInit = new Set(besides.map((file) => file.split('/').at(-1)));
  const size = { main: 0, besides: 0, chunks: 0, maps: 0 };
  for (const name of readdirSync(dir)) {
    const stat = statSync(join(dir, name));
    // The search page's directory: files it serves, not code.
    if (!stat.isFile()) continue;
    const bytes = stat.size;
    if (name.endsWith('.map')) size.maps += bytes;
    else if (name === 'index.mjs') size.main = bytes;
    else if (atInit.has(name)) size.besides += bytes;
    else if (name.endsWith('.json')) continue;
    else size.chunks += bytes;
  }
  return size;
}

/** A cold start's medians: init alone, and init with the first request answered (search only). */
interface ColdStart {
  wall: string;
  cpu: string;
  firstRequest?: { wall: string; cpu: string };
}

/**
 * Medians of 7 fresh `node` processes importing the bundle (its whole cold-start init): the wall
 * time, and the CPU time the process spent on it, which a loaded machine changes far less. With
 * `firstRequest`, each process then answers that event, and the medians of init plus that
 * request (what the first user of a cold function waits on) are given too; an answer other than
 * a 200 with hits fails the measurement, so a broken request cannot look fast.
 */
function coldInit(
  file: string,
  env: Record<string, string>,
  firstRequest?: { event: unknown; context: unknown },
): ColdStart {
  const request = firstRequest
    ? `const r = await m.handler(${JSON.stringify(firstRequest.event)}, ${JSON.stringify(firstRequest.context)}); const v = process.cpuUsage(c); const t2 = performance.now(); if (r.statusCode !== 200 || !(JSON.parse(r.body).hits?.length > 0)) throw new Error('first request answered ' + r.statusCode + ': ' + String(r.body).slice(0, 200)); line.push(t2 - t, (v.user + v.system) / 1000);`
    : '';
  const script = `const c = process.cpuUsage(); const t = performance.now(); const m = await import(${JSON.stringify(file)}); const u = process.cpuUsage(c); const line = [performance.now() - t, (u.user + u.system) / 1000]; ${request} console.log('cold-start ' + line.join(' '));`;
  try {
    const runs = Array.from({ length: 7 }, () => {
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, ...env },
        timeout: 30_000,
        stdio: ['ignore', 'pipe', 'pipe'],
      }).toString();
      const line = output.split('\n').find((l) => l.startsWith('cold-start ')) ?? '';
      return line.split(' ').slice(1).map(Number);
    });
    const median = (values: number[]) => values.sort((a, b) => a - b)[3] ?? 0;
    const ms = (column: number) => `${median(runs.map((run) => run[column] ?? 0)).toFixed(0)} ms`;
    return {
      wall: ms(0),
      cpu: ms(1),
      ...(firstRequest ? { firstRequest: { wall: ms(2), cpu: ms(3) } } : {}),
    };
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? error);
    const line = stderr.split('\n').find((l) => /Error/.test(l)) ?? 'failed';
    const failed = `init failed: ${line.slice(0, 160)}`;
    return { wall: failed, cpu: failed };
  }
}

/** Which functions `measureBundles` measures, and whether also with source maps. */
export interface MeasureBundlesOptions {
  /** @default both */
  functions?: ReadonlyArray<'search' | 'ingest'>;
  /** @default true */
  withSourceMaps?: boolean;
}

/**
 * Sizes of the ingest and search bundles (what is loaded at init, the chunks loaded later, the
 * source maps) and their cold init: a fresh Node importing the bundle, which builds its
 * dependencies as Lambda does at a cold start; for the search function also init plus its first
 * request (a search answered with a page of hits). The OpenSearch endpoint is a stand-in on
 * loopback that answers at once, so the time is the function's own, not the network's.
 */
export async function measureBundles(options: MeasureBundlesOptions = {}): Promise<string> {
  const only = new Set(options.functions ?? ['search', 'ingest']);
  const withSourceMaps = options.withSourceMaps ?? true;
  // In a process of its own: the bench waits on each cold start synchronously.
  const stand = spawn(process.execPath, ['-e', STAND_IN], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) =>
    stand.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
  );
  // A real node when there is one for the ingest function, which creates its indices at init.
  const url = process.env.OPENSEARCH_URL ?? `http://127.0.0.1:${port}`;
  const env = {
    SEARCH_BACKEND: 'opensearch',
    OPENSEARCH_URL: url,
    OPENSEARCH_INDEX: `bench-cold-${process.pid}`,
    AWS_REGION: 'us-east-1',
    NODE_OPTIONS: '',
  };
  // The search function finds its index in place, as deployed, and its first search answered,
  // on the stand-in even when there is a real node: what is timed is the function's own work.
  const searchEnv = {
    ...env,
    OPENSEARCH_URL: `http://127.0.0.1:${port}`,
    OPENSEARCH_INDEX: `existing-bench-${process.pid}`,
  };
  const lines = [
    '| function | loaded at init | chunks loaded later | source maps | cold init (median of 7) | its CPU time | init + first search (wall / CPU) | with `--enable-source-maps` (CPU time) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  try {
    for (const [name, entry, chunks, besides] of [
      ['search', 'functions/search/index.ts', [], []],
      ['ingest', 'functions/ingest/index.ts', INGEST_LAZY_CHUNKS, [LANGUAGE_MODEL_FILE]],
    ] as const) {
      if (!only.has(name)) continue;
      const dir = mkdtempSync(join(tmpdir(), `bench-bundle-${name}-`));
      try {
        await bundle(entry, dir, chunks, besides);
        // The search page beside the search function, as the CDK bundling writes it: its init
        // reads the page's files, and without them it would log a warning instead.
        if (name === 'search') execSync(pageBuildCommand(ROOT, dir));
        const size = sizes(dir, besides);
        const functionEnv = name === 'search' ? searchEnv : env;
        const first =
          name === 'search' ? { event: FIRST_SEARCH, context: LAMBDA_CONTEXT } : undefined;
        const init = coldInit(join(dir, 'index.mjs'), functionEnv, first);
        const withMaps = withSourceMaps
          ? coldInit(join(dir, 'index.mjs'), {
              ...functionEnv,
              NODE_OPTIONS: '--enable-source-maps',
            })
          : { wall: 'not run', cpu: 'not run' };
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
        const atInit =
          size.besides === 0
            ? kb(size.main)
            : `${kb(size.main + size.besides)} (${kb(size.main)} code, ${kb(size.besides)} model)`;
        const firstRequest = init.firstRequest
          ? `${init.firstRequest.wall} / ${init.firstRequest.cpu}`
          : '–';
        lines.push(
          `| ${name} | ${atInit} | ${kb(size.chunks)} | ${kb(size.maps)} | ${init.wall} | ${init.cpu} | ${firstRequest} | ${withMaps.wall} (${withMaps.cpu}) |`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    stand.kill();
    // The ingest function's cold start created its indices on a real node: removed again.
    if (process.env.OPENSEARCH_URL) {
      for (const index of [`${env.OPENSEARCH_INDEX}-v1`, `${env.OPENSEARCH_INDEX}-failures-v1`]) {
        await fetch(`${url}/${index}`, { method: 'DELETE' }).catch(() => undefined);
      }
    }
  }
  return lines.join('\n');
}

// Run on its own (`npx tsx bench/scale/bundles.ts [search|ingest] [--no-source-maps]`): the
// table alone, with the machine's load, for work on one function's cold start.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const functions = args.filter((arg): arg is 'search' | 'ingest' =>
    ['search', 'ingest'].includes(arg),
  );
  const before = loadavg();
  const table = await measureBundles({
    ...(functions.length > 0 ? { functions } : {}),
    withSourceMaps: !args.includes('--no-source-maps'),
  });
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');
  console.log(`${table}\n\nload ${load(before)} -> ${load(loadavg())}`);
}
