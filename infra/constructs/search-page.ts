import { PAGE_CONFIG_ENV, type PageConfig } from '../../functions/search/page-config.ts';
import type { ApiAccess } from '../config/stage-config.ts';

/**
 * The search page is served by the search function itself (`functions/search/page-assets.ts`),
 * from the API's own origin: no bucket, no CORS, the same in every stage and locally.
 */

/**
 * The page's routes: the page at `/`, its script and styles under `/assets/`, and what it must
 * know about the API (its access, how to sign in) at `/page-config.json`.
 */
export const PAGE_ROUTES = ['/', '/assets/{file}', '/page-config.json'] as const;

/**
 * The search function's environment that tells the page the stage's access and, on a `jwt`
 * stage with page sign-in, the issuer's endpoints and the page's client (none of it secret:
 * the page serves it to anyone).
 */
export function pageConfigEnvironment(access: ApiAccess): Record<string, string> {
  const config: PageConfig =
    access.kind === 'jwt' && access.pageSignIn
      ? {
          access: 'jwt',
          signIn: { ...access.pageSignIn, scopes: [...access.pageSignIn.scopes] },
        }
      : { access: access.kind };
  return { [PAGE_CONFIG_ENV]: JSON.stringify(config) };
}

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
