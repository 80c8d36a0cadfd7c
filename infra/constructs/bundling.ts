/**
 * How every function is bundled, in one place for the CDK construct and the scale bench that
 * measures the bundles (bench/scale/bundles.ts).
 */
export const FUNCTION_BUNDLING = {
  target: 'node22',
  sourceMap: true,
  splitting: false,
  /**
   * esbuild emits ESM, but some bundled CommonJS dependencies still call `require` for Node
   * built-ins; ESM has no `require`, so the bundle defines one.
   */
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
} as const;

/**
 * pdf.js and its setup, kept out of the ingest function's main file and bundled beside it, loaded
 * by `import()` on the first PDF: 1.7 MB (29 % of the bundle) no longer read at every cold
 * start. A path from the repository root; the chunk keeps its file name.
 */
export const PDF_CHUNK = 'functions/core/normalise/formats/pdfjs-chunk.mjs';

/** The import specifier a main file loads a lazy chunk by: its file name, beside it. */
export function chunkSpecifier(chunk: string): string {
  return `./${chunk.split('/').at(-1) ?? chunk}`;
}

/**
 * The shell command that bundles one lazy chunk into `outputDir`, with the main bundle's
 * options.
 */
export function lazyChunkCommand(root: string, chunk: string, outputDir: string): string {
  const name = chunk.split('/').at(-1) ?? chunk;
  const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;
  return [
    quote(`${root}/node_modules/.bin/esbuild`),
    quote(`${root}/${chunk}`),
    '--bundle',
    '--platform=node',
    '--format=esm',
    `--target=${FUNCTION_BUNDLING.target}`,
    '--minify',
    '--main-fields=module,main',
    '--log-level=warning',
    ...(FUNCTION_BUNDLING.sourceMap ? ['--sourcemap', '--sources-content=false'] : []),
    quote(`--banner:js=${FUNCTION_BUNDLING.banner}`),
    quote(`--outfile=${outputDir}/${name}`),
  ].join(' ');
}
