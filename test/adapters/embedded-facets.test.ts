import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFunctions } from '../../functions/adapters/embedded-index/article-facts.ts';
import { ArticleSearch } from '../../functions/adapters/embedded-index/article-search.ts';
import {
  embeddedQuery,
  membershipExpression,
} from '../../functions/adapters/embedded-index/match-expression.ts';
import {
  DEFAULT_INDEX_FILE,
  openEmbeddedIndex,
} from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { planQuery } from '../../functions/core/search/query-plan.ts';
import type { SearchFacets, SearchQuery } from '../../functions/core/search/search-query.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { propertyRuns } from '../support/property-runs.ts';
import { seeded } from '../support/seeded.ts';

// The facets count the articles a query matches through one FTS5 boolean expression
// (`membershipExpression`), and a filtered ranking scores only the matches that pass its filters. They are checked here against the rule itself, worked out in the
// test from each form's own matches: every required clause, at least `minimum` optional ones,
// no excluded one, a clause being any of its forms; then counted per facet with every filter
// but the facet's own.

const WORDS = ['harbour', 'wheat', 'ships', 'market', 'storm', 'river', 'bridge', 'grain'];
const RU_WORDS = ['пшеница', 'рынок', 'мост', 'буря'];
const LANGUAGES = ['en', 'ru', 'de'];
const SOURCES = ['Wire One', 'Wire Two', 'Daily'];

interface Fact {
  doc: number;
  language: string;
  source: string | null;
  source_name: string | null;
  published_at: string | null;
}

describe('embedded facets and filtered rankings', () => {
  let dataDir: string;
  let db: Database.Database;
  let search: ArticleSearch;
  let facts: Fact[];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'embedded-facets-'));
    const index = await openEmbeddedIndex({ dataDir });
    const rand = seeded(12);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
    for (let i = 0; i < 160; i++) {
      const language = pick(LANGUAGES);
      const words = Array.from({ length: 3 + Math.floor(rand() * 12) }, () =>
        language === 'ru' && rand() < 0.6 ? pick(RU_WORDS) : pick(WORDS),
      );
      const month = 1 + Math.floor(rand() * 12);
      await index.upsert(
        testArticle(`a-${i}.txt`, {
          language,
          title: `${pick(WORDS)} report`,
          body: `${words.join(' ')}.`,
          source: rand() < 0.15 ? null : pick(SOURCES),
          publishedAt:
            rand() < 0.1
              ? null
              : `202${Math.floor(rand() * 3)}-${String(month).padStart(2, '0')}-15`,
        }),
      );
    }
    await index.close();
    db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    registerFunctions(db);
    search = new ArticleSearch(db);
    facts = db
      .prepare('SELECT doc, language, source, source_name, published_at FROM article_facts')
      .all() as Fact[];
  });

  afterAll(async () => {
    db?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** The facets of `query` worked out from each form's matches, as the rule says. */
  function expected(query: SearchQuery): SearchFacets {
    const plan = planQuery(query.clauses);
    const facets: SearchFacets = { language: {}, source: {}, month: {} };
    if (plan === null) return facets;
    const fts = embeddedQuery(plan);
    const matching = db.prepare('SELECT rowid FROM article_terms WHERE article_terms MATCH ?');
    const clauses = new Map<number, { kind: string; docs: Set<number> }>();
    for (const [expression, clause, kind] of fts.forms) {
      const entry = clauses.get(clause) ?? { kind, docs: new Set<number>() };
      for (const row of matching.all(expression) as Array<{ rowid: number }>) {
        entry.docs.add(row.rowid);
      }
      clauses.set(clause, entry);
    }
    const all = [...clauses.values()];
    const member = (doc: number) =>
      all.every((c) => c.kind !== 'r' || c.docs.has(doc)) &&
      all.filter((c) => c.kind === 'o' && c.docs.has(doc)).length >= fts.minimum &&
      !all.some((c) => c.kind === 'x' && c.docs.has(doc));
    const count = (facet: Record<string, number>, value: string) => {
      facet[value] = (facet[value] ?? 0) + 1;
    };
    for (const f of facts.filter((fact) => member(fact.doc))) {
      const l = query.languages === undefined || query.languages.includes(f.language);
      const s =
        query.sources === undefined ||
        (f.source !== null && query.sources.map((x) => x.toLowerCase()).includes(f.source));
      const d =
        (query.publishedFrom === undefined ||
          (f.published_at !== null && f.published_at >= query.publishedFrom)) &&
        (query.publishedTo === undefined ||
          (f.published_at !== null && f.published_at <= query.publishedTo));
      if (s && d) count(facets.language, f.language);
      if (l && d && f.source_name !== null) count(facets.source, f.source_name);
      if (l && s && f.published_at !== null) count(facets.month, f.published_at.slice(0, 7));
    }
    return facets;
  }

  const word = fc.constantFrom(...WORDS, ...RU_WORDS);
  const clause = fc.oneof(
    word,
    word.map((w) => `+${w}`),
    word.map((w) => `-${w}`),
    fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`),
  );

  it('counts exactly the articles the query matches, each facet without its own filter', () => {
    fc.assert(
      fc.property(
        fc.array(clause, { minLength: 1, maxLength: 4 }),
        fc.option(fc.subarray(LANGUAGES, { minLength: 1 }), { nil: undefined }),
        fc.option(fc.subarray(SOURCES, { minLength: 1 }), { nil: undefined }),
        fc.option(fc.constantFrom('2021-01-01', '2021-06-30'), { nil: undefined }),
        (clauses, languages, sources, from) => {
          const text = clauses.join(' ');
          const query: SearchQuery = {
            text,
            clauses: parseQuery(text),
            size: 5,
            ...(languages ? { languages } : {}),
            ...(sources ? { sources } : {}),
            ...(from ? { publishedFrom: from, publishedTo: '2022-03-31' } : {}),
          };

          const page = search.search(query);

          expect(page.facets).toEqual(expected(query));
        },
      ),
      { numRuns: propertyRuns(200), seed: 42 },
    );
  });

  it('ranks with filters as without them, leaving out only the articles they exclude', () => {
    const byDoc = new Map(
      (db.prepare('SELECT id, doc FROM articles').all() as Array<{ id: string; doc: number }>).map(
        (row) => [row.id, facts.find((f) => f.doc === row.doc)],
      ),
    );
    fc.assert(
      fc.property(
        fc.array(clause, { minLength: 1, maxLength: 3 }),
        fc.subarray(LANGUAGES, { minLength: 1 }),
        fc.constantFrom('2020-06-01', '2021-01-01'),
        (clauses, languages, from) => {
          const text = clauses.join(' ');
          const all: SearchQuery = { text, clauses: parseQuery(text), size: 200 };
          const filtered: SearchQuery = { ...all, languages, publishedFrom: from };

          const kept = search
            .search(all)
            .hits.filter((hit) => {
              const fact = byDoc.get(hit.id);
              return (
                fact !== undefined &&
                languages.includes(fact.language) &&
                fact.published_at !== null &&
                fact.published_at >= from
              );
            })
            .map((hit) => [hit.id, hit.score]);

          expect(search.search(filtered).hits.map((hit) => [hit.id, hit.score])).toEqual(kept);
        },
      ),
      { numRuns: propertyRuns(100), seed: 7 },
    );
  });

  it('writes every query of these shapes as one expression', () => {
    for (const text of [
      'harbour',
      'harbour wheat',
      '+harbour ships -storm',
      '"wheat grain" мост',
    ]) {
      const plan = planQuery(parseQuery(text));
      expect(plan).not.toBeNull();
      if (plan !== null) expect(membershipExpression(embeddedQuery(plan))).not.toBeNull();
    }
  });
});
