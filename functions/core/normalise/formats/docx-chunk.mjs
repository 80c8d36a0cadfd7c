// mammoth and what it needs (jszip, pako, xmldom, underscore, …), in a module of their own: the
// ingest function's bundle keeps this file apart (infra/constructs/bundling.ts), so its 370 KB
// are read on the first Word document, not at every cold start.
export { default as mammoth } from 'mammoth';
