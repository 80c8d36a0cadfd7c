import type { Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emfMetrics } from '../../functions/commons/emf-metrics.ts';
import { lambdaEntry } from '../../functions/commons/lambda-entry.ts';
import { jsonLogger } from '../../functions/commons/logger.ts';
import { METRIC } from '../../functions/commons/metrics.ts';

const CONTEXT = {
  awsRequestId: 'request-1',
  functionName: 'dev-Service-Ingest',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:dev-Service-Ingest',
  memoryLimitInMB: '1024',
  callbackWaitsForEmptyEventLoop: true,
  logGroupName: '/aws/lambda/x',
  logStreamName: 'stream',
  getRemainingTimeInMillis: () => 1000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
} satisfies Context;

let lines: string[];

beforeEach(() => {
  // Prepare: Powertools writes JSON lines straight to stdout, warnings and errors to stderr;
  // collect them instead.
  lines = [];
  const collect = (chunk: string | Uint8Array) => {
    lines.push(
      ...String(chunk)
        .split('\n')
        .filter((l) => l !== ''),
    );
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(collect);
  vi.spyOn(process.stderr, 'write').mockImplementation(collect);
  vi.stubEnv('POWERTOOLS_METRICS_NAMESPACE', 'ArticleSearch/test');
  vi.stubEnv('POWERTOOLS_DEV', 'false');
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const parsed = (): Record<string, unknown>[] =>
  lines.map((line) => JSON.parse(line) as Record<string, unknown>);
const emf = () => parsed().filter((line) => '_aws' in line);

describe('json logger (powertools)', () => {
  it('writes one JSON object per line with level, message, service, timestamp and the fields', () => {
    jsonLogger('article-ingest').info('article indexed', { key: 'a.txt', id: 'abc' });

    expect(parsed()).toEqual([
      expect.objectContaining({
        level: 'INFO',
        message: 'article indexed',
        service: 'article-ingest',
        timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        key: 'a.txt',
        id: 'abc',
      }),
    ]);
  });

  it('keeps a field named like a powertools key instead of dropping it', () => {
    jsonLogger('article-ingest').warn('article rejected', { message: 'file is binary' });

    expect(parsed()).toEqual([
      expect.objectContaining({
        level: 'WARN',
        message: 'article rejected',
        field_message: 'file is binary',
      }),
    ]);
  });

  it('serialises an error field with its name, message and stack', () => {
    jsonLogger('article-search').error('search request failed', { error: new TypeError('boom') });

    expect(parsed()[0]?.error).toMatchObject({
      name: 'TypeError',
      message: 'boom',
      stack: expect.stringContaining('TypeError: boom'),
    });
  });

  it('stamps every line after addContext with the invocation', () => {
    const logger = jsonLogger('article-ingest');
    logger.addContext(CONTEXT);
    logger.info('one');

    expect(parsed()[0]).toMatchObject({
      function_request_id: 'request-1',
      function_name: 'dev-Service-Ingest',
      cold_start: expect.any(Boolean),
    });
  });
});

describe('emf metrics (powertools)', () => {
  it('writes the collected counts and durations as one EMF line in the configured namespace', () => {
    const metrics = emfMetrics('article-search');
    metrics.count(METRIC.searches);
    metrics.count(METRIC.searches);
    metrics.milliseconds(METRIC.searchLatency, 12.5);
    metrics.publish();

    const line = emf().find((l) => 'Searches' in l);
    // Repeated values of one metric travel as a list; CloudWatch adds them up.
    expect(line).toMatchObject({
      service: 'article-search',
      Searches: [1, 1],
      SearchLatency: 12.5,
    });
    const aws = line?._aws as { CloudWatchMetrics: unknown[] } | undefined;
    const directive = aws?.CloudWatchMetrics[0];
    expect(directive).toEqual({
      Namespace: 'ArticleSearch/test',
      Dimensions: [['service']],
      Metrics: expect.arrayContaining([
        { Name: 'Searches', Unit: 'Count' },
        { Name: 'SearchLatency', Unit: 'Milliseconds' },
      ]),
    });
  });

  it('writes no metrics line for an invocation that counted nothing', () => {
    const metrics = emfMetrics('article-search');
    metrics.publish();
    metrics.publish();

    // At most the process's one cold-start line.
    const names = emf().flatMap((l) =>
      Object.keys(l).filter((k) => !['_aws', 'service', 'function_name'].includes(k)),
    );
    expect(names.filter((n) => n !== 'ColdStart')).toEqual([]);
    expect(names.filter((n) => n === 'ColdStart').length).toBeLessThanOrEqual(1);
    expect(lines.filter((l) => l.includes('No application metrics'))).toEqual([]);
  });
});

describe('lambda entry', () => {
  it('adds the context to the logs and publishes the metrics even when the handler throws', async () => {
    const logger = jsonLogger('article-ingest');
    const metrics = emfMetrics('article-ingest');
    const handler = lambdaEntry(
      async () => {
        metrics.count(METRIC.messagesFailed);
        logger.error('failing');
        throw new Error('down');
      },
      { logger, metrics },
    );

    await expect(handler({}, CONTEXT)).rejects.toThrow('down');

    expect(parsed().find((l) => l.message === 'failing')).toMatchObject({
      function_request_id: 'request-1',
    });
    expect(emf().some((l) => l.MessagesFailed === 1)).toBe(true);
  });
});
