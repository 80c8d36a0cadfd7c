/** Sets pdf.js up in this thread (DOMMatrix, the in-thread worker) and returns it. */
export function loadPdfJsModules(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>;
