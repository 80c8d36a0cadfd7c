/** The pdf.js module, as `readPdf` uses it. */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * Loads pdf.js for text extraction in Node, the same way whether it runs from `node_modules` or
 * from the function's esbuild bundle, which has no `node_modules` beside it.
 *
 * - pdf.js needs a global `DOMMatrix`, which Node lacks: its display layer builds one as the module
 *   is evaluated (`SCALE_MATRIX`), so without it the import itself throws `ReferenceError:
 *   DOMMatrix is not defined`; its worker builds one for the glyphs of Type3 fonts, which text
 *   extraction loads. pdf.js fills the gap from the optional native `@napi-rs/canvas` when it can
 *   `require` it, which works on a developer's machine and never in the Lambda (a bundle with no
 *   `node_modules`, and arm64 where the installed binary is x64): mozilla/pdf.js#19764, #21720.
 *   So a pure-JS `DOMMatrix` is set on `globalThis` first, before pdf.js is first evaluated, and
 *   pdf.js then keeps it wherever it runs. Nothing else pdf.js polyfills (`Path2D`, `ImageData`)
 *   is reached without a canvas; pdf.js warns once that it could not polyfill them.
 * - pdf.js's worker module is loaded into this thread and handed over as `globalThis.pdfjsWorker`,
 *   so no `pdf.worker.mjs` has to be found by path at run time (the bundle has none) and nothing
 *   is spawned; esbuild bundles both modules.
 *
 * The promise is kept, so a failure to load is the same loud error for every PDF, never a half
 * initialised module.
 */
export function loadPdfJs(): Promise<PdfJs> {
  // A module of its own (pdfjs-chunk.mjs), which the function bundle loads on the first PDF.
  loading ??= import('./pdfjs-chunk.mjs').then((chunk) => chunk.loadPdfJsModules());
  return loading;
}

/**
 * Whether an error from pdf.js says that this process cannot run pdf.js, rather than anything
 * about the file: a global missing from the bundle (a `ReferenceError`, thrown here or reported by
 * the worker as an `UnknownErrorException` whose details name it) or a worker that could not be
 * set up. Such an error is a bug, and must not pass for a rejected file.
 */
export function isPdfJsSetupFault(error: unknown): boolean {
  if (error instanceof ReferenceError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const { name, message, details } = error as {
    name?: unknown;
    message?: unknown;
    details?: unknown;
  };
  if (name === 'UnknownErrorException' && typeof details === 'string') {
    return details.startsWith('ReferenceError');
  }
  return typeof message === 'string' && message.startsWith('Setting up fake worker failed');
}
