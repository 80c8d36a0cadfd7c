import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHeap, parsePort, type RunningNode, startNode } from './node.ts';
import { NodeToolError } from './prerequisites.ts';

// `tsx local/opensearch/with-node.ts <command…>`: runs a command against a fresh node (its own
// port and a throwaway data folder), with OPENSEARCH_URL set, then stops the node. CI runs the
// cluster suites this way; a node that cannot start fails the run, it never skips it.

const say = (line: string) => process.stderr.write(`with-node: ${line}\n`);

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

const command = process.argv.slice(2);
if (command.length === 0) {
  say('usage: tsx local/opensearch/with-node.ts <command> [args…]');
  process.exit(2);
}

const dataDir = await mkdtemp(join(tmpdir(), 'article-search-node-'));
let node: RunningNode | undefined;
let code = 1;
try {
  const port = process.env.OPENSEARCH_PORT
    ? parsePort(process.env.OPENSEARCH_PORT)
    : await freePort();
  const heap = parseHeap(process.env.OPENSEARCH_HEAP || '512m');
  node = await startNode({ port, dataDir, heap, log: say });
  say(`OpenSearch ${node.version} ready at ${node.url} in ${(node.startMs / 1000).toFixed(1)} s`);
  const child = spawn(command[0] ?? '', command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, OPENSEARCH_URL: node.url },
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  code = await new Promise<number>((done) => {
    child.once('exit', (exitCode, signal) => done(exitCode ?? (signal ? 1 : 0)));
  });
} catch (error) {
  say(error instanceof NodeToolError ? error.message : String(error));
  code = 1;
} finally {
  await node?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(code);
