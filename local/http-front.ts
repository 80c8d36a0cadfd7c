import type { Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';

/** The limits the front puts on a request head before the HTTP server sees it. */
export interface HttpFrontLimits {
  /** Longest request line (method, URL, version); a longer one is answered 414. */
  maxRequestLineBytes: number;
  /** Longest request head (request line and headers); a longer one is answered 431. */
  maxHeadBytes: number;
  /**
   * Time a client has, from connecting, to send its whole request head. A client that sent
   * part of one is answered 408; one that sent nothing is disconnected.
   */
  headTimeoutMs: number;
  /** How long a refused client may go on sending before its connection is cut. */
  lingerMs: number;
}

/** The defaults: generous for any real query, tight enough that nobody can hold a socket. */
export const DEFAULT_FRONT_LIMITS: HttpFrontLimits = {
  maxRequestLineBytes: 16 * 1024,
  maxHeadBytes: 32 * 1024,
  headTimeoutMs: 10_000,
  lingerMs: 2_000,
};

/** A TCP front and what it needs at shutdown. */
export interface HttpFront {
  server: Server;
  /** Disconnects every client still sending its head or being refused. */
  dropPending(): void;
  /** Disconnects every client, those handed over to the HTTP server included. */
  dropAll(): void;
}

/** Percent-encodes every byte above 0x7F, leaving ASCII (including existing `%XX`) as it is. */
export function encodeRequestLine(line: Buffer): Buffer {
  let out = '';
  for (const byte of line) {
    out += byte > 0x7f ? `%${byte.toString(16).toUpperCase()}` : String.fromCharCode(byte);
  }
  return Buffer.from(out, 'latin1');
}

const STATUS_TEXT: Record<number, string> = {
  408: 'Request Timeout',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
};

/** A complete HTTP/1.1 answer with a JSON error body, shaped like the API's own errors. */
export function refusal(status: 408 | 414 | 431, error: string, message: string): Buffer {
  const body = JSON.stringify({ error, message });
  return Buffer.from(
    [
      `HTTP/1.1 ${status} ${STATUS_TEXT[status]}`,
      'content-type: application/json; charset=utf-8',
      `content-length: ${Buffer.byteLength(body)}`,
      'access-control-allow-origin: *',
      'connection: close',
      '',
      body,
    ].join('\r\n'),
    'utf8',
  );
}

// Where the head ends: the blank line after the headers (CRLF, or a bare LF as lenient
// parsers accept), or -1 when it has not arrived yet. Returns the index just past it.
function headEnd(head: Buffer): number {
  const crlf = head.indexOf('\r\n\r\n');
  const lf = head.indexOf('\n\n');
  const ends = [crlf === -1 ? -1 : crlf + 4, lf === -1 ? -1 : lf + 2].filter((i) => i !== -1);
  return ends.length === 0 ? -1 : Math.min(...ends);
}

/**
 * Puts a TCP front before an HTTP server that reads each connection's request head itself,
 * within a deadline and size limits, before handing the connection over:
 *
 * - Raw UTF-8 in the request line is percent-encoded. `curl '…/search?q=Кошербаевым'` sends
 *   the Cyrillic bytes unencoded; API Gateway accepts that, but Node's HTTP parser rejects any
 *   byte above 0x7F in a URL, so without this the local API would answer what AWS answers
 *   with a bare 400.
 * - An over-long request line is answered 414 and an over-long head 431, and the client is
 *   allowed to finish sending before the connection closes ("lingering close"): closing a
 *   socket with unread bytes makes the kernel send a reset, and the client would see a broken
 *   connection instead of the answer.
 * - A client that sends nothing, or trickles its head, is cut off at the deadline instead of
 *   holding a socket (and shutdown) for ever.
 *
 * Only the first request of a connection passes through here, so the HTTP server must close
 * every connection after its response (`connection: close`).
 */
export function startHttpFront(http: HttpServer, limits: HttpFrontLimits): HttpFront {
  const pending = new Set<Socket>();
  // The HTTP server never listens itself, so Node does not track these connections for it.
  const handedOver = new Set<Socket>();

  const linger = (socket: Socket, answer?: Buffer) => {
    socket.removeAllListeners('readable');
    socket.on('data', () => {});
    socket.resume();
    const cutOff = setTimeout(() => socket.destroy(), limits.lingerMs);
    socket.once('close', () => {
      clearTimeout(cutOff);
      pending.delete(socket);
    });
    if (answer) socket.end(answer);
    else socket.end();
  };

  const server = createServer((socket: Socket) => {
    pending.add(socket);
    let head = Buffer.alloc(0);
    const deadline = setTimeout(() => {
      const seconds = limits.headTimeoutMs / 1000;
      stop(
        head.length === 0
          ? undefined
          : refusal(408, 'request_timeout', `the request head did not arrive within ${seconds} s`),
      );
    }, limits.headTimeoutMs);
    let decided = false;
    const decide = () => {
      decided = true;
      clearTimeout(deadline);
      socket.off('readable', onReadable);
      socket.off('end', onReadable);
    };
    const stop = (answer?: Buffer) => {
      decide();
      linger(socket, answer);
    };

    const onReadable = () => {
      if (decided) return;
      for (let chunk = socket.read(); chunk !== null; chunk = socket.read()) {
        head = Buffer.concat([head, chunk as Buffer]);
      }
      const lineEnd = head.indexOf('\n');
      const lineBytes = lineEnd === -1 ? head.length : lineEnd;
      if (lineBytes > limits.maxRequestLineBytes) {
        stop(
          refusal(
            414,
            'uri_too_long',
            `the request line is over ${limits.maxRequestLineBytes} bytes; send a shorter query`,
          ),
        );
        return;
      }
      const end = headEnd(head);
      if ((end === -1 ? head.length : end) > limits.maxHeadBytes) {
        stop(
          refusal(
            431,
            'request_header_fields_too_large',
            `the request head is over ${limits.maxHeadBytes} bytes`,
          ),
        );
        return;
      }
      if (end === -1) {
        // The client went away half-way, or is still sending: wait, up to the deadline.
        if (socket.readableEnded) stop();
        return;
      }
      decide();
      pending.delete(socket);
      handedOver.add(socket);
      const line = head.subarray(0, lineEnd);
      socket.unshift(Buffer.concat([encodeRequestLine(line), head.subarray(lineEnd)]));
      http.emit('connection', socket);
    };
    socket.on('readable', onReadable);
    socket.on('end', onReadable);
    socket.on('close', () => {
      clearTimeout(deadline);
      pending.delete(socket);
      handedOver.delete(socket);
    });
    socket.on('error', () => socket.destroy());
  });

  return {
    server,
    dropPending() {
      for (const socket of pending) socket.destroy();
      pending.clear();
    },
    dropAll() {
      this.dropPending();
      for (const socket of handedOver) socket.destroy();
      handedOver.clear();
    },
  };
}
