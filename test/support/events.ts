import { readFileSync } from 'node:fs';

/** A recorded event fixture, parsed. */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8'));
}

/** Encodes a key the way S3 writes it into notifications (form encoding, `/` kept). */
export function s3EncodedKey(key: string): string {
  return encodeURIComponent(key).replaceAll('%20', '+').replaceAll('%2F', '/');
}

/** An SQS event carrying one S3 notification record per message. */
export function sqsEvent(
  ...messages: Array<{
    id: string;
    kind: 'created' | 'removed';
    key: string;
    sequencer: string;
    bucket?: string;
  }>
): unknown {
  return {
    Records: messages.map((m) => ({
      messageId: m.id,
      receiptHandle: `handle-${m.id}`,
      body: JSON.stringify({
        Records: [
          {
            eventVersion: '2.1',
            eventSource: 'aws:s3',
            awsRegion: 'eu-central-1',
            eventTime: '2026-02-27T09:15:02.123Z',
            eventName: m.kind === 'created' ? 'ObjectCreated:Put' : 'ObjectRemoved:Delete',
            s3: {
              s3SchemaVersion: '1.0',
              bucket: {
                name: m.bucket ?? 'articles',
                arn: `arn:aws:s3:::${m.bucket ?? 'articles'}`,
              },
              object: {
                key: s3EncodedKey(m.key),
                sequencer: m.sequencer,
                ...(m.kind === 'created' ? { size: 1 } : {}),
              },
            },
          },
        ],
      }),
      attributes: { ApproximateReceiveCount: '1' },
      messageAttributes: {},
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-central-1:123456789012:article-ingest',
      awsRegion: 'eu-central-1',
    })),
  };
}

/** An API Gateway HTTP API (payload 2.0) GET request event. */
export function httpGet(pathAndQuery: string, method = 'GET'): unknown {
  const [rawPath = '/', rawQueryString = ''] = pathAndQuery.split('?');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: { host: 'api.example.test' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.test',
      http: {
        method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.10',
        userAgent: 'test',
      },
      requestId: 'req',
      routeKey: '$default',
      stage: '$default',
      time: '27/Feb/2026:09:30:00 +0000',
      timeEpoch: 1772184600000,
    },
    isBase64Encoded: false,
  };
}
