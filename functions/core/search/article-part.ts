import type { Article } from '../article.ts';
import { InvalidRequestError, NotFoundError } from '../errors.ts';

/**
 * Most UTF-8 bytes of body one `GET /articles/{id}` carries. API Gateway with Lambda refuses a
 * response over 6 MB; JSON at most doubles the body's bytes (a quote or a line break is two),
 * so 1 MiB of body leaves room for everything else, with a margin.
 */
export const BODY_PART_BYTES = 1024 * 1024;

/** Where the part of the body in an article response lies, and how to get the rest. */
export interface BodyPart {
  /** Offset of the part in the whole body, in UTF-16 code units (JavaScript string indices). */
  offset: number;
  /** Offset just after the part. */
  end: number;
  /** Length of the whole body, in the same units. */
  length: number;
  /** Whether the body goes on after this part. */
  truncated: boolean;
  /** The `offset` to ask for the next part with, or null after the last. */
  nextOffset: number | null;
}

/** An article as one response carries it: its body, or a part of it, and where that part lies. */
export type ArticlePart = Article & { bodyPart: BodyPart };

/** Reads the `offset` parameter of an article request: a whole number, 0 when absent. */
export function parseBodyOffset(raw: string | undefined): number {
  if (raw === undefined) return 0;
  if (!/^\d{1,12}$/.test(raw)) {
    throw new InvalidRequestError('offset', `offset must be a whole number, got "${raw}"`);
  }
  return Number(raw);
}

// A cut lands on a space or line break in the last few KiB of the part, when there is one, so
// that no word is split between two parts; never between the halves of a surrogate pair.
const BOUNDARY_SEARCH = 4096;

function partEnd(body: string, offset: number, maxBytes: number): number {
  let end = Math.min(body.length, offset + maxBytes);
  for (;;) {
    const bytes = Buffer.byteLength(body.slice(offset, end), 'utf8');
    if (bytes <= maxBytes) break;
    // Shrink in proportion (every code unit is 1 to 3 bytes), then check again.
    end = offset + Math.max(1, Math.floor(((end - offset) * maxBytes) / bytes) - 1);
  }
  if (end >= body.length) return body.length;
  const space = body.slice(Math.max(offset, end - BOUNDARY_SEARCH), end).search(/\s\S*$/);
  if (space > 0) end = Math.max(offset, end - BOUNDARY_SEARCH) + space + 1;
  const code = body.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return end;
}

/**
 * The article with at most `maxBytes` of its body, from `offset`: a body that fits is given
 * whole; a longer one in parts, each response saying where its part lies and the offset of
 * the next (`nextOffset`), so a client can page through it. The original object (`bucket`,
 * `key`) holds the source file itself.
 */
export function articlePart(article: Article, offset = 0, maxBytes = BODY_PART_BYTES): ArticlePart {
  const { body } = article;
  // A well-formed offset past the body names a part that does not exist, as a well-formed id
  // of no article does: not found (404), not malformed (400).
  if (offset > body.length) {
    throw new NotFoundError(
      `offset ${offset} is past the end of the body (${body.length} long)`,
      'offset',
    );
  }
  const end = partEnd(body, offset, maxBytes);
  return {
    ...article,
    body: offset === 0 && end === body.length ? body : body.slice(offset, end),
    bodyPart: {
      offset,
      end,
      length: body.length,
      truncated: end < body.length,
      nextOffset: end < body.length ? end : null,
    },
  };
}
