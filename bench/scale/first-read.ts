import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { FUNCTION_BUNDLING } from '../../infra/constructs/bundling.ts';

/**
 * What reading the first object costs the ingest function, with the reader it had (the SDK's S3
 * client, built as `new S3Client({})` with the default credential chain) and the one it has (a
 * signed GET, `SignedGetArticleSource`): each bundled as the functions are, then 7 fresh
 * processes each building the reader (its share of cold init) and reading one object from a
 * server on loopback (the first request, which the user waits on too), in CPU time.
 *
 * Run: `npx tsx bench/scale/first-read.ts`
 */

const ROOT = new URL('../../', import.meta.url).pathname;

// Answers every GET with a small article, after reading the request as S3 would.
const SERVER = `
const server = require('node:http').createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5', 'last-modified': 'Wed, 01 Jan 2025 10:00:00 GMT', etag: '"abc"' });
    response.end('hello');
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

const READERS = {
  'S3 client (before)': `
    import { S3Client } from '@aws-sdk/client-s3';
    import { S3ArticleSource } from '${ROOT}functions/adapters/s3/s3-article-source.ts';
    export const make = (endpoint) =>
      new S3ArticleSource(new S3Client({ endpoint, forcePathStyle: true }));`,
  'signed GET (now)': `
    import { fromEnv } from '@aws-sdk/credential-provider-env';
    import { SignedGetArticleSource } from '${ROOT}functions/adapters/s3/signed-get-source.ts';
    export const make = (endpoint) => {
      const credentials = fromEnv();
      return new SignedGetArticleSource({ region: process.env.AWS_REGION, endpoint, credentials: () => credentials() });
    };`,
} as const;

// One cold process: the bundle loaded and the reader built (init), then one object read.
const RUN = (file: string, endpoint: string) => `
const c0 = process.cpuUsage();
const { make } = await import(${JSON.stringify(file)});
const source = make(${JSON.stringify(endpoint)});
const c1 = process.cpuUsage();
const object = await source.get('articles', 'news/first article.txt');
if (Buffer.from(object.bytes).toString() !== 'hello') throw new Error('read the wrong bytes');
const c2 = process.cpuUsage();
const ms = (a, b) => (b.user + b.system - a.user - a.system) / 1000;
console.log(ms(c0, c1), ms(c1, c2));
`;

const median = (values: number[]) =>
  values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const server = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise<string>((resolve) =>
  server.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
);
const dir = mkdtempSync(join(tmpdir(), 'bench-first-read-'));
const load = () =>
  execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ');
try {
  const before = load();
  const lines = [
    '| reader | bundle | init (build the reader) | first read | together |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  const results: Array<{ name: string; size: number; runs: number[][] }> = [];
  for (const [i, [name, source]] of Object.entries(READERS).entries()) {
    const entry = join(dir, `reader-${i}.ts`);
    writeFileSync(entry, source);
    const result = await build({
      entryPoints: [entry],
      outfile: join(dir, `reader-${i}.mjs`),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: FUNCTION_BUNDLING.target,
      minify: true,
      charset: FUNCTION_BUNDLING.charset,
      mainFields: ['module', 'main'],
      banner: { js: FUNCTION_BUNDLING.banner },
      nodePaths: [join(ROOT, 'node_modules')],
      metafile: true,
      logLevel: 'error',
    });
    const size = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
    results.push({ name, size, runs: [] });
  }
  // Alternating, so that the machine's load falls on both alike.
  for (let run = 0; run < 7; run++) {
    for (const [i, result] of results.entries()) {
      const output = execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          RUN(join(dir, `reader-${i}.mjs`), `http://127.0.0.1:${port}`),
        ],
        {
          env: {
            ...process.env,
            AWS_REGION: 'us-east-1',
            AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
            AWS_SECRET_ACCESS_KEY: 'secret',
            AWS_SESSION_TOKEN: 'token',
            NODE_OPTIONS: '',
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      ).toString();
      result.runs.push((output.trim().split('\n').at(-1) ?? '').split(' ').map(Number));
    }
  }
  for (const { name, size, runs } of results) {
    const init = median(runs.map((r) => r[0] ?? 0));
    const first = median(runs.map((r) => r[1] ?? 0));
    const together = median(runs.map((r) => (r[0] ?? 0) + (r[1] ?? 0)));
    lines.push(
      `| ${name} | ${(size / 1024).toFixed(0)} KiB | ${init.toFixed(1)} ms | ${first.toFixed(1)} ms | ${together.toFixed(1)} ms |`,
    );
  }
  lines.push('', `CPU time, medians of 7 fresh processes; load ${before} -> ${load()}`);
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
