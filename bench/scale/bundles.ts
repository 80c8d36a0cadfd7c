import { execFileSync, execSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  besideBundleCommand,
  chunkSpecifier,
  FUNCTION_BUNDLING,
  INGEST_LAZY_CHUNKS,
  LANGUAGE_MODEL_FILE,
  lazyChunkCommand,
} from '../../infra/constructs/bundling.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

// An OpenSearch stand-in that answers at once: an index (and its aliases) exists once created,
// and takes the mapping a later cold start puts on it (POST /<alias>/_mapping).
const STAND_IN = `
const existing = new Set();
const server = require('node:http').createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    response.setHeader('content-type', 'application/json');
    const path = request.url.split('?')[0];
    if (path === '/') return response.end('{"version":{"distribution":"opensearch","number":"2.19.0"}}');
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
    const bytes = statSync(join(dir, name)).size;
    if (name.endsWith('.map')) size.maps += bytes;
    else if (name === 'index.mjs') size.main = bytes;
    else if (atInit.has(name)) size.besides += bytes;
    else if (name.endsWith('.json')) continue;
    else size.chunks += bytes;
  }
  return size;
}

/**
 * Medians of 7 fresh `node` processes importing the bundle (its whole cold-start init): the wall
 * time, and the CPU time the process spent on it, which a loaded machine changes far less.
 */
function coldInit(file: string, env: Record<string, string>): { wall: string; cpu: string } {
  const script = `const c = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(file)}); const u = process.cpuUsage(c); console.log(performance.now() - t, (u.user + u.system) / 1000);`;
  try {
    const runs = Array.from({ length: 7 }, () => {
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, ...env },
        timeout: 30_000,
        stdio: ['ignore', 'pipe', 'pipe'],
      }).toString();
      return (output.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    });
    const median = (values: number[]) => values.sort((a, b) => a - b)[3] ?? 0;
    return {
      wall: `${median(runs.map((run) => run[0] ?? 0)).toFixed(0)} ms`,
      cpu: `${median(runs.map((run) => run[1] ?? 0)).toFixed(0)} ms`,
    };
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? error);
    const line = stderr.split('\n').find((l) => /Error/.test(l)) ?? 'failed';
    const failed = `init failed: ${line.slice(0, 120)}`;
    return { wall: failed, cpu: failed };
  }
}

/**
 * Sizes of the ingest and search bundles (what is loaded at init, the chunks loaded later, the
 * source maps) and their cold init: a fresh Node importing the bundle, which builds its
 * dependencies as Lambda does at a cold start. The OpenSearch endpoint is a stand-in on loopback
 * that answers at once, so the time is the function's own, not the network's.
 */
export async function measureBundles(): Promise<string> {
  // In a process of its own: the bench waits on each cold start synchronously.
  const stand = spawn(process.execPath, ['-e', STAND_IN], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) =>
    stand.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
  );
  // A real node when there is one: the stand-in covers only what the search function reads.
  const url = process.env.OPENSEARCH_URL ?? `http://127.0.0.1:${port}`;
  const env = {
    SEARCH_BACKEND: 'opensearch',
    OPENSEARCH_URL: url,
    OPENSEARCH_INDEX: `bench-cold-${process.pid}`,
    AWS_REGION: 'us-east-1',
    NODE_OPTIONS: '',
  };
  const lines = [
    '| function | loaded at init | chunks loaded later | source maps | cold init (median of 7) | its CPU time | with `--enable-source-maps` (CPU time) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  try {
    for (const [name, entry, chunks, besides] of [
      ['search', 'functions/search/index.ts', [], []],
      ['ingest', 'functions/ingest/index.ts', INGEST_LAZY_CHUNKS, [LANGUAGE_MODEL_FILE]],
    ] as const) {
      const dir = mkdtempSync(join(tmpdir(), `bench-bundle-${name}-`));
      try {
        await bundle(entry, dir, chunks, besides);
        const size = sizes(dir, besides);
        const init = coldInit(join(dir, 'index.mjs'), env);
        const withMaps = coldInit(join(dir, 'index.mjs'), {
          ...env,
          NODE_OPTIONS: '--enable-source-maps',
        });
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
        const atInit =
          size.besides === 0
            ? kb(size.main)
            : `${kb(size.main + size.besides)} (${kb(size.main)} code, ${kb(size.besides)} model)`;
        lines.push(
          `| ${name} | ${atInit} | ${kb(size.chunks)} | ${kb(size.maps)} | ${init.wall} | ${init.cpu} | ${withMaps.wall} (${withMaps.cpu}) |`,
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
