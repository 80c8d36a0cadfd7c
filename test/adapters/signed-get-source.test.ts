import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  GetObjectCommand,
  S3Client,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from '@aws-sdk/client-s3';
import { SignatureV4 } from '@smithy/signature-v4';
import type { FinalizeRequestMiddleware, SourceData } from '@smithy/types';
import aws4 from 'aws4';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ObjectReadTimeoutError } from '../../functions/adapters/s3/read-timeout.ts';
import {
  S3ResponseError,
  SignedGetArticleSource,
  type SignedGetSourceOptions,
  type SignedRequest,
} from '../../functions/adapters/s3/signed-get-source.ts';

const CREDENTIALS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+token=',
};
const SIGNING_TIME = new Date('2026-01-15T10:30:00.000Z');

// Keys as S3 takes them: spaces, Unicode, characters URL forms treat specially (`+`, `%`, `~`,
// `?`, `#`, `&`, `=`), the RFC 3986 sub-delimiters encodeURIComponent leaves alone, and slashes
// (nested, doubled, leading and trailing).
const KEYS = [
  'plain.txt',
  'with space/and more spaces.html',
  'unicode/Привет мир — ünïcödé 日本語.md',
  'emoji 📰/news.txt',
  'a+b=c&d.txt',
  '100%/done%20twice%2B.txt',
  '~tilde/x~y~.txt',
  "quotes'(x)*!.txt",
  'odd?#[]@$,;:.txt',
  'deep/nested//double/slash/',
  '/leading-slash.txt',
  '../dots/./x.txt',
];
const TARGETS = [
  { bucket: 'articles-bucket-123', region: 'us-east-1' },
  { bucket: 'news-archive', region: 'eu-west-3' },
  // Dots do not fit a wildcard certificate: the SDK goes path-style.
  { bucket: 'my.dotted.bucket', region: 'ap-southeast-2' },
];

/** The request the S3 client itself sends for GetObject, signed by its own middleware. */
async function sdkRequest(
  bucket: string,
  key: string,
  region: string,
  endpoint?: string,
): Promise<{ hostname: string; port?: number; path: string; headers: Record<string, string> }> {
  let captured: SignedRequest | undefined;
  const client = new S3Client({
    region,
    credentials: CREDENTIALS,
    maxAttempts: 1,
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    requestHandler: {
      handle: async (request: {
        hostname: string;
        port?: number;
        path: string;
        query: Record<string, string>;
        headers: Record<string, string>;
      }) => {
        captured = {
          protocol: 'https:',
          hostname: request.hostname,
          ...(request.port ? { port: request.port } : {}),
          path: request.path,
          headers: Object.fromEntries(
            Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
          ),
        };
        throw new Error('captured');
      },
    },
  });
  // Only what the SDK adds for itself (its user agent, invocation and retry headers, the
  // `x-id` operation query, and `x-amz-checksum-mode`, which asks S3 for the checksums the SDK
  // then validates; see signed-get-source.ts) is taken out, before its signer runs: what it
  // signs is then what a plain GET of the object carries.
  const plainGet: FinalizeRequestMiddleware<ServiceInputTypes, ServiceOutputTypes> =
    (next) => async (args) => {
      const request = args.request as {
        headers: Record<string, string>;
        query: Record<string, string>;
      };
      for (const name of Object.keys(request.headers)) {
        if (/^(x-amz-user-agent|amz-sdk-|user-agent|x-amz-checksum-mode)/i.test(name))
          delete request.headers[name];
      }
      delete request.query['x-id'];
      return next(args);
    };
  client.middlewareStack.addRelativeTo(plainGet, {
    relation: 'before',
    toMiddleware: 'httpSigningMiddleware',
    name: 'plainGet',
  });
  await expect(client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).rejects.toThrow(
    'captured',
  );
  if (!captured) throw new Error('the S3 client sent nothing');
  return captured;
}

function source(options: Partial<SignedGetSourceOptions> = {}): SignedGetArticleSource {
  return new SignedGetArticleSource({
    region: 'us-east-1',
    credentials: async () => CREDENTIALS,
    now: () => SIGNING_TIME,
    ...options,
  });
}

describe('signed GET: the request is the S3 client’s', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  for (const { bucket, region } of TARGETS) {
    it(`addresses and signs every key as the S3 client does (${bucket}, ${region})`, async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(SIGNING_TIME);
      for (const key of KEYS) {
        const sdk = await sdkRequest(bucket, key, region);
        const ours = await source({ region }).signedRequest(bucket, key);

        expect({ key, hostname: ours.hostname, path: ours.path }).toEqual({
          key,
          hostname: sdk.hostname,
          path: sdk.path,
        });
        expect(ours.headers).toEqual(sdk.headers);
        expect(ours.headers['x-amz-security-token']).toBe(CREDENTIALS.sessionToken);
        expect(ours.headers.authorization).toMatch(
          new RegExp(
            `^AWS4-HMAC-SHA256 Credential=${CREDENTIALS.accessKeyId}/20260115/${region}/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$`,
          ),
        );
      }
    });
  }

  it('addresses an S3-compatible endpoint path-style, with its port, as the SDK does', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(SIGNING_TIME);
    for (const key of KEYS) {
      const sdk = await sdkRequest('articles', key, 'us-east-1', 'http://127.0.0.1:4569');
      const ours = await source({ endpoint: 'http://127.0.0.1:4569' }).signedRequest(
        'articles',
        key,
      );
      expect({ key, hostname: ours.hostname, port: ours.port, path: ours.path }).toEqual({
        key,
        hostname: sdk.hostname,
        port: sdk.port,
        path: sdk.path,
      });
      expect(ours.headers).toEqual(sdk.headers);
    }
  });

  it('has the canonical request and signature of the SDK’s signer (@smithy/signature-v4, as S3 configures it)', async () => {
    const { createHash, createHmac } = await import('node:crypto');
    // The hash constructor the SDK's signer takes (the S3 client's is node:crypto's, too).
    const bytes = (data: SourceData) =>
      typeof data === 'string'
        ? data
        : ArrayBuffer.isView(data)
          ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
          : new Uint8Array(data);
    class Sha256 {
      private readonly hash;
      constructor(secret?: SourceData) {
        this.hash =
          secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
      }
      update(data: SourceData): void {
        this.hash.update(bytes(data));
      }
      async digest(): Promise<Uint8Array> {
        return this.hash.digest();
      }
      reset(): void {}
    }
    for (const { bucket, region } of TARGETS) {
      const signer = new SignatureV4({
        credentials: CREDENTIALS,
        region,
        service: 's3',
        sha256: Sha256,
        uriEscapePath: false,
        applyChecksum: true,
      });
      for (const key of KEYS) {
        const ours = await source({ region }).signedRequest(bucket, key);
        const signed = await signer.sign(
          {
            method: 'GET',
            protocol: 'https:',
            hostname: ours.hostname,
            path: ours.path,
            query: {},
            headers: { host: ours.headers.host ?? '' },
          },
          { signingDate: SIGNING_TIME },
        );
        expect({ key, authorization: ours.headers.authorization }).toEqual({
          key,
          authorization: signed.headers.authorization,
        });

        // The canonical requests themselves: aws4's (which signed ours) and the SDK's.
        const aws4Canonical = new aws4.RequestSigner(
          {
            service: 's3',
            region,
            method: 'GET',
            host: ours.hostname,
            path: ours.path,
            headers: { ...ours.headers },
          },
          CREDENTIALS,
        ).canonicalString();
        const createCanonicalRequest = Reflect.get(signer, 'createCanonicalRequest') as (
          request: unknown,
          canonicalHeaders: Record<string, string>,
          payloadHash: string,
        ) => string;
        const { authorization: _, ...sentHeaders } = ours.headers;
        const sdkCanonical = createCanonicalRequest.call(
          signer,
          { method: 'GET', path: ours.path, query: {}, headers: sentHeaders },
          sentHeaders,
          sentHeaders['x-amz-content-sha256'] ?? '',
        );
        expect({ key, canonical: aws4Canonical }).toEqual({ key, canonical: sdkCanonical });
      }
    }
  });
});

// An S3 endpoint that answers as the test tells it, recording what it was sent.
let server: Server | undefined;
let port = 0;
const held: ServerResponse[] = [];
const received: IncomingMessage[] = [];

async function s3Answering(
  ...answers: Array<(response: ServerResponse) => void>
): Promise<SignedGetArticleSource> {
  server = createServer((request, response) => {
    received.push(request);
    held.push(response);
    const answer = answers[Math.min(received.length - 1, answers.length - 1)];
    answer?.(response);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return source({ endpoint: `http://127.0.0.1:${port}`, readTimeoutMs: 2_000 });
}

const error =
  (status: number, code: string, headers: Record<string, string> = {}) =>
  (response: ServerResponse) => {
    response.writeHead(status, { 'content-type': 'application/xml', ...headers });
    response.end(`<Error><Code>${code}</Code><Message>${code} here</Message></Error>`);
  };
const hello = (response: ServerResponse) => {
  response.writeHead(200, {
    'content-type': 'text/plain',
    'content-length': '5',
    'last-modified': 'Wed, 01 Jan 2025 10:00:00 GMT',
    etag: '"abc123"',
  });
  response.end('hello');
};

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
}

describe('signed GET: what it does with S3’s answers', () => {
  afterEach(async () => {
    for (const response of held.splice(0)) response.destroy();
    received.splice(0);
    if (server?.listening) {
      const closing = new Promise((resolve) => server?.close(resolve));
      server.closeAllConnections();
      await closing;
    }
    server = undefined;
  });

  it('reads the bytes and metadata of an object, at the key’s encoded path', async () => {
    const s3 = await s3Answering(hello);

    const stored = await s3.get('articles', 'news/Привет мир+1.txt');

    expect(stored).toMatchObject({ contentType: 'text/plain', size: 5, eTag: 'abc123' });
    expect(Buffer.from(stored?.bytes ?? []).toString()).toBe('hello');
    expect(stored?.lastModified?.toISOString()).toBe('2025-01-01T10:00:00.000Z');
    expect(received[0]?.url).toBe(
      '/articles/news/%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82%20%D0%BC%D0%B8%D1%80%2B1.txt',
    );
    expect(received[0]?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=/);
  });

  it('answers null for an object deleted since its event (NoSuchKey), without retrying', async () => {
    const s3 = await s3Answering(error(404, 'NoSuchKey'));

    expect(await s3.get('articles', 'gone.txt')).toBeNull();
    expect(received).toHaveLength(1);
  });

  it('retries a 5xx and a throttled answer, as the SDK’s standard mode does', async () => {
    const s3 = await s3Answering(error(503, 'SlowDown'), error(500, 'InternalError'), hello);

    const stored = await s3.get('articles', 'a.txt');

    expect(Buffer.from(stored?.bytes ?? []).toString()).toBe('hello');
    expect(received).toHaveLength(3);
  });

  it('gives up after 3 attempts, with S3’s code as the error’s name', async () => {
    const s3 = await s3Answering(error(500, 'InternalError'));

    const thrown = await failure(s3.get('articles', 'a.txt'));

    expect(thrown).toBeInstanceOf(S3ResponseError);
    expect(thrown).toMatchObject({ name: 'InternalError', statusCode: 500 });
    expect(received).toHaveLength(3);
  });

  it('fails at once on what a retry cannot fix (AccessDenied, NoSuchBucket)', async () => {
    for (const [status, code] of [
      [403, 'AccessDenied'],
      [404, 'NoSuchBucket'],
    ] as const) {
      const s3 = await s3Answering(error(status, code));
      const thrown = await failure(s3.get('articles', 'a.txt'));
      expect(thrown).toMatchObject({ name: code, statusCode: status });
      expect(received).toHaveLength(1);
      for (const response of held.splice(0)) response.destroy();
      received.splice(0);
      await new Promise((resolve) => server?.close(resolve));
    }
  });

  it('retries a refused connection, then reports it', async () => {
    await s3Answering(hello);
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
    const closed = source({ endpoint: `http://127.0.0.1:${port}` });

    const thrown = await failure(closed.get('articles', 'a.txt'));

    expect(thrown).toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('gives up on a server that never answers, naming the object', async () => {
    await s3Answering(() => {});
    const quick = source({ endpoint: `http://127.0.0.1:${port}`, readTimeoutMs: 200 });

    const thrown = await failure(quick.get('articles', 'stuck.txt'));

    expect(thrown).toBeInstanceOf(ObjectReadTimeoutError);
    expect(String(thrown)).toContain('s3://articles/stuck.txt');
  });

  it('fails a body cut short, and does not return it as the object', async () => {
    const s3 = await s3Answering((response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' });
      response.write('the first few bytes', () => response.socket?.destroy());
    });

    const thrown = await failure(s3.get('articles', 'cut.txt'));

    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(ObjectReadTimeoutError);
  });

  it('gives up on a body that stops half-way', async () => {
    await s3Answering((response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' });
      response.write('the first few bytes');
    });
    const quick = source({ endpoint: `http://127.0.0.1:${port}`, readTimeoutMs: 200 });

    expect(await failure(quick.get('articles', 'half.txt'))).toBeInstanceOf(ObjectReadTimeoutError);
  });
});
