import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from './document.ts';

/** Where the handler reads the document from. */
export const DOCUMENT_FILE = fileURLToPath(
  new URL('../../functions/search/openapi.json', import.meta.url),
);

/** The document as the committed file holds it. */
export function documentText(): string {
  return `${JSON.stringify(openApiDocument(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(DOCUMENT_FILE, documentText());
  console.log(`wrote ${DOCUMENT_FILE}`);
}
