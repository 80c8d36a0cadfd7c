import { RejectedArticleError } from '../../errors.ts';
import type { ExtractedDocument } from './extracted.ts';
import { isPdfJsSetupFault, loadPdfJs } from './pdfjs.ts';

/** Pages read at most; a longer PDF is a report, and its opening is what gets indexed. */
const MAX_PAGES = 200;
/** Characters read at most across pages. */
const MAX_CHARS = 2_000_000;
/** Fewer letters than this over all pages means the pages are images (a scan). */
const MIN_LETTERS = 20;
/** A vertical gap this many times the expected line advance starts a new paragraph. */
const PARAGRAPH_GAP = 1.3;
/** Typeset lines advance about this many times their font size. */
const LEADING = 1.35;
const PAGE_NUMBER = /^(?:\d{1,4}|page \d+(?: of \d+)?|стр\.? \d+|\d+ \/ \d+|- \d+ -)$/iu;

/** One line of a page: its text, the baseline's height on the page, and its font size. */
interface Line {
  text: string;
  y: number;
  size: number;
}

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

function linesOf(items: readonly unknown[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? 0);
    if (current && current.text !== '' && Math.abs(y - current.y) > 2) {
      lines.push(current);
      current = null;
    }
    current ??= { text: '', y, size };
    current.text += item.str;
    current.size = Math.max(current.size, size);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

// Lines become paragraphs where the gap between baselines is clearly wider than the usual
// spacing of lines that size (a heading's wider spacing is not a paragraph break); a word broken
// by a hyphen at a line end is joined again.
function pageText(lines: readonly Line[]): string {
  const gaps = lines
    .slice(1)
    .map((line, i) => Math.abs((lines[i]?.y ?? 0) - line.y))
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  let out = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (!previous) {
      out = line.text;
      return;
    }
    const gap = Math.abs(previous.y - line.y);
    const expected = Math.max(usual, Math.max(previous.size, line.size) * LEADING);
    if (gap > expected * PARAGRAPH_GAP || Math.abs(previous.size - line.size) > 0.5)
      out += `\n\n${line.text}`;
    else if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(line.text))
      out = out.slice(0, -1) + line.text;
    // Lines of one paragraph are joined here: the text rules after extraction would read a line
    // starting with a capital (`Kosherbayev`) as a new paragraph.
    else out += ` ${line.text}`;
  });
  return out;
}

// Running heads and feet repeat at the top or foot of most pages, and page numbers stand there;
// neither is article text. Only a page's outermost lines are candidates, so an article that
// repeats a sentence keeps it.
function withoutPageFurniture(pages: readonly Line[][]): Line[][] {
  const edges = pages.map((lines) => {
    const ys = lines.map((l) => l.y);
    const [top, foot] = [Math.max(...ys), Math.min(...ys)];
    return lines.filter((l) => l.y === top || l.y === foot);
  });
  const counts = new Map<string, number>();
  for (const lines of edges) {
    for (const text of new Set(lines.map((l) => l.text)))
      counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const repeated = (text: string) =>
    pages.length >= 2 && (counts.get(text) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines, i) => {
    const edge = new Set(edges[i]);
    return lines.filter((l) => !(edge.has(l) && (PAGE_NUMBER.test(l.text) || repeated(l.text))));
  });
}

// A paragraph often runs on over a page break: a page that ends mid-sentence and a next page
// that starts in lower case are one paragraph.
function joinPages(pages: readonly string[]): string {
  return pages.reduce((text, page) => {
    if (text === '') return page;
    const runsOn = !/[.!?…:;"»”)]$/u.test(text) && /^\p{Ll}/u.test(page);
    if (runsOn && /\p{Ll}-$/u.test(text)) return text.slice(0, -1) + page;
    return `${text}${runsOn ? ' ' : '\n\n'}${page}`;
  }, '');
}

/**
 * Reads a PDF's text layer with pdf.js (no rendering, no fonts, no network): lines from the
 * text items' positions, paragraphs from wider gaps, running heads and page numbers dropped.
 * A PDF without text (a scan) is refused with `no-text-layer`; a password-protected one with
 * `encrypted`; one pdf.js cannot parse with `malformed`. An error that says pdf.js cannot run
 * here at all (a missing global, no worker) is thrown as it is: it is a bug, not the file's.
 */
export async function readPdf(bytes: Uint8Array): Promise<ExtractedDocument> {
  const pdfjs = await loadPdfJs();
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  const task = pdfjs.getDocument({
    // pdf.js may take ownership of the buffer it is given; it gets a copy.
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    // Not the file's fault: rejecting it would hide a broken bundle behind a stream of rejections.
    if (isPdfJsSetupFault(error)) throw error;
    const { name, message } = error as { name?: string; message?: string };
    if (name === 'PasswordException' || /encrypt|password/i.test(message ?? '')) {
      throw new RejectedArticleError('encrypted', 'the PDF is password-protected');
    }
    throw new RejectedArticleError('malformed', 'the PDF cannot be read (damaged or not a PDF)');
  }
  try {
    const pages: Line[][] = [];
    let chars = 0;
    for (let n = 1; n <= Math.min(document.numPages, MAX_PAGES) && chars < MAX_CHARS; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const lines = linesOf(content.items);
      chars += lines.reduce((sum, l) => sum + l.text.length, 0);
      pages.push(lines);
      page.cleanup();
    }
    const text = joinPages(
      withoutPageFurniture(pages)
        .map(pageText)
        .filter((t) => t !== ''),
    );
    if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) {
      throw new RejectedArticleError(
        'no-text-layer',
        'the PDF has no text layer (scanned pages?); run OCR on it first',
      );
    }
    const metadata = await document.getMetadata().catch((error: unknown) => {
      if (isPdfJsSetupFault(error)) throw error;
      return null;
    });
    const info = metadata?.info as { Title?: unknown } | undefined;
    return {
      text,
      title: pdfTitle(info?.Title),
      titleVariants: [],
      publishedAt: null,
      source: null,
      place: null,
      credits: [],
      language: null,
      contentType: 'application/pdf',
      encoding: 'binary',
      decodeErrors: 0,
    };
  } catch (error) {
    if (error instanceof RejectedArticleError || isPdfJsSetupFault(error)) throw error;
    throw new RejectedArticleError('malformed', 'the PDF cannot be read (damaged page content)');
  } finally {
    await document.destroy();
  }
}

// Document properties often hold a file name or an application's default; only a real title
// counts.
function pdfTitle(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const title = value.replace(/\s+/g, ' ').trim();
  if (
    title.length < 5 ||
    /^(?:untitled|microsoft word|документ|document)(?!\p{L})|\.(?:docx?|pdf|odt|rtf|txt)$/iu.test(
      title,
    )
  ) {
    return null;
  }
  return title;
}
