// First: schemas built by the imports below read it (see the module).
import '../commons/zod-jitless.ts';
import { fileURLToPath } from 'node:url';
import { QueryLetterDetector } from '../adapters/language/query-language-detector.ts';
import { indexFromEnv } from '../commons/aws-dependencies.ts';
import { emfMetrics } from '../commons/emf-metrics.ts';
import { lambdaEntry } from '../commons/lambda-entry.ts';
import { jsonLogger } from '../commons/logger.ts';
import { createSearchHandler } from './handler.ts';
import { PageAssets } from './page-assets.ts';
import { pageConfigFromEnv } from './page-config.ts';

const SERVICE = 'article-search';
const logger = jsonLogger(SERVICE);
const metrics = emfMetrics(SERVICE);
// Read before the page, so that a bad setting fails the start with its own message.
const pageConfig = pageConfigFromEnv();

/** Where the bundling writes the search page: `page/` beside this bundle. */
const PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));

// The page is read and compressed once per execution environment. Run from source (tests),
// there is no page beside this file: the API still answers, and `/` is a 404.
async function searchPage(): Promise<PageAssets | undefined> {
  try {
    return await PageAssets.fromDirectory(PAGE_DIR, pageConfig);
  } catch (error) {
    logger.warn('the search page is not bundled; GET / answers 404', { error });
    return undefined;
  }
}

// Built once per execution environment, at cold start, and reused by every invocation. The
// search role may only read, so it never creates the index: until the first article is
// ingested, searches answer an empty page.
/** The search Lambda's entry point. */
// The index check waits on the cluster and the page on the disk: both at once.
const [index, page] = await Promise.all([
  indexFromEnv({ log: logger, bootstrap: 'check' }),
  searchPage(),
]);

export const handler = lambdaEntry(
  createSearchHandler({
    index,
    // Queries are identified by script and letters: the article model stays out of the bundle.
    detector: new QueryLetterDetector(),
    logger,
    metrics,
    page,
  }),
  { logger, metrics },
);
