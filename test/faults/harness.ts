import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import Database from 'better-sqlite3';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { BUCKET, LOCAL_CREDENTIALS } from '../../local/stack.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The local stack as `npm start` runs it, in a process of its own that a test may kill. */
export interface StackProcess {
  api: string;
  s3: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves once the stack logged its `ready:` line (the queue first empty); its time. */
  ready: Promise<number>;
  client(): S3Client;
  /** SIGTERM, and the time until the process exited. */
  terminate(): Promise<number>;
  kill9(): Promise<void>;
}

/** Starts `local/main.ts` on a data directory and waits until it serves. */
export async function startStack(dataDir: string): Promise<StackProcess> {
  const [apiPort, s3Port] = [await freePort(), await freePort()];
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(apiPort), S3_PORT: String(s3Port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let onReady: (ms: number) => void = () => undefined;
  const ready = new Promise<number>((resolve) => {
    onReady = resolve;
  });
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('article-search is running locally')) resolve();
      if (/\bready: /.test(output)) onReady(performance.now() - started);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the stack exited (${code}):\n${output}`)));
  });
  const clients: S3Client[] = [];
  return {
    api: `http://127.0.0.1:${apiPort}`,
    s3: `http://127.0.0.1:${s3Port}`,
    child,
    output: () => output,
    ready,
    client() {
      const client = new S3Client({
        endpoint: `http://127.0.0.1:${s3Port}`,
        forcePathStyle: true,
        region: 'us-east-1',
        credentials: LOCAL_CREDENTIALS,
        maxAttempts: 1,
      });
      clients.push(client);
      return client;
    },
    async terminate() {
      const at = performance.now();
      child.kill('SIGTERM');
      await exited;
      for (const client of clients) client.destroy();
      return performance.now() - at;
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
      for (const client of clients) client.destroy();
    },
  };
}

/** How the index compares with the bucket once the stack has stopped. */
export interface Consistency {
  objects: number;
  indexed: number;
  rejected: number;
  /** Everything that differs, one line each; empty when the index equals the bucket. */
  differences: string[];
}

/**
 * Compares the stopped stack's index with its bucket: every object is indexed in its current
 * version (the same ETag) or recorded as rejected in that version with a reason; no article
 * stays for an object that is gone; no object is indexed twice.
 */
export async function compareIndexWithBucket(dataDir: string): Promise<Consistency> {
  const catalog = new Database(join(dataDir, 's3', 'catalog.sqlite'), { readonly: true });
  const bucket = new Map(
    (
      catalog.prepare('SELECT key, etag FROM objects WHERE bucket = ?').all(BUCKET) as {
        key: string;
        etag: string;
      }[]
    ).map((row) => [row.key, row.etag.replaceAll('"', '')]),
  );
  catalog.close();
  const index = await openEmbeddedIndex({ dataDir });
  try {
    const indexed = await index.listObjects();
    const failures = new Map((await index.listFailures(1_000_000)).map((f) => [f.key, f]));
    const differences: string[] = [];
    const seen = new Set<string>();
    for (const entry of indexed) {
      if (seen.has(entry.key)) differences.push(`${entry.key}: indexed twice`);
      seen.add(entry.key);
      const eTag = bucket.get(entry.key);
      if (eTag === undefined) differences.push(`${entry.key}: indexed, but gone from the bucket`);
      else if (entry.eTag !== eTag) {
        differences.push(`${entry.key}: indexed version ${entry.eTag}, bucket holds ${eTag}`);
      }
    }
    let rejected = 0;
    for (const [key, eTag] of bucket) {
      if (seen.has(key)) continue;
      const failure = failures.get(key);
      if (failure === undefined) differences.push(`${key}: in the bucket, not indexed`);
      else if (failure.eTag !== eTag) differences.push(`${key}: rejected an older version`);
      else if (!failure.reason || !failure.message) differences.push(`${key}: rejected, no reason`);
      else rejected++;
    }
    return { objects: bucket.size, indexed: seen.size, rejected, differences };
  } finally {
    await index.close();
  }
}

/** One scenario's figures, for the report. */
export interface ScenarioFigures {
  scenario: string;
  files: number;
  faults: string;
  /** From the restart to the queue first empty (reconciliation and ingest of what it found). */
  timeToConsistencyMs: number | null;
  requests: number;
  serverErrors: number;
  resets: number;
  consistency: Consistency;
  notes?: string;
}

/** Writes the figures of every scenario to `test-output/faults/REPORT.md`. */
export async function writeReport(figures: ScenarioFigures[], totalMs: number): Promise<string> {
  const dir = join(ROOT, 'test-output', 'faults');
  await mkdir(dir, { recursive: true });
  const rows = figures.map(
    (f) =>
      `| ${f.scenario} | ${f.files} | ${f.faults} | ${f.timeToConsistencyMs === null ? '—' : `${(f.timeToConsistencyMs / 1000).toFixed(1)} s`} | ${f.consistency.objects} / ${f.consistency.indexed} / ${f.consistency.rejected} | ${f.consistency.differences.length} | ${f.requests} | ${f.serverErrors} | ${f.resets} | ${f.notes ?? ''} |`,
  );
  const text = [
    '# Fault campaign (`npm run test:faults`)',
    '',
    `Run ${new Date().toISOString()} on ${process.platform}, Node ${process.version}; ${(totalMs / 1000).toFixed(0)} s in all.`,
    'Time to consistency: from the restart after the fault to the queue first empty.',
    '',
    '| scenario | files | faults | time to consistency | bucket / indexed / rejected | differences | requests | 5xx | resets | notes |',
    '| --- | ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
  ].join('\n');
  const file = join(dir, 'REPORT.md');
  await writeFile(file, text);
  return file;
}

/** A request's outcome as the campaign counts it. */
export interface RequestTally {
  requests: number;
  serverErrors: number;
  resets: number;
  statuses: Map<number, number>;
}

export function newTally(): RequestTally {
  return { requests: 0, serverErrors: 0, resets: 0, statuses: new Map() };
}

/** Fetches, counting 5xx answers and connections reset or refused mid-request. */
export async function counted(tally: RequestTally, url: string, init?: RequestInit) {
  tally.requests++;
  try {
    const response = await fetch(url, init);
    tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
    if (response.status >= 500) tally.serverErrors++;
    return response;
  } catch (error) {
    tally.resets++;
    throw error;
  }
}
