import { RejectedArticleError } from './errors.ts';

/** The article formats this pipeline reads. */
export type ArticleFormat = 'text' | 'markdown';

// Signatures of formats that are certainly not plain text; checked before the extension, so a
// renamed PDF or zip is recognised for what it is.
const SIGNATURES: ReadonlyArray<{ magic: readonly number[]; name: string }> = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF' },
  { magic: [0x50, 0x4b, 0x03, 0x04], name: 'a zip archive (DOCX, XLSX or similar)' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], name: 'a legacy Office document' },
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { magic: [0x1f, 0x8b], name: 'gzip data' },
];

const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd']);
const NOT_YET = new Set(['html', 'htm', 'json', 'docx', 'doc', 'pdf', 'rtf', 'odt', 'xml']);

function extensionOf(key: string): string {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * Decides how to read an object from its bytes first, then its content type and extension.
 * Throws a RejectedArticleError naming what the file appears to be when it cannot be read.
 */
export function detectFormat(
  bytes: Uint8Array,
  key: string,
  contentType: string | null,
): ArticleFormat {
  for (const { magic, name } of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) {
      throw new RejectedArticleError(
        'unsupported-type',
        `the file is ${name}, which is not supported yet`,
      );
    }
  }
  const sample = bytes.subarray(0, 8192);
  const utf16 =
    (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  if (!utf16 && sample.includes(0)) {
    throw new RejectedArticleError(
      'binary',
      'the file contains NUL bytes, so it is binary, not text',
    );
  }
  const extension = extensionOf(key);
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (MARKDOWN_EXTENSIONS.has(extension) || type === 'text/markdown') return 'markdown';
  if (NOT_YET.has(extension)) {
    throw new RejectedArticleError('unsupported-type', `.${extension} files are not supported yet`);
  }
  // Any other name is read as plain text: the bytes were already checked for binary signatures,
  // and decoding rejects whatever is not really text.
  return 'text';
}
