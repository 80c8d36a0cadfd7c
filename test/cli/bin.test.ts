import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = new URL('../../bin/articles.js', import.meta.url).pathname;
const SEED = new URL('../../seeds/002_5054336fffde1a54.txt', import.meta.url).pathname;
const MISSING = '/nonexistent/article.txt';

// Every other CLI test runs the commands in process (test/support/articles-cli.ts); this one
// starts `bin/articles.js` as a user does, so the entry itself (tsx, the warning filter, the
// exit code) is covered too, with one process.
describe('bin/articles.js', () => {
  it('runs a command in its own process: answers on stdout, reasons on stderr, exit code 1 on a failure', async () => {
    const failure = await run('node', [BIN, 'normalise', SEED, MISSING], {
      encoding: 'utf8',
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);

    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('ENOENT') });
    const [first] = (failure as { stdout: string }).stdout.trim().split('\n');
    expect(JSON.parse(first ?? '')).toMatchObject({
      file: SEED,
      article: { language: 'en', publishedAt: '2026-02-26' },
    });
  });
});
