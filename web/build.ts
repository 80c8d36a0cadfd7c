/**
 * Builds the search page: `web/index.html` and one script and one style sheet bundled by
 * esbuild from `web/src/`, their names carrying a content hash so they can be cached for good.
 * The search function serves them (`functions/search/page-assets.ts`): the local stack builds
 * them in memory at start, the CDK bundling writes them beside the search function's bundle
 * (`tsx web/build.ts <dir>`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { COMPRESSED, type PageFile } from '../functions/search/page-assets.ts';

const WEB_DIR = import.meta.dirname;

function compressed(path: string, body: Uint8Array): PageFile {
  return {
    path,
    body,
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  };
}

/** Browsers the page is written for: those of the last two years or so. */
export const PAGE_TARGETS = ['chrome111', 'firefox111', 'safari16.4', 'edge111'];

/** Bundles the page and returns its files, without writing anything. */
export async function buildPage(): Promise<PageFile[]> {
  const result = await build({
    entryPoints: { page: join(WEB_DIR, 'src/main.tsx') },
    bundle: true,
    format: 'esm',
    target: PAGE_TARGETS,
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: join(WEB_DIR, 'tsconfig.json'),
    entryNames: '[name]-[hash]',
    outdir: join(WEB_DIR, 'out'),
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const assets = result.outputFiles.map((file) => ({
    path: `assets/${file.path.split('/').at(-1) ?? file.path}`,
    body: file.contents,
  }));
  const named = (extension: string) => {
    const asset = assets.find((file) => file.path.endsWith(extension));
    if (!asset) throw new Error(`the page build made no ${extension} file`);
    return `/${asset.path}`;
  };
  const html = (await readFile(join(WEB_DIR, 'index.html'), 'utf8'))
    .replace('/assets/page.js', named('.js'))
    .replace('/assets/page.css', named('.css'));
  return [{ path: 'index.html', body: new TextEncoder().encode(html) }, ...assets].map((file) =>
    compressed(file.path, file.body),
  );
}

/** Writes the page's files under `dir`, each at its URL path, its compressed forms beside it. */
export async function writePage(dir: string): Promise<void> {
  for (const file of await buildPage()) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.body);
    await writeFile(`${target}${COMPRESSED.gzip}`, file.gzip);
    await writeFile(`${target}${COMPRESSED.brotli}`, file.brotli);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx web/build.ts <output directory>');
    process.exit(2);
  }
  await writePage(dir);
}
