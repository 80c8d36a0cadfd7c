/** What {@link ChunkedBodyEnd.take} found in the bytes it was given. */
export type ChunkedTake =
  /** The first `used` bytes belong to the body; when `ended`, the body ends there. */
  | { used: number; ended: boolean }
  /** The bytes are no chunked body the front can follow: Node's parser refuses them. */
  | 'invalid';

// Hex digits of a chunk size the front follows: 2^52 bytes, past any body a client sends (Node's
// own limit is 2^64 - 1); a longer size is left to Node's parser.
const MAX_SIZE_DIGITS = 13;

const CR = 0x0d;
const LF = 0x0a;

/**
 * Finds where a chunked body ends (RFC 9112 7.1: chunks, each its size in hex, optional
 * extensions, the data and CRLF; a last chunk of size 0, trailer fields and an empty line),
 * given the bytes after the request head as they arrive, in pieces of any size. The front needs
 * it to tell where the next pipelined request starts: it does not decode the body, which Node's
 * parser reads from the same bytes.
 *
 * It accepts at least what Node's parser (llhttp, strict) accepts, and finds the same end: size
 * lines, data and trailer lines end at CRLF as llhttp requires, so for any body llhttp reads the
 * two agree. What it calls invalid (no hex size, a line not ending in CRLF, data not followed by
 * CRLF, a line or trailer section over `maxLineBytes`) llhttp refuses too, or cannot finish
 * reading within the front's bounds: the front then leaves the rest to Node and closes after.
 */
export class ChunkedBodyEnd {
  private state: 'size' | 'data' | 'data-end' | 'trailer' = 'size';
  /** Data bytes of the current chunk still to come. */
  private left = 0;
  /** The current line so far (a size line, a data's end, a trailer field). */
  private line: Buffer[] = [];
  private lineBytes = 0;
  /** Bytes of the trailer section so far. */
  private trailerBytes = 0;

  constructor(private readonly maxLineBytes: number) {}

  take(bytes: Buffer): ChunkedTake {
    let at = 0;
    while (at < bytes.length) {
      if (this.state === 'data') {
        const taken = Math.min(this.left, bytes.length - at);
        this.left -= taken;
        at += taken;
        if (this.left === 0) this.state = 'data-end';
        continue;
      }
      const lf = bytes.indexOf(LF, at);
      const end = lf === -1 ? bytes.length : lf;
      this.lineBytes += end - at;
      if (this.state === 'trailer') this.trailerBytes += end - at + (lf === -1 ? 0 : 1);
      if (this.lineBytes > this.maxLineBytes || this.trailerBytes > this.maxLineBytes) {
        return 'invalid';
      }
      this.line.push(bytes.subarray(at, end));
      if (lf === -1) return { used: bytes.length, ended: false };
      at = lf + 1;
      const line = Buffer.concat(this.line);
      this.line = [];
      this.lineBytes = 0;
      if (line.length === 0 || line[line.length - 1] !== CR) return 'invalid';
      const text = line.subarray(0, -1).toString('latin1');
      if (this.state === 'data-end') {
        if (text.length > 0) return 'invalid';
        this.state = 'size';
      } else if (this.state === 'size') {
        const size = /^0*([0-9a-f]*)(?:;|$)/i.exec(text);
        const digits = size?.[1];
        if (digits === undefined || !/^[0-9a-f]/i.test(text)) return 'invalid';
        if (digits.length > MAX_SIZE_DIGITS) return 'invalid';
        this.left = digits.length === 0 ? 0 : Number.parseInt(digits, 16);
        this.state = this.left === 0 ? 'trailer' : 'data';
      } else if (text.length === 0) {
        return { used: at, ended: true };
      }
    }
    return { used: bytes.length, ended: false };
  }
}
