import type { IncomingHttpHeaders } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** What the local HTTP server knows about a request. */
export interface HttpRequest {
  method: string;
  /** Path and query exactly as received. */
  url: string;
  httpVersion: string;
  headers: IncomingHttpHeaders;
  remoteAddress: string;
  body: Buffer;
}

/** Identity of the API and of this request, as API Gateway would assign them. */
export interface RequestIdentity {
  requestId: string;
  time: Date;
  /** Used when the request has no Host header. */
  defaultDomain: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Content types API Gateway passes as text; anything else arrives base64-encoded.
const TEXT_TYPES = /^(text\/|application\/(json|xml|x-www-form-urlencoded|[\w.+-]+\+(json|xml)))/i;

/** API Gateway's `requestContext.time`: `12/Mar/2020:19:03:58 +0000`. */
export function apiGatewayTime(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${pad(time.getUTCDate())}/${MONTHS[time.getUTCMonth()]}/${time.getUTCFullYear()}:` +
    `${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())}:${pad(time.getUTCSeconds())} +0000`
  );
}

function joinedHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    // Payload 2.0 moves cookies to their own field.
    if (value === undefined || name === 'cookie') continue;
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return result;
}

function queryParameters(rawQueryString: string): Record<string, string> | undefined {
  if (rawQueryString === '') return undefined;
  const result: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    // Repeated parameters are joined with commas, as API Gateway does.
    result[name] = name in result ? `${result[name]},${value}` : value;
  }
  return result;
}

function requestBody(
  request: HttpRequest,
): Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'> {
  if (request.body.length === 0) return { isBase64Encoded: false };
  const contentType = String(request.headers['content-type'] ?? '');
  return TEXT_TYPES.test(contentType)
    ? { body: request.body.toString('utf8'), isBase64Encoded: false }
    : { body: request.body.toString('base64'), isBase64Encoded: true };
}

/** Builds the event an API Gateway HTTP API ($default route, payload 2.0) sends to Lambda. */
export function toHttpApiEvent(
  request: HttpRequest,
  identity: RequestIdentity,
): APIGatewayProxyEventV2 {
  const queryStart = request.url.indexOf('?');
  const rawPath = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const rawQueryString = queryStart === -1 ? '' : request.url.slice(queryStart + 1);
  const cookies = String(request.headers.cookie ?? '')
    .split(';')
    .map((cookie) => cookie.trim())
    .filter((cookie) => cookie !== '');
  const domainName = request.headers.host ?? identity.defaultDomain;
  const query = queryParameters(rawQueryString);
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers: joinedHeaders(request.headers),
    ...(query ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName,
      domainPrefix: domainName.split('.')[0] ?? domainName,
      http: {
        method: request.method,
        path: rawPath,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.remoteAddress.replace(/^::ffff:/, ''),
        userAgent: String(request.headers['user-agent'] ?? ''),
      },
      requestId: identity.requestId,
      routeKey: '$default',
      stage: '$default',
      time: apiGatewayTime(identity.time),
      timeEpoch: identity.time.getTime(),
    },
    ...requestBody(request),
  };
}
