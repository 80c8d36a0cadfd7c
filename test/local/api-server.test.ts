import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../functions/commons/logger.ts';
import { type ApiServer, type HttpApiHandler, startApiServer } from '../../local/api-server.ts';

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
