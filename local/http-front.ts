import type { Server as HttpServer, IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { Duplex } from 'node:stream';
import { ChunkedBodyEnd } from './chunked-body.ts';

/** The limits the front puts on a request head before the HTTP server sees it. */
export interface HttpFrontLimits {
  /** Longest request line (method, URL, version); a longer one is answered 414. */
  maxRequestLineBytes: number;
  /** Longest request head (request line and headers); a longer one is answered 431. */
  maxHeadBytes: number;
  /**
   * Time a client has to send its whole request head: from connecting for the first request,
   * from the end of the previous answer for a later one on a kept connection. A client that
   * sent part of one is answered 408; one that sent nothing is disconnected.
   */
  headTimeoutMs: number;
  /** How long a refused client may go on sending before its connection is cut. */
  lingerMs: number;
  /**
   * How long a kept connection may stay idle after an answer before it is closed (sent to the
   * client as `keep-alive: timeout=…`, so that it stops reusing the connection first).
   */
  keepAliveIdleMs: number;
  /** Most kept connections left idle at once; past it, the longest idle one is closed. */
  maxIdleConnections: number;
  /**
   * Most requests of one connection handed to the HTTP server and not answered yet. A client
   * pipelining more waits: the front reads nothing more from it until an answer has gone.
   */
  maxPipelined: number;
  /**
   * Most connections open at once; one more is closed as it comes. Each may hold a head of up
   * to `maxHeadBytes` until its deadline: without a bound, a client opening thousands of
   * connections mid-head held that much memory each (and as many sockets as the process may
   * open).
   */
  maxConnections: number;
}

/** The defaults: generous for any real query, tight enough that nobody can hold a socket. */
export const DEFAULT_FRONT_LIMITS: HttpFrontLimits = {
  maxRequestLineBytes: 16 * 1024,
  maxHeadBytes: 32 * 1024,
  headTimeoutMs: 10_000,
  lingerMs: 2_000,
  keepAliveIdleMs: 5_000,
  maxIdleConnections: 64,
  maxPipelined: 8,
  maxConnections: 1024,
};

/** A TCP front and what it needs at shutdown. */
export interface HttpFront {
  server: Server;
  /**
   * Disconnects every client that is not waiting for an answer (still sending its head, being
   * refused, or idle between requests); a client being answered is closed after its answer.
   */
  dropPending(): void;
  /** Disconnects every client, those being answered included. */
  dropAll(): void;
}

/** Percent-encodes every byte above 0x7F, leaving ASCII (including existing `%XX`) as it is. */
export function encodeRequestLine(line: Buffer): Buffer {
  if (line.every((byte) => byte <= 0x7f)) return line;
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
 * How the body after a head is delimited, as far as the front needs it to find the next head:
 * `length` bytes, `chunked` (followed by {@link ChunkedBodyEnd}), or `unframed` when the front
 * cannot tell where the request ends: Node's parser refuses the head (both a length and a
 * transfer coding, several or invalid lengths, a last coding other than chunked) and closes, or
 * takes the connection over (an upgrade the server listens for). An unframed request is the
 * connection's last: the front passes the rest through and the answer closes.
 */
type Framing = { length: number } | 'chunked' | 'unframed';

const FRAMING_HEADER = /\n[\t ]*(content-length|transfer-encoding|upgrade)[\t ]*:([^\r\n]*)/gi;

/**
 * The head's framing, as Node's parser reads it. `upgrades`: whether the HTTP server listens for
 * upgrades; without a listener Node answers a request asking for one as any other, and goes on
 * to the next (so must the front, or that one's answer was lost).
 */
function framing(head: Buffer, upgrades: boolean): Framing {
  let length: number | undefined;
  // Several fields are one list (RFC 9110 5.3): the last coding decides.
  const codings: string[] = [];
  for (const [, name, value] of head.toString('latin1').matchAll(FRAMING_HEADER)) {
    const field = name?.toLowerCase();
    if (field === 'upgrade') {
      if (upgrades) return 'unframed';
    } else if (field === 'transfer-encoding') {
      codings.push(...(value ?? '').split(','));
    } else {
      const trimmed = value?.trim() ?? '';
      if (!/^\d{1,15}$/.test(trimmed) || length !== undefined) return 'unframed';
      length = Number(trimmed);
    }
  }
  if (codings.length === 0) return { length: length ?? 0 };
  const last = codings.at(-1)?.trim().toLowerCase();
  return length === undefined && last === 'chunked' ? 'chunked' : 'unframed';
}

/**
 * The connection as the HTTP server sees it: the request heads the front let through (request
 * lines encoded) and the bodies after them, and the server's answers written to the socket.
 */
class FrontConnection extends Duplex {
  constructor(
    readonly socket: Socket,
    private readonly onServerEnd: () => void,
  ) {
    super({ allowHalfOpen: true });
  }
  get remoteAddress() {
    return this.socket.remoteAddress;
  }
  get remotePort() {
    return this.socket.remotePort;
  }
  get localAddress() {
    return this.socket.localAddress;
  }
  get localPort() {
    return this.socket.localPort;
  }
  override _read() {
    if (!this.socket.destroyed) this.socket.resume();
  }
  override _write(chunk: Buffer, encoding: BufferEncoding, done: (error?: Error | null) => void) {
    this.socket.write(chunk, encoding, done);
  }
  override _writev(
    chunks: { chunk: Buffer; encoding: BufferEncoding }[],
    done: (error?: Error | null) => void,
  ) {
    this.socket.cork();
    for (const { chunk, encoding } of chunks.slice(0, -1)) this.socket.write(chunk, encoding);
    const last = chunks[chunks.length - 1];
    if (last) this.socket.write(last.chunk, last.encoding, done);
    else done();
    this.socket.uncork();
  }
  override _final(done: (error?: Error | null) => void) {
    this.onServerEnd();
    done();
  }
  override _destroy(error: Error | null, done: (error?: Error | null) => void) {
    this.socket.destroy();
    done(error);
  }
}

interface Connection {
  socket: Socket;
  /** Requests handed to the HTTP server and not answered yet. */
  inFlight: number;
  /** The HTTP server closes the connection after the answer (or may not keep it). */
  last: boolean;
  /** Called by the front when the last answer of the moment has gone. */
  answered(): void;
  /** Closes the connection now if nobody is waiting for an answer on it. */
  dropIfWaiting(): boolean;
}

/**
 * Puts a TCP front before an HTTP server that reads every request head on each connection
 * itself, within a deadline and size limits, before the HTTP server sees it:
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
 * Connections are kept between requests (HTTP/1.1's default): every later head on a connection
 * passes the same checks, its deadline counted from the end of the previous answer. The front
 * finds where each request ends from its `content-length` or its chunks, so that requests
 * pipelined behind any request are answered, in order: a client may pipeline behind a chunked
 * body, and a front that closed after it had Node run the requests behind and lose their answers.
 * A request it cannot delimit (a head Node refuses, an upgrade the server takes) is its
 * connection's last, answered with `connection: close`, and nothing after it is run.
 * A kept connection idle for `keepAliveIdleMs`, or the longest idle one past
 * `maxIdleConnections`, is closed.
 */
export function startHttpFront(http: HttpServer, limits: HttpFrontLimits): HttpFront {
  const connections = new Set<Connection>();
  // In the order they fell idle, so the longest idle is the first.
  const idle = new Set<Connection>();
  const ofStream = new WeakMap<object, Connection>();
  let closing = false;

  // Node sends `keep-alive: timeout=…` from this, and times nothing itself: it never sees the
  // socket (the front's streams have no timers).
  http.keepAliveTimeout = limits.keepAliveIdleMs;
  const track = (request: IncomingMessage, response: ServerResponse) => {
    const connection = ofStream.get(request.socket);
    if (!connection) return;
    if (connection.last || closing) response.shouldKeepAlive = false;
    response.once('close', () => connection.answered());
  };
  http.prependListener('request', track);
  // Node answers an `expect` it does not know 417 without a 'request' event, unless someone
  // listens for this one: the front does, to count that answer as the request's.
  http.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    track(request, response);
    const body = JSON.stringify({
      error: 'expectation_failed',
      message: `the expectation "${request.headers.expect}" is not supported`,
    });
    response.writeHead(417, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'access-control-allow-origin': '*',
    });
    response.end(body);
  });

  const linger = (socket: Socket, answer?: Buffer) => {
    socket.removeAllListeners('data');
    socket.on('data', () => {});
    socket.resume();
    const cutOff = setTimeout(() => socket.destroy(), limits.lingerMs);
    socket.once('close', () => clearTimeout(cutOff));
    if (answer) socket.end(answer);
    else socket.end();
  };

  const server = createServer((socket: Socket) => {
    let head: Buffer = Buffer.alloc(0);
    // 'head': reading a request head; 'body': passing `bodyLeft` bytes of a body; 'chunked':
    // passing a chunked body to its end (`chunks`); 'through': passing everything (after an
    // unframed request); 'stopped': refused or closed.
    let mode: 'head' | 'body' | 'chunked' | 'through' | 'stopped' = 'head';
    let bodyLeft = 0;
    let chunks: ChunkedBodyEnd | undefined;
    let stream: FrontConnection | undefined;
    let deadline: NodeJS.Timeout | undefined;
    let idleCut: NodeJS.Timeout | undefined;
    let refusing: Buffer | undefined;
    // Bytes read while `maxPipelined` requests were waiting for their answers: Node parses all
    // it is given at once, so a client pipelining a chunk of 64 KiB of heads and reading no
    // answer had about 1,900 searches run and their answers held in memory.
    let held: Buffer | undefined;

    const clearTimers = () => {
      clearTimeout(deadline);
      clearTimeout(idleCut);
      deadline = undefined;
      idleCut = undefined;
      idle.delete(connection);
    };
    const stop = (answer?: Buffer) => {
      mode = 'stopped';
      clearTimers();
      // A refused head may follow requests still being answered (pipelined): the refusal
      // goes after their answers.
      if (connection.inFlight > 0) {
        refusing = answer ?? Buffer.alloc(0);
        socket.pause();
        return;
      }
      stream?.push(null);
      linger(socket, answer);
    };
    const waitForHead = (kept: boolean) => {
      deadline = setTimeout(() => {
        const seconds = limits.headTimeoutMs / 1000;
        stop(
          head.length === 0
            ? undefined
            : refusal(
                408,
                'request_timeout',
                `the request head did not arrive within ${seconds} s`,
              ),
        );
      }, limits.headTimeoutMs);
      if (!kept || head.length > 0) return;
      idleCut = setTimeout(() => {
        if (head.length === 0) stop();
      }, limits.keepAliveIdleMs);
      idle.add(connection);
      if (idle.size > limits.maxIdleConnections) {
        const [longest] = idle;
        longest?.dropIfWaiting();
      }
    };
    const pass = (bytes: Buffer) => {
      if (!stream) {
        stream = new FrontConnection(socket, () => {
          // The HTTP server is done with the connection (an answer with `connection: close`).
          // The client is given `lingerMs` to go, as a refused one is: ending only our side held
          // the socket for as long as it went on sending (a body refused 413), or never closed.
          // (The stream ends once its writes have gone to the kernel: a long answer read slowly
          // is not cut.)
          if (mode !== 'stopped' || refusing === undefined) {
            mode = 'stopped';
            clearTimers();
            linger(socket);
          }
        });
        ofStream.set(stream, connection);
        stream.push(bytes);
        http.emit('connection', stream);
      } else if (!stream.push(bytes)) {
        socket.pause();
      }
    };

    // Checks the head read so far; once it is whole and within the limits, hands it over and
    // returns the bytes after it (the body, or the next request of a pipelining client).
    const takeHead = (): Buffer | undefined => {
      if (idleCut !== undefined) {
        clearTimeout(idleCut);
        idleCut = undefined;
        idle.delete(connection);
      }
      // Empty lines before a request line are no request: Node's parser skips them (RFC 9112
      // 2.2), so passed on as a head they were counted as a request whose answer never came,
      // and the connection waited for it with no deadline, for ever. Dropped here, the head's
      // deadline still runs.
      let blank = 0;
      while (head[blank] === 0x0d || head[blank] === 0x0a) blank++;
      if (blank > 0) head = head.subarray(blank);
      if (head.length === 0) return undefined;
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
        return undefined;
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
        return undefined;
      }
      if (end === -1) {
        // The client went away half-way, or is still sending: wait, up to the deadline.
        if (socket.readableEnded) stop();
        return undefined;
      }
      clearTimers();
      connection.inFlight++;
      const requestHead = head.subarray(0, end);
      const rest = head.subarray(end);
      head = Buffer.alloc(0);
      const body = framing(requestHead, http.listenerCount('upgrade') > 0);
      if (body === 'unframed') {
        connection.last = true;
        mode = 'through';
      } else if (body === 'chunked') {
        mode = 'chunked';
        chunks = new ChunkedBodyEnd(limits.maxHeadBytes);
      } else if (body.length > 0) {
        mode = 'body';
        bodyLeft = body.length;
      }
      pass(
        Buffer.concat([
          encodeRequestLine(requestHead.subarray(0, lineEnd)),
          requestHead.subarray(lineEnd),
        ]),
      );
      return rest;
    };

    // A body's end: the next head is read. When its answer went before the body's end (417 at
    // the head), `answered` found the body still coming and set no timer; the connection then
    // waited for a next head for ever, with neither the idle cut nor the head's deadline.
    const bodyEnded = () => {
      mode = 'head';
      if (connection.inFlight > 0 || socket.destroyed) return;
      if (closing) stop();
      else waitForHead(true);
    };

    const onData = (chunk: Buffer) => {
      let bytes: Buffer | undefined = chunk;
      while (bytes !== undefined && bytes.length > 0) {
        if (mode === 'stopped') return;
        if (mode === 'head' && connection.inFlight >= limits.maxPipelined) {
          held = held === undefined ? bytes : Buffer.concat([held, bytes]);
          socket.pause();
          return;
        }
        if (mode === 'through') {
          pass(bytes);
          return;
        }
        if (mode === 'chunked') {
          const taken = chunks?.take(bytes) ?? 'invalid';
          if (taken === 'invalid') {
            // Node's parser refuses it (400, and closes); nothing after it is a request.
            connection.last = true;
            mode = 'through';
            continue;
          }
          pass(bytes.subarray(0, taken.used));
          if (taken.ended) bodyEnded();
          bytes = bytes.subarray(taken.used);
          continue;
        }
        if (mode === 'body') {
          const taken = bytes.subarray(0, bodyLeft);
          bodyLeft -= taken.length;
          pass(taken);
          if (bodyLeft === 0) bodyEnded();
          bytes = bytes.subarray(taken.length);
          continue;
        }
        head = head.length === 0 ? bytes : Buffer.concat([head, bytes]);
        bytes = takeHead();
      }
    };

    const connection: Connection = {
      socket,
      inFlight: 0,
      last: false,
      answered() {
        connection.inFlight--;
        if (held !== undefined && !socket.destroyed) {
          const bytes = held;
          held = undefined;
          socket.resume();
          onData(bytes);
        }
        if (connection.inFlight > 0) return;
        if (refusing !== undefined) {
          const answer = refusing;
          refusing = undefined;
          linger(socket, answer.length > 0 ? answer : undefined);
          return;
        }
        if (mode !== 'head' || socket.destroyed) return;
        if (closing) {
          stop();
          return;
        }
        waitForHead(true);
      },
      dropIfWaiting() {
        if (connection.inFlight > 0) return false;
        socket.destroy();
        return true;
      },
    };
    connections.add(connection);
    waitForHead(false);

    socket.on('data', onData);
    socket.on('end', () => {
      // Gone between requests or half-way through a head: nothing to answer.
      if (mode === 'head' && connection.inFlight === 0) stop();
      else if (mode !== 'stopped') stream?.push(null);
    });
    socket.on('close', () => {
      clearTimers();
      connections.delete(connection);
      stream?.destroy();
    });
    socket.on('error', () => socket.destroy());
  });

  server.maxConnections = limits.maxConnections;

  return {
    server,
    dropPending() {
      closing = true;
      for (const connection of connections) {
        if (connection.dropIfWaiting()) connections.delete(connection);
      }
    },
    dropAll() {
      closing = true;
      for (const connection of connections) connection.socket.destroy();
      connections.clear();
    },
  };
}
