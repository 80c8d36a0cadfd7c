import { connect } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../functions/commons/logger.ts';
import { type ApiServer, type HttpApiHandler, startApiServer } from '../../local/api-server.ts';
import { encodeRequestLine } from '../../local/raw-url-front.ts';

describe('local API server', () => {
  let server: ApiServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const serve = async (handler: HttpApiHandler, maxBodyBytes?: number) => {
    server = await startApiServer({
      host: '127.0.0.1',
      port: 0,
      handler,
      logger: silentLogger,
      ...(maxBodyBytes ? { maxBodyBytes } : {}),
    });
    return server.url;
  };

  it('hands the handler an HTTP API event and writes back its result, with CORS headers', async () => {
    const events: APIGatewayProxyEventV2[] = [];
    const url = await serve(async (event) => {
      events.push(event as APIGatewayProxyEventV2);
      return { statusCode: 201, headers: { 'x-answer': 42 }, body: 'made' };
    });

    const response = await fetch(`${url}/search?q=a%20b`);

    expect(response.status).toBe(201);
    expect(await response.text()).toBe('made');
    expect(response.headers.get('x-answer')).toBe('42');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(events[0]).toMatchObject({
      rawPath: '/search',
      rawQueryString: 'q=a%20b',
      queryStringParameters: { q: 'a b' },
    });
  });

  it('accepts raw UTF-8 in the request line, as curl sends it and API Gateway takes it', async () => {
    const events: APIGatewayProxyEventV2[] = [];
    const url = new URL(
      await serve(async (event) => {
        events.push(event as APIGatewayProxyEventV2);
        return { statusCode: 200, body: 'ok' };
      }),
    );
    const raw = Buffer.from('GET /search?q=Кошербаевым HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8');

    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => socket.end(raw));
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('utf8');
      });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });

    expect(answer.startsWith('HTTP/1.1 200')).toBe(true);
    expect(new URLSearchParams(events[0]?.rawQueryString).get('q')).toBe('Кошербаевым');
  });

  it('answers a CORS preflight itself', async () => {
    let called = false;
    const url = await serve(async () => {
      called = true;
      return {};
    });

    const response = await fetch(`${url}/search`, { method: 'OPTIONS' });

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
    expect(called).toBe(false);
  });

  it('turns a handler exception into a 500 JSON answer', async () => {
    const url = await serve(async () => {
      throw new Error('index file is locked');
    });

    const response = await fetch(`${url}/search?q=x`);

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: 'internal_error',
      message: expect.not.stringContaining('locked'),
    });
  });

  it('refuses a body over the size limit', async () => {
    const url = await serve(async () => ({ statusCode: 200 }), 10);

    const response = await fetch(`${url}/search`, { method: 'POST', body: 'x'.repeat(100) });

    expect(response.status).toBe(413);
  });

  it('decodes a base64 result body', async () => {
    const url = await serve(async () => ({
      statusCode: 200,
      body: Buffer.from('bytes').toString('base64'),
      isBase64Encoded: true,
    }));

    expect(await (await fetch(url)).text()).toBe('bytes');
  });
});

describe('encodeRequestLine', () => {
  it('percent-encodes bytes above 0x7F and leaves ASCII and existing escapes alone', () => {
    const line = Buffer.from('GET /search?q=Кб%20x HTTP/1.1', 'utf8');
    expect(encodeRequestLine(line).toString('latin1')).toBe(
      'GET /search?q=%D0%9A%D0%B1%20x HTTP/1.1',
    );
  });
});
