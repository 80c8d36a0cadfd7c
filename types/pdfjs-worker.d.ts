// pdf.js ships no types for its worker module; the readers only hand it back to pdf.js, which
// looks for `WorkerMessageHandler` on `globalThis.pdfjsWorker`.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  /** The worker's message handler, run in this thread when set on `globalThis.pdfjsWorker`. */
  export const WorkerMessageHandler: unknown;
}
