/**
 * The language model's reading of article text, another checkout's code against this one's, in
 * one process: the paragraphs of N generated articles (tags stripped, spaces collapsed, as the
 * detector gives them to the model) are read (`Lid176Model.read`) by the other tree's model (A)
 * and this tree's (B) alternately, 100 articles at a time, each side keeping its own token cache.
 * Prints the CPU per article of each after the first 1,000 (which warm both caches up) and how
 * many readings differ in any bit of their sums or row counts (must be 0).
 *
 * `ingest-ab.ts` times the whole ingest, where the reading is a tenth of the CPU and the A/A bias
 * is several per cent; this isolates it.
 *
 *   npx tsx bench/scale/reading-ab.ts /tmp/main-tree 3000
 */
import { join } from 'node:path';
import { ArchiveGenerator } from './corpus.ts';

interface Reading {
  sum: ArrayLike<number>;
  count: number;
}
interface Model {
  read(line: string): Reading;
}

const [otherRoot, sizeArgument = '3000'] = process.argv.slice(2);
if (!otherRoot) {
  process.stderr.write('usage: reading-ab.ts OTHER_CHECKOUT [ARTICLES]\n');
  process.exit(2);
}
const WARM_UP = 1_000;
const CHUNK = 100;

async function model(root: string): Promise<Model> {
  const { Lid176Model } = await import(join(root, 'functions/adapters/language/lid176-model.ts'));
  return new Lid176Model();
}

const a = await model(otherRoot);
const b = await model(new URL('../../', import.meta.url).pathname);
const generator = new ArchiveGenerator(12);
const articles: string[][] = [];
for (let i = 0; i < Number(sizeArgument); i++) {
  const text = generator
    .next()
    .body.toString('utf8')
    .replace(/<[^>]*>/g, '\n');
  articles.push(
    text
      .split(/\n+/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
}

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
const spent = new Map<Model, number>([
  [a, 0],
  [b, 0],
]);
let differing = 0;
for (let at = 0; at < articles.length; at += CHUNK) {
  const chunk = articles.slice(at, at + CHUNK);
  const order = (at / CHUNK) % 2 === 0 ? [a, b] : [b, a];
  const read = new Map<Model, Reading[]>();
  for (const side of order) {
    const start = cpu();
    read.set(
      side,
      chunk.flatMap((paragraphs) => paragraphs.map((p) => side.read(p))),
    );
    if (at >= WARM_UP) spent.set(side, (spent.get(side) ?? 0) + cpu() - start);
  }
  const mine = read.get(b) ?? [];
  (read.get(a) ?? []).forEach((theirs, i) => {
    const own = mine[i];
    const same =
      own !== undefined &&
      own.count === theirs.count &&
      Array.from(theirs.sum).every((value, k) => Object.is(value, own.sum[k]));
    if (!same) differing++;
  });
}
const measured = Math.max(1, articles.length - WARM_UP);
const msA = (spent.get(a) ?? 0) / measured / 1000;
const msB = (spent.get(b) ?? 0) / measured / 1000;
process.stdout.write(
  `${measured} articles after ${WARM_UP}: A (${otherRoot}) ${msA.toFixed(3)} ms each, B (this tree) ${msB.toFixed(3)} ms each; B/A ${(msB / msA).toFixed(3)}; readings differing: ${differing}\n`,
);
process.exitCode = differing === 0 ? 0 : 1;
