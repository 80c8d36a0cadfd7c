import { describe, expect, it } from 'vitest';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import { sniffContainer, sniffTextFormat } from '../../functions/core/normalise/file-type.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof RejectedArticleError) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('sniffContainer', () => {
  it('recognises a PDF by its header, even after some leading junk', () => {
    expect(sniffContainer(ascii('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffContainer(ascii('\r\n  junk %PDF-1.4\n'))).toBe('pdf');
  });

  it('does not take a text that mentions the PDF marker for a PDF', () => {
    expect(sniffContainer(ascii('The %PDF- marker starts every PDF file.'))).toBe('text');
  });

  it.each([
    ['a JPEG image', bytes(0xff, 0xd8, 0xff, 0xe0), 'unsupported-type'],
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'unsupported-type'],
    ['gzip data', bytes(0x1f, 0x8b, 0x08, 0x00), 'unsupported-type'],
    ['an RTF document', ascii('{\\rtf1\\ansi hello}'), 'unsupported-type'],
    ['an executable', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1), 'unsupported-type'],
    ['NUL-laden bytes', bytes(0x41, 0x00, 0x42, 0x43), 'binary'],
    [
      'control characters',
      bytes(...Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
      'binary',
    ],
    ['a damaged zip', bytes(0x50, 0x4b, 0x03, 0x04, 0, 0), 'malformed'],
  ])('refuses %s, whatever its name', (_, input, reason) => {
    expect(reasonOf(() => sniffContainer(input))).toBe(reason);
  });

  it('lets legacy code-page text through: high bytes are letters, not binary', () => {
    expect(sniffContainer(bytes(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x0d, 0x0a))).toBe('text');
  });

  it('lets UTF-16 through, marked or not', () => {
    expect(sniffContainer(bytes(0xff, 0xfe, 0x41, 0x00))).toBe('text');
    expect(
      sniffContainer(new Uint8Array(Buffer.from('Plain English text, unmarked.', 'utf16le'))),
    ).toBe('text');
  });
});

describe('sniffTextFormat', () => {
  it('reads markup as HTML whatever the file is called', () => {
    expect(sniffTextFormat('<!DOCTYPE html><html><body>x</body></html>', 'story.txt', null)).toBe(
      'html',
    );
    expect(sniffTextFormat('<!-- saved from url -->\n<html lang="ru">', 'a', null)).toBe('html');
    expect(sniffTextFormat('<p>A fragment of a page.</p>', 'a.txt', 'text/plain')).toBe('html');
  });

  it('reads a file named .html that holds plain text as plain text', () => {
    expect(sniffTextFormat('Just a headline\n\nAnd a paragraph.', 'page.html', 'text/html')).toBe(
      'text',
    );
  });

  it('reads JSON by its opening, not its name', () => {
    expect(sniffTextFormat('{\n  "headline": "x"}', 'feed.txt', null)).toBe('json');
    expect(sniffTextFormat('[{"title": "x"}]', 'feed', null)).toBe('json');
    expect(sniffTextFormat('[Photo] A caption', 'a.json', null)).toBe('text');
  });

  it('reads front matter or a leading heading as Markdown, and a .md name too', () => {
    expect(sniffTextFormat('---\ntitle: x\n---\nText', 'a.txt', null)).toBe('markdown');
    expect(sniffTextFormat('# Headline\n\nText', 'a', null)).toBe('markdown');
    expect(sniffTextFormat('Plain text', 'a.md', null)).toBe('markdown');
    expect(sniffTextFormat('#hashtag and text', 'a.txt', null)).toBe('text');
  });

  it('refuses XML that is not a page (RSS, NewsML)', () => {
    expect(reasonOf(() => sniffTextFormat('<?xml version="1.0"?><rss/>', 'a.xml', null))).toBe(
      'unsupported-type',
    );
    expect(
      sniffTextFormat('<?xml version="1.0"?>\n<!DOCTYPE html><html></html>', 'a.xhtml', null),
    ).toBe('html');
  });

  it('stays linear on a page that opens with thousands of comments', () => {
    const started = performance.now();
    sniffTextFormat(`${'<!-- x -->'.repeat(100_000)}<html>`, 'a.html', null);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
