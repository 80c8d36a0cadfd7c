// A search reader's thread starts here: it registers tsx's loader, which a worker thread does
// not inherit, before loading the TypeScript entry (see local/s3/worker-entry.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./search-worker.ts');
