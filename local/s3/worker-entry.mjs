// The S3 server's thread starts here: a worker thread does not inherit the TypeScript loader of
// the thread that started it, whether that is tsx (`npm start`) or Vitest, so it registers tsx's
// own before loading the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
