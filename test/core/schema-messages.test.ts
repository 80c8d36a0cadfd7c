import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSearchConfigFromEnv } from '../../functions/adapters/opensearch/config.ts';
import { parseS3Notification } from '../../functions/commons/s3-notification.ts';
import { SearchParametersSchema } from '../../functions/core/search/api-schema.ts';
import { pageConfigFromEnv } from '../../functions/search/page-config.ts';

// The schemas the search and ingest functions load are written with zod's mini API, which, unlike the
// classic one, words no error in English unless told to (functions/core/zod.ts). This file
// imports nothing that loads the classic API, so these are the messages a deployed function
// gives: word for word what users and operators read when the schemas were classic.

function configError(env: Record<string, string>): string {
  try {
    openSearchConfigFromEnv(env);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

function pageConfigError(config: unknown): string {
  try {
    pageConfigFromEnv({ PAGE_CONFIG: JSON.stringify(config) });
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

function parameterIssues(parameters: unknown): string[] {
  const result = SearchParametersSchema.safeParse(parameters);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function notificationError(object: Record<string, unknown>): string {
  const body = JSON.stringify({
    Records: [
      {
        eventSource: 'aws:s3',
        eventName: 'ObjectCreated:Put',
        eventTime: '2024-01-01T00:00:00Z',
        s3: { bucket: { name: 'archive' }, object: { key: 'a.txt', sequencer: '0A', ...object } },
      },
    ],
  });
  try {
    parseS3Notification(body);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

const URL_ENV = { OPENSEARCH_URL: 'http://a:9200' };
const SIGN_IN = {
  clientId: 'page',
  authorizationEndpoint: 'https://auth.example/authorize',
  tokenEndpoint: 'https://auth.example/token',
  scopes: ['openid'],
};

describe("the schemas' error messages", () => {
  it('name a bad OpenSearch setting and the values it takes', () => {
    expect(configError({ ...URL_ENV, OPENSEARCH_SERVICE: 'lucene' })).toBe(
      'OPENSEARCH_SERVICE Invalid option: expected one of "es"|"aoss"',
    );
    expect(configError({ ...URL_ENV, OPENSEARCH_REFRESH: 'always' })).toBe(
      'OPENSEARCH_REFRESH Invalid option: expected one of "false"|"true"|"wait_for"',
    );
    expect(configError({ ...URL_ENV, OPENSEARCH_TLS_INSECURE: 'yes' })).toBe(
      'OPENSEARCH_TLS_INSECURE Invalid option: expected one of "true"|"false"',
    );
    expect(configError({ ...URL_ENV, OPENSEARCH_INDEX: 'Articles' })).toBe(
      'OPENSEARCH_INDEX must be lower-case letters, digits, - or _ (an index name)',
    );
  });

  it("name what is wrong in the page's configuration, and where", () => {
    expect(pageConfigError({ access: 'open' })).toBe(
      'environment variable PAGE_CONFIG: access Invalid option: expected one of "iam"|"jwt"|"public"|"none"',
    );
    expect(pageConfigError({ access: 'jwt', signIn: { ...SIGN_IN, clientId: '' } })).toBe(
      'environment variable PAGE_CONFIG: signIn.clientId Too small: expected string to have >=1 characters',
    );
    expect(pageConfigError({ access: 'jwt', signIn: { ...SIGN_IN, scopes: [''] } })).toBe(
      'environment variable PAGE_CONFIG: signIn.scopes.0 Too small: expected string to have >=1 characters',
    );
    expect(pageConfigError({ access: 'jwt', signIn: { clientId: 'page' } })).toBe(
      'environment variable PAGE_CONFIG: signIn.authorizationEndpoint Invalid input: expected string, received undefined',
    );
    expect(pageConfigError([1])).toBe(
      'environment variable PAGE_CONFIG:  Invalid input: expected object, received array',
    );
  });

  it("count a query's and a source's characters as the document's maxLength does: code points", () => {
    // 4,000 emoji are 8,000 UTF-16 units but 4,000 characters to JSON Schema and to a person.
    expect(parameterIssues({ q: '😀'.repeat(4000) })).toEqual([]);
    expect(parameterIssues({ q: `${'😀'.repeat(3999)}ab` })).toEqual([
      'q: q must be at most 4000 characters',
    ]);
    // A lone surrogate is one character (one code point): a low half before a high one pairs nothing.
    expect(parameterIssues({ q: '\ud83d'.repeat(4000) })).toEqual([]);
    expect(parameterIssues({ q: '\ude00'.repeat(2001) + '\ud83d'.repeat(2000) })).toEqual([
      'q: q must be at most 4000 characters',
    ]);
    expect(parameterIssues({ source: ['𝒜'.repeat(200)] })).toEqual([]);
    expect(parameterIssues({ source: ['𝒜'.repeat(201)] })).toEqual([
      'source.0: source must be at most 200 characters',
    ]);
  });

  it('accept a query or a source exactly when it has at most as many code points as the limit', () => {
    // Runs of pairs, lone halves either way round and plain units around the limits.
    const unit = fc.constantFrom('a', 'é', 'ﬀ', '😀', '𝒜', '\ud83d', '\ude00', '\ude00\ud83d', ' ');
    const text = (around: number) =>
      fc
        .tuple(fc.integer({ min: around - 3, max: around + 3 }), fc.array(unit, { maxLength: 8 }))
        .map(([n, tail]) => `${'😀'.repeat(Math.max(0, n - tail.length))}${tail.join('')}`);
    const characters = (value: string) => Array.from(value).length;
    fc.assert(
      fc.property(text(4000), text(200), (q, source) => {
        const issues = parameterIssues({ q, source: [`x${source}`] });
        expect(issues.some((issue) => issue.startsWith('q:'))).toBe(characters(q) > 4000);
        const trimmed = `x${source}`.trim();
        expect(issues.some((issue) => issue.startsWith('source.0:'))).toBe(
          characters(trimmed) > 200,
        );
      }),
      { numRuns: 300, seed: 20 },
    );
  });

  it('name the search parameter at fault, in the words the API has always used', () => {
    expect(parameterIssues({ q: 'x'.repeat(4001) })).toEqual([
      'q: q must be at most 4000 characters',
    ]);
    expect(parameterIssues({ q: ['a', 'b'] })).toEqual([
      'q: Invalid input: expected string, received array',
    ]);
    expect(parameterIssues({ lang: ['xx1'] })).toEqual([
      'lang.0: lang must be two-letter ISO 639-1 codes such as ru or en (or und), separated by commas',
    ]);
    expect(parameterIssues({ source: ['  '] })).toEqual([
      'source.0: source must name a source, e.g. Kazinform',
    ]);
    expect(parameterIssues({ source: Array(51).fill('a') })).toEqual([
      'source: source may be given at most 50 times',
    ]);
    expect(parameterIssues({ from: '2024-2-3' })).toEqual([
      'from: from must be a day written YYYY-MM-DD, e.g. 2024-03-01',
      'from: from must be a day of the calendar, e.g. 2024-03-01',
    ]);
    expect(parameterIssues({ from: '2024-02-30' })).toEqual([
      'from: from must be a day of the calendar, e.g. 2024-03-01',
    ]);
    expect(parameterIssues({ from: '2024-03-02', to: '2024-03-01' })).toEqual([
      'to: to must not be before from',
    ]);
    expect(parameterIssues({ size: '0' })).toEqual([
      'size: size must be a whole number from 1 to 100',
    ]);
    expect(parameterIssues({ size: 5 })).toEqual([
      'size: Invalid input: expected string, received number',
    ]);
    expect(parameterIssues({ cursor: '!' })).toEqual([
      'cursor: cursor is not a cursor this API returned',
    ]);
    expect(parameterIssues({ collapse: 'all' })).toEqual([
      'collapse: collapse must be story or none',
    ]);
    expect(parameterIssues({ hint: 'eng' })).toEqual([
      'hint: hint must be a two-letter ISO 639-1 code such as ru or en',
    ]);
  });

  it('shape valid parameters as before: defaults filled, lists split, size a number', () => {
    expect(SearchParametersSchema.parse({ lang: ['ru,en', 'en'], size: '20' })).toEqual({
      q: '',
      lang: ['ru', 'en'],
      size: 20,
      collapse: 'story',
    });
  });

  it('name the field of an S3 notification that the ingest function cannot read', () => {
    const prefix = 'message body is not an S3 event notification: Records.0.s3.object';
    expect(notificationError({ size: -1 })).toBe(
      `${prefix}.size: Too small: expected number to be >=0`,
    );
    expect(notificationError({ size: 1.5 })).toBe(
      `${prefix}.size: Invalid input: expected int, received number`,
    );
    expect(notificationError({ key: '' })).toBe(
      `${prefix}.key: Too small: expected string to have >=1 characters`,
    );
    expect(notificationError({ sequencer: 'xyz' })).toBe(
      `${prefix}.sequencer: sequencer must be a hex string`,
    );
    expect(notificationError({ eTag: 5 })).toBe(
      `${prefix}.eTag: Invalid input: expected string, received number`,
    );
  });
});
