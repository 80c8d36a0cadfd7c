import { connect, type Socket } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../functions/commons/logger.ts';
import {
  type ApiServer,
  type ApiServerOptions,
  type HttpApiHandler,
  startApiServer,
} from '../../local/api-server.ts';
import { encodeRequestLine } from '../../local/http-front.ts';

describe('local API server', () => {
  let server: ApiServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const serve = async (
    handler: HttpApiHandler,
    maxBodyBytes?: number,
    more: Partial<ApiServerOptions> = {},
  ) => {
    server = await startApiServer({
      host: '127.0.0.1',
      port: 0,
      handler,
      logger: silentLogger,
      ...(maxBodyBytes ? { maxBodyBytes } : {}),
      ...more,
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

/** What a raw client saw: everything the server sent, and whether the connection broke. */
interface Exchange {
  answer: string;
  status: number | null;
  error: string | null;
}

const okHandler: HttpApiHandler = async () => ({ statusCode: 200, body: 'ok' });

// A client that sends its whole request, in pieces as a network delivers them, before it reads
// the answer, and goes on sending after the server has answered, as curl does: the way to see a
// reset that a client reading while it writes (fetch) would not.
function exchange(url: string, request: Buffer | string, keepOpen = false): Promise<Exchange> {
  const { port, hostname } = new URL(url);
  const bytes = Buffer.from(request);
  return new Promise((resolve) => {
    let answer = '';
    let error: string | null = null;
    const socket = connect(
      { port: Number(port), host: hostname, allowHalfOpen: true },
      async () => {
        for (let at = 0; at < bytes.length && error === null; at += 16 * 1024) {
          socket.write(bytes.subarray(at, at + 16 * 1024));
          await new Promise((r) => setTimeout(r, 2));
        }
        if (!keepOpen && error === null) socket.end();
      },
    );
    // The server has finished answering: stop reading, as curl does once it has the answer.
    socket.on('end', () => {
      if (!keepOpen) return;
      socket.end();
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
    });
    socket.on('close', () => {
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1];
      resolve({ answer, status: status ? Number(status) : null, error });
    });
  });
}

const closed = (socket: Socket) =>
  new Promise<void>((resolve) => {
    if (socket.destroyed) resolve();
    else socket.once('close', () => resolve());
  });

function openSocket(url: string, send = ''): Promise<Socket> {
  const { port, hostname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      if (send) socket.write(send);
      resolve(socket);
    });
    socket.on('error', () => {});
    socket.once('error', reject);
  });
}

/** Resolves to `late` unless `promise` settles within `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'late'> {
  return Promise.race([promise, new Promise<'late'>((r) => setTimeout(() => r('late'), ms))]);
}

describe('local API server at its limits', () => {
  let server: ApiServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const serve = async (options: Partial<ApiServerOptions> = {}) => {
    server = await startApiServer({
      host: '127.0.0.1',
      port: 0,
      handler: okHandler,
      logger: silentLogger,
      ...options,
    });
    return server.url;
  };

  it.each([20, 80, 1024])(
    'answers a %i KiB URL with 414 and a JSON reason, never a reset',
    async (kib) => {
      const url = await serve();
      const request = `GET /search?q=${'a'.repeat(kib * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`;

      const result = await exchange(url, request);

      expect(result.error).toBeNull();
      expect(result.status).toBe(414);
      expect(result.answer).toContain('"error":"uri_too_long"');
    },
  );

  it('answers 431 to request headers over the limit, never a reset', async () => {
    const url = await serve();
    const headers = Array.from({ length: 100 }, (_, i) => `x-h${i}: ${'v'.repeat(1000)}`);
    const request = `GET /search?q=a HTTP/1.1\r\nHost: x\r\n${headers.join('\r\n')}\r\n\r\n`;

    const result = await exchange(url, request);

    expect(result.error).toBeNull();
    expect(result.status).toBe(431);
  });

  it('still answers a request whose head arrives in small pieces', async () => {
    const url = await serve();
    const socket = await openSocket(url);
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('utf8');
      });
      socket.on('close', () => resolve(text));
    });
    for (const piece of ['GET /sea', 'rch?q=a HTTP/1.1\r\nHo', 'st: x\r\n', '\r\n']) {
      socket.write(piece);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    expect(await answer).toMatch(/^HTTP\/1\.1 200/);
  });

  it('disconnects a client that sends nothing within the head deadline', async () => {
    const url = await serve({ limits: { headTimeoutMs: 200 } });
    const idle = await openSocket(url);

    expect(await within(closed(idle), 5_000)).not.toBe('late');
  });

  it('answers 408 to a request head left half-sent', async () => {
    const url = await serve({ limits: { headTimeoutMs: 200 } });

    const result = await within(
      exchange(url, 'GET /search?q=a HTTP/1.1\r\nHost: x\r\n', true),
      5_000,
    );

    expect(result).toMatchObject({ status: 408, error: null });
  });

  it('answers 408 to a body left half-sent', async () => {
    const url = await serve({ requestTimeoutMs: 300 });
    const request = 'POST /search HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly ten b';

    const result = await within(exchange(url, request, true), 5_000);

    expect(result).toMatchObject({ status: 408 });
  });

  it('stops promptly with idle, half-sent and in-flight connections open', async () => {
    let answering: () => void = () => {};
    const url = await serve({
      shutdownGraceMs: 200,
      handler: () =>
        new Promise((resolve) => {
          answering = () => resolve({ statusCode: 200 });
        }),
    });
    const sockets = await Promise.all([
      ...Array.from({ length: 50 }, () => openSocket(url)),
      ...Array.from({ length: 20 }, () => openSocket(url, 'GET /search?q=a HTTP/1.1\r\n')),
      openSocket(url, 'GET /search?q=slow HTTP/1.1\r\nHost: x\r\n\r\n'),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const stopped = await within(server?.close() ?? Promise.resolve(), 5_000);
    server = undefined;
    answering();

    expect(stopped).not.toBe('late');
    expect(await within(Promise.all(sockets.map(closed)), 5_000)).not.toBe('late');
  });
});

/** A raw client on one connection: sends what it is given, and collects every answer. */
async function keptConnection(url: string) {
  const socket = await openSocket(url);
  let text = '';
  socket.on('data', (chunk) => {
    text += chunk.toString('utf8');
  });
  // The answers received so far, each its status line, headers and body.
  const answers = () => text.split(/(?=HTTP\/1\.1 \d{3} )/).filter((a) => a.length > 0);
  const until = async (count: number) => {
    for (let waited = 0; answers().length < count && waited < 5_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return answers();
  };
  return { socket, answers, until, send: (bytes: string | Buffer) => socket.write(bytes) };
}

describe('local API server keeping connections', () => {
  let server: ApiServer | undefined;
  const events: APIGatewayProxyEventV2[] = [];

  afterEach(async () => {
    await server?.close();
    server = undefined;
    events.length = 0;
  });

  const serve = async (options: Partial<ApiServerOptions> = {}) => {
    server = await startApiServer({
      host: '127.0.0.1',
      port: 0,
      handler: async (event) => {
        events.push(event as APIGatewayProxyEventV2);
        return { statusCode: 200, body: `answer ${events.length}` };
      },
      logger: silentLogger,
      ...options,
    });
    return server.url;
  };

  it('answers several requests on one connection, each head checked and encoded', async () => {
    const url = await serve();
    const client = await keptConnection(url);

    client.send('GET /search?q=a HTTP/1.1\r\nHost: x\r\n\r\n');
    await client.until(1);
    client.send(Buffer.from('GET /search?q=Кб HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8'));
    const answers = await client.until(2);

    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatch(/^HTTP\/1\.1 200/);
    expect(answers[0]?.toLowerCase()).toContain('connection: keep-alive');
    expect(answers[0]?.toLowerCase()).toContain('keep-alive: timeout=5');
    expect(answers[1]).toMatch(/^HTTP\/1\.1 200[\s\S]*answer 2$/);
    expect(events[1]?.rawQueryString).toBe('q=%D0%9A%D0%B1');
    expect(client.socket.destroyed).toBe(false);
    client.socket.destroy();
  });

  it('answers pipelined requests in order, and a body before the next head', async () => {
    const url = await serve();
    const client = await keptConnection(url);

    client.send(
      'POST /search HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nbytesGET /search?q=b HTTP/1.1\r\nHost: x\r\n\r\n',
    );
    const answers = await client.until(2);

    expect(answers.map((a) => a.slice(a.lastIndexOf('\n') + 1))).toEqual(['answer 1', 'answer 2']);
    expect(Buffer.from(events[0]?.body ?? '', 'base64').toString()).toBe('bytes');
    expect(events[1]?.rawQueryString).toBe('q=b');
    client.socket.destroy();
  });

  it.each([
    ['414', `GET /search?q=${'a'.repeat(20 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`, 'uri_too_long'],
    [
      '431',
      `GET /search?q=a HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 40 }, (_, i) => `x-h${i}: ${'v'.repeat(1000)}`).join('\r\n')}\r\n\r\n`,
      'request_header_fields_too_large',
    ],
  ])(
    'answers %s with a JSON reason to a later head over the limits, then closes',
    async (status, head, error) => {
      const url = await serve();
      const client = await keptConnection(url);

      client.send('GET /search?q=a HTTP/1.1\r\nHost: x\r\n\r\n');
      await client.until(1);
      client.send(head);
      const answers = await client.until(2);

      expect(answers[1]).toMatch(new RegExp(`^HTTP/1\\.1 ${status}[\\s\\S]*"error":"${error}"`));
      expect(await within(closed(client.socket), 5_000)).not.toBe('late');
      expect(events).toHaveLength(1);
    },
  );

  it('closes a kept connection left idle, and cuts a later head left half-sent with 408', async () => {
    const url = await serve({ limits: { keepAliveIdleMs: 200, headTimeoutMs: 400 } });
    const idle = await keptConnection(url);
    const halfSent = await keptConnection(url);

    for (const client of [idle, halfSent]) {
      client.send('GET /search?q=a HTTP/1.1\r\nHost: x\r\n\r\n');
      await client.until(1);
    }
    halfSent.send('GET /search?q=b HTTP/1.1\r\nHo');

    expect(await within(closed(idle.socket), 5_000)).not.toBe('late');
    expect(idle.answers()).toHaveLength(1);
    expect(await within(closed(halfSent.socket), 5_000)).not.toBe('late');
    expect(halfSent.answers()[1]).toMatch(/^HTTP\/1\.1 408[\s\S]*"error":"request_timeout"/);
  });

  it('keeps at most maxIdleConnections idle, closing the longest idle first', async () => {
    const url = await serve({ limits: { maxIdleConnections: 2 } });
    const clients = [];
    for (let i = 0; i < 3; i++) {
      const client = await keptConnection(url);
      client.send('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
      await client.until(1);
      clients.push(client);
    }

    expect(await within(closed(clients[0]?.socket as Socket), 5_000)).not.toBe('late');
    expect(clients.slice(1).map((c) => c.socket.destroyed)).toEqual([false, false]);
    for (const client of clients) client.socket.destroy();
  });

  it('keeps the connection after a chunked body, whose end it finds (http-front.test.ts)', async () => {
    const url = await serve();
    const client = await keptConnection(url);

    client.send(
      'POST /search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nbytes\r\n0\r\n\r\n',
    );
    const [answer] = await client.until(1);

    expect(answer?.toLowerCase()).toContain('connection: keep-alive');
    expect(Buffer.from(events[0]?.body ?? '', 'base64').toString()).toBe('bytes');
    expect(await within(closed(client.socket), 300)).toBe('late');
    client.socket.destroy();
  });

  it('stops promptly with kept connections idle between requests', async () => {
    const url = await serve({ shutdownGraceMs: 5_000 });
    const clients = [];
    for (let i = 0; i < 5; i++) {
      const client = await keptConnection(url);
      client.send('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
      await client.until(1);
      clients.push(client);
    }

    const stopped = await within(server?.close() ?? Promise.resolve(), 1_000);
    server = undefined;

    expect(stopped).not.toBe('late');
    expect(await within(Promise.all(clients.map((c) => closed(c.socket))), 1_000)).not.toBe('late');
  });

  it('skips empty lines before a request line, and still times the connection out', async () => {
    // Node's parser ignores them; counted as a request, they left the connection waiting for
    // an answer that never came, with no deadline: held for ever.
    const url = await serve({ limits: { keepAliveIdleMs: 200, headTimeoutMs: 400 } });
    const blankOnly = await keptConnection(url);
    const blankFirst = await keptConnection(url);

    blankOnly.send('\r\n\r\n\n');
    blankFirst.send('\r\n\r\nGET /search?q=a HTTP/1.1\r\nHost: x\r\n\r\n');

    expect(await within(closed(blankOnly.socket), 5_000)).not.toBe('late');
    expect(blankOnly.answers()).toEqual([]);
    expect(await within(closed(blankFirst.socket), 5_000)).not.toBe('late');
    expect(blankFirst.answers()).toHaveLength(1);
    expect(blankFirst.answers()[0]).toMatch(/^HTTP\/1\.1 200[\s\S]*answer 1$/);
  });

  it('answers an expectation it cannot meet 417 in JSON, and still times the connection out', async () => {
    // Node answers it without a 'request' event: uncounted, the connection waited for ever.
    const url = await serve({ limits: { keepAliveIdleMs: 200, headTimeoutMs: 400 } });
    const client = await keptConnection(url);

    client.send('GET /search?q=a HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n\r\n');

    expect(await within(closed(client.socket), 5_000)).not.toBe('late');
    expect(client.answers()).toHaveLength(1);
    expect(client.answers()[0]).toMatch(/^HTTP\/1\.1 417[\s\S]*"error":"expectation_failed"/);
    expect(events).toHaveLength(0);
  });

  it.each([
    ['a length', 'Content-Length: 5\r\n', 'bytes'],
    ['chunks', 'Transfer-Encoding: chunked\r\n', '5\r\nbytes\r\n0\r\n\r\n'],
  ])(
    'times a kept connection out when its answer went before its body (of %s) had all come',
    async (_, framing, body) => {
      // Answered 417 at the head, the body still to come: once it had come, the connection
      // waited for a next head with neither the idle cut nor the head's deadline, for ever.
      const url = await serve({ limits: { keepAliveIdleMs: 200, headTimeoutMs: 400 } });
      const client = await keptConnection(url);

      client.send(`POST /search HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n${framing}\r\n`);
      await client.until(1);
      client.send(body);

      expect(await within(closed(client.socket), 5_000)).not.toBe('late');
      expect(client.answers()).toHaveLength(1);
      expect(client.answers()[0]).toMatch(/^HTTP\/1\.1 417/);
    },
  );

  it.each([
    ['goes on sending its body', true],
    ['stops sending but never closes its side', false],
  ])(
    'cuts a connection the server closed after its answer (a body refused 413) when the client %s',
    async (_, sends) => {
      // The server's `connection: close` ended only the front's side: the socket was held for
      // as long as the client went on sending, or never closed, with no deadline.
      const url = await serve({ maxBodyBytes: 10, limits: { lingerMs: 300 } });
      const { port, hostname } = new URL(url);
      const socket = connect({ port: Number(port), host: hostname, allowHalfOpen: true });
      socket.on('error', () => {});
      let answer = '';
      socket.on('data', (chunk: Buffer) => {
        answer += chunk.toString('utf8');
      });
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write('POST /search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
      socket.write(`5f5e100\r\n${'x'.repeat(100)}`);
      // A client that stopped sending learns its connection was cut when it sends again.
      const sending = setInterval(
        () => {
          if (!socket.destroyed) socket.write('x'.repeat(100));
        },
        sends ? 20 : 1_000,
      );

      const cut = await within(closed(socket), 3_000);
      clearInterval(sending);

      expect(cut).not.toBe('late');
      expect(answer).toMatch(/^HTTP\/1\.1 413[\s\S]*"error":"payload_too_large"/);
    },
  );

  it('gives a client reading a long last answer slowly all of it, past the linger time', async () => {
    const long = 'x'.repeat(16 * 1024 * 1024);
    const url = await serve({
      handler: async () => ({ statusCode: 200, body: long }),
      limits: { lingerMs: 300 },
    });
    const client = await keptConnection(url);
    client.socket.pause();

    client.send('GET /search?q=a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    client.socket.resume();
    await closed(client.socket);

    expect(client.answers()[0]).toMatch(/^HTTP\/1\.1 200/);
    const answer = client.answers()[0] ?? '';
    expect(answer.length - answer.indexOf('\r\n\r\n') - 4).toBe(long.length);
  });

  it('runs at most maxPipelined requests ahead of a client that reads no answer, then the rest as it reads', async () => {
    // Node parses every request it is given at once: without a bound, one write of pipelined
    // heads ran them all and held all their answers in memory.
    const big = 'x'.repeat(256 * 1024);
    const url = await serve({
      handler: async (event) => {
        events.push(event as APIGatewayProxyEventV2);
        return { statusCode: 200, body: big };
      },
    });
    const socket = await openSocket(url);
    socket.pause();

    socket.write('GET /search?q=a HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(200));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ranUnread = events.length;
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
    });
    socket.resume();
    const count = () => text.match(/HTTP\/1\.1 200 /g)?.length ?? 0;
    for (let waited = 0; count() < 200 && waited < 10_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    // The kernel's buffers take a few answers; the front holds the rest of the heads.
    expect(ranUnread).toBeGreaterThanOrEqual(8);
    expect(ranUnread).toBeLessThan(60);
    expect(count()).toBe(200);
    expect(events).toHaveLength(200);
    socket.destroy();
  });

  it('closes a connection past maxConnections as it comes, and takes one again once another has gone', async () => {
    const url = await serve({ limits: { maxConnections: 3 } });
    const midHead = [];
    for (let i = 0; i < 3; i++)
      midHead.push(await openSocket(url, 'GET /search?q=a HTTP/1.1\r\nHo'));
    await new Promise((resolve) => setTimeout(resolve, 50));

    const refused = await openSocket(url, 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(await within(closed(refused), 5_000)).not.toBe('late');
    expect(midHead.map((socket) => socket.destroyed)).toEqual([false, false, false]);
    midHead[0]?.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const client = await keptConnection(url);
    client.send('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');

    expect((await client.until(1))[0]).toMatch(/^HTTP\/1\.1 200/);
    for (const socket of [...midHead, client.socket]) socket.destroy();
  });

  it('answers a client that asks to close, and closes', async () => {
    const url = await serve();
    const client = await keptConnection(url);

    client.send('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');

    expect(await within(closed(client.socket), 5_000)).not.toBe('late');
    expect(client.answers()[0]?.toLowerCase()).toContain('connection: close');
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
