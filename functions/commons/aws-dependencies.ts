import { S3Client } from '@aws-sdk/client-s3';
import { ConfigError } from '../core/errors.ts';
import type { ArticleIndex } from '../core/ports.ts';
import { optionalEnv } from './env.ts';

/** The S3 client the Lambdas share: region and credentials come from the Lambda environment. */
export function s3ClientFromEnv(): S3Client {
  return new S3Client({});
}

/**
 * Opens the search index the deployed functions use, chosen by SEARCH_BACKEND. In AWS that is
 * OpenSearch; its adapter is delivered separately, and until it is present the functions fail
 * at start-up with this message instead of running against nothing.
 */
export async function indexFromEnv(): Promise<ArticleIndex> {
  const backend = optionalEnv('SEARCH_BACKEND', 'opensearch');
  throw new ConfigError(
    `SEARCH_BACKEND=${backend} has no adapter in this build; the OpenSearch index adapter is not implemented yet`,
  );
}
