// `npm start`: the local stack compiled to plain JavaScript by esbuild, then run in this process.
//
// Run from source, every thread of the stack (the API's, the S3 server's, the normaliser's, the
// index writer's and the search readers') loaded tsx's TypeScript loader and the loader's own
// thread: about 30 MiB in the main thread and 10 MiB in each other, a fifth of an empty stack's
// memory after start and nearly a third once searches run (bench/scale/RESULTS.md). Compiled, no
// thread needs a loader. Our own code (local/, functions/, web/) is bundled, one file a thread;
// packages stay in node_modules, imported as they are. Compiling takes under a second (0.7–0.8 s
// at load 6, most of it esbuild's own start); the files are kept under
// node_modules/.cache by the hash of what they hold, so stacks started at once share them.
//
// Plain JavaScript on purpose: this file must run before anything can read TypeScript.
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, stop } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'article-search', 'local-stack');

/** The stack's main file and each worker thread's, by the name `local/thread-entry.ts` uses. */
const ENTRIES = {
  main: 'local/main.ts',
  's3-thread': 'local/s3/worker.ts',
  'normaliser-thread': 'local/normaliser/worker.ts',
  'writer-thread': 'local/writer/worker.ts',
  'reader-thread': 'local/readers/search-worker.ts',
};

// Our files find what lies beside them (the seeds, the language model, the search page's
// sources) through `import.meta`; compiled into another directory, each keeps its own.
const keepOwnLocation = {
  name: 'keep-own-location',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.(ts|mjs)$/ }, (args) => {
      if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
      const source = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents: source, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

// Each compiled file names its directory, where `threadEntry` finds the threads' files.
const BANNER =
  "globalThis.articleSearchCompiledStack ??= process.getBuiltinModule('node:url').fileURLToPath(new URL('.', import.meta.url));";

/**
 * Compiles the stack into the cache and returns the directory of its files. In a function of
 * its own, and esbuild's service stopped after it, so that nothing of the build (its output
 * files, about 6 MiB held as buffers, and the service's pipes) stays alive in the stack's
 * process: `npm start`'s memory is the stack's.
 */
async function compileStack() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: 'compiled',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    keepNames: true,
    sourcemap: 'linked',
    sourcesContent: false,
    banner: { js: BANNER },
    plugins: [keepOwnLocation],
    write: false,
    logLevel: 'warning',
  });

  const hash = createHash('sha256');
  for (const file of result.outputFiles) hash.update(file.path).update(file.contents);
  const digest = hash.digest('hex').slice(0, 16);
  const outdir = join(CACHE, digest);

  try {
    statSync(join(outdir, 'main.mjs'));
  } catch {
    // Written aside and renamed into place: a stack starting at the same moment sees all or none.
    const pending = join(CACHE, `.pending-${process.pid}-${Date.now()}`);
    for (const file of result.outputFiles) {
      const path = join(pending, relative(join(ROOT, 'compiled'), file.path));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    try {
      renameSync(pending, outdir);
    } catch {
      rmSync(pending, { recursive: true, force: true });
    }
    // Earlier builds' files, after a month: a stack still running one may start a thread from it.
    for (const name of readdirSync(CACHE)) {
      const path = join(CACHE, name);
      if (name !== digest && Date.now() - statSync(path).mtimeMs > 30 * 86_400_000) {
        rmSync(path, { recursive: true, force: true });
      }
    }
  }
  return outdir;
}

const outdir = await compileStack();
await stop();
await import(pathToFileURL(join(outdir, 'main.mjs')).href);
