import { describe, expect, it } from 'vitest';
import { openSearchConfigFromEnv } from '../../functions/adapters/opensearch/config.ts';
import { indexFromEnv } from '../../functions/commons/aws-dependencies.ts';
import { ConfigError } from '../../functions/core/errors.ts';

describe('openSearchConfigFromEnv', () => {
  it('reads a plain URL with the defaults', () => {
    expect(openSearchConfigFromEnv({ OPENSEARCH_URL: 'http://127.0.0.1:9200' })).toEqual({
      node: 'http://127.0.0.1:9200',
      auth: { kind: 'none' },
      indexName: 'articles',
      refresh: 'false',
      tlsInsecure: false,
    });
  });

  it('takes basic-auth credentials from the URL, or from the environment, and keeps them out of the node', () => {
    expect(
      openSearchConfigFromEnv({ OPENSEARCH_URL: 'https://admin:p%40ss@localhost:9200/' }),
    ).toMatchObject({
      node: 'https://localhost:9200',
      auth: { kind: 'basic', username: 'admin', password: 'p@ss' },
    });
    expect(
      openSearchConfigFromEnv({
        OPENSEARCH_URL: 'https://localhost:9200',
        OPENSEARCH_USERNAME: 'reader',
        OPENSEARCH_PASSWORD: 'secret',
        OPENSEARCH_TLS_INSECURE: 'true',
      }),
    ).toMatchObject({
      auth: { kind: 'basic', username: 'reader', password: 'secret' },
      tlsInsecure: true,
    });
  });

  it('signs requests to an Amazon OpenSearch endpoint for the region, es by default', () => {
    expect(
      openSearchConfigFromEnv({
        OPENSEARCH_ENDPOINT: 'https://search-news-abc.eu-west-1.es.amazonaws.com',
        OPENSEARCH_INDEX: 'news',
        AWS_REGION: 'eu-west-1',
      }),
    ).toEqual({
      node: 'https://search-news-abc.eu-west-1.es.amazonaws.com',
      auth: { kind: 'sigv4', service: 'es', region: 'eu-west-1' },
      indexName: 'news',
      refresh: 'false',
      tlsInsecure: false,
    });
  });

  it('signs for Serverless, and accepts the bare host name the console shows', () => {
    expect(
      openSearchConfigFromEnv({
        OPENSEARCH_ENDPOINT: 'abc123.us-east-1.aoss.amazonaws.com',
        OPENSEARCH_SERVICE: 'aoss',
        AWS_REGION: 'us-east-1',
        OPENSEARCH_TLS_INSECURE: 'true',
      }),
    ).toMatchObject({
      node: 'https://abc123.us-east-1.aoss.amazonaws.com',
      auth: { kind: 'sigv4', service: 'aoss', region: 'us-east-1' },
      // Never for a real cluster.
      tlsInsecure: false,
    });
  });

  it.each([
    [{}, /OPENSEARCH_URL or OPENSEARCH_ENDPOINT is required/],
    [{ OPENSEARCH_URL: 'http://a:9200', OPENSEARCH_ENDPOINT: 'https://b' }, /not both/],
    [{ OPENSEARCH_ENDPOINT: 'https://search-x.es.amazonaws.com' }, /AWS_REGION/],
    [{ OPENSEARCH_ENDPOINT: 'http://search-x', AWS_REGION: 'eu-west-1' }, /https/],
    [{ OPENSEARCH_URL: 'http://a:9200', OPENSEARCH_INDEX: 'Articles' }, /^OPENSEARCH_INDEX/],
    [{ OPENSEARCH_URL: 'http://a:9200', OPENSEARCH_SERVICE: 'lucene' }, /^OPENSEARCH_SERVICE/],
    [{ OPENSEARCH_URL: 'http://a:9200', OPENSEARCH_REFRESH: 'always' }, /^OPENSEARCH_REFRESH/],
  ])('refuses %j with a ConfigError naming the variable', (env, message) => {
    expect(() => openSearchConfigFromEnv(env)).toThrow(ConfigError);
    expect(() => openSearchConfigFromEnv(env)).toThrow(message);
  });
});

describe('indexFromEnv', () => {
  it('refuses any backend but OpenSearch in a Lambda function', async () => {
    await expect(indexFromEnv({ env: { SEARCH_BACKEND: 'embedded' } })).rejects.toThrow(
      /SEARCH_BACKEND=embedded cannot run in a Lambda function/,
    );
  });

  it('fails start-up naming the missing endpoint', async () => {
    await expect(indexFromEnv({ env: { SEARCH_BACKEND: 'opensearch' } })).rejects.toThrow(
      ConfigError,
    );
  });
});
