import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The local stack running as `npm start` runs it, in a process of its own. */
export interface StackProcess {
  api: string;
  s3: string;
  pid: number;
  /** From spawning the process to the stack answering (reconciliation done). */
  startMs: number;
  /** What reconciliation logged. */
  reconciled: string;
  /** The process's peak resident memory so far, in MiB (VmHWM). */
  peakRssMiB(): number;
  stop(): Promise<void>;
}

function peakRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kib / 1024;
}

/**
 * Starts the stack as `npm start` does (compiled, `scripts/start.mjs`) and waits until it serves;
 * `root` is the checkout whose stack runs (another one, to compare its answers with this one's).
 */
export async function startStackProcess(
  dataDir: string,
  env: Record<string, string>,
  root = ROOT,
): Promise<StackProcess> {
  const apiPort = 3_700 + Math.floor(Math.random() * 200);
  const s3Port = apiPort + 300;
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--max-semi-space-size=4', 'scripts/start.mjs'],
    {
      cwd: root,
      env: {
        ...process.env,
        ...env,
        DATA_DIR: dataDir,
        PORT: String(apiPort),
        S3_PORT: String(s3Port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const ready = await new Promise<{ ms: number; reconciled: string }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('article-search is running locally')) {
        resolve({
          ms: performance.now() - started,
          reconciled: /reconciled: ([^\n]*)/.exec(output)?.[1] ?? '',
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the stack exited (${code}):\n${output}`)));
  });
  const pid = child.pid ?? 0;
  return {
    api: `http://127.0.0.1:${apiPort}`,
    pid,
    s3: `http://127.0.0.1:${s3Port}`,
    startMs: ready.ms,
    reconciled: ready.reconciled,
    peakRssMiB: () => peakRss(pid),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
