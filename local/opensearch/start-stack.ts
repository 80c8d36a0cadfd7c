import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { nodeOptionsFromEnv, type RunningNode, startNode } from './node.ts';
import { NodeToolError } from './prerequisites.ts';

// `npm run start:opensearch`: the production-shaped local stack. Starts the real node (as
// `npm run opensearch`), then `npm start` against it with SEARCH_BACKEND=opensearch, both with
// the same DATA_DIR; Ctrl+C stops the stack first, so its queue drains into the node, then the
// node.

const say = (line: string) => process.stderr.write(`opensearch: ${line}\n`);
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

let node: RunningNode;
try {
  node = await startNode({ ...nodeOptionsFromEnv(), log: say });
} catch (error) {
  say(error instanceof NodeToolError ? error.message : String(error));
  process.exit(1);
}
say(`OpenSearch ${node.version} ready at ${node.url} in ${(node.startMs / 1000).toFixed(1)} s`);

const stack = spawn(process.execPath, ['--import', 'tsx', MAIN], {
  stdio: 'inherit',
  env: { ...process.env, SEARCH_BACKEND: 'opensearch', OPENSEARCH_URL: node.url },
});
// The terminal's Ctrl+C reaches the stack directly (same process group); a SIGTERM sent to
// this process is passed on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => stack.kill('SIGTERM'));
const code = await new Promise<number>((done) => {
  stack.once('exit', (exitCode) => done(exitCode ?? 1));
});
say('stopping the node');
await node.stop();
process.exit(code);
