import { ArticleLanguageDetector } from '../adapters/language/article-language-detector.ts';
import { articleSourceFromEnv } from '../commons/article-source-from-env.ts';
import { indexFromEnv } from '../commons/aws-dependencies.ts';
import { emfMetrics } from '../commons/emf-metrics.ts';
import { lambdaEntry } from '../commons/lambda-entry.ts';
import { jsonLogger } from '../commons/logger.ts';
import { createIngestHandler } from './handler.ts';

const SERVICE = 'article-ingest';
const logger = jsonLogger(SERVICE);
const metrics = emfMetrics(SERVICE);

// Built once per execution environment, at cold start, and reused by every invocation.
const index = await indexFromEnv({ log: logger });

/** The ingest Lambda's entry point. */
export const handler = lambdaEntry(
  createIngestHandler({
    source: articleSourceFromEnv(),
    index,
    // The same index finds near-duplicates, so copies of one press release share a storyId.
    stories: index,
    detector: new ArticleLanguageDetector(),
    clock: () => new Date(),
    logger,
    metrics,
  }),
  { logger, metrics },
);
