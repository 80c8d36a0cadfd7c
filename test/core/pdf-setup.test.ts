import DOMMatrixShim from '@thednp/dommatrix';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Errors from '../../functions/core/errors.ts';
import type * as Pdf from '../../functions/core/normalise/formats/pdf.ts';
import type * as PdfJsLoader from '../../functions/core/normalise/formats/pdfjs.ts';
import type { PdfJs } from '../../functions/core/normalise/formats/pdfjs.ts';

// The unit tier shares modules between the files of a worker (vitest.config.ts), and this file
// replaces pdf.js's loader: it loads the PDF reader, the loader and the errors afresh, after the
// replacement below is in place.
let RejectedArticleError: typeof Errors.RejectedArticleError;
let readPdf: typeof Pdf.readPdf;
let isPdfJsSetupFault: typeof PdfJsLoader.isPdfJsSetupFault;
let loadPdfJs: typeof PdfJsLoader.loadPdfJs;
beforeAll(async () => {
  vi.resetModules();
  ({ RejectedArticleError } = await import('../../functions/core/errors.ts'));
  ({ readPdf } = await import('../../functions/core/normalise/formats/pdf.ts'));
  ({ isPdfJsSetupFault, loadPdfJs } = await import(
    '../../functions/core/normalise/formats/pdfjs.ts'
  ));
});

// readPdf gets a failing pdf.js where a test sets one; the real one otherwise.
const fake = vi.hoisted(() => ({ pdfjs: null as unknown }));
vi.mock('../../functions/core/normalise/formats/pdfjs.ts', async (importOriginal) => {
  const real =
    await importOriginal<typeof import('../../functions/core/normalise/formats/pdfjs.ts')>();
  return {
    ...real,
    loadPdfJs: () => (fake.pdfjs === null ? real.loadPdfJs() : Promise.resolve(fake.pdfjs)),
  };
});

// An error as pdf.js's worker reports it: anything but its own exceptions is wrapped with the
// original `toString()` as details.
function fromWorker(details: string): Error {
  return Object.assign(new Error(details.replace(/^\w+: /, '')), {
    name: 'UnknownErrorException',
    details,
  });
}
const named = (name: string, message: string) => Object.assign(new Error(message), { name });

const MISSING_GLOBAL = new ReferenceError('DOMMatrix is not defined');
const PDF = new TextEncoder().encode('%PDF-1.4\n');

// A pdf.js whose document load or page text fails with `error`.
function failingPdfJs(error: unknown, at: 'load' | 'text') {
  const document = {
    numPages: 1,
    getPage: async () => ({
      getTextContent: () => Promise.reject(error),
      cleanup: () => undefined,
    }),
    destroy: async () => undefined,
  };
  return {
    getDocument: () => ({
      promise: at === 'load' ? Promise.reject(error) : Promise.resolve(document),
      destroy: async () => undefined,
    }),
  } as unknown as PdfJs;
}

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('pdf.js faults that are not the file', () => {
  it.each([
    ['a missing global, thrown here', MISSING_GLOBAL, true],
    ['a missing global, reported by the worker', fromWorker(String(MISSING_GLOBAL)), true],
    [
      'a worker that cannot be set up',
      new Error('Setting up fake worker failed: "Cannot find module pdf.worker.mjs".'),
      true,
    ],
    ['a file that is no PDF', named('InvalidPDFException', 'Invalid PDF structure.'), false],
    ['a password', named('PasswordException', 'No password given'), false],
    ['a damaged structure, from the worker', fromWorker('FormatError: Bad FCHECK in flate'), false],
    [
      'a pdf.js fault on a hostile file',
      new TypeError('Cannot read properties of undefined'),
      false,
    ],
    ['a string', 'DOMMatrix is not defined', false],
  ])('%s: %s', (_what, error, fault) => {
    expect(isPdfJsSetupFault(error)).toBe(fault);
  });
});

describe('readPdf when pdf.js fails', () => {
  afterEach(() => {
    fake.pdfjs = null;
  });

  it.each([
    ['load', MISSING_GLOBAL],
    ['load', fromWorker(String(MISSING_GLOBAL))],
    ['text', fromWorker(String(MISSING_GLOBAL))],
  ] as const)('throws a setup fault at %s as it is: %s', async (at, error) => {
    fake.pdfjs = failingPdfJs(error, at);
    const thrown = await outcome(readPdf(PDF));
    expect(thrown).toBe(error);
    expect(thrown).not.toBeInstanceOf(RejectedArticleError);
  });

  it.each([
    ['load', named('InvalidPDFException', 'Invalid PDF structure.'), 'malformed'],
    ['load', named('PasswordException', 'No password given'), 'encrypted'],
    ['text', fromWorker('FormatError: Bad FCHECK in flate'), 'malformed'],
  ] as const)('rejects the file for a fault of the file at %s: %s', async (at, error, reason) => {
    fake.pdfjs = failingPdfJs(error, at);
    const thrown = await outcome(readPdf(PDF));
    expect(thrown).toBeInstanceOf(RejectedArticleError);
    expect((thrown as Errors.RejectedArticleError).reason).toBe(reason);
  });
});

describe('the DOMMatrix pdf.js is given', () => {
  it('is the pure-JS one wherever pdf.js runs, and computes what text extraction asks of it', async () => {
    await loadPdfJs();
    // Set before pdf.js could take the native one from @napi-rs/canvas, installed on this machine.
    expect((globalThis as { DOMMatrix?: unknown }).DOMMatrix).toBe(DOMMatrixShim);
    // compileType3Glyph, reached by getTextContent for Type3 fonts, builds exactly this.
    const { a, b, c, d, e, f } = new DOMMatrixShim().scaleSelf(1 / 8, -1 / 8).translateSelf(0, -8);
    expect([a, b, c, d, e, f].map((n) => n + 0)).toEqual([0.125, 0, 0, -0.125, 0, 1]);
  });
});
