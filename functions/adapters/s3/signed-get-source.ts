import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isThrottlingError, isTransientError, StandardRetryStrategy } from '@smithy/core/retry';
import type { RetryErrorType, SdkError, StandardRetryToken } from '@smithy/types';
import aws4 from 'aws4';
import type { ArticleSource, StoredObject } from '../../core/ports.ts';
import { DEFAULT_READ_TIMEOUT_MS, ObjectReadTimeoutError } from './read-timeout.ts';

/** The credentials a request is signed with (what `@aws-sdk/credential-provider-env` gives). */
export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** How a {@link SignedGetArticleSource} reaches S3. */
export interface SignedGetSourceOptions {
  /** The bucket's region (Lambda sets `AWS_REGION`). */
  region: string;
  /** Called for every attempt, as the SDK's middleware calls its provider. */
  credentials: () => Promise<SigningCredentials>;
  /**
   * An S3-compatible server to address path-style (`http://127.0.0.1:4569`), as the SDK's
   * `endpoint` with `forcePathStyle`. Without it, S3 itself: virtual-hosted style where the
   * bucket name allows it, as the SDK addresses it.
   */
  endpoint?: string;
  /**
   * Longest one read may take, from the request to the last byte, retries included.
   * @default DEFAULT_READ_TIMEOUT_MS (20 s)
   */
  readTimeoutMs?: number;
  /** @default 3, the SDK's standard retry mode */
  maxAttempts?: number;
  /** Tests fix the signing time. */
  now?: () => Date;
}

/** An error S3 answered (its `<Code>` as the name, as the SDK names its exceptions). */
export class S3ResponseError extends Error {
  /** As the SDK's exceptions carry it, which its error classifiers read. */
  readonly $metadata: { httpStatusCode: number };

  constructor(
    override readonly name: string,
    message: string,
    readonly statusCode: number,
    /** When the server asked the client to come back (`retry-after`), for throttling. */
    readonly retryAfter?: Date,
  ) {
    super(message);
    this.$metadata = { httpStatusCode: statusCode };
  }
}

/** A GET request as sent: what the signing test compares with the SDK's. */
export interface SignedRequest {
  protocol: 'http:' | 'https:';
  hostname: string;
  port?: number;
  path: string;
  headers: Record<string, string>;
}

/**
 * How the SDK's retry middleware classifies a failure for its standard strategy: `THROTTLING`
 * and `TRANSIENT` (5xx answers S3 marks so, timeouts, network errors) are retried, anything
 * else fails at once. The classifiers are the SDK's own (`@smithy/core/retry`).
 */
function retryErrorType(error: unknown): RetryErrorType | undefined {
  if (!(error instanceof Error)) return undefined;
  // What the classifiers read: the name (S3's code), the HTTP status, Node's network error code.
  const shape = {
    name: error.name,
    message: error.message,
    code: (error as { code?: unknown }).code,
    ...(error instanceof S3ResponseError ? { $metadata: error.$metadata } : {}),
  };
  const view: SdkError = shape;
  if (isThrottlingError(view)) return 'THROTTLING';
  if (isTransientError(view)) return 'TRANSIENT';
  return undefined;
}

/**
 * Encodes a key for the request path as the SDK's S3 serializer does (`{Key+}`: every segment
 * between slashes percent-encoded by RFC 3986, the slashes kept). S3 signs this path as sent.
 */
export function encodeKeyPath(key: string): string {
  return key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

// What the SDK's endpoint rules address virtual-hosted over HTTPS: a DNS label (no dots, which
// a wildcard certificate cannot cover); other names go path-style.
const VIRTUAL_HOSTABLE = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

/**
 * Reads article objects with one SigV4-signed GET each (node:https, signed by `aws4`, which the
 * OpenSearch client's signer already bundles), instead of the whole S3 client: building
 * `@aws-sdk/client-s3` costs the ingest function about 50 ms of CPU at every cold start, for a
 * call that needs none of its machinery. It behaves as `S3ArticleSource` over the SDK: null for
 * an object gone (`NoSuchKey`), the SDK's retry policy for throttling, 5xx and network errors,
 * every other error thrown with S3's code as its name, and one deadline over the whole read.
 * `test/adapters/signed-get-source.test.ts` holds its signature to the SDK's signer. Unlike the
 * SDK it does not send `x-amz-checksum-mode: ENABLED` nor check the CRC S3 then returns for
 * objects uploaded with one; the body is held to its Content-Length, under TLS.
 */
export class SignedGetArticleSource implements ArticleSource {
  private readonly readTimeoutMs: number;
  private readonly now: () => Date;
  private readonly endpoint: URL | undefined;
  // The SDK's standard retry mode, as the S3 client runs it: 3 attempts, jittered exponential
  // backoff (longer for throttling), `retry-after` honoured, and a budget of retry tokens per
  // client so that an outage does not multiply the requests.
  private readonly retries: StandardRetryStrategy;

  constructor(private readonly options: SignedGetSourceOptions) {
    this.readTimeoutMs = options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
    this.now = options.now ?? (() => new Date());
    this.retries = new StandardRetryStrategy(options.maxAttempts ?? 3);
    this.endpoint = options.endpoint === undefined ? undefined : new URL(options.endpoint);
  }

  /** The signed request for one object, as {@link get} sends it. */
  async signedRequest(bucket: string, key: string): Promise<SignedRequest> {
    const { region } = this.options;
    const keyPath = encodeKeyPath(key);
    let protocol: SignedRequest['protocol'] = 'https:';
    let hostname: string;
    let port: number | undefined;
    let path: string;
    if (this.endpoint) {
      protocol = this.endpoint.protocol === 'http:' ? 'http:' : 'https:';
      hostname = this.endpoint.hostname;
      port = this.endpoint.port === '' ? undefined : Number(this.endpoint.port);
      const prefix = this.endpoint.pathname.replace(/\/$/, '');
      path = `${prefix}/${encodeKeyPath(bucket)}/${keyPath}`;
    } else if (VIRTUAL_HOSTABLE.test(bucket)) {
      hostname = `${bucket}.s3.${region}.amazonaws.com`;
      path = `/${keyPath}`;
    } else {
      hostname = `s3.${region}.amazonaws.com`;
      path = `/${encodeKeyPath(bucket)}/${keyPath}`;
    }
    const credentials = await this.options.credentials();
    const host = port === undefined ? hostname : `${hostname}:${port}`;
    const signed = aws4.sign(
      {
        service: 's3',
        region,
        method: 'GET',
        host: hostname,
        path,
        headers: { host, 'x-amz-date': amzDate(this.now()) },
      },
      credentials,
    );
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(signed.headers ?? {})) {
      if (value !== undefined) headers[name.toLowerCase()] = String(value);
    }
    return { protocol, hostname, ...(port === undefined ? {} : { port }), path, headers };
  }

  /**
   * The object's bytes and metadata, or null when it no longer exists. A read that does not
   * finish in time (a stalled connection, a server that never answers) is abandoned with an
   * {@link ObjectReadTimeoutError}, so one blocked object cannot stall ingestion.
   */
  async get(bucket: string, key: string): Promise<StoredObject | null> {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.readTimeoutMs);
    try {
      const response = await this.send(bucket, key, deadline.signal);
      if (response === null) return null;
      const bytes = await readBody(response);
      const lastModified = response.headers['last-modified'];
      const length = Number(response.headers['content-length']);
      // Node's parser already fails a body cut short; this holds the answer to its own length.
      if (response.headers['content-length'] !== undefined && bytes.length !== length) {
        throw new Error(
          `reading s3://${bucket}/${key} gave ${bytes.length} of ${length} bytes; abandoned`,
        );
      }
      const eTag = response.headers.etag?.replaceAll('"', '');
      return {
        bytes,
        contentType: response.headers['content-type'] ?? null,
        size: bytes.length,
        lastModified: lastModified ? new Date(lastModified) : null,
        ...(eTag ? { eTag } : {}),
      };
    } catch (error) {
      if (deadline.signal.aborted) {
        throw new ObjectReadTimeoutError(
          `reading s3://${bucket}/${key} took over ${this.readTimeoutMs / 1000} s; abandoned`,
          { cause: error },
        );
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The response whose body is the object (null for NoSuchKey), after the SDK's retries. */
  private async send(
    bucket: string,
    key: string,
    signal: AbortSignal,
  ): Promise<IncomingMessage | null> {
    let token: StandardRetryToken = await this.retries.acquireInitialRetryToken('s3');
    for (;;) {
      try {
        const response = await this.attempt(await this.signedRequest(bucket, key), signal);
        this.retries.recordSuccess(token);
        return response;
      } catch (error) {
        if (error instanceof S3ResponseError && error.name === 'NoSuchKey') return null;
        const errorType = retryErrorType(error);
        if (errorType === undefined || signal.aborted) throw error;
        const retryAfterHint = error instanceof S3ResponseError ? error.retryAfter : undefined;
        try {
          // Waits the backoff, or refuses: attempts or retry tokens used up.
          token = await this.retries.refreshRetryTokenForRetry(token, {
            errorType,
            ...(retryAfterHint ? { retryAfterHint } : {}),
          });
        } catch {
          throw error;
        }
        if (signal.aborted) throw error;
      }
    }
  }

  /** One request: the response when it is 2xx, an {@link S3ResponseError} otherwise. */
  private attempt(request: SignedRequest, signal: AbortSignal): Promise<IncomingMessage> {
    const send = request.protocol === 'http:' ? httpRequest : httpsRequest;
    return new Promise((resolve, reject) => {
      const outgoing = send(
        {
          protocol: request.protocol,
          hostname: request.hostname,
          ...(request.port === undefined ? {} : { port: request.port }),
          path: request.path,
          method: 'GET',
          headers: request.headers,
          signal,
        },
        (response) => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) return resolve(response);
          readBody(response).then(
            (body) => reject(responseError(status, Buffer.from(body).toString('utf8'), response)),
            reject,
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
  }
}

/** SigV4's timestamp (`20260115T103000Z`). */
function amzDate(date: Date): string {
  return date.toISOString().replace(/[:-]|\.\d{3}/g, '');
}

/** S3's error document (`<Error><Code>…</Code><Message>…</Message>`) as the SDK reads it. */
function responseError(status: number, body: string, response: IncomingMessage): S3ResponseError {
  const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
  const message = /<Message>([^<]*)<\/Message>/.exec(body)?.[1];
  // Without an error document (a HEAD, a proxy), the SDK names the error by its status.
  const name = code ?? (status === 404 ? 'NotFound' : `Http${status}`);
  const retryAfterHeader = response.headers['retry-after'];
  let retryAfter: Date | undefined;
  if (retryAfterHeader !== undefined) {
    const seconds = Number(retryAfterHeader);
    retryAfter = Number.isFinite(seconds)
      ? new Date(Date.now() + seconds * 1000)
      : new Date(retryAfterHeader);
    if (Number.isNaN(retryAfter.getTime())) retryAfter = undefined;
  }
  return new S3ResponseError(name, message ?? `S3 answered ${status}`, status, retryAfter);
}

async function readBody(response: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
