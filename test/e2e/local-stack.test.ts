import { describeLocalStackEndToEnd } from './local-stack-scenario.ts';

// The default `npm start`: the embedded SQLite index in the stack's data directory.
describeLocalStackEndToEnd('the embedded index', async () => ({
  searchBackend: { kind: 'embedded' },
  cleanup: async () => {},
}));
