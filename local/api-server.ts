import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Logger } from '../functions/commons/logger.ts';
import { toHttpApiEvent } from './api-gateway-event.ts';
import { acceptRawUtf8Urls } from './raw-url-front.ts';
import { httpUrl } from './urls.ts';

/** A Lambda function behind an HTTP API. */
export type HttpApiHandler = (event: unknown) => Promise<APIGatewayProxyStructuredResultV2>;

/** Where the local API listens and what it calls. */
export interface ApiServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  handler: HttpApiHandler;
  logger: Logger;
  /** @default 1 MiB */
  maxBodyBytes?: number;
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

async function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    total += buffer.length;
    if (total > maxBytes) throw new BodyTooLargeError(`request body exceeds ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function send(
  response: ServerResponse,
  method: string,
  result: APIGatewayProxyStructuredResultV2,
  requestId: string,
): void {
  const body = Buffer.from(result.body ?? '', result.isBase64Encoded ? 'base64' : 'utf8');
  const headers: Record<string, string | string[]> = {
    ...CORS_HEADERS,
    // One request per connection: only a connection's first request line passes through the
    // raw-UTF-8 front (see raw-url-front.ts).
    connection: 'close',
    'apigw-requestid': requestId,
    'content-length': String(body.length),
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
  let defaultDomain = options.host;
  const server = createServer(async (request, response) => {
    const started = Date.now();
    const requestId = randomUUID();
    const method = request.method ?? 'GET';
    let result: APIGatewayProxyStructuredResultV2;
    try {
      if (method === 'OPTIONS') {
        result = { statusCode: 204 };
      } else {
        const body = await readBody(request, maxBodyBytes);
        const event = toHttpApiEvent(
          {
            method,
            url: request.url ?? '/',
            httpVersion: request.httpVersion,
            headers: request.headers,
            remoteAddress: request.socket.remoteAddress ?? '',
            body,
          },
          { requestId, time: new Date(started), defaultDomain },
        );
        result = await options.handler(event);
      }
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        result = jsonError(413, 'payload_too_large', error.message);
        response.setHeader('connection', 'close');
      } else {
        options.logger.error('the search handler threw', { requestId, error });
        result = jsonError(500, 'internal_error', 'the local API failed; see the server log');
      }
    }
    send(response, method, result, requestId);
    options.logger.info(`${method} ${request.url} -> ${result.statusCode ?? 200}`, {
      ms: Date.now() - started,
    });
  });
  const front = acceptRawUtf8Urls(server);
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(options.port, options.host, () => resolve());
  });
  const { port } = front.address() as AddressInfo;
  defaultDomain = `${options.host}:${port}`;
  return {
    url: httpUrl(options.host, port),
    close: () =>
      new Promise<void>((resolve, reject) => {
        front.close((error) => (error ? reject(error) : resolve()));
        // A client that has not yet sent its request must not hold up shutdown.
        server.closeAllConnections();
      }),
  };
}
