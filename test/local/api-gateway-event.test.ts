import { describe, expect, it } from 'vitest';
import { apiGatewayTime, toHttpApiEvent } from '../../local/api-gateway-event.ts';

const IDENTITY = {
  requestId: 'req-1',
  time: new Date('2025-03-12T19:03:58.123Z'),
  defaultDomain: '127.0.0.1:3000',
};

const request = {
  method: 'GET',
  url: '/search?q=%D0%BA%D0%BE%D1%88&lang=ru&lang=en',
  httpVersion: '1.1',
  headers: {
    host: '127.0.0.1:3000',
    'user-agent': 'curl/8.0',
    cookie: 'a=1; b=2',
    'x-forwarded-for': '10.0.0.1',
  },
  remoteAddress: '::ffff:127.0.0.1',
  body: Buffer.alloc(0),
};

describe('API Gateway HTTP API event', () => {
  it('has the payload 2.0 shape', () => {
    expect(toHttpApiEvent(request, IDENTITY)).toEqual({
      version: '2.0',
      routeKey: '$default',
      rawPath: '/search',
      rawQueryString: 'q=%D0%BA%D0%BE%D1%88&lang=ru&lang=en',
      cookies: ['a=1', 'b=2'],
      headers: {
        host: '127.0.0.1:3000',
        'user-agent': 'curl/8.0',
        'x-forwarded-for': '10.0.0.1',
      },
      queryStringParameters: { q: 'кош', lang: 'ru,en' },
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        domainName: '127.0.0.1:3000',
        domainPrefix: '127',
        http: {
          method: 'GET',
          path: '/search',
          protocol: 'HTTP/1.1',
          sourceIp: '127.0.0.1',
          userAgent: 'curl/8.0',
        },
        requestId: 'req-1',
        routeKey: '$default',
        stage: '$default',
        time: '12/Mar/2025:19:03:58 +0000',
        timeEpoch: IDENTITY.time.getTime(),
      },
      isBase64Encoded: false,
    });
  });

  it('leaves out cookies and query parameters when there are none', () => {
    const event = toHttpApiEvent({ ...request, url: '/health', headers: {} }, IDENTITY);

    expect(event).not.toHaveProperty('cookies');
    expect(event).not.toHaveProperty('queryStringParameters');
    expect(event.rawQueryString).toBe('');
    expect(event.requestContext.domainName).toBe('127.0.0.1:3000');
  });

  it('passes a text body as text and anything else as base64', () => {
    const json = toHttpApiEvent(
      {
        ...request,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.from('{}'),
      },
      IDENTITY,
    );
    const binary = toHttpApiEvent(
      { ...request, method: 'POST', headers: {}, body: Buffer.from([0, 1]) },
      IDENTITY,
    );

    expect([json.body, json.isBase64Encoded]).toEqual(['{}', false]);
    expect([binary.body, binary.isBase64Encoded]).toEqual(['AAE=', true]);
  });

  it('formats the request time as API Gateway does', () => {
    expect(apiGatewayTime(new Date('2020-01-05T04:05:06Z'))).toBe('05/Jan/2020:04:05:06 +0000');
  });
});
