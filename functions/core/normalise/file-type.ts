import { RejectedArticleError } from '../errors.ts';
import { readByteOrderMark, sniffUnmarkedUtf16 } from './encoding/bom.ts';
import { describeZip } from './formats/zip.ts';

/** The article formats this pipeline reads. */
export type ArticleFormat = 'text' | 'markdown' | 'html' | 'json' | 'docx' | 'pdf';

/** How the bytes must be opened: as a document container, or decoded as text first. */
export type Container = 'pdf' | 'docx' | 'text';

// Signatures of formats that are certainly not articles we read; checked before the extension,
// so a renamed image or archive is recognised for what it is.
const SIGNATURES: ReadonlyArray<{ magic: readonly number[]; offset?: number; name: string }> = [
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    name: 'a legacy Office document (.doc, .xls) or an encrypted Office file; save it as DOCX',
  },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF document; save it as DOCX or plain text' },
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], name: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], name: 'a TIFF image' },
  { magic: [0x57, 0x45, 0x42, 0x50], offset: 8, name: 'a WebP image' },
  { magic: [0x66, 0x74, 0x79, 0x70], offset: 4, name: 'a video or HEIC image' },
  { magic: [0x52, 0x49, 0x46, 0x46], name: 'a RIFF media file (WAV, AVI)' },
  { magic: [0x49, 0x44, 0x33], name: 'an MP3 audio file' },
  { magic: [0x4f, 0x67, 0x67, 0x53], name: 'an Ogg media file' },
  { magic: [0x1f, 0x8b], name: 'gzip data' },
  { magic: [0x42, 0x5a, 0x68], name: 'bzip2 data' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'xz data' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], name: 'zstd data' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7-Zip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], name: 'a RAR archive' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], name: 'an executable (ELF)' },
  { magic: [0x00, 0x61, 0x73, 0x6d], name: 'WebAssembly' },
  { magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], name: 'an SQLite database' },
  { magic: [0x77, 0x4f, 0x46, 0x46], name: 'a web font' },
];

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
// The PDF header may follow some junk; readers accept it within the first kilobyte.
const PDF_HEADER_WINDOW = 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** Bytes examined for NUL and control characters. */
const BINARY_SAMPLE = 64 * 1024;
/** Share of control characters above which bytes are not text in any encoding. */
const MAX_CONTROL_SHARE = 0.05;

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  return magic.every((b, i) => bytes[offset + i] === b);
}

function indexOfBytes(bytes: Uint8Array, magic: readonly number[], limit: number): number {
  const end = Math.min(bytes.length - magic.length, limit);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, magic, i)) return i;
  return -1;
}

/**
 * Decides how to open an object from its bytes: as a PDF, as a DOCX, or as text to be decoded.
 * The extension is never trusted alone: signatures come first, and text must not look binary.
 * Throws a RejectedArticleError naming what the file appears to be when it cannot be read.
 */
export function sniffContainer(bytes: Uint8Array): Container {
  const pdfHeader = indexOfBytes(bytes, PDF_MAGIC, PDF_HEADER_WINDOW);
  // `%PDF-1.` or `%PDF-2.`: a text that merely mentions the marker is not a PDF.
  if (
    pdfHeader !== -1 &&
    /^[12]\.\d/.test(String.fromCharCode(...bytes.subarray(pdfHeader + 5, pdfHeader + 8)))
  ) {
    return 'pdf';
  }
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    const zip = describeZip(bytes);
    if (zip === 'docx') return 'docx';
    throw new RejectedArticleError(
      'unsupported-type',
      `the file is ${zip}, which is not an article format`,
    );
  }
  for (const { magic, offset, name } of SIGNATURES) {
    if (startsWith(bytes, magic, offset)) {
      throw new RejectedArticleError('unsupported-type', `the file is ${name}`);
    }
  }
  if (!readByteOrderMark(bytes) && !sniffUnmarkedUtf16(bytes)) rejectBinary(bytes);
  return 'text';
}

// Text in any encoding we read has no NUL bytes and almost no C0 controls besides tab, line
// feed, carriage return and form feed. Legacy code pages use only bytes 0x80–0xFF for letters.
function rejectBinary(bytes: Uint8Array): void {
  const sample = bytes.subarray(0, BINARY_SAMPLE);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) {
      throw new RejectedArticleError(
        'binary',
        'the file contains NUL bytes, so it is binary, not text',
      );
    }
    if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) ||
      b === 0x7f
    ) {
      controls++;
    }
  }
  if (controls > sample.length * MAX_CONTROL_SHARE) {
    throw new RejectedArticleError(
      'binary',
      'the file is mostly control characters, so it is binary, not text',
    );
  }
}

const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd', 'mdx']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml']);
const HTML_START = /^(?:<\?xml[^<>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_FRAGMENT =
  /<(?:p|div|br|article|h[1-6]|span|a\s+href|table|ul|li|section|main)\b[^<>]*>/i;
const XML_START = /^<\?xml\b/i;
const JSON_START = /^(?:\{\s*(?:"|\})|\[\s*[[{"\]])/;
const FRONT_MATTER_START = /^---[ \t]*\n(?:[ \t]*#.*\n|[ \t]*[\w-]+[ \t]*:.*\n)/;
const ATX_HEADING_START = /^#{1,6}[ \t]+\S/;

// Saved pages often open with `<!-- saved from url=… -->`; a loop, not a regex, so that many
// comments cannot make matching backtrack.
function skipLeadingComments(head: string): string {
  let rest = head;
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->');
    if (end === -1) return rest;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest;
}

function extensionOf(key: string): string {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Decides how decoded text is written: HTML, JSON, Markdown or plain text. The content decides;
 * the extension and content type only settle what the content leaves open (an HTML fragment, a
 * Markdown file without front matter).
 */
export function sniffTextFormat(
  text: string,
  key: string,
  contentType: string | null,
): Exclude<ArticleFormat, 'docx' | 'pdf'> {
  const head = skipLeadingComments(
    text
      .slice(0, 4096)
      .replace(/^\ufeff/, '')
      .trimStart(),
  );
  const extension = extensionOf(key);
  const type = mediaType(contentType);
  const saysHtml =
    HTML_EXTENSIONS.has(extension) || type === 'text/html' || type === 'application/xhtml+xml';
  if (HTML_START.test(head)) return 'html';
  if (head.startsWith('<') && (saysHtml || HTML_FRAGMENT.test(head))) return 'html';
  if (XML_START.test(head)) {
    throw new RejectedArticleError(
      'unsupported-type',
      'the file is an XML document (RSS, NewsML…), which is not an article format; send one article as HTML, JSON or text',
    );
  }
  if (JSON_START.test(head)) return 'json';
  if (FRONT_MATTER_START.test(head) || ATX_HEADING_START.test(head)) return 'markdown';
  if (
    MARKDOWN_EXTENSIONS.has(extension) ||
    type === 'text/markdown' ||
    type === 'text/x-markdown'
  ) {
    return 'markdown';
  }
  return 'text';
}
