// linkedom (with its CSS parser, entity tables and htmlparser2) and Readability, in a module of
// their own: the ingest function's bundle keeps this file apart (infra/constructs/bundling.ts),
// so their 450 KB are read and evaluated on the first HTML page or Word document, not at every
// cold start; plain text, JSON and Markdown never load them.

export { Readability } from '@mozilla/readability';
export { parseHTML } from 'linkedom';
