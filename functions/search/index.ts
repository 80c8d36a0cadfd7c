import { indexFromEnv } from '../commons/aws-dependencies.ts';
import { jsonLogger } from '../commons/logger.ts';
import { createSearchHandler } from './handler.ts';

// Built once per execution environment, at cold start, and reused by every invocation.
/** The search Lambda's entry point. */
export const handler = createSearchHandler({
  index: await indexFromEnv(),
  logger: jsonLogger('article-search'),
});
