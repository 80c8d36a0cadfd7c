import { credentialsFromEnv } from '../adapters/env-credentials.ts';
import { SignedGetArticleSource } from '../adapters/s3/signed-get-source.ts';
import { requireEnv } from './env.ts';

/**
 * Where the ingest function reads articles: one signed GET for each object, with the region
 * (`AWS_REGION`) and the execution role's credentials Lambda sets in the environment. Not the
 * SDK's S3 client, whose construction alone took a third of the function's cold start. In a
 * file of its own so that the search function, which opens the index from aws-dependencies.ts,
 * does not carry it.
 */
export function articleSourceFromEnv(env: NodeJS.ProcessEnv = process.env): SignedGetArticleSource {
  const credentials = credentialsFromEnv();
  return new SignedGetArticleSource({
    region: requireEnv('AWS_REGION', env),
    credentials: () => credentials(),
  });
}
