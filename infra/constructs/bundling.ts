/**
 * How every function is bundled, in one place for the CDK construct and the scale bench that
 * measures the bundles (bench/scale/bundles.ts).
 */
export const FUNCTION_BUNDLING = {
  target: 'node22',
  sourceMap: true,
  splitting: false,
  /**
   * Non-ASCII characters written as they are (UTF-8), not as `\uXXXX` escapes (esbuild's
   * default): a Cyrillic letter is then 2 bytes instead of 6, which took the English–Russian
   * lexicon from 174 to 82 KiB of the search bundle (bench/scale/RESULTS.md).
   */
  charset: 'utf8',
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

/**
 * mammoth and the zip and XML libraries under it (370 KB), kept out of the ingest function's main
 * file as pdf.js is, loaded by `import()` on the first Word document.
 */
export const DOCX_CHUNK = 'functions/core/normalise/formats/docx-chunk.mjs';

/**
 * iconv-lite and its code-page tables (480 KB), loaded by `import()` on the first file that is
 * neither valid UTF-8 nor plain ASCII (`functions/core/normalise/decode.ts`).
 */
export const ENCODINGS_CHUNK = 'functions/core/normalise/encoding/iconv-chunk.mjs';

/**
 * linkedom (its CSS parser, entity tables, htmlparser2) and Readability (450 KB), loaded by
 * `import()` on the first HTML page or Word document: plain text, JSON and Markdown, most of an
 * archive, never read them, and a cold start no longer evaluates them (bench/scale/RESULTS.md).
 */
export const HTML_CHUNK = 'functions/core/normalise/formats/html-chunk.mjs';

/**
 * The YAML parser (113 KB, about 10 ms to evaluate), loaded by `import()` on the first Markdown
 * file with front matter.
 */
export const YAML_CHUNK = 'functions/core/normalise/formats/yaml-chunk.mjs';

/** The chunks the ingest function loads when first needed. */
export const INGEST_LAZY_CHUNKS = [
  PDF_CHUNK,
  DOCX_CHUNK,
  ENCODINGS_CHUNK,
  HTML_CHUNK,
  YAML_CHUNK,
] as const;

/**
 * fastText's lid.176 model, which the ingest function reads at init from beside its bundle
 * (`functions/adapters/language/lid176-model.ts`); a path from the repository root.
 */
export const LANGUAGE_MODEL_FILE = 'functions/adapters/language/lid.176.ftz';

/** The shell command that copies a file of the repository beside a bundle, under its own name. */
export function besideBundleCommand(root: string, file: string, outputDir: string): string {
  const name = file.split('/').at(-1) ?? file;
  const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;
  return `cp ${quote(`${root}/${file}`)} ${quote(`${outputDir}/${name}`)}`;
}

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
    `--charset=${FUNCTION_BUNDLING.charset}`,
    '--main-fields=module,main',
    '--log-level=warning',
    ...(FUNCTION_BUNDLING.sourceMap ? ['--sourcemap', '--sources-content=false'] : []),
    quote(`--banner:js=${FUNCTION_BUNDLING.banner}`),
    quote(`--outfile=${outputDir}/${name}`),
  ].join(' ');
}
