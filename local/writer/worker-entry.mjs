// The index writer's thread starts here: a worker thread does not inherit the TypeScript loader
// of the thread that started it (tsx under `npm start`, or Vitest), so it registers tsx's first.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
