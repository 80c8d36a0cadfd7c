import * as z from '../core/zod.ts';

// zod compiles each object schema into a parser (`new Function`) on its first parse, which
// pays off only over many parses of one shape. A search function parses a handful of objects
// per request, and a cold one paid 6–18 ms of CPU compiling them on its first search, with no
// measurable gain per later request (bench/scale/RESULTS.md, issue-13a). The setting is read
// when a schema is built, so a function's entry imports this module before any other.
z.config({ jitless: true });
