/**
 * The search page is served by the search function itself (`functions/search/page-assets.ts`),
 * from the API's own origin: no bucket, no CORS, the same in every stage and locally.
 */

/** The page's routes: the page at `/`, its script and styles under `/assets/`. */
export const PAGE_ROUTES = ['/', '/assets/{file}'] as const;

/** Where, beside the search function's bundle, the page's files are written. */
export const PAGE_DIR = 'page';

/**
 * The shell command that builds the search page (`web/build.ts`) into the search function's
 * bundle directory, run by the CDK bundling after esbuild has bundled the function.
 */
export function pageBuildCommand(root: string, outputDir: string): string {
  const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;
  return [
    quote(`${root}/node_modules/.bin/tsx`),
    quote(`${root}/web/build.ts`),
    quote(`${outputDir}/${PAGE_DIR}`),
  ].join(' ');
}
