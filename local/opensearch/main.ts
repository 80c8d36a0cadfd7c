import { nodeOptionsFromEnv, type RunningNode, startNode } from './node.ts';
import { NodeToolError } from './prerequisites.ts';

// `npm run opensearch`: a real single-node OpenSearch for this project, without Docker, until
// Ctrl+C. A developer tool: `npm start` never needs it.

const say = (line: string) => process.stderr.write(`opensearch: ${line}\n`);

let node: RunningNode;
try {
  const options = nodeOptionsFromEnv();
  say(`starting on 127.0.0.1:${options.port} (heap ${options.heap}, data in ${options.dataDir})`);
  node = await startNode({ ...options, log: say });
} catch (error) {
  say(error instanceof NodeToolError ? error.message : String(error));
  process.exit(1);
}

process.stdout.write(
  [
    '',
    `OpenSearch ${node.version} is ready in ${(node.startMs / 1000).toFixed(1)} s: ${node.url}`,
    `  data and logs  ${node.dataDir}`,
    `  use it         SEARCH_BACKEND=opensearch OPENSEARCH_URL=${node.url} npm start`,
    `  test against   OPENSEARCH_URL=${node.url} npm run test:opensearch`,
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n'),
);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  say(`${signal} received: stopping the node`);
  node.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
void node.exited.then((code) => {
  if (stopping) return;
  say(`the node exited on its own (code ${code}); see ${node.dataDir}/logs`);
  process.exit(1);
});
