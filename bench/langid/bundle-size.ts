/**
 * Ingest bundle size and the detector's cold-start cost, with the new detector and with ELD
 * (the one before), bundled the way infra/constructs/node-function.ts bundles functions.
 *
 *   npx tsx bench/langid/bundle-size.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { LANGUAGE_MODEL_FILE } from '../../infra/constructs/bundling.ts';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'langid-bundle-'));
const eld = join(root, 'bench/langid/lib/eld-detector.ts');
// The detector reads the fastText model from beside its bundle, as the ingest function does.
copyFileSync(join(root, LANGUAGE_MODEL_FILE), join(out, 'lid.176.ftz'));

/** Swaps the new detector for ELD, to measure the bundle as it was before. */
const withEld: Plugin = {
  name: 'with-eld',
  setup(plugin) {
    plugin.onResolve({ filter: /article-language-detector\.ts$/ }, () => ({
      path: 'eld-shim',
      namespace: 'shim',
    }));
    plugin.onLoad({ filter: /.*/, namespace: 'shim' }, () => ({
      contents: `export { EldLanguageDetector as ArticleLanguageDetector } from ${JSON.stringify(eld)};`,
      loader: 'ts',
      resolveDir: root,
    }));
  },
};

async function bundle(entry: string, file: string, plugins: Plugin[]): Promise<number> {
  const result = await build({
    entryPoints: [join(root, entry)],
    outfile: join(out, file),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    mainFields: ['module', 'main'],
    banner: {
      js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
    },
    metafile: true,
    logLevel: 'error',
    plugins,
  });
  return Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
}

/** Median wall time of a fresh `node` importing the bundle and detecting one text. */
function coldStartMs(file: string): number {
  const script = `const t = performance.now(); const m = await import(${JSON.stringify(join(out, file))}); new m.ArticleLanguageDetector().detect('Президент подписал закон'); console.log(performance.now() - t);`;
  const times = Array.from({ length: 7 }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', script]).toString()),
  ).sort((a, b) => a - b);
  return times[3] ?? 0;
}

const rows: string[] = [
  '| | ingest bundle | detector bundle | detector cold start (import + first detect) |',
  '| --- | ---: | ---: | ---: |',
];
for (const [name, plugins] of [
  ['ELD (before)', [withEld]],
  ['project (after)', []],
] as const) {
  const tag = plugins.length ? 'eld' : 'new';
  const ingest = await bundle('functions/ingest/index.ts', `ingest-${tag}.mjs`, [...plugins]);
  const detector = await bundle(
    'functions/adapters/language/article-language-detector.ts',
    `detector-${tag}.mjs`,
    [...plugins],
  );
  const cold = coldStartMs(`detector-${tag}.mjs`);
  // The project's detector reads the model from a file beside its bundle: counted with it.
  const model = plugins.length ? 0 : statSync(join(out, 'lid.176.ftz')).size;
  rows.push(
    `| ${name} | ${((ingest + model) / 1e6).toFixed(2)} MB | ${((detector + model) / 1e6).toFixed(2)} MB | ${cold.toFixed(0)} ms |`,
  );
}
process.stdout.write(`${rows.join('\n')}\n`);
