import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { S3Client } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ObjectReadTimeoutError,
  S3ArticleSource,
} from '../../functions/adapters/s3/s3-article-source.ts';

// An S3 endpoint that misbehaves in one chosen way, to see what the source does about it.
type Behaviour = (response: ServerResponse) => void;

let server: Server | undefined;
const held: ServerResponse[] = [];

async function s3Answering(behaviour: Behaviour): Promise<S3Client> {
  server = createServer((_request, response) => {
    held.push(response);
    behaviour(response);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new S3Client({
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

afterEach(async () => {
  for (const response of held.splice(0)) response.destroy();
  const closing = new Promise((resolve) => server?.close(resolve));
  server?.closeAllConnections();
  await closing;
  server = undefined;
});

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise.then(
      (value) => ({ settled: 'resolved' as const, value }),
      (error: unknown) => ({ settled: 'rejected' as const, error }),
    ),
    new Promise<{ settled: 'late' }>((resolve) =>
      setTimeout(() => resolve({ settled: 'late' }), ms),
    ),
  ]);

describe('S3 article source', () => {
  it('reads the bytes and metadata of an object', async () => {
    const client = await s3Answering((response) => {
      response.writeHead(200, {
        'content-type': 'text/plain',
        'content-length': '5',
        'last-modified': 'Wed, 01 Jan 2025 10:00:00 GMT',
      });
      response.end('hello');
    });

    const stored = await new S3ArticleSource(client).get('articles', 'a.txt');

    expect(stored).toMatchObject({ contentType: 'text/plain', size: 5 });
    expect(Buffer.from(stored?.bytes ?? []).toString()).toBe('hello');
    expect(stored?.lastModified?.toISOString()).toBe('2025-01-01T10:00:00.000Z');
  });

  it('gives up on a server that never answers, naming the object', async () => {
    const client = await s3Answering(() => {});
    const source = new S3ArticleSource(client, { readTimeoutMs: 200 });

    const outcome = await within(source.get('articles', 'stuck.txt'), 5_000);

    expect(outcome.settled).toBe('rejected');
    const error = outcome.settled === 'rejected' ? outcome.error : undefined;
    expect(error).toBeInstanceOf(ObjectReadTimeoutError);
    expect(String(error)).toContain('s3://articles/stuck.txt');
  });

  it('gives up on a body that stops half-way', async () => {
    const client = await s3Answering((response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' });
      response.write('the first few bytes');
    });
    const source = new S3ArticleSource(client, { readTimeoutMs: 200 });

    const outcome = await within(source.get('articles', 'half.txt'), 5_000);

    expect(outcome.settled).toBe('rejected');
    expect(outcome.settled === 'rejected' && outcome.error).toBeInstanceOf(ObjectReadTimeoutError);
  });

  it('answers null for an object deleted since its event', async () => {
    const client = await s3Answering((response) => {
      response.writeHead(404, { 'content-type': 'application/xml' });
      response.end('<Error><Code>NoSuchKey</Code><Message>gone</Message></Error>');
    });

    expect(await new S3ArticleSource(client).get('articles', 'gone.txt')).toBeNull();
  });
});
