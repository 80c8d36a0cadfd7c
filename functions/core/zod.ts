import { en } from 'zod/locales';
import { config } from 'zod/mini';

// The functions' schemas are written with zod's mini API: the same zod (its core parses,
// checks and words the errors), without the classic API's methods, which every schema carried
// as closures from the moment it was built. A cold search function compiled 97 KiB of zod and
// spent about 11 ms of CPU more at init, the ingest function about 9 ms (bench/scale/RESULTS.md,
// issue-14e). The local stack's own schemas (SQLite rows, the local S3) stay classic: a
// long-running process builds them once. Unlike the classic API, the mini one words errors in
// English only when told to: it is told here, so that every message a user or operator reads
// stays word for word (test/core/schema-messages.test.ts). Import zod from here, not `zod`.
config(en());

export * from 'zod/mini';
