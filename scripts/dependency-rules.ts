import type { IForbiddenRuleType } from 'dependency-cruiser';

// Node's modules that reach outside the process: files, sockets, processes, threads.
const NODE_IO =
  '^(node:)?(fs|fs/promises|net|http|http2|https|child_process|dgram|dns|tls|worker_threads|cluster|readline)$';
// Libraries that talk to AWS, OpenSearch or a database.
const IO_LIBRARIES =
  'node_modules/(@aws-sdk|@smithy|@opensearch-project|better-sqlite3|aws-lambda|@aws-lambda-powertools)/';

/**
 * The architecture as rules (STYLE.md: ports and adapters): the core is pure, handlers go
 * through the core, and the Lambda code stands on its own. `npm test` checks them
 * (`scripts/check-dependencies.ts`).
 */
export const DEPENDENCY_RULES: IForbiddenRuleType[] = [
  {
    name: 'core-imports-no-adapter',
    comment:
      'functions/core is pure: adapters, commons, handlers and the tools around it come to it, not back',
    severity: 'error',
    from: { path: '^functions/core/' },
    to: {
      path: '^(functions/(adapters|commons|ingest|search)|local|cli|infra|bench|test|scripts)/',
    },
  },
  {
    name: 'core-imports-no-io-library',
    comment: 'functions/core never talks to AWS, OpenSearch or SQLite: ports do, through adapters',
    severity: 'error',
    from: { path: '^functions/core/' },
    to: { path: IO_LIBRARIES },
  },
  {
    name: 'core-imports-no-node-io',
    comment: 'functions/core reads no files, sockets or processes: the bytes come in through ports',
    severity: 'error',
    from: { path: '^functions/core/' },
    to: { dependencyTypes: ['core'], path: NODE_IO },
  },
  {
    name: 'core-text-and-language-serve-every-capability',
    comment:
      'core/text and core/language are what normalisation, ingest and search share: they import none of them',
    severity: 'error',
    from: { path: '^functions/core/(text|language)/' },
    to: { path: '^functions/core/(normalise|ingest|search)/' },
  },
  {
    name: 'core-normalisation-knows-no-search-or-ingest',
    comment: 'core/normalise turns bytes into an article; ingest calls it, search never needs it',
    severity: 'error',
    from: { path: '^functions/core/normalise/' },
    to: { path: '^functions/core/(search|ingest)/' },
  },
  {
    name: 'core-search-knows-no-normalisation-or-ingest',
    comment:
      'core/search answers queries over indexed articles; how they were made is not its business',
    severity: 'error',
    from: { path: '^functions/core/search/' },
    to: { path: '^functions/core/(normalise|ingest)/' },
  },
  {
    name: 'handler-reaches-no-adapter',
    comment: 'a handler calls the core; only its wiring (index.ts) builds adapters',
    severity: 'error',
    from: { path: '^functions/(ingest|search)/', pathNot: '/index\\.ts$' },
    to: { path: '^functions/adapters/' },
  },
  {
    name: 'adapter-reaches-no-handler',
    comment: 'adapters serve the core; they never call a handler',
    severity: 'error',
    from: { path: '^functions/adapters/' },
    to: { path: '^functions/(ingest|search)/' },
  },
  {
    name: 'lambda-code-imports-no-dev-dependency',
    comment:
      'what is bundled into a Lambda uses runtime dependencies only; dev dependencies (the benches, tools) stay out of the bundles',
    severity: 'error',
    from: { path: '^functions/' },
    to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
  },
  {
    name: 'lambda-code-stands-alone',
    comment: 'what is bundled into a Lambda never imports the local stack, the CLI, infra or tests',
    severity: 'error',
    from: { path: '^functions/' },
    to: { path: '^(local|cli|infra|bench|test|scripts)/' },
  },
];
