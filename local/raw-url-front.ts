import type { Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';

// A request line longer than this is passed on untouched, for the HTTP parser to refuse.
const MAX_REQUEST_LINE = 16 * 1024;

/** Percent-encodes every byte above 0x7F, leaving ASCII (including existing `%XX`) as it is. */
export function encodeRequestLine(line: Buffer): Buffer {
  let out = '';
  for (const byte of line) {
    out += byte > 0x7f ? `%${byte.toString(16).toUpperCase()}` : String.fromCharCode(byte);
  }
  return Buffer.from(out, 'latin1');
}

/**
 * Puts a TCP front in front of an HTTP server that percent-encodes raw UTF-8 in each
 * connection's request line. `curl 'http://…/search?q=Кошербаевым'` sends the Cyrillic bytes
 * unencoded; API Gateway accepts that, but Node's HTTP parser rejects any non-ASCII byte in a
 * URL, so without this the local API would answer what AWS answers with a bare 400. Only the
 * first request of a connection passes through here, so the HTTP server must close every
 * connection after its response (`connection: close`).
 */
export function acceptRawUtf8Urls(http: HttpServer): Server {
  return createServer((socket: Socket) => {
    let head = Buffer.alloc(0);
    const onReadable = () => {
      for (let chunk = socket.read(); chunk !== null; chunk = socket.read()) {
        head = Buffer.concat([head, chunk as Buffer]);
      }
      const eol = head.indexOf('\r\n');
      if (eol === -1 && head.length < MAX_REQUEST_LINE && !socket.readableEnded) return;
      socket.off('readable', onReadable);
      const end = eol === -1 ? head.length : eol;
      if (head.length > 0) {
        socket.unshift(
          Buffer.concat([encodeRequestLine(head.subarray(0, end)), head.subarray(end)]),
        );
      }
      http.emit('connection', socket);
    };
    socket.on('readable', onReadable);
    socket.on('error', () => socket.destroy());
  });
}
