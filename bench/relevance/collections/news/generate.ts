/**
 * Writes the `news` collection (docs.jsonl, queries.jsonl, qrels.tsv) from the hand-written
 * material beside it. Deterministic: a seeded shuffle assigns document ids, no network.
 *
 *   npx tsx bench/relevance/collections/news/generate.ts
 *
 * Judgements follow from story membership alone (see material/types.ts, QuerySpec), never
 * from running a search system. The script refuses material that breaks the collection's
 * rules: an article outside 80–400 words, a duplicate key, an unplanned near copy of another
 * article, a query without a relevant document.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OTHERS_ECONOMY } from './material/others-economy.ts';
import { OTHERS_POLITICS } from './material/others-politics.ts';
import { OTHERS_SOCIETY } from './material/others-society.ts';
import { QUERIES } from './material/queries.ts';
import { STORIES_DIPLOMACY } from './material/stories-diplomacy.ts';
import { STORIES_ECONOMY } from './material/stories-economy.ts';
import { STORIES_SOCIETY } from './material/stories-society.ts';
import type { Article, Lang, Story } from './material/types.ts';

const HERE = new URL('.', import.meta.url).pathname;
const SEEDS_FROM_HERE = '../../../../seeds';
const SHUFFLE_SEED = 20260301;
const MIN_WORDS = 80;
const MAX_WORDS = 400;
/** Share of 5-word shingles above which two articles count as copies of each other. */
const NEAR_COPY = 0.3;

/** An article ready to write, with the story it belongs to (null: no query's subject). */
interface Placed {
  article: Article;
  story: string | null;
  lang: Lang;
  title: string;
  paragraphs: string[];
  id: string;
}

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).slice();
}

function shingles(text: string): Set<string> {
  const words = wordsOf(text);
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(' '));
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

const problems: string[] = [];
const stories: Story[] = [...STORIES_DIPLOMACY, ...STORIES_ECONOMY, ...STORIES_SOCIETY];
const labelled: Array<{ article: Article; story: string | null }> = [
  ...stories.flatMap((story) => story.articles.map((article) => ({ article, story: story.id }))),
  ...[...OTHERS_POLITICS, ...OTHERS_ECONOMY, ...OTHERS_SOCIETY].map((article) => ({
    article,
    story: null,
  })),
];

const byKey = new Map<string, { article: Article; story: string | null }>();
for (const entry of labelled) {
  if (byKey.has(entry.article.key)) problems.push(`duplicate article key ${entry.article.key}`);
  byKey.set(entry.article.key, entry);
}
const storyIds = new Set<string>();
for (const story of stories) {
  if (storyIds.has(story.id)) problems.push(`duplicate story id ${story.id}`);
  storyIds.add(story.id);
}

function place(entry: { article: Article; story: string | null }): Omit<Placed, 'id'> | null {
  const { article, story } = entry;
  if (article.kind === 'seed') {
    if (!existsSync(join(HERE, SEEDS_FROM_HERE, article.file))) {
      problems.push(`${article.key}: no seed file ${article.file}`);
    }
    return { article, story, lang: article.lang, title: '', paragraphs: [] };
  }
  if (article.kind === 'written') {
    return {
      article,
      story,
      lang: article.lang,
      title: article.title,
      paragraphs: paragraphsOf(article.text),
    };
  }
  const original = byKey.get(article.of);
  if (original?.article.kind !== 'written' || original.story !== story) {
    problems.push(`${article.key}: reprints ${article.of}, not a written article of its story`);
    return null;
  }
  const source = paragraphsOf(original.article.text);
  const kept = article.keep.map((i) => source[i]);
  if (kept.some((paragraph) => paragraph === undefined)) {
    problems.push(`${article.key}: keeps a paragraph ${article.of} does not have`);
    return null;
  }
  return {
    article,
    story,
    lang: original.article.lang,
    title: article.title,
    paragraphs: kept.filter((paragraph) => paragraph !== undefined),
  };
}

const unplaced = labelled.map(place).filter((entry) => entry !== null);

// Ids carry no hint of the story: written articles are numbered in a seeded random order.
const random = prng(SHUFFLE_SEED);
const order = unplaced.map((entry) => ({ entry, key: random() })).sort((a, b) => a.key - b.key);
let next = 0;
const placed: Placed[] = order.map(({ entry }) => ({
  ...entry,
  id: entry.article.kind === 'seed' ? entry.article.id : `news-${String(++next).padStart(3, '0')}`,
}));

for (const doc of placed) {
  if (doc.article.kind === 'seed') continue;
  const words = wordsOf(doc.paragraphs.join(' ')).length;
  if (words < MIN_WORDS || words > MAX_WORDS) {
    problems.push(`${doc.article.key}: ${words} words, outside ${MIN_WORDS}–${MAX_WORDS}`);
  }
  if (doc.title.trim() === '') problems.push(`${doc.article.key}: no title`);
}

// Unplanned near copies: only a declared reprint may share most of its text with another.
const written = placed.filter((doc) => doc.article.kind !== 'seed');
const shingled = written.map((doc) => shingles(doc.paragraphs.join(' ')));
for (let i = 0; i < written.length; i++) {
  for (let j = i + 1; j < written.length; j++) {
    const a = written[i]?.article;
    const b = written[j]?.article;
    const sa = shingled[i];
    const sb = shingled[j];
    if (!a || !b || !sa || !sb) continue;
    const declared =
      (a.kind === 'reprint' && a.of === b.key) || (b.kind === 'reprint' && b.of === a.key);
    const share = overlap(sa, sb);
    if (!declared && share > NEAR_COPY) {
      problems.push(`${a.key} and ${b.key} share ${(share * 100).toFixed(0)}% of their 5-grams`);
    }
  }
}

// Judgements, by rule from the stories each query lists.
const qrels: Array<[string, string, number]> = [];
const queryIds = new Set<string>();
for (const query of QUERIES) {
  if (queryIds.has(query.id)) problems.push(`duplicate query id ${query.id}`);
  queryIds.add(query.id);
  for (const story of Object.keys(query.stories)) {
    if (!storyIds.has(story)) problems.push(`${query.id}: no story ${story}`);
  }
  for (const [key, grade] of Object.entries(query.grades ?? {})) {
    const entry = placed.find((doc) => doc.article.key === key);
    if (!entry || entry.story === null || !(entry.story in query.stories)) {
      problems.push(`${query.id}: grades ${key}, not an article of one of its stories`);
    } else if (grade === 2 && entry.lang !== query.lang) {
      problems.push(`${query.id}: grades ${key} 2 though it is in another language`);
    }
  }
  const judged: Array<[string, number]> = [];
  for (const doc of placed) {
    const kind = doc.story === null ? undefined : query.stories[doc.story];
    if (kind === undefined) continue;
    const ruled = kind === 'full' && doc.lang === query.lang ? 2 : 1;
    const grade = query.grades?.[doc.article.key] ?? ruled;
    if (grade > 0) judged.push([doc.id, grade]);
  }
  if (judged.length === 0) problems.push(`${query.id}: no relevant document`);
  judged.sort((a, b) => a[0].localeCompare(b[0]));
  for (const [doc, grade] of judged) qrels.push([query.id, doc, grade]);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const docLines = [...placed]
  .sort((a, b) => a.id.localeCompare(b.id))
  .map((doc) =>
    doc.article.kind === 'seed'
      ? JSON.stringify({
          id: doc.id,
          title: '',
          text: '',
          file: `${SEEDS_FROM_HERE}/${doc.article.file}`,
        })
      : JSON.stringify({ id: doc.id, title: doc.title, text: doc.paragraphs.join('\n\n') }),
  );
writeFileSync(join(HERE, 'docs.jsonl'), `${docLines.join('\n')}\n`);
writeFileSync(
  join(HERE, 'queries.jsonl'),
  `${QUERIES.map((q) => JSON.stringify({ id: q.id, text: q.text })).join('\n')}\n`,
);
writeFileSync(
  join(HERE, 'qrels.tsv'),
  `query_id\tdoc_id\trelevance\n${qrels.map((row) => row.join('\t')).join('\n')}\n`,
);

const count = (items: Array<{ lang: Lang }>) =>
  ['ru', 'en', 'kk'].map((lang) => `${lang} ${items.filter((i) => i.lang === lang).length}`);
console.log(
  `documents: ${placed.length} (${count(placed).join(', ')}), in stories: ${
    placed.filter((doc) => doc.story !== null).length
  }, stories: ${stories.length}`,
);
console.log(`queries: ${QUERIES.length} (${count(QUERIES).join(', ')})`);
console.log(
  `judgements: ${qrels.length} (grade 2: ${qrels.filter((r) => r[2] === 2).length}, grade 1: ${
    qrels.filter((r) => r[2] === 1).length
  })`,
);
