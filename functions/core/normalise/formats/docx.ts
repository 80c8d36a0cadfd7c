import { RejectedArticleError } from '../../errors.ts';
import { parseHtmlFragment, textOf } from './dom.ts';
import type { ExtractedDocument } from './extracted.ts';
import { checkMarkup } from './html-guard.ts';
import { htmlText } from './html-text.ts';
import { inflateEntry, readZipDirectory, type ZipEntry } from './zip.ts';

/**
 * Largest single XML part accepted once inflated. Word's XML is several times the text it
 * holds, and the converted page must still pass the HTML guards (`checkMarkup`), which accept
 * at most about a million characters of text; a bigger part would only cost memory (30 MiB of
 * XML took mammoth +495 MiB and 7 s, to be refused afterwards) before the same refusal.
 */
export const MAX_PART_BYTES = 12 * 1024 * 1024;
/** Largest total of all XML parts once inflated. */
const MAX_XML_BYTES = 24 * 1024 * 1024;
/**
 * Highest compression ratio accepted for a large part. Word's XML deflates about 10:1; a zip
 * bomb reaches 1000:1.
 */
const MAX_RATIO = 200;
const RATIO_CHECK_FROM = 1024 * 1024;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
// Word's Title and Subtitle styles read as a headline and a lead.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

function isXmlPart(entry: ZipEntry): boolean {
  return /\.(?:xml|rels)$/i.test(entry.name);
}

/**
 * Refuses a zip bomb before anything expands: declared sizes and ratios of the XML parts are
 * checked, then every XML part (the only ones the converter reads; images are ignored) is
 * inflated with a hard output bound, so a part that lies about its size is caught as well.
 */
export function guardDocx(bytes: Uint8Array): void {
  const entries = readZipDirectory(bytes);
  if (entries.some((entry) => entry.encrypted)) {
    throw new RejectedArticleError('encrypted', 'the document is password-protected');
  }
  const parts = entries.filter(isXmlPart);
  let total = 0;
  for (const part of parts) {
    total += part.uncompressedSize;
    const ratio = part.uncompressedSize / Math.max(1, part.compressedSize);
    if (
      part.uncompressedSize > MAX_PART_BYTES ||
      total > MAX_XML_BYTES ||
      (part.uncompressedSize > RATIO_CHECK_FROM && ratio > MAX_RATIO)
    ) {
      throw new RejectedArticleError(
        'too-complex',
        `the document's part ${part.name} would expand to ${part.uncompressedSize} bytes, over the limit for an article (a zip bomb, or a book?)`,
      );
    }
  }
  for (const part of parts) inflateEntry(bytes, part, part.uncompressedSize);
}

/**
 * Reads a Word document with mammoth: its paragraphs, headings and lists as text, the Title
 * style or first heading as its title. Images are never read.
 */
export async function readDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  guardDocx(bytes);
  // A module of its own (docx-chunk.mjs), which the function bundle loads on the first document.
  const { mammoth } = await import('./docx-chunk.mjs');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    throw new RejectedArticleError('malformed', 'the Word document cannot be read (damaged XML)');
  }
  checkMarkup(html);
  const body = await parseHtmlFragment(html);
  const { text, credits } = body ? htmlText(body) : { text: '', credits: [] };
  return {
    text,
    title: textOf(body?.querySelector('h1') ?? null),
    titleVariants: [],
    publishedAt: null,
    source: null,
    place: null,
    credits,
    language: null,
    contentType: DOCX_TYPE,
    encoding: 'utf-8',
    decodeErrors: 0,
  };
}
