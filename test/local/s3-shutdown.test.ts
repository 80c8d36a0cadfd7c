import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type S3Server, startS3Server } from '../../local/s3-server.ts';

const BUCKET = 'articles';

function clientOf(server: S3Server): S3Client {
  return new S3Client({
    endpoint: server.url,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'k', secretAccessKey: 's' },
    maxAttempts: 1,
  });
}

function open(url: string, send: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      if (send) socket.write(send);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

const closedOf = (socket: Socket) =>
  new Promise<void>((resolve) => {
    if (socket.destroyed) resolve();
    socket.once('close', () => resolve());
    socket.on('error', () => undefined);
  });

describe('the local S3 server at shutdown', () => {
  let directory: string;
  let server: S3Server | undefined;
  let client: S3Client | undefined;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 's3-shutdown-'));
    server = await startS3Server({ directory, host: '127.0.0.1', port: 0, buckets: [BUCKET] });
    client = clientOf(server);
  });
  afterEach(async () => {
    client?.destroy();
    await server?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('refuses writes once writes are stopped, with 503 ServiceUnavailable and why, and still serves reads', async () => {
    if (!server || !client) throw new Error('not started');
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'a.txt', Body: 'first' }));

    await server.stopWrites();

    const late = client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'b.txt', Body: 'late' }));
    await expect(late).rejects.toMatchObject({
      name: 'ServiceUnavailable',
      $metadata: { httpStatusCode: 503 },
      message: expect.stringContaining('stopping: nothing was stored'),
    });
    const read = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'a.txt' }));
    expect(await read.Body?.transformToString()).toBe('first');
  });

  it('reports every write it accepted before stopWrites resolves', async () => {
    if (!server || !client) throw new Error('not started');
    const changes: string[] = [];
    server.onChange((change) => changes.push(change.key));
    const writes = Array.from({ length: 20 }, (_, n) =>
      client
        ?.send(new PutObjectCommand({ Bucket: BUCKET, Key: `k${n}.txt`, Body: `body ${n}` }))
        .then(
          () => `k${n}.txt`,
          () => null,
        ),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    await server.stopWrites();
    const stoppedWith = [...changes];
    const accepted = (await Promise.all(writes)).filter((key) => typeof key === 'string');

    expect(stoppedWith.sort()).toEqual(accepted.sort());
  });

  it('closes idle, silent and half-sent connections within a bound', async () => {
    if (!server || !client) throw new Error('not started');
    const sockets = [
      // Connected and never said anything.
      ...(await Promise.all(Array.from({ length: 20 }, () => open(server?.url ?? '', '')))),
      // Half a request head.
      ...(await Promise.all(
        Array.from({ length: 20 }, () =>
          open(server?.url ?? '', 'GET /articles/a.txt HTTP/1.1\r\nHo'),
        ),
      )),
      // A whole head announcing a body that never comes.
      ...(await Promise.all(
        Array.from({ length: 10 }, () =>
          open(
            server?.url ?? '',
            'PUT /articles/x.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\npartial',
          ),
        ),
      )),
    ];
    // And a kept-alive connection after a finished request (the SDK's own).
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'a.txt', Body: 'first' }));

    const started = Date.now();
    await server.close();
    const took = Date.now() - started;
    await Promise.all(sockets.map(closedOf));
    server = undefined;

    // The bound is the server's grace for requests in progress (1 s), not the clients' patience.
    expect(took).toBeLessThan(2_500);
    expect(sockets.every((socket) => socket.destroyed || socket.readyState === 'closed')).toBe(
      true,
    );
  });
});
