import { connect, type Socket } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../functions/commons/logger.ts';
import { type ApiServer, startApiServer } from '../../local/api-server.ts';

// The HTTP front (local/http-front.ts) reads every request head itself and must find where each
// request ends to find the next head. A body sent `transfer-encoding: chunked` has no length:
// the front handed everything after such a head to Node's parser and closed after its answer,
// but Node had parsed and run the requests pipelined behind it, whose answers were then lost.
// An HTTP/1.1 client may pipeline behind any request and expects its answers in order; a
// request the front truly cannot delimit must be the connection's last, and nothing sent after
// it may run.

/** A raw client on one connection: sends what it is given, and collects every answer. */
async function rawClient(url: string) {
  const { port, hostname } = new URL(url);
  const socket = await new Promise<Socket>((resolve, reject) => {
    const opened = connect(Number(port), hostname, () => resolve(opened));
    opened.once('error', reject);
  });
  socket.setNoDelay(true);
  let text = '';
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const answers = () => text.split(/(?=HTTP\/1\.1 \d{3} )/).filter((a) => a.length > 0);
  return {
    socket,
    answers,
    send: (bytes: string) => socket.write(bytes),
    /** The answers once `count` have come or 2 s have passed. */
    until: async (count: number) => {
      for (let waited = 0; answers().length < count && waited < 2_000; waited += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return answers();
    },
    /** Whether the server closed the connection within 2 s. */
    closes: () =>
      Promise.race([
        closed.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000)),
      ]),
  };
}

const bodyOf = (answer: string | undefined) => answer?.slice(answer.lastIndexOf('\n') + 1);

const CHUNKED_POST = [
  'POST /search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n',
  // A chunk with an extension, a longer one, the last chunk and a trailer field.
  '5;note="a b"\r\nbytes\r\n',
  'B\r\n and more\r\n\r\n',
  '0\r\nx-checksum: 1\r\n\r\n',
].join('');
const GET = 'GET /search?q=b HTTP/1.1\r\nHost: x\r\n\r\n';

describe('the HTTP front, after a request without a content-length', () => {
  let server: ApiServer | undefined;
  const events: APIGatewayProxyEventV2[] = [];

  afterEach(async () => {
    await server?.close();
    server = undefined;
    events.length = 0;
  });

  const serve = async () => {
    server = await startApiServer({
      host: '127.0.0.1',
      port: 0,
      handler: async (event) => {
        events.push(event as APIGatewayProxyEventV2);
        return { statusCode: 200, body: `answer ${events.length}` };
      },
      logger: silentLogger,
    });
    return server.url;
  };
  const bodies = () => events.map((e) => Buffer.from(e.body ?? '', 'base64').toString());

  it('answers a request pipelined behind a chunked body, in order, and keeps the connection', async () => {
    const client = await rawClient(await serve());

    client.send(CHUNKED_POST + GET);
    const answers = await client.until(2);

    expect(answers.map(bodyOf)).toEqual(['answer 1', 'answer 2']);
    expect(answers[0]?.toLowerCase()).toContain('connection: keep-alive');
    expect(bodies()[0]).toBe('bytes and more\r\n');
    expect(events[1]?.rawQueryString).toBe('q=b');
    expect(client.socket.destroyed).toBe(false);
    client.send(GET);
    expect((await client.until(3)).map(bodyOf)).toEqual(['answer 1', 'answer 2', 'answer 3']);
    client.socket.destroy();
  });

  it('finds the end of a chunked body sent a few bytes at a time', async () => {
    const client = await rawClient(await serve());

    const bytes = CHUNKED_POST + GET;
    for (let at = 0; at < bytes.length; at += 3) {
      client.send(bytes.slice(at, at + 3));
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const answers = await client.until(2);

    expect(answers.map(bodyOf)).toEqual(['answer 1', 'answer 2']);
    expect(bodies()[0]).toBe('bytes and more\r\n');
    client.socket.destroy();
  });

  it('answers a chunked body whose last coding is chunked, and the request behind it', async () => {
    const client = await rawClient(await serve());

    client.send(
      'POST /search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\nTransfer-Encoding: Chunked \r\n\r\n3\r\nabc\r\n0\r\n\r\n' +
        GET,
    );

    expect((await client.until(2)).map(bodyOf)).toEqual(['answer 1', 'answer 2']);
    client.socket.destroy();
  });

  it('refuses a malformed chunked body 400 and runs nothing sent behind it', async () => {
    const client = await rawClient(await serve());

    // A space after the chunk size: Node's parser refuses it.
    client.send(
      'POST /search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5 \r\nbytes\r\n0\r\n\r\n' +
        GET,
    );

    expect(await client.closes()).toBe(true);
    expect(client.answers().at(-1)).toMatch(/^HTTP\/1\.1 400 /);
    expect(events.map((e) => e.rawQueryString)).not.toContain('q=b');
  });

  it('refuses a head it cannot delimit (a length and a transfer coding) 400, running nothing behind it', async () => {
    const client = await rawClient(await serve());

    client.send(
      `POST /search HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n${GET}`,
    );

    expect(await client.closes()).toBe(true);
    expect(client.answers()).toHaveLength(1);
    expect(client.answers()[0]).toMatch(/^HTTP\/1\.1 400 /);
    expect(events).toHaveLength(0);
  });

  it.each([
    ['with', 'Connection: Upgrade\r\n'],
    ['without', ''],
  ])(
    'answers a request asking for an upgrade (%s connection: upgrade) as any other, and the one behind',
    async (_, connection) => {
      // The local API offers no upgrade: Node's parser then runs the request as any other, and
      // the one behind it.
      const client = await rawClient(await serve());

      client.send(
        `GET /search?q=a HTTP/1.1\r\nHost: x\r\n${connection}Upgrade: websocket\r\n\r\n${GET}`,
      );

      expect((await client.until(2)).map(bodyOf)).toEqual(['answer 1', 'answer 2']);
      expect(events.map((e) => e.rawQueryString)).toEqual(['q=a', 'q=b']);
      client.socket.destroy();
    },
  );
});
