import { QueryLetterDetector } from '../adapters/language/query-language-detector.ts';
import { indexFromEnv } from '../commons/aws-dependencies.ts';
import { emfMetrics } from '../commons/emf-metrics.ts';
import { lambdaEntry } from '../commons/lambda-entry.ts';
import { jsonLogger } from '../commons/logger.ts';
import { createSearchHandler } from './handler.ts';

const SERVICE = 'article-search';
const logger = jsonLogger(SERVICE);
const metrics = emfMetrics(SERVICE);

// Built once per execution environment, at cold start, and reused by every invocation. The
// search role may only read, so it never creates the index: until the first article is
// ingested, searches answer an empty page.
/** The search Lambda's entry point. */
export const handler = lambdaEntry(
  createSearchHandler({
    index: await indexFromEnv({ log: logger, bootstrap: 'check' }),
    // Queries are identified by script and letters: the article model stays out of the bundle.
    detector: new QueryLetterDetector(),
    logger,
    metrics,
  }),
  { logger, metrics },
);
