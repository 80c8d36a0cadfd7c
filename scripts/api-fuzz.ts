import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../functions/commons/logger.ts';
import { startLocalStack } from '../local/stack.ts';

// `npm run test:api-fuzz`: Schemathesis (PyPI, `.ci/schemathesis`) against GET /openapi.json of
// the local stack, started here on free ports with the seeds in a throwaway folder. It sends
// what the document allows and what it does not, and fails on any 5xx and on any answer the
// document does not describe (status, content type, body). Bounded in time: a couple of
// minutes on two shared cores. Extra arguments go to `schemathesis run`.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Seconds the fuzzing may take, once the examples are sent. */
const MAX_TIME = Number(process.env.API_FUZZ_SECONDS ?? 90);

const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'negative_data_rejection',
];

const dataDir = await mkdtemp(join(tmpdir(), 'api-fuzz-'));
const stack = await startLocalStack({
  dataDir,
  apiPort: 0,
  s3Port: 0,
  seedsDir: join(ROOT, 'seeds'),
  logger: () => silentLogger,
});
let status = 1;
try {
  await stack.drained();
  console.log(`api-fuzz: the local stack answers on ${stack.apiUrl}, seeds indexed`);
  status = await new Promise<number>((resolve, reject) => {
    const child = spawn(
      join(ROOT, '.ci/schemathesis'),
      [
        '--config-file',
        join(ROOT, '.ci/schemathesis.toml'),
        'run',
        `${stack.apiUrl}/openapi.json`,
        '--checks',
        CHECKS.join(','),
        '--phases',
        'examples,coverage,fuzzing',
        '--max-time',
        String(MAX_TIME),
        '--workers',
        '2',
        '--request-timeout',
        '10',
        '--suppress-health-check',
        'too_slow',
        ...process.argv.slice(2),
      ],
      // Schemathesis keeps a cache in its working folder: the throwaway one, not the checkout.
      // The hooks tell it the rules of GET /search its document cannot state as a schema.
      {
        stdio: 'inherit',
        cwd: dataDir,
        env: { ...process.env, SCHEMATHESIS_HOOKS: join(ROOT, '.ci/schemathesis_hooks.py') },
      },
    );
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} finally {
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(status);
