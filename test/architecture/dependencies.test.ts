import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dependencyViolations } from '../../scripts/check-dependencies.ts';

const root = new URL('../../', import.meta.url).pathname;

/** A tree laid out like the repository's, holding only the files a test writes. */
async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'architecture-'));
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe('the dependency rules', () => {
  let dir: string | undefined;

  beforeEach(() => {
    dir = undefined;
  });

  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('hold for the repository as it is', async () => {
    expect(await dependencyViolations(['functions'], root)).toEqual([]);
  });

  it('fail when the core imports the AWS SDK, Node file access or an adapter', async () => {
    dir = await tree({
      'functions/core/leak.ts': [
        "import { S3Client } from '@aws-sdk/client-s3';",
        "import { readFileSync } from 'node:fs';",
        "import { source } from '../adapters/store.ts';",
        'export const all = [S3Client, readFileSync, source];',
      ].join('\n'),
      'functions/adapters/store.ts': 'export const source = 1;',
    });

    const violations = await dependencyViolations(['functions'], dir);

    expect(violations.map((v) => v.rule.name).sort()).toEqual([
      'core-imports-no-adapter',
      'core-imports-no-io-library',
      'core-imports-no-node-io',
    ]);
  });

  it('fail when a handler reaches past the core into an adapter, but not its wiring', async () => {
    dir = await tree({
      'functions/search/handler.ts': "export { source } from '../adapters/store.ts';",
      'functions/search/index.ts': "export { source } from '../adapters/store.ts';",
      'functions/adapters/store.ts': 'export const source = 1;',
    });

    const violations = await dependencyViolations(['functions'], dir);

    expect(violations.map((v) => [v.from, v.rule.name])).toEqual([
      ['functions/search/handler.ts', 'handler-reaches-no-adapter'],
    ]);
  });

  it('fail when Lambda code imports a dev dependency, but not for a type alone', async () => {
    dir = await tree({
      'package.json': JSON.stringify({
        dependencies: { zod: '*' },
        devDependencies: { eld: '*', '@types/aws-lambda': '*' },
      }),
      'functions/core/detect.ts': [
        "import { eld } from 'eld/medium';",
        "import type { SQSEvent } from 'aws-lambda';",
        "import { z } from 'zod';",
        'export const all = [eld, z];',
        'export type Event = SQSEvent;',
      ].join('\n'),
    });

    const violations = await dependencyViolations(['functions'], dir);

    expect(violations.map((v) => [v.to, v.rule.name])).toEqual([
      [expect.stringContaining('node_modules/eld/'), 'lambda-code-imports-no-dev-dependency'],
    ]);
  });

  it('fail when one capability of the core reaches into another it must not know', async () => {
    dir = await tree({
      'functions/core/search/plan.ts': "export { normalise } from '../normalise/normalise.ts';",
      'functions/core/normalise/normalise.ts':
        "export { plan } from '../search/plan.ts';\nexport const normalise = 1;",
      'functions/core/text/terms.ts': "export { plan } from '../search/plan.ts';",
    });

    const violations = await dependencyViolations(['functions'], dir);

    expect(violations.map((v) => [v.from, v.rule.name]).sort()).toEqual([
      ['functions/core/normalise/normalise.ts', 'core-normalisation-knows-no-search-or-ingest'],
      ['functions/core/search/plan.ts', 'core-search-knows-no-normalisation-or-ingest'],
      ['functions/core/text/terms.ts', 'core-text-and-language-serve-every-capability'],
    ]);
  });
});
