import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let dataDir: string;
let npm: ChildProcess | undefined;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'npm-start-'));
});

afterEach(async () => {
  // Whatever is left of the process group, the stack included, goes.
  if (npm?.pid) {
    try {
      process.kill(-npm.pid, 'SIGKILL');
    } catch {
      // Already gone: what the test wanted.
    }
  }
  npm = undefined;
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts `npm start` in its own process group and resolves with the API's URL once ready. */
function npmStart(): Promise<{ apiUrl: string; output: () => string }> {
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', S3_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  npm = child;
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const apiUrl = /search API\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (apiUrl && /ready/.test(output)) resolve({ apiUrl, output: () => output });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
}

async function refusesConnections(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(`${url}/health`);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** The command lines of the processes in a process group (Linux: read from /proc). */
async function commandsOfGroup(group: number): Promise<string[]> {
  const commands: string[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // The fields after the command's closing parenthesis: state, ppid, pgrp, …
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp === group) {
        commands.push((await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' '));
      }
    } catch {
      // Gone meanwhile.
    }
  }
  return commands;
}

describe('npm start', () => {
  it.runIf(process.platform === 'linux')(
    'runs the stack compiled to JavaScript, every thread of it, with no TypeScript loader',
    async () => {
      const { apiUrl, output } = await npmStart();
      // The seeds indexed (the first start uploads them).
      await expect.poll(output, { timeout: 30_000 }).toMatch(/ready: every queued event/);
      // A search starts the reader threads, a page the web build: each from its compiled file.
      const search = await fetch(`${apiUrl}/search?q=Kosherbayev&collapse=none`);
      expect(((await search.json()) as { total: number }).total).toBe(5);
      expect((await fetch(`${apiUrl}/`)).status).toBe(200);

      const commands = await commandsOfGroup(npm?.pid ?? 0);
      expect(commands.some((command) => command.includes('scripts/start.mjs'))).toBe(true);
      expect(commands.join('\n')).not.toMatch(/tsx/);
    },
  );

  it('stops the stack and frees its ports when npm itself is told to stop', async () => {
    const { apiUrl, output } = await npmStart();
    expect((await fetch(`${apiUrl}/health`)).status).toBe(200);

    process.kill(npm?.pid ?? 0, 'SIGTERM');

    expect(await refusesConnections(apiUrl, 15_000)).toBe(true);
    expect(output()).toMatch(/shutting down/);
  });
});
