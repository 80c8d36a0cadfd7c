import { EldLanguageDetector } from '../adapters/language/eld-detector.ts';
import { S3ArticleSource } from '../adapters/s3/s3-article-source.ts';
import { indexFromEnv, s3ClientFromEnv } from '../commons/aws-dependencies.ts';
import { jsonLogger } from '../commons/logger.ts';
import { createIngestHandler } from './handler.ts';

// Built once per execution environment, at cold start, and reused by every invocation.
/** The ingest Lambda's entry point. */
export const handler = createIngestHandler({
  source: new S3ArticleSource(s3ClientFromEnv()),
  index: await indexFromEnv(),
  detector: new EldLanguageDetector(),
  clock: () => new Date(),
  logger: jsonLogger('article-ingest'),
});
