import type { ClientRequest } from 'node:http';
import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { type Client, Connection, errors } from '@opensearch-project/opensearch';
import { createOpenSearchClient } from '../../functions/adapters/opensearch/client.ts';
import type { IndexClient } from '../../functions/adapters/opensearch/index-client.ts';
import { createLambdaOpenSearchClient } from '../../functions/adapters/opensearch/lambda-client.ts';

const MOCK_CONFIG = {
  node: 'http://opensearch.test:9200',
  auth: { kind: 'none' },
  indexName: 'articles',
  refresh: 'false',
  tlsInsecure: false,
} as const;

/** One request as the client sent it. */
export interface SentRequest {
  method: string;
  path: string;
  /** Query string parameters, decoded. */
  query: Record<string, string>;
  /** The raw body: JSON, NDJSON for `_bulk`, or '' */
  body: string;
}

/** What the mock answers: a status and a JSON body (none for HEAD). */
export interface MockReply {
  status: number;
  body?: unknown;
}

/** Decides the reply to a request; return undefined to let the next route answer. */
export type Route = (request: SentRequest) => MockReply | undefined;

type RequestParams = Parameters<Connection['request']>[0];
type RequestCallback = Parameters<Connection['request']>[1];

function bodyText(body: RequestParams['body']): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  throw new Error('the mock connection does not take stream bodies');
}

function response(reply: MockReply, method: string): IncomingMessage {
  const message = new IncomingMessage(new Socket());
  message.statusCode = reply.status;
  message.headers = { 'content-type': 'application/json; charset=UTF-8' };
  if (method !== 'HEAD' && reply.body !== undefined) message.push(JSON.stringify(reply.body));
  message.push(null);
  return message;
}

/**
 * A cluster that answers from routes and records every request: a `Connection` injected into the
 * real `Client`, so serialisation, status handling and errors are the client's own, and no
 * network is used. Unrouted requests answer 500 and fail the test that made them.
 */
export class MockCluster {
  readonly requests: SentRequest[] = [];
  /** The headers of each request in `requests`, in the same order. */
  readonly headers: Record<string, unknown>[] = [];
  private readonly routes: Route[] = [];

  /** Adds a route, consulted before the ones added earlier. */
  on(route: Route): this {
    this.routes.unshift(route);
    return this;
  }

  /** Answers `method path` (a string or pattern; method `*` for any) with the reply. */
  when(
    method: string,
    path: string | RegExp,
    reply: MockReply | ((request: SentRequest) => MockReply | undefined),
  ): this {
    return this.on((request) => {
      const matches =
        (method === '*' || request.method === method) &&
        (typeof path === 'string' ? request.path === path : path.test(request.path));
      if (!matches) return undefined;
      return typeof reply === 'function' ? reply(request) : reply;
    });
  }

  /**
   * A cluster where the indices and aliases already exist: HEADs answer 200 and the mapping
   * update an ingest cold start sends is acknowledged (see `ensureIndices`).
   */
  withExistingIndices(): this {
    return this.when('HEAD', /.*/, { status: 200 }).when('*', /\/_mapping$/, {
      status: 200,
      body: { acknowledged: true },
    });
  }

  /** The reply of the newest route that answers; routes after it are not consulted. */
  private reply(request: SentRequest): MockReply | undefined {
    for (const route of this.routes) {
      const reply = route(request);
      if (reply !== undefined) return reply;
    }
    return undefined;
  }

  /** Requests to paths matching the pattern (method `*` for any), in order. */
  sent(method: string, path: string | RegExp): SentRequest[] {
    return this.requests.filter(
      (r) =>
        (method === '*' || r.method === method) &&
        (typeof path === 'string' ? r.path === path : path.test(r.path)),
    );
  }

  /** The `Connection` class that answers from this mock. */
  connectionClass(): typeof Connection {
    const cluster = this;
    return class MockConnection extends Connection {
      override request(params: RequestParams, callback: RequestCallback): ClientRequest {
        const request: SentRequest = {
          method: String(params.method),
          path: String(params.path),
          query: Object.fromEntries(new URLSearchParams(params.querystring ?? '')),
          body: bodyText(params.body),
        };
        cluster.requests.push(request);
        cluster.headers.push({ ...params.headers });
        const reply = cluster.reply(request);
        setImmediate(() => {
          if (reply === undefined) {
            callback(
              new errors.ConnectionError(`unrouted ${request.method} ${request.path}`),
              null,
            );
          } else {
            callback(null, response(reply, request.method));
          }
        });
        // The transport only ever aborts what this returns.
        return { abort() {} } as unknown as ClientRequest;
      }
    };
  }

  /** The production client, built by `createOpenSearchClient`, talking to this mock. */
  client(): Client {
    return createOpenSearchClient(MOCK_CONFIG, { Connection: this.connectionClass() });
  }

  /** The Lambda functions' client, built by `createLambdaOpenSearchClient`, talking to this mock. */
  lambdaClient(): IndexClient {
    return createLambdaOpenSearchClient(MOCK_CONFIG, { Connection: this.connectionClass() });
  }
}

/** The lines of an NDJSON body, parsed. */
export function ndjson(body: string): unknown[] {
  return body
    .split('\n')
    .filter((line) => line !== '')
    .map((line): unknown => JSON.parse(line));
}

/** A JSON body, parsed. */
export function json(body: string): unknown {
  return JSON.parse(body);
}

/** An OpenSearch error reply. */
export function errorReply(status: number, type: string, reason: string): MockReply {
  return { status, body: { error: { type, reason, root_cause: [{ type, reason }] }, status } };
}
