import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../functions/core/errors.ts';
import { localConfigFromEnv } from '../../local/config.ts';

describe('local configuration', () => {
  it('defaults to loopback, ports 3000 and 4569 and .data', () => {
    expect(localConfigFromEnv({})).toEqual({
      host: '127.0.0.1',
      apiPort: 3000,
      s3Port: 4569,
      dataDir: '.data',
      searchBackend: { kind: 'embedded' },
    });
  });

  it('reads the environment', () => {
    expect(
      localConfigFromEnv({ HOST: '::1', PORT: '0', S3_PORT: '9000', DATA_DIR: '/tmp/x' }),
    ).toEqual({
      host: '::1',
      apiPort: 0,
      s3Port: 9000,
      dataDir: '/tmp/x',
      searchBackend: { kind: 'embedded' },
    });
  });

  it('switches to OpenSearch with SEARCH_BACKEND=opensearch and OPENSEARCH_URL', () => {
    expect(
      localConfigFromEnv({ SEARCH_BACKEND: 'opensearch', OPENSEARCH_URL: 'http://127.0.0.1:9200' })
        .searchBackend,
    ).toEqual({
      kind: 'opensearch',
      config: {
        node: 'http://127.0.0.1:9200',
        auth: { kind: 'none' },
        indexName: 'articles',
        refresh: 'false',
        tlsInsecure: false,
      },
    });
    expect(() => localConfigFromEnv({ SEARCH_BACKEND: 'opensearch' })).toThrow(/OPENSEARCH_URL/);
    expect(() => localConfigFromEnv({ SEARCH_BACKEND: 'elastic' })).toThrow(/SEARCH_BACKEND/);
  });

  it('refuses a port that is not a port, naming it', () => {
    expect(() => localConfigFromEnv({ PORT: 'http' })).toThrow(ConfigError);
    expect(() => localConfigFromEnv({ S3_PORT: '70000' })).toThrow(/S3_PORT.*"70000"/);
  });
});
