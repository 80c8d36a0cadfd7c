import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { chunkSpecifier, INGEST_LAZY_CHUNKS } from '../../infra/constructs/bundling.ts';

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

describe('the function bundles', () => {
  // The classic API gives every schema its methods as closures when it is built: 62 KiB more
  // zod to compile, and schemas several times dearer to build, at every cold start, for schemas
  // the functions only parse with (bench/scale/RESULTS.md, issue-14e). One module importing
  // `zod` would bring it all back.
  it.each([
    ['search', 'functions/search/index.ts'],
    ['ingest', 'functions/ingest/index.ts'],
  ])(
    "%s: builds its schemas with zod's mini API, nothing imports the classic one",
    async (_, entry) => {
      const { metafile } = await build({
        entryPoints: [new URL(entry, root).pathname],
        bundle: true,
        platform: 'node',
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
        // The ingest function's lazy chunks, loaded when a PDF, Word or HTML file arrives.
        external: INGEST_LAZY_CHUNKS.map(chunkSpecifier),
      });
      // What the bundle holds: esbuild reads every locale the locales index names, keeps one.
      const inputs = Object.values(metafile.outputs).flatMap((output) =>
        Object.entries(output.inputs)
          .filter(([, input]) => input.bytesInOutput > 0)
          .map(([path]) => path),
      );
      expect(inputs.some((input) => input.includes('node_modules/zod/v4/mini/'))).toBe(true);
      expect(inputs.filter((input) => input.includes('node_modules/zod/v4/classic/'))).toEqual([]);
      // Only the English messages: `import { z }` (the namespace object) would bring every locale.
      expect(
        inputs.filter((input) =>
          /node_modules\/zod\/v4\/locales\/(?!en\.js|index\.js)/.test(input),
        ),
      ).toEqual([]);
    },
  );
});
