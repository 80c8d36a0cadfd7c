import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Logger } from '../functions/commons/logger.ts';
import { toHttpApiEvent } from './api-gateway-event.ts';
import { DEFAULT_FRONT_LIMITS, type HttpFrontLimits, startHttpFront } from './http-front.ts';
import { httpUrl } from './urls.ts';

/** A Lambda function behind an HTTP API. */
export type HttpApiHandler = (event: unknown) => Promise<APIGatewayProxyStructuredResultV2>;

/** A route the local stack answers itself (for the `articles` command), given the request body. */
export type LocalRoute = (body: Buffer) => Promise<APIGatewayProxyStructuredResultV2>;

/** Paths no API Gateway route has: the local stack's own operations live under it. */
export const LOCAL_ROUTE_PREFIX = '/_local/';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Where the local API listens and what it calls. */
export interface ApiServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  handler: HttpApiHandler;
  logger: Logger;
  /** @default 1 MiB */
  maxBodyBytes?: number;
  /** Request head limits and deadline, enforced before the handler sees anything. @default DEFAULT_FRONT_LIMITS */
  limits?: Partial<HttpFrontLimits>;
  /**
   * Time the server waits for a request body once the head has arrived; then 408.
   * @default 30 s
   */
  requestTimeoutMs?: number;
  /**
   * At shutdown, how long requests already being answered may take before their connections
   * are cut.
   * @default 3 s
   */
  shutdownGraceMs?: number;
  /**
   * The local stack's own operations, by `METHOD /path` under {@link LOCAL_ROUTE_PREFIX}, e.g.
   * `POST /_local/redrive`. Answered only to clients on this machine, whatever `host` is.
   * @default none
   */
  localRoutes?: Readonly<Record<string, LocalRoute>>;
}

/** A running local API. */
export interface ApiServer {
  url: string;
  close(): Promise<void>;
}

// The API is read-only and meant for local tools and pages, so any origin may call it.
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': '*',
  'access-control-max-age': '600',
};

class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

class BodyTimeoutError extends Error {
  override readonly name = 'BodyTimeoutError';
}

// Reads the body within a size limit and a deadline. A refused body is still read to its end
// (and thrown away), so the client is not reset while it sends the rest.
function readBody(request: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const done = (error?: Error) => {
      clearTimeout(deadline);
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.resume();
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) done(new BodyTooLargeError(`request body exceeds ${maxBytes} bytes`));
      else chunks.push(chunk);
    };
    const onEnd = () => done();
    const onError = (error: Error) => done(error);
    const deadline = setTimeout(
      () =>
        done(new BodyTimeoutError(`the request body did not arrive within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', onError);
  });
}

function send(
  response: ServerResponse,
  method: string,
  result: APIGatewayProxyStructuredResultV2,
  requestId: string,
  close: boolean,
): void {
  const body = Buffer.from(result.body ?? '', result.isBase64Encoded ? 'base64' : 'utf8');
  const headers: Record<string, string | string[]> = {
    ...CORS_HEADERS,
    'apigw-requestid': requestId,
    'content-length': String(body.length),
    // A body refused or not read to its end leaves the connection where no next request can
    // be found: it closes. Otherwise Node keeps it, as the client asks (see http-front.ts).
    ...(close ? { connection: 'close' } : {}),
  };
  for (const [name, value] of Object.entries(result.headers ?? {})) {
    headers[name.toLowerCase()] = String(value);
  }
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  response.writeHead(result.statusCode ?? 200, headers);
  response.end(method === 'HEAD' ? undefined : body);
}

const jsonError = (statusCode: number, error: string, message: string) => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ error, message }),
});

/**
 * Serves a Lambda handler over HTTP the way an API Gateway HTTP API does: each request becomes
 * a payload 2.0 event, the handler's result becomes the response. CORS preflight is answered
 * here, at the edge, as API Gateway's CORS configuration would, without calling the handler.
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const limits = { ...DEFAULT_FRONT_LIMITS, ...options.limits };
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  let defaultDomain = options.host;
  const localRoute = (method: string, url: string): LocalRoute | undefined => {
    const path = url.split('?')[0] ?? '';
    return path.startsWith(LOCAL_ROUTE_PREFIX)
      ? options.localRoutes?.[`${method} ${path}`]
      : undefined;
  };
  // The front reads and bounds every request head, within its deadline, and the body has its
  // own below: Node's headersTimeout and requestTimeout are checked only for servers that
  // listen themselves, which this one never does. The front also times kept connections out
  // between requests (http-front.ts). The header limit only has to exceed the front's.
  const server = createServer(
    { maxHeaderSize: limits.maxHeadBytes * 2 },
    async (request, response) => {
      const started = Date.now();
      const requestId = randomUUID();
      const method = request.method ?? 'GET';
      let result: APIGatewayProxyStructuredResultV2;
      let close = false;
      try {
        if (method === 'OPTIONS') {
          result = { statusCode: 204 };
        } else {
          const body = await readBody(request, maxBodyBytes, requestTimeoutMs);
          const local = localRoute(method, request.url ?? '/');
          if (local) {
            result = LOOPBACK.has(request.socket.remoteAddress ?? '')
              ? await local(body)
              : jsonError(403, 'forbidden', 'local operations are answered on this machine only');
          } else {
            result = await options.handler(
              toHttpApiEvent(
                {
                  method,
                  url: request.url ?? '/',
                  httpVersion: request.httpVersion,
                  headers: request.headers,
                  remoteAddress: request.socket.remoteAddress ?? '',
                  body,
                },
                { requestId, time: new Date(started), defaultDomain },
              ),
            );
          }
        }
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          result = jsonError(413, 'payload_too_large', error.message);
          close = true;
        } else if (error instanceof BodyTimeoutError) {
          result = jsonError(408, 'request_timeout', error.message);
          close = true;
        } else {
          options.logger.error('the handler threw', { requestId, error });
          result = jsonError(500, 'internal_error', 'the local API failed; see the server log');
        }
      }
      send(response, method, result, requestId, close);
      options.logger.info(`${method} ${request.url} -> ${result.statusCode ?? 200}`, {
        ms: Date.now() - started,
      });
    },
  );
  const front = startHttpFront(server, limits);
  await new Promise<void>((resolve, reject) => {
    front.server.once('error', reject);
    front.server.listen(options.port, options.host, () => resolve());
  });
  const { port } = front.server.address() as AddressInfo;
  defaultDomain = `${options.host}:${port}`;
  const shutdownGraceMs = options.shutdownGraceMs ?? 3_000;
  return {
    url: httpUrl(options.host, port),
    async close() {
      const closed = new Promise<void>((resolve, reject) => {
        front.server.close((error) => (error ? reject(error) : resolve()));
      });
      // A client that has not sent its request yet is not waiting for an answer: it goes now.
      front.dropPending();
      let grace: NodeJS.Timeout | undefined;
      const graceOver = new Promise<void>((resolve) => {
        grace = setTimeout(resolve, shutdownGraceMs);
      });
      await Promise.race([closed, graceOver]);
      clearTimeout(grace);
      front.dropAll();
      await closed;
    },
  };
}
