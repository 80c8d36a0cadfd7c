import { encodingForLabel } from './labels.ts';

/** Where a declared charset came from. */
export type DeclarationSource = 'content-type' | 'html-meta' | 'xml-prolog';

/** A charset the sender declared, already mapped to a decodable encoding. */
export interface DeclaredCharset {
  encoding: string;
  source: DeclarationSource;
}

/** How far into a file a declaration is looked for (saved pages put long comments first). */
const PRESCAN_BYTES = 4096;

const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;
// `<meta charset=x>` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`;
// `[^<>]` keeps each attempt inside one tag, so the scan stays linear.
const META_CHARSET = /<meta\b[^<>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_PROLOG = /^\s*<\?xml\b[^<>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/**
 * Whether the content type, an XML prolog or an HTML meta tag names a charset at all (mapped or
 * not): without one, and with no byte-order mark, ASCII bytes are read as UTF-8.
 */
export function hasCharsetDeclaration(bytes: Uint8Array, contentType: string | null): boolean {
  if (CONTENT_TYPE_CHARSET.test(contentType ?? '')) return true;
  const head = prescan(bytes);
  return XML_PROLOG.test(head) || META_CHARSET.test(head);
}

// Browsers read the declaration itself as Latin-1: it is ASCII.
function prescan(bytes: Uint8Array): string {
  return Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, PRESCAN_BYTES),
  ).toString('latin1');
}

/**
 * The charset the sender declared, in the order of evidence after a byte-order mark: the HTTP
 * (S3) content type, then an XML prolog or HTML meta tag within the first bytes. The prescan
 * reads bytes as Latin-1, as browsers do, since the declaration itself is ASCII.
 */
export function declaredCharset(
  bytes: Uint8Array,
  contentType: string | null,
): DeclaredCharset | null {
  const fromHeader = CONTENT_TYPE_CHARSET.exec(contentType ?? '')?.[1];
  const headerEncoding = fromHeader ? encodingForLabel(fromHeader) : null;
  if (headerEncoding) return { encoding: headerEncoding, source: 'content-type' };

  const head = prescan(bytes);
  const prolog = XML_PROLOG.exec(head)?.[1];
  const prologEncoding = prolog ? encodingForLabel(prolog) : null;
  if (prologEncoding) return { encoding: prologEncoding, source: 'xml-prolog' };

  const meta = META_CHARSET.exec(head)?.[1];
  const metaEncoding = meta ? encodingForLabel(meta) : null;
  // A page whose ASCII prescan found this tag cannot be UTF-16 or UTF-32; browsers read such a
  // declaration as UTF-8 too.
  if (metaEncoding) {
    return {
      encoding: /^utf-(16|32)/.test(metaEncoding) ? 'utf-8' : metaEncoding,
      source: 'html-meta',
    };
  }
  return null;
}
