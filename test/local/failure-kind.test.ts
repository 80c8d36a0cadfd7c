import { describe, expect, it } from 'vitest';
import { ObjectReadTimeoutError } from '../../functions/adapters/s3/s3-article-source.ts';
import { failureCause, isTransientError, isTransientReason } from '../../local/failure-kind.ts';

const withFields = (message: string, fields: Record<string, unknown>) =>
  Object.assign(new Error(message), fields);

describe('whether a failure may pass with time', () => {
  it.each([
    [
      'an object read that timed out',
      new ObjectReadTimeoutError('reading s3://a/b took over 10 s'),
    ],
    ['a refused connection', withFields('connect ECONNREFUSED', { code: 'ECONNREFUSED' })],
    ['a reset connection', withFields('socket hang up', { code: 'ECONNRESET' })],
    ['a full disk (SQLite)', withFields('database or disk is full', { code: 'SQLITE_FULL' })],
    ['a busy database', withFields('database is locked', { code: 'SQLITE_BUSY' })],
    ['an SQLite I/O error', withFields('disk I/O error', { code: 'SQLITE_IOERR_WRITE' })],
    ['S3 throttling', withFields('Please reduce your request rate.', { name: 'SlowDown' })],
    [
      'an S3 5xx',
      withFields('We encountered an internal error', { $metadata: { httpStatusCode: 503 } }),
    ],
    ['an OpenSearch 429', withFields('Too Many Requests', { meta: { statusCode: 429 } })],
    [
      'an error caused by one',
      new Error('write failed', { cause: withFields('x', { code: 'EPIPE' }) }),
    ],
  ])('%s: yes', (_what, error) => {
    expect(isTransientError(error)).toBe(true);
  });

  it.each([
    ['a bug meeting a file', new TypeError("Cannot read properties of undefined (reading 'x')")],
    [
      'a mapping the cluster refuses',
      withFields('mapper_parsing_exception', { meta: { statusCode: 400 } }),
    ],
    [
      'a missing bucket',
      withFields('The specified bucket does not exist', { name: 'NoSuchBucket' }),
    ],
    ['something thrown that is not an error', 'just a string'],
  ])('%s: no', (_what, error) => {
    expect(isTransientError(error)).toBe(false);
  });

  it('reads the same verdict from a reason recorded as text', () => {
    expect(isTransientReason('the consumer threw Error: connect ECONNREFUSED 127.0.0.1:9200')).toBe(
      true,
    );
    expect(isTransientReason('ObjectReadTimeoutError: reading s3://a/b took over 10 s')).toBe(true);
    expect(isTransientReason('TypeError: x is not a function')).toBe(false);
  });

  it('names the failure as Name: message', () => {
    expect(failureCause(new TypeError('broken'))).toEqual({
      reason: 'TypeError: broken',
      transient: false,
    });
  });
});
