// iconv-lite and its code-page tables, in a module of their own: the ingest function's bundle
// keeps this file apart (infra/constructs/bundling.ts), so its 480 KB are read on the first file
// that is not plain UTF-8 or ASCII, not at every cold start.
export { default as iconv } from 'iconv-lite';
