import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPage } from '../../web/build.ts';

/** The budget: the page with its script and styles, compressed. */
const BUDGET_BYTES = 60 * 1024;

// A size, not a timing: bytes are the same on every machine, so a unit test may hold them.
describe('the search page size', () => {
  it('stays within 60 KB compressed, page, script and styles together', async () => {
    const files = await buildPage();
    const gzip = files.reduce((sum, f) => sum + f.gzip.length, 0);
    const brotli = files.reduce((sum, f) => sum + f.brotli.length, 0);
    const raw = files.reduce((sum, f) => sum + f.body.length, 0);
    console.log(
      `search page: ${files.length} files, ${raw} bytes, ${gzip} gzip, ${brotli} brotli (budget ${BUDGET_BYTES})`,
    );
    expect(files.map((f) => f.path.replace(/-[A-Z0-9]+\./, '.')).sort()).toEqual([
      'assets/page.css',
      'assets/page.js',
      'index.html',
    ]);
    expect(gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('compresses each file at build time into exactly its own bytes', async () => {
    for (const file of await buildPage()) {
      expect(gunzipSync(file.gzip)).toEqual(Buffer.from(file.body));
      expect(brotliDecompressSync(file.brotli)).toEqual(Buffer.from(file.body));
    }
  });
});
