import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Set by the banner of the compiled stack's files (`scripts/start.mjs`): their directory. */
interface CompiledStack {
  articleSearchCompiledStack?: string;
}

/**
 * The file a worker thread of the local stack starts from. Run from source (Vitest, `tsx`), the
 * thread's `worker-entry.mjs`, which registers tsx's loader before loading its TypeScript; in
 * the stack `npm start` runs, compiled by esbuild into plain JavaScript (`scripts/start.mjs`),
 * the thread's own compiled file, so no thread carries a TypeScript loader (about 10 MiB of
 * memory each, and the loader's own thread).
 */
export function threadEntry(source: URL, compiledName: string): URL {
  const compiled = (globalThis as CompiledStack).articleSearchCompiledStack;
  return compiled === undefined ? source : pathToFileURL(join(compiled, `${compiledName}.mjs`));
}
