import { fileURLToPath } from 'node:url';
import { redirectSdkNodeVersionWarning } from '../functions/commons/node-warnings.ts';
import { readyReport } from './activity.ts';
import { localConfigFromEnv } from './config.ts';
import { consoleLogger } from './console-logger.ts';
import { describeSearchBackend } from './search-backend.ts';
import { BUCKET, LOCAL_CREDENTIALS, type LocalStack, REGION, startLocalStack } from './stack.ts';

// `npm start`: the whole pipeline on this machine, with no AWS account and no Docker.

const SEEDS_DIR = fileURLToPath(new URL('../seeds', import.meta.url));

function banner(stack: LocalStack): string {
  const credentials =
    `AWS_ACCESS_KEY_ID=${LOCAL_CREDENTIALS.accessKeyId} ` +
    `AWS_SECRET_ACCESS_KEY=${LOCAL_CREDENTIALS.secretAccessKey} AWS_DEFAULT_REGION=${REGION}`;
  return [
    '',
    'article-search is running locally',
    `  search API   ${stack.apiUrl}   (GET /search?q=…, /articles/{id}, /failures, /health)`,
    `  S3 endpoint  ${stack.s3Url}   (bucket "${stack.bucket}", any credentials)`,
    `  data         ${stack.dataDir}`,
    `  index        ${describeSearchBackend(config.searchBackend, stack.dataDir)}`,
    '',
    'Drop a file in (AWS CLI):',
    `  ${credentials} \\`,
    `    aws s3 cp file.txt s3://${BUCKET}/ --endpoint-url ${stack.s3Url}`,
    'Search:',
    `  curl '${stack.apiUrl}/search?q=Kosherbayev'`,
    `  curl '${stack.apiUrl}/search?q=Кошербаевым'`,
    `  npx articles search Кошербаевым --api ${stack.apiUrl}`,
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}

const config = localConfigFromEnv();
const log = consoleLogger('stack');
redirectSdkNodeVersionWarning((message) => log.info(message));
let stack: LocalStack;
try {
  stack = await startLocalStack({
    host: config.host,
    apiPort: config.apiPort,
    s3Port: config.s3Port,
    dataDir: config.dataDir,
    seedsDir: SEEDS_DIR,
    searchBackend: config.searchBackend,
    ...(config.jwt ? { jwt: config.jwt } : {}),
    logger: (component) => consoleLogger(component),
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const hint = /EADDRINUSE/.test(message) ? ' (set PORT or S3_PORT to use other ports)' : '';
  log.error(`could not start the local stack: ${message}${hint}`);
  process.exit(1);
}

process.stdout.write(`${banner(stack)}\n`);
void stack.drained().then(() => {
  const report = readyReport(stack.activity(), stack.deadLetterFile);
  log[report.level](report.text);
});

let stopping = false;
const shutDown = (why: string) => {
  if (stopping) {
    log.warn(`${why} again: exiting without waiting`);
    process.exit(1);
  }
  stopping = true;
  log.info(`${why}: shutting down`);
  stack.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      log.error('shutdown failed', { error });
      process.exit(1);
    },
  );
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => shutDown(`${signal} received`));
}

// `npm start` runs this under npm and a shell, and a signal sent to npm alone (a process
// manager stopping it, an IDE's stop button) does not reach this process: the shell dies and
// the stack would go on holding its ports. A new parent means whoever started it is gone.
const parent = process.ppid;
const orphanCheck = setInterval(() => {
  if (process.ppid === parent || stopping) return;
  clearInterval(orphanCheck);
  shutDown('the process that started the stack has exited');
}, 500);
orphanCheck.unref();
