import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
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
  /** Tests fix the signing time and the backoff's jitter. */
  now?: () => Date;
  random?: () => number;
}

/** An error S3 answered (its `<Code>` as the name, as the SDK names its exceptions). */
export class S3ResponseError extends Error {
  constructor(
    override readonly name: string,
    message: string,
    readonly statusCode: number,
    /** When the server asked the client to come back (`retry-after`), for throttling. */
    readonly retryAfter?: Date,
  ) {
    super(message);
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

// The SDK's standard retry mode (@smithy/core's StandardRetryStrategy with its 2026 settings,
// the version in package-lock.json): 3 attempts, a full-jitter exponential backoff from 50 ms
// (1 s for throttling) capped at 20 s, the server's `retry-after` honoured up to 5 s beyond it,
// and a bucket of 500 retry tokens per client (14 a retry, 5 for throttling, refunded on success).
const BASE_DELAY_MS = 50;
const THROTTLING_BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 20_000;
const RETRY_AFTER_GRACE_MS = 5_000;
const INITIAL_RETRY_TOKENS = 500;
const RETRY_COST = 14;
const THROTTLING_RETRY_COST = 5;
const NO_RETRY_INCREMENT = 1;
// The SDK's lists (service-error-classification/constants.js).
const THROTTLING_CODES = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
]);
const TRANSIENT_CODES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);
const NETWORK_ERROR_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** `throttling`, `transient` (retried) or undefined (failed at once), as the SDK classifies. */
function retryKind(error: unknown): 'throttling' | 'transient' | undefined {
  if (error instanceof S3ResponseError) {
    if (error.statusCode === 429 || THROTTLING_CODES.has(error.name)) return 'throttling';
    if (TRANSIENT_STATUSES.has(error.statusCode) || TRANSIENT_CODES.has(error.name))
      return 'transient';
    return undefined;
  }
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && NETWORK_ERROR_CODES.has(code) ? 'transient' : undefined;
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
  private readonly maxAttempts: number;
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly endpoint: URL | undefined;
  private retryTokens = INITIAL_RETRY_TOKENS;

  constructor(private readonly options: SignedGetSourceOptions) {
    this.readTimeoutMs = options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
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
    let cost: number | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await this.attempt(await this.signedRequest(bucket, key), signal);
        this.retryTokens = Math.min(
          INITIAL_RETRY_TOKENS,
          this.retryTokens + (cost ?? NO_RETRY_INCREMENT),
        );
        return response;
      } catch (error) {
        if (error instanceof S3ResponseError && error.name === 'NoSuchKey') return null;
        const kind = retryKind(error);
        const price = kind === 'throttling' ? THROTTLING_RETRY_COST : RETRY_COST;
        if (
          kind === undefined ||
          signal.aborted ||
          attempt + 1 >= this.maxAttempts ||
          this.retryTokens < price
        ) {
          throw error;
        }
        this.retryTokens -= price;
        cost = price;
        const base = kind === 'throttling' ? THROTTLING_BASE_DELAY_MS : BASE_DELAY_MS;
        let delay = Math.floor(this.random() * Math.min(base * 2 ** attempt, MAX_DELAY_MS));
        if (error instanceof S3ResponseError && error.retryAfter) {
          const hinted = error.retryAfter.getTime() - Date.now();
          delay = Math.max(delay, Math.min(hinted, delay + RETRY_AFTER_GRACE_MS));
        }
        await sleep(delay, signal);
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

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
