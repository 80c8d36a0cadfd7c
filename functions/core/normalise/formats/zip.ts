import { inflateRawSync } from 'node:zlib';
import { RejectedArticleError } from '../../errors.ts';

/** One file inside a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record sits within its own 22 bytes plus a comment of at most 65,535 bytes. */
const END_SEARCH_WINDOW = 22 + 0xffff;
/** More entries than any real document has; a directory this long is an attack or damage. */
const MAX_ENTRIES = 5_000;

function malformed(detail: string): RejectedArticleError {
  return new RejectedArticleError('malformed', `the zip container is damaged: ${detail}`);
}

/**
 * Reads a zip archive's central directory without inflating anything, so the declared sizes can
 * be checked before any part is expanded. Throws `malformed` for a damaged directory.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - END_SEARCH_WINDOW); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end === -1) throw malformed('no end-of-directory record');
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff)
    throw malformed('ZIP64 is not expected in a document');
  if (count > MAX_ENTRIES) {
    throw new RejectedArticleError('too-complex', `the zip container lists ${count} parts`);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw malformed('a directory entry is cut short');
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw malformed('a directory entry is cut short');
    entries.push({
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates one entry, never producing more than `limit` bytes: Node's zlib stops at
 * `maxOutputLength`, so a part whose declared size lies cannot expand past the bound.
 * Throws `too-complex` when the part is larger than the limit and `malformed` when it is damaged.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw malformed(`the part ${entry.name} is missing`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw malformed(`the part ${entry.name} is cut short`);
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge(entry, limit);
    return data;
  }
  if (entry.method !== 8)
    throw malformed(`the part ${entry.name} uses compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: limit });
  } catch (error) {
    if (
      error instanceof RangeError ||
      (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
    ) {
      throw tooLarge(entry, limit);
    }
    throw malformed(`the part ${entry.name} does not inflate`);
  }
}

function tooLarge(entry: ZipEntry, limit: number): RejectedArticleError {
  return new RejectedArticleError(
    'too-complex',
    `the part ${entry.name} expands beyond ${limit} bytes (a zip bomb?)`,
  );
}

/** What a zip archive holds: `docx` for a Word document, else a phrase naming it for a reason. */
export function describeZip(bytes: Uint8Array): string {
  const names = new Set(readZipDirectory(bytes).map((entry) => entry.name));
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'a spreadsheet (XLSX)';
  if (names.has('ppt/presentation.xml')) return 'a presentation (PPTX)';
  if (names.has('content.xml') && names.has('mimetype')) {
    return 'an OpenDocument file (ODT/ODS); save it as DOCX';
  }
  if (names.has('META-INF/container.xml')) return 'an EPUB book';
  return 'a zip archive';
}
