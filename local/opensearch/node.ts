import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureInstalled, homeWithoutPlugins, type Installation } from './distribution.ts';
import { NodeToolError } from './prerequisites.ts';

/** How to run the local node. */
export interface NodeOptions {
  /** @default 9200 (OPENSEARCH_PORT) */
  port: number;
  /** The node keeps its data and logs in `<dataDir>/opensearch/`. */
  dataDir: string;
  /** JVM heap, at most 1 GiB. @default '512m' (OPENSEARCH_HEAP) */
  heap: string;
  /** Start without the ICU folding plugin, as a stock cluster lacking analysis-icu. @default true */
  icu?: boolean;
  /** @default 120 s: a first start on a busy 2-core machine */
  readyTimeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/** A running node. */
export interface RunningNode {
  url: string;
  version: string;
  /** Milliseconds from launching the JVM to a ready cluster. */
  startMs: number;
  dataDir: string;
  /** Resolves when the JVM has exited, whatever the reason. */
  exited: Promise<number | null>;
  /** Asks the node to shut down (SIGTERM) and waits for it. */
  stop(): Promise<void>;
}

const MAX_HEAP_MB = 1024;

/** `512m`, `1g`: a heap size within 1 GiB, or a clear error. */
export function parseHeap(value: string): string {
  const match = /^(\d+)([mg])$/i.exec(value.trim());
  const mb = match ? Number(match[1]) * (match[2]?.toLowerCase() === 'g' ? 1024 : 1) : Number.NaN;
  if (!(mb >= 256 && mb <= MAX_HEAP_MB)) {
    throw new NodeToolError(`OPENSEARCH_HEAP must be from 256m to 1g (e.g. 512m), got "${value}"`);
  }
  return `${mb}m`;
}

/** `OPENSEARCH_PORT` as a port number, or a clear error. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65_535) {
    throw new NodeToolError(`OPENSEARCH_PORT must be a port number, got "${value}"`);
  }
  return port;
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((done, fail) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      fail(
        error.code === 'EADDRINUSE'
          ? new NodeToolError(
              `port ${port} on 127.0.0.1 is in use (another OpenSearch?): stop it or set OPENSEARCH_PORT to a free port`,
            )
          : error,
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => done()));
  });
}

/** Settings for a one-node development cluster on loopback (the integ-test zip has no security plugin). */
function nodeSettings(port: number, data: string): string[] {
  const settings: Record<string, string> = {
    'cluster.name': 'article-search-local',
    'node.name': 'local',
    'discovery.type': 'single-node',
    'network.host': '127.0.0.1',
    'http.port': String(port),
    // Its own range, clear of a second node's HTTP port.
    'transport.port': `${port + 100}-${port + 199}`,
    'path.data': join(data, 'data'),
    'path.logs': join(data, 'logs'),
    // A developer's nearly full disk must not turn the index read-only.
    'cluster.routing.allocation.disk.threshold_enabled': 'false',
  };
  return Object.entries(settings).map(([key, value]) => `-E${key}=${value}`);
}

async function lastLines(file: string, count: number): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/**
 * OpenSearch refuses to run as root, and CI and these machines run everything as root. Its
 * check, like memory locking and the system call filter, goes through JNA's native library;
 * keeping that library from loading turns all three off, which a loopback development node
 * can do without. A normal user keeps them on.
 */
function asRoot(): string[] {
  if (process.getuid?.() !== 0) return [];
  return ['-Djna.nosys=true', '-Djna.noclasspath=true', '-Djna.boot.library.path=/nonexistent'];
}

/** Waits until the node answers and its cluster is at least yellow. */
async function waitUntilReady(
  url: string,
  child: ChildProcess,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  while (Date.now() < deadline && !gone) {
    try {
      const health = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=1s`);
      if (health.ok) {
        const root = (await (await fetch(url)).json()) as { version?: { number?: string } };
        return root.version?.number ?? 'unknown';
      }
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  if (!gone) child.kill('SIGKILL');
  throw new NodeToolError(
    gone
      ? 'the OpenSearch node exited while starting'
      : `the node was not ready in ${timeoutMs / 1000} s`,
  );
}

/**
 * Starts a single-node OpenSearch on 127.0.0.1, installing it first if needed, and resolves
 * once its cluster is ready. Its console output goes to `<dataDir>/opensearch/logs/console.log`.
 */
export async function startNode(options: NodeOptions): Promise<RunningNode> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  await assertPortFree(options.port);
  const installation: Installation = await ensureInstalled({ env, log });
  const data = resolve(options.dataDir, 'opensearch');
  await mkdir(join(data, 'logs'), { recursive: true });
  const consoleLog = join(data, 'logs', 'console.log');
  const out = createWriteStream(consoleLog, { flags: 'a' });

  const home = options.icu === false ? await homeWithoutPlugins(installation) : installation.home;

  const started = Date.now();
  const child = spawn(join(home, 'bin', 'opensearch'), nodeSettings(options.port, data), {
    env: {
      ...env,
      OPENSEARCH_HOME: home,
      OPENSEARCH_JAVA_HOME: installation.java.home,
      OPENSEARCH_JAVA_OPTS: [`-Xms${options.heap}`, `-Xmx${options.heap}`, ...asRoot()].join(' '),
      OPENSEARCH_PATH_CONF: join(installation.home, 'config'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: Ctrl+C reaches this process, which stops the node after what
    // runs on it (the local stack drains its queue into the node first).
    detached: true,
  });
  // Never outlive this process, however it ends.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  const exited = new Promise<number | null>((done) => {
    child.once('exit', (code) => {
      process.off('exit', killOnExit);
      out.end();
      done(code);
    });
  });
  const url = `http://127.0.0.1:${options.port}`;
  let version: string;
  try {
    version = await waitUntilReady(url, child, exited, options.readyTimeoutMs ?? 120_000);
  } catch (error) {
    await exited;
    const tail = await lastLines(consoleLog, 15);
    const message = error instanceof Error ? error.message : String(error);
    throw new NodeToolError(`${message}; the end of ${consoleLog}:\n${tail}`);
  }
  return {
    url,
    version,
    startMs: Date.now() - started,
    dataDir: data,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Node options from the environment: OPENSEARCH_PORT, DATA_DIR, OPENSEARCH_HEAP. */
export function nodeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): NodeOptions {
  return {
    port: parsePort(env.OPENSEARCH_PORT?.trim() || '9200'),
    dataDir: env.DATA_DIR?.trim() || '.data',
    heap: parseHeap(env.OPENSEARCH_HEAP?.trim() || '512m'),
    env,
  };
}
