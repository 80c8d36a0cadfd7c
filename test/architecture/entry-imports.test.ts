import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

const root = new URL('../../', import.meta.url);

/** The module specifiers of a file's import declarations, in order. */
function importsOf(path: string): string[] {
  const text = readFileSync(new URL(path, root), 'utf8');
  return [...text.matchAll(/^import\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map(
    (match) => match[1] ?? '',
  );
}

describe('the search function entry', () => {
  // zod reads `jitless` when a schema is built: schemas built by a module imported before the
  // setting would compile a parser on the first search again (bench/scale/RESULTS.md, 13a).
  it('sets zod jitless before any module that builds a schema is imported', () => {
    expect(importsOf('functions/search/index.ts')[0]).toBe('../commons/zod-jitless.ts');
  });

  it('turns off zod compiling a parser per schema', async () => {
    await import('../../functions/commons/zod-jitless.ts');
    expect(z.config().jitless).toBe(true);
  });
});
