import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkedBodyEnd, type ChunkedTake } from '../../local/chunked-body.ts';
import { propertyRuns } from '../support/property-runs.ts';

// The front follows a chunked body only to find where it ends (the next pipelined request
// starts there): it must find the end exactly, wherever the bytes are split, and call invalid
// what Node's parser refuses rather than guess.

const NEXT = Buffer.from('GET /search?q=b HTTP/1.1\r\nHost: x\r\n\r\n');

/** Feeds `pieces` in turn; the bytes used up to the end, or 'invalid', or 'open' (no end yet). */
function endOf(pieces: Buffer[], maxLineBytes = 32 * 1024): number | 'invalid' | 'open' {
  const body = new ChunkedBodyEnd(maxLineBytes);
  let before = 0;
  for (const piece of pieces) {
    const taken: ChunkedTake = body.take(piece);
    if (taken === 'invalid') return 'invalid';
    if (taken.ended) return before + taken.used;
    expect(taken.used).toBe(piece.length);
    before += piece.length;
  }
  return 'open';
}

/** `bytes` cut at the given places. */
function cut(bytes: Buffer, at: number[]): Buffer[] {
  const places = [...new Set(at.map((a) => a % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Buffer[] = [];
  let from = 0;
  for (const place of [...places, bytes.length]) {
    pieces.push(bytes.subarray(from, place));
    from = place;
  }
  return pieces.filter((p) => p.length > 0);
}

const chunk = fc.record({
  data: fc.uint8Array({ minLength: 1, maxLength: 40 }),
  upper: fc.boolean(),
  zeros: fc.integer({ min: 0, max: 3 }),
  extension: fc.constantFrom('', ';a', ';a=b', ';name="quoted; \\"value\\""'),
});
const body = fc.record({
  chunks: fc.array(chunk, { maxLength: 5 }),
  last: fc.constantFrom('0', '000', '0;end'),
  trailers: fc.array(fc.constantFrom('x-checksum: 1', 'x-empty:', 'x-note: a: b'), {
    maxLength: 3,
  }),
});

function encoded(b: typeof body extends fc.Arbitrary<infer T> ? T : never): Buffer {
  const parts: Buffer[] = [];
  for (const c of b.chunks) {
    const size = c.data.length.toString(16);
    const written = `${'0'.repeat(c.zeros)}${c.upper ? size.toUpperCase() : size}`;
    // Data may hold CR, LF and what looks like a chunk: it is counted, never parsed.
    parts.push(
      Buffer.from(`${written}${c.extension}\r\n`),
      Buffer.from(c.data),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`${b.last}\r\n${b.trailers.map((t) => `${t}\r\n`).join('')}\r\n`));
  return Buffer.concat(parts);
}

describe('the end of a chunked body', () => {
  it('is found exactly after the last chunk and the trailers, however the bytes are split', () => {
    fc.assert(
      fc.property(body, fc.array(fc.nat(), { maxLength: 8 }), (b, at) => {
        const bytes = encoded(b);

        expect(endOf(cut(Buffer.concat([bytes, NEXT]), at))).toBe(bytes.length);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('is not found before the empty line that closes the trailers', () => {
    expect(endOf([Buffer.from('5\r\nbytes\r\n0\r\nx-a: 1\r\n')])).toBe('open');
    expect(endOf([Buffer.from('5\r\nbytes\r\n0\r\n')])).toBe('open');
    expect(endOf([Buffer.from('5\r\nbyt')])).toBe('open');
  });

  it.each([
    ['a space after the size', '5 \r\nbytes\r\n0\r\n\r\n'],
    ['no size', ';a\r\nbytes\r\n0\r\n\r\n'],
    ['a size not in hex', 'g\r\nbytes\r\n0\r\n\r\n'],
    ['a size line ending in a bare LF', '5\nbytes\r\n0\r\n\r\n'],
    ['data longer than its size', '3\r\nbytes\r\n0\r\n\r\n'],
    ['a trailer ending in a bare LF', '0\r\nx-a: 1\n\r\n'],
    ['a size of 2^52 or more', '10000000000000\r\n'],
  ])('is refused for %s', (_, text) => {
    expect(endOf([Buffer.from(text)])).toBe('invalid');
  });

  it('is refused when a size line or the trailers run past the bound', () => {
    expect(endOf([Buffer.from(`5;${'x'.repeat(100)}`)], 64)).toBe('invalid');
    expect(endOf([Buffer.from(`0\r\n${'x-a: 1\r\n'.repeat(20)}`)], 64)).toBe('invalid');
    const fits = `5;${'x'.repeat(40)}\r\nbytes\r\n0\r\n\r\n`;
    expect(endOf([Buffer.from(fits)], 64)).toBe(fits.length);
  });

  it('is where Node’s own parser finds it, whenever that parser reads the body and the request after it', () => {
    // The claim above checked against llhttp itself (Node's parser, as `_http_common` exposes
    // it), on bodies with bytes inserted, dropped or replaced: a body Node reads but the front
    // calls invalid, or ends elsewhere, has its pipelined requests run and their answers lost.
    const { HTTPParser } = createRequire(import.meta.url)('_http_common');
    const head = Buffer.from(
      'POST /search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
    const readByNode = (bytes: Buffer): boolean => {
      const parser = new HTTPParser();
      parser.initialize(HTTPParser.REQUEST, {}, 0, 0);
      const urls: string[] = [];
      let complete = 0;
      parser[HTTPParser.kOnHeadersComplete] = (...args: unknown[]) => {
        urls.push(String(args[4]));
        return 0;
      };
      parser[HTTPParser.kOnMessageComplete] = () => {
        complete++;
      };
      parser[HTTPParser.kOnBody] = () => {};
      parser[HTTPParser.kOnExecute] = () => {};
      const failed = parser.execute(Buffer.concat([head, bytes, NEXT])) instanceof Error;
      return !failed && complete === 2 && urls[1] === '/search?q=b';
    };
    const PIECES = [
      '\r',
      '\n',
      '\r\n',
      ' ',
      '\t',
      ';',
      '"',
      '=',
      '\\',
      'a',
      '0',
      'F',
      'x',
      ':',
      '\x00',
      '\x7f',
    ];
    const mutation = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('insert', 'drop', 'replace'),
      piece: fc.constantFrom(...PIECES),
    });
    let read = 0;
    fc.assert(
      fc.property(
        body,
        fc.array(mutation, { maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (b, mutations, at) => {
          let text = encoded(b).toString('latin1');
          for (const { at: place, kind, piece } of mutations) {
            const i = place % (text.length + 1);
            const after = kind === 'insert' ? text.slice(i) : text.slice(i + 1);
            text = text.slice(0, i) + (kind === 'drop' ? '' : piece) + after;
          }
          const bytes = Buffer.from(text, 'latin1');
          if (!readByNode(bytes)) return;
          read++;

          const end = endOf(cut(Buffer.concat([bytes, NEXT]), at));

          // Empty lines after the body are skipped before the next request line, by both.
          expect(typeof end).toBe('number');
          expect(text.slice(end as number)).toMatch(/^[\r\n]*$/);
        },
      ),
      { numRuns: propertyRuns(3000) },
    );
    expect(read).toBeGreaterThan(0);
  });
});
