// pdf.js and what it needs, in a module of their own: the ingest function's bundle keeps this
// file apart (infra/constructs/bundling.ts), so its 1.7 MB are read on the first PDF, not at
// every cold start. See pdfjs.ts for why DOMMatrix is set and the worker handed over.
import DOMMatrixShim from '@thednp/dommatrix';

export async function loadPdfJsModules() {
  globalThis.DOMMatrix ??= DOMMatrixShim;
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ]);
  globalThis.pdfjsWorker ??= worker;
  return pdfjs;
}
