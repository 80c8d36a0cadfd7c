// The YAML parser, in a module of its own: the ingest function's bundle keeps this file apart
// (infra/constructs/bundling.ts), so its 113 KB are read and evaluated (about 10 ms) on the
// first Markdown file with front matter, not at every cold start.
export { parse } from 'yaml';
