/**
 * Tokenising, another checkout's `tokenize` against this one's, in one process: first every
 * token of N generated article bodies and of the 337 extraction-dev pages (raw HTML, so markup,
 * entities and scripts of every kind) compared field by field (term, folded, surname, case,
 * offsets), exiting non-zero on any difference; then the CPU per body of each, alternated
 * round by round on fresh copies of the same bodies (so neither finds them among the texts it
 * tokenised last).
 *
 *   npx tsx bench/scale/tokenize-ab.ts /work/wt/main-ref 4000
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ArchiveGenerator } from './corpus.ts';

type Tokenize = (text: string) => readonly object[];

const [otherRoot, sizeArgument = '4000', roundsArgument = '6'] = process.argv.slice(2);
if (!otherRoot) {
  process.stderr.write('usage: tokenize-ab.ts OTHER_CHECKOUT [N] [ROUNDS]\n');
  process.exit(2);
}
const size = Number(sizeArgument);
const rounds = Number(roundsArgument);
const analysis = 'functions/core/text/text-analysis.ts';
const a: Tokenize = (await import(resolve(otherRoot, analysis))).tokenize;
const b: Tokenize = (await import(resolve(import.meta.dirname, '../..', analysis))).tokenize;

const generator = new ArchiveGenerator(12);
const bodies = Array.from({ length: size }, () => generator.next().body.toString('utf8'));
// The shared data sit beside the repository (../shared), or beside the worktrees' folder.
const pagesDir = ['../../../shared', '../../../../shared']
  .map((up) => resolve(import.meta.dirname, up, 'extraction-dev/html'))
  .find((dir) => existsSync(dir));
const pages = pagesDir
  ? readdirSync(pagesDir)
      .filter((name) => name.endsWith('.gz'))
      .map((name) => gunzipSync(readFileSync(join(pagesDir, name))).toString('utf8'))
  : [];

let differing = 0;
for (const text of [...pages, ...bodies]) {
  // A copy for B, so that the two never share a string.
  if (JSON.stringify(a(text)) !== JSON.stringify(b(Buffer.from(text).toString('utf8')))) {
    differing++;
  }
}
process.stdout.write(
  `${pages.length} pages and ${bodies.length} bodies tokenised by both: ${differing} differ\n`,
);

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const totals = { a: 0, b: 0 };
for (let round = 0; round < rounds; round++) {
  for (const [side, tokenize] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const copies = bodies.map((body) => Buffer.from(body).toString('utf8'));
    const started = cpuMs();
    for (const body of copies) tokenize(body);
    const spent = cpuMs() - started;
    // The first round warms both up.
    if (round > 0) totals[side] += spent;
  }
}
const per = (ms: number) => ((1000 * ms) / (bodies.length * (rounds - 1))).toFixed(1);
process.stdout.write(
  `CPU per body over ${rounds - 1} rounds after one to warm up: A (${otherRoot}) ${per(totals.a)} µs, B (this tree) ${per(totals.b)} µs; B/A ${(totals.b / totals.a).toFixed(3)}\n`,
);
process.exit(differing === 0 ? 0 : 1);
