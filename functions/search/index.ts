import { ArticleLanguageDetector } from '../adapters/language/article-language-detector.ts';
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
    // Loads the language model now, at cold start, rather than in the first search.
    detector: new ArticleLanguageDetector(),
    logger,
    metrics,
  }),
  { logger, metrics },
);
