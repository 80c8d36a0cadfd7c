import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerFunctions } from '../../functions/adapters/embedded-index/article-facts.ts';
import {
  ArticleSearch,
  type RankingPath,
} from '../../functions/adapters/embedded-index/article-search.ts';
import { FacetColumns } from '../../functions/adapters/embedded-index/facet-columns.ts';
import { ArticleLengths, FormScorer } from '../../functions/adapters/embedded-index/form-scores.ts';
import { FrequentTerms } from '../../functions/adapters/embedded-index/frequent-terms.ts';
import {
  type EmbeddedQuery,
  embeddedQuery,
  ftsPhrase,
  membershipExpression,
} from '../../functions/adapters/embedded-index/match-expression.ts';
import { BM25, MatchRanker } from '../../functions/adapters/embedded-index/match-ranker.ts';
import { registerRankingFunctions } from '../../functions/adapters/embedded-index/ranking-snapshot.ts';
import {
  DEFAULT_INDEX_FILE,
  openEmbeddedIndex,
} from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { planQuery } from '../../functions/core/search/query-plan.ts';
import type { SearchPage, SearchQuery } from '../../functions/core/search/search-query.ts';
import { testArticle } from '../port/article-index-behaviour.ts';
import { propertyRuns } from '../support/property-runs.ts';
import { seeded } from '../support/seeded.ts';

// The embedded index ranks full-text searches with `MatchRanker` (JavaScript over each form's
// matches) instead of the one SQL statement that scores, groups and sorts every match. The
// statement stays as the reference: on a generated index, for random queries (required,
// optional and excluded words, phrases, several clauses and their proximity, names and their
// transliterations, translations, filters, the language favour, collapsed stories, pages by
// cursor, and pages after writes, ranked with the cursor's statistics), both must give the same
// articles in the same order with the very same scores and cursors.

const EN = ['harbour', 'wheat', 'ships', 'market', 'storm', 'river', 'minister', 'visit', 'London'];
const RU = ['пшеница', 'рынок', 'министр', 'визит', 'Лондон', 'порт', 'новую', 'новой'];
const NAMES = ['Kosherbayev', 'Cooper', 'Кошербаев', 'Кошербаевым', 'Купер'];
const LANGUAGES = ['en', 'ru', 'de'];
const SOURCES = ['Wire One', 'Wire Two', 'Daily'];

function generatedArticle(rand: () => number, key: string) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const language = pick(LANGUAGES);
  const vocabulary = language === 'ru' ? [...RU, ...RU, ...EN] : [...EN, ...EN, ...RU];
  const words = Array.from({ length: 4 + Math.floor(rand() * 30) }, () =>
    rand() < 0.1 ? pick(NAMES) : pick(vocabulary),
  );
  const month = 1 + Math.floor(rand() * 12);
  return testArticle(key, {
    language,
    title: `${pick(vocabulary)} ${rand() < 0.3 ? pick(NAMES) : pick(vocabulary)}`,
    body: `${words.join(' ')}.`,
    source: rand() < 0.15 ? null : pick(SOURCES),
    publishedAt:
      rand() < 0.1 ? null : `202${Math.floor(rand() * 3)}-${String(month).padStart(2, '0')}-15`,
    // A few stories of several articles, for collapsed lists.
    ...(rand() < 0.2 ? { storyId: `story-${Math.floor(rand() * 8)}` } : {}),
  });
}

/** What a page shows of its ranking: ids, scores and cursors, as exact doubles. */
function ranking(page: SearchPage) {
  return page.hits.map((hit) => [hit.id, hit.score, hit.storySize, hit.sort]);
}

/**
 * Makes every one-term form be scored from its instances, whatever share of its matches the
 * filters and members keep, and counts the forms scored so for a part of their matches.
 */
function forceInstances(): { partial: () => number; restore: () => void } {
  const worth = vi.spyOn(FormScorer.prototype, 'worthListing').mockReturnValue(Infinity);
  const original = FormScorer.prototype.scores;
  let partial = 0;
  const computed = vi.spyOn(FormScorer.prototype, 'scores').mockImplementation(function (
    this: FormScorer,
    ...args
  ) {
    const before = worth.mock.calls.length;
    const result = original.apply(this, args);
    if (result !== null && worth.mock.calls.slice(before).some(([share]) => share < 1)) {
      partial++;
    }
    return result;
  });
  return {
    partial: () => partial,
    restore: () => {
      worth.mockRestore();
      computed.mockRestore();
    },
  };
}

describe('the embedded ranking in JavaScript', () => {
  let dataDir: string;
  let writer: ArticleIndex;
  const connections: Database.Database[] = [];
  let written = 0;

  /** A searcher on a connection of its own, with nothing kept from earlier searches. */
  function searcher(path: RankingPath): ArticleSearch {
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    registerFunctions(db);
    connections.push(db);
    return new ArticleSearch(db, path);
  }

  /**
   * A reader's connection whose tier keeps every term's positions (no postings), a write patched
   * into them once it has waited `patchAfterMs`, and a scorer that reads them.
   */
  function keptPositions(patchAfterMs: number) {
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    registerFunctions(db);
    connections.push(db);
    const tier = new FrequentTerms(db);
    tier.build({
      postings: 0,
      minDocs: 1,
      positions: { minDocs: 1, bytes: Number.POSITIVE_INFINITY, patchAfterMs },
    });
    const scorer = new FormScorer(
      db,
      { k1: 1.2, b: 0.75, oneMinusB: 0.25, k1PlusOne: 2.2 },
      null,
      tier,
    );
    return { db, tier, scorer };
  }

  /**
   * `writes` articles written between two searches of a property: each replaces an early article
   * or adds a new one, with sequencers from `base` on so that every write is newer than the last.
   */
  async function writeBetween(rand: () => number, writes: number, base: number): Promise<void> {
    for (let i = 0; i < writes; i++) {
      const key = `a-${Math.floor(rand() * written)}.txt`;
      await writer.upsert({
        ...generatedArticle(rand, rand() < 0.5 ? key : `late-${written++}.txt`),
        sequencer: (base + written * 4 + i).toString(16).toUpperCase(),
      });
    }
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'embedded-ranker-'));
    writer = await openEmbeddedIndex({ dataDir });
    const rand = seeded(21);
    for (; written < 240; written++) {
      await writer.upsert(generatedArticle(rand, `a-${written}.txt`));
    }
  });

  afterAll(async () => {
    for (const db of connections) db.close();
    await writer?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const word = fc.constantFrom(...EN, ...RU, ...NAMES);
  const clause = fc.oneof(
    { weight: 4, arbitrary: word },
    { weight: 1, arbitrary: word.map((w) => `+${w}`) },
    { weight: 1, arbitrary: word.map((w) => `-${w}`) },
    { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`) },
  );
  const request = fc.record({
    clauses: fc.array(clause, { minLength: 1, maxLength: 5 }),
    languages: fc.option(fc.subarray(LANGUAGES, { minLength: 1 }), { nil: undefined }),
    sources: fc.option(fc.subarray(SOURCES, { minLength: 1 }), { nil: undefined }),
    from: fc.option(fc.constantFrom('2020-06-01', '2021-01-01'), { nil: undefined }),
    to: fc.option(fc.constantFrom('2021-06-30', '2022-12-31'), { nil: undefined }),
    // Mostly with a favour: it reorders the ranking, which the ranker must foresee.
    favoured: fc.oneof(
      { weight: 1, arbitrary: fc.constant([]) },
      {
        weight: 3,
        arbitrary: fc.array(
          fc.record({
            language: fc.constantFrom(...LANGUAGES),
            weight: fc.constantFrom(1, 0.8, 0.35, 0.1),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      },
    ),
    size: fc.integer({ min: 1, max: 25 }),
    collapse: fc.boolean(),
  });

  type Request = typeof request extends fc.Arbitrary<infer T> ? T : never;

  function searchQuery(r: Request): SearchQuery {
    const text = r.clauses.join(' ');
    return {
      text,
      clauses: parseQuery(text),
      size: r.size,
      collapse: r.collapse,
      ...(r.languages ? { languages: r.languages } : {}),
      ...(r.sources ? { sources: r.sources } : {}),
      ...(r.from ? { publishedFrom: r.from } : {}),
      ...(r.to ? { publishedTo: r.to } : {}),
      ...(r.favoured.length > 0 ? { favouredLanguages: [...r.favoured] } : {}),
    };
  }

  /** Three pages of `query` by cursor, each ranked as the statement ranks it. */
  function expectPagesAsStatement(query: SearchQuery): void {
    let after: SearchQuery['after'];
    for (let page = 0; page < 3; page++) {
      // Each page on fresh searchers, so that a cursor's page is ranked, not read from kept hits.
      const next = { ...query, ...(after ? { after } : {}) };
      const mine = searcher('ranker').search(next);
      const reference = searcher('statement').search(next);

      expect(ranking(mine)).toEqual(ranking(reference));
      expect(mine.total).toBe(reference.total);

      after = mine.hits.at(-1)?.sort;
      if (after === undefined) break;
    }
  }

  it('ranks every page as the statement does, to the last bit of every score', () => {
    const ranked = vi.spyOn(MatchRanker.prototype, 'rank');
    fc.assert(
      fc.property(request, (r) => {
        expectPagesAsStatement(searchQuery(r));
      }),
      { numRuns: propertyRuns(200), seed: 12 },
    );
    // The ranker answered (it gives way to the statement only for an idf SQLite makes NULL).
    expect(ranked.mock.results.length).toBeGreaterThan(0);
    expect(ranked.mock.results.every((result) => result.value !== null)).toBe(true);
    ranked.mockRestore();
  });

  it('ranks every page of a search without filters as the statement does, its one-term forms scored from their instances', () => {
    const computed = vi.spyOn(FormScorer.prototype, 'scores');
    fc.assert(
      fc.property(request, (r) => {
        const query = searchQuery({
          ...r,
          languages: undefined,
          sources: undefined,
          from: undefined,
          to: undefined,
        });
        expectPagesAsStatement(query);
      }),
      { numRuns: propertyRuns(200), seed: 13 },
    );
    // Forms of one term were scored from their instances, not by FTS5.
    expect(computed.mock.results.some((result) => result.value !== null)).toBe(true);
    computed.mockRestore();
  });

  // Instances listed whatever they cost, so that every one-term form takes this path; then the
  // filters (over the facet columns) and the members keep their share of each form's matches.
  it.each([
    ['a filtered search', (r: Request) => r],
    [
      'a search of required words without filters',
      (r: Request): Request => ({
        ...r,
        clauses: r.clauses.map((c) => (/^[-+"]/.test(c) ? c : `+${c}`)),
        languages: undefined,
        sources: undefined,
        from: undefined,
        to: undefined,
      }),
    ],
  ])(
    'ranks every page of %s as the statement does, its one-term forms scored from their instances and kept by the filters or members',
    (_, shaped) => {
      const path = forceInstances();
      fc.assert(
        fc.property(request, (r) => {
          expectPagesAsStatement(searchQuery(shaped(r)));
        }),
        { numRuns: propertyRuns(150), seed: 14 },
      );
      // Forms were scored from their instances for a part of their matches.
      expect(path.partial()).toBeGreaterThan(0);
      path.restore();
    },
  );

  it('scores each one-term form from its instances as FTS5’s bm25 does, bit for bit, while articles are replaced, added and removed', async () => {
    // Prepare: one scorer kept across writes made by another connection, and FTS5's own list.
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    registerFunctions(db);
    registerRankingFunctions(db);
    connections.push(db);
    // bm25's constants as SQLite parses them, as the ranker reads them.
    const [k1 = 0, b = 0, oneMinusB = 0, k1PlusOne = 0] = db
      .prepare('SELECT 1.2, 0.75, 1 - 0.75, 1.2 + 1.0')
      .raw()
      .get() as number[];
    // Every form by its instances, however many an article has; and every form by the frequent
    // terms' postings, every term kept, read once and then followed through the writes.
    const scorer = new FormScorer(db, { k1, b, oneMinusB, k1PlusOne }, Number.POSITIVE_INFINITY);
    const tier = new FrequentTerms(db);
    tier.build({ postings: Number.POSITIVE_INFINITY, minDocs: 1 });
    const kept = new FormScorer(db, { k1, b, oneMinusB, k1PlusOne }, null, tier);
    const fts = db
      .prepare(`SELECT rowid, -${BM25} FROM article_terms WHERE article_terms MATCH ?`)
      .raw();
    const averages = db
      .prepare('SELECT fts_rows(block), fts_tokens(block) FROM article_terms_data WHERE id = 1')
      .raw();
    const terms = db.prepare('SELECT DISTINCT term FROM temp.article_terms_columns').pluck();
    const rand = seeded(44);
    let scored = 0;

    for (let round = 0; round < 4; round++) {
      // Act and assess: every stored term in every column set our forms use.
      db.transaction(() => {
        const [rows, tokens] = averages.get() as [number, number];
        for (const term of terms.all() as string[]) {
          for (const columns of ['{title body names}', '{title body}', 'translit', 'sounds']) {
            const expression = `${columns} : ${ftsPhrase([term])}`;
            const mine = scorer.scores(expression, { rows, tokens }, `round-${round}`);
            const reference = fts.all(expression) as Array<[number, number]>;

            expect(mine, expression).not.toBeNull();
            expect([...(mine?.docs ?? [])], expression).toEqual(reference.map(([doc]) => doc));
            expect([...(mine?.scores ?? [])], expression).toEqual(reference.map(([, s]) => s));
            scored += reference.length;
            // The same from the postings, kept or listed again after the writes.
            expect(tier.postings(term), term).not.toBeNull();
            const fromPostings = kept.scores(expression, { rows, tokens }, `round-${round}`);
            expect([...(fromPostings?.docs ?? [])], expression).toEqual(
              reference.map(([doc]) => doc),
            );
            expect([...(fromPostings?.scores ?? [])], expression).toEqual(
              reference.map(([, s]) => s),
            );
            expect(kept.keptMatches(expression), expression).toEqual(reference.map(([doc]) => doc));
          }
        }
      })();
      // Articles replaced by longer or shorter ones (a newer sequencer), added and removed.
      for (let i = 0; i < 6; i++) {
        const key = `a-${Math.floor(rand() * written)}.txt`;
        await writer.upsert({
          ...generatedArticle(rand, key),
          sequencer: (0x100000 + round * 16 + i).toString(16).toUpperCase(),
        });
      }
      await writer.upsert(generatedArticle(rand, `late-${written++}.txt`));
      await writer.remove(testArticle(`a-${Math.floor(rand() * 240)}.txt`).id, 'FF');
    }
    expect(scored).toBeGreaterThan(1000);
  });

  it('matches and scores each phrase of kept terms, and each kept term alone, and matches each pair of kept terms near each other, from their positions as FTS5 does, bit for bit, while articles are replaced, added and removed', async () => {
    // Prepare: one scorer whose tier keeps every term's positions (and no postings), kept
    // across another connection's writes, that never lists a term's instances (so a term alone
    // is scored from its positions or not at all), and FTS5's own matches and bm25 of the same
    // phrases and terms.
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    registerFunctions(db);
    registerRankingFunctions(db);
    connections.push(db);
    const [k1 = 0, b = 0, oneMinusB = 0, k1PlusOne = 0] = db
      .prepare('SELECT 1.2, 0.75, 1 - 0.75, 1.2 + 1.0')
      .raw()
      .get() as number[];
    const tier = new FrequentTerms(db);
    tier.build({
      postings: 0,
      minDocs: 1,
      positions: { minDocs: 1, bytes: Number.POSITIVE_INFINITY, patchAfterMs: 0 },
    });
    const kept = new FormScorer(db, { k1, b, oneMinusB, k1PlusOne }, 0, tier);
    const fts = db
      .prepare(`SELECT rowid, -${BM25} FROM article_terms WHERE article_terms MATCH ?`)
      .raw();
    const averages = db
      .prepare('SELECT fts_rows(block), fts_tokens(block) FROM article_terms_data WHERE id = 1')
      .raw();
    const stored = db.prepare('SELECT DISTINCT term FROM temp.article_terms_columns').pluck();
    const rand = seeded(45);
    let phrases = 0;
    let matched = 0;
    let pairs = 0;

    for (let round = 0; round < 5; round++) {
      // Act and assess: every stored term alone, and phrases of two to four stored terms,
      // repeats and every stored term pairs included, in both column sets phrases use.
      db.transaction(() => {
        const [rows, tokens] = averages.get() as [number, number];
        const terms = stored.all() as string[];
        const pick = () => terms[Math.floor(rand() * terms.length)] as string;
        const chosen: string[][] = [];
        for (const a of terms) chosen.push([a], [a, pick()], [a, a]);
        for (let i = 0; i < 150; i++) {
          chosen.push(Array.from({ length: 2 + Math.floor(rand() * 3) }, pick));
        }
        for (const phrase of chosen) {
          for (const columns of ['{title body}', '{title body names}', 'translit']) {
            const expression = `${columns} : ${ftsPhrase(phrase)}`;
            const mine = kept.scores(expression, { rows, tokens }, `phrase-${round}`);
            const reference = fts.all(expression) as Array<[number, number]>;

            expect(mine, expression).not.toBeNull();
            expect([...(mine?.docs ?? [])], expression).toEqual(reference.map(([doc]) => doc));
            expect([...(mine?.scores ?? [])], expression).toEqual(reference.map(([, s]) => s));
            expect(kept.keptMatches(expression), expression).toEqual(reference.map(([doc]) => doc));
            phrases++;
            matched += reference.length;
            if (phrase.length !== 2 || columns === 'translit') continue;
            // The pair near each other, as the proximity bonus asks (match-expression.ts).
            const [a = '', b = ''] = phrase;
            const pair = `${columns} : NEAR(${ftsPhrase([a])} ${ftsPhrase([b])}, ${Math.floor(rand() * 9)})`;
            const near = (fts.all(pair) as Array<[number, number]>).map(([doc]) => doc);
            expect(kept.nearMatches(pair), pair).toEqual(near);
            pairs += near.length;
          }
        }
      })();
      // Articles replaced by longer or shorter ones, added and removed.
      for (let i = 0; i < 6; i++) {
        const key = `a-${Math.floor(rand() * written)}.txt`;
        await writer.upsert({
          ...generatedArticle(rand, key),
          sequencer: (0x180000 + round * 16 + i).toString(16).toUpperCase(),
        });
      }
      await writer.upsert(generatedArticle(rand, `late-${written++}.txt`));
      await writer.remove(testArticle(`a-${Math.floor(rand() * 240)}.txt`).id, 'FF');
    }
    // Phrases found in many articles, and many in none, were compared.
    expect(matched).toBeGreaterThan(2000);
    expect(phrases).toBeGreaterThan(1000);
    expect(pairs).toBeGreaterThan(2000);
    expect(tier.positionsSize.terms).toBeGreaterThan(10);
  });

  it('leaves a phrase to FTS5 unless every term’s positions are kept', () => {
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    registerFunctions(db);
    connections.push(db);
    const tier = new FrequentTerms(db);
    const scorer = new FormScorer(
      db,
      { k1: 1.2, b: 0.75, oneMinusB: 0.25, k1PlusOne: 2.2 },
      null,
      tier,
    );
    // Only the commonest terms' positions, within a budget that leaves the rarer ones out.
    const counts = db
      .prepare(
        'SELECT term, sum(doc), sum(cnt) FROM temp.article_terms_columns GROUP BY term ORDER BY 2 DESC',
      )
      .raw()
      .all() as Array<[string, number, number]>;
    tier.build({ postings: 0, minDocs: 1, positions: { minDocs: 1, bytes: 16_384 } });
    const averages = { rows: 240, tokens: 4000 };
    const keptTerms = counts.map(([t]) => t).filter((t) => tier.phrase([t]) !== null);
    const left = counts.map(([t]) => t).filter((t) => tier.phrase([t]) === null);
    expect(keptTerms.length).toBeGreaterThan(1);
    expect(left.length).toBeGreaterThan(0);
    expect(tier.positionsSize.bytes).toBeLessThanOrEqual(16_384);

    const [a = '', b = ''] = keptTerms;
    expect(
      db.transaction(() => scorer.scores(`{title body} : ${ftsPhrase([a, b])}`, averages, 'v'))(),
    ).not.toBeNull();
    for (const expression of [
      `{title body} : ${ftsPhrase([a, left[0] ?? ''])}`,
      `{title body} : ${ftsPhrase([left[0] ?? '', a])}`,
      `{title body} : ${ftsPhrase([a.toUpperCase(), b])}`,
      `{title body} : NEAR(${ftsPhrase([a])} ${ftsPhrase([b])}, 8)`,
      `{title} : ${ftsPhrase([a, b])}`,
    ]) {
      expect(
        db.transaction(() => scorer.scores(expression, averages, 'v'))(),
        expression,
      ).toBeNull();
    }
  });

  it('reads the frequent terms in steps as it reads them at once, commonest first within the budget', () => {
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    connections.push(db);
    const budget = { postings: 1500, minDocs: 5 };
    const atOnce = new FrequentTerms(db);
    atOnce.build(budget);
    // The vocabulary's counts, from the table the tier made (in the same file state).
    const counts = db
      .prepare('SELECT term, doc FROM temp.article_terms_rows ORDER BY doc DESC, term')
      .raw();
    const inSteps = new FrequentTerms(db);
    inSteps.startBuild(budget);
    let steps = 0;
    while (inSteps.buildStep()) steps++;

    // The same terms, and the same postings for each of them.
    const terms = (counts.all() as Array<[string, number]>).filter(([, docs]) => docs >= 5);
    const kept = terms.filter(([term]) => atOnce.postings(term) !== null);
    expect(inSteps.size).toEqual(atOnce.size);
    expect(steps).toBeGreaterThan(kept.length);
    for (const [term] of terms) expect(inSteps.postings(term)).toEqual(atOnce.postings(term));
    // Within the budget, and no term left out that the budget had room for when its turn came.
    expect(atOnce.size.postings).toBeLessThanOrEqual(1500);
    let left = 1500;
    for (const [term, docs] of terms) {
      if (docs <= left) {
        expect(atOnce.postings(term), term).not.toBeNull();
        left -= docs;
      } else expect(atOnce.postings(term), term).toBeNull();
    }
    expect(kept.length).toBeGreaterThan(3);
  });

  it('holds the frequent terms within their budget as the writes grow them, leaving to FTS5 a term that no longer fits', async () => {
    // Prepare: a tier whose budget is exactly what its terms hold.
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    connections.push(db);
    const unbounded = new FrequentTerms(db);
    unbounded.build({ postings: Number.POSITIVE_INFINITY, minDocs: 20 });
    const budget = { postings: unbounded.size.postings, minDocs: 20 };
    const tier = new FrequentTerms(db);
    tier.build(budget);
    expect(tier.size).toEqual(unbounded.size);
    const terms = db
      .prepare('SELECT term FROM temp.article_terms_rows WHERE doc >= 20')
      .pluck()
      .all() as string[];
    const instances = db
      .prepare('SELECT DISTINCT doc FROM temp.article_terms_instances WHERE term = ? ORDER BY doc')
      .pluck();

    // Act: articles of the same words, which each kept term's next use patches in.
    const rand = seeded(71);
    for (let i = 0; i < 40; i++)
      await writer.upsert(generatedArticle(rand, `more-${written++}.txt`));
    const kept = terms.map((term) => [term, tier.postings(term)] as const);

    // Assess: within the budget, counted as held, some terms let go, and the rest exact.
    const held = kept.reduce((sum, [, postings]) => sum + (postings?.docs.length ?? 0), 0);
    expect(tier.size.postings).toBe(held);
    expect(held).toBeLessThanOrEqual(budget.postings);
    expect(tier.size.terms).toBeLessThan(unbounded.size.terms);
    expect(tier.size.terms).toBeGreaterThan(0);
    for (const [term, postings] of kept) {
      if (postings !== null) expect([...postings.docs], term).toEqual(instances.all(term));
    }
  });

  it('lists a kept term whole again when the changes it missed are no longer in the log', async () => {
    // Prepare: every term of 20 articles or more kept, then new articles and a removed one.
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    connections.push(db);
    const tier = new FrequentTerms(db);
    tier.build({ postings: Number.POSITIVE_INFINITY, minDocs: 20 });
    const terms = db
      .prepare('SELECT term FROM temp.article_terms_rows WHERE doc >= 20')
      .pluck()
      .all() as string[];
    const rand = seeded(81);
    for (let i = 0; i < 6; i++) await writer.upsert(generatedArticle(rand, `gap-${written++}.txt`));
    await writer.remove(testArticle('a-7.txt').id, 'FE');
    // As if thousands of writes had passed: the log no longer reaches back to the tier's.
    const trimmer = new Database(join(dataDir, DEFAULT_INDEX_FILE));
    trimmer.exec(
      'DELETE FROM article_facts_changes WHERE seq < (SELECT max(seq) FROM article_facts_changes)',
    );
    trimmer.close();

    // Act
    const kept = terms.map((term) => [term, tier.postings(term)] as const);

    // Assess: each as FTS5 lists it now, not patched with the one change left in the log.
    const instances = db
      .prepare('SELECT DISTINCT doc FROM temp.article_terms_instances WHERE term = ? ORDER BY doc')
      .pluck();
    expect(kept.filter(([, postings]) => postings !== null).length).toBeGreaterThan(3);
    for (const [term, postings] of kept) {
      if (postings !== null) expect([...postings.docs], term).toEqual(instances.all(term));
    }
  });

  it('drops a term’s positions, leaving its phrases to FTS5, when the changes they missed are no longer in the log', async () => {
    // Prepare: every term's positions kept, then new articles, and a log that no longer reaches
    // back to them.
    const { db, tier, scorer } = keptPositions(0);
    const averages = { rows: 240, tokens: 4000 };
    const phrase = `{title body} : ${ftsPhrase(['harbour', 'wheat'])}`;
    expect(db.transaction(() => scorer.keptMatches(phrase))()).not.toBeNull();
    const before = tier.positionsSize;
    const rand = seeded(83);
    for (let i = 0; i < 3; i++) await writer.upsert(generatedArticle(rand, `gap-${written++}.txt`));
    const trimmer = new Database(join(dataDir, DEFAULT_INDEX_FILE));
    trimmer.exec(
      'DELETE FROM article_facts_changes WHERE seq < (SELECT max(seq) FROM article_facts_changes)',
    );
    trimmer.close();

    // Act
    const [matches, scores] = db.transaction(() => [
      scorer.keptMatches(phrase),
      scorer.scores(phrase, averages, 'v'),
    ])();

    // Assess: not answered from positions that would miss the change; their memory given back.
    expect(matches).toBeNull();
    expect(scores).toBeNull();
    expect(tier.positionsSize.terms).toBeLessThan(before.terms);
    expect(tier.positionsSize.bytes).toBeLessThan(before.bytes);
  });

  it('leaves a written term’s phrases to FTS5 until its positions have waited to be patched, then patches them', async () => {
    // Prepare: positions that wait 200 ms after their reading before a write is patched in.
    const { db, tier, scorer } = keptPositions(200);
    const phrase = `{title body} : ${ftsPhrase(['harbour', 'wheat'])}`;
    const fts = db.prepare('SELECT rowid FROM article_terms WHERE article_terms MATCH ?').pluck();
    const kept = tier.positionsSize;
    const key = `wait-${written++}.txt`;
    await writer.upsert({
      ...generatedArticle(seeded(84), key),
      title: 'harbour wheat harbour wheat',
    });
    const added = db.prepare('SELECT doc FROM articles WHERE key = ?').pluck().get(key);

    // Act and assess: at once, FTS5's (null here), every term's positions still kept; after
    // the wait, patched, and the new article among the matches.
    expect(db.transaction(() => scorer.keptMatches(phrase))()).toBeNull();
    expect(tier.positionsSize.terms).toBe(kept.terms);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const [mine, reference] = db.transaction(() => [scorer.keptMatches(phrase), fts.all(phrase)])();
    expect(mine).toEqual(reference);
    expect(mine).toContain(added);
    expect(tier.positionsSize.terms).toBe(kept.terms);
  });

  it('leaves to FTS5 what its instances cannot score: phrases, other columns, terms it folds', () => {
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    connections.push(db);
    const scorer = new FormScorer(db, { k1: 1.2, b: 0.75, oneMinusB: 0.25, k1PlusOne: 2.2 });
    const averages = { rows: 240, tokens: 4000 };

    for (const expression of [
      `{title body} : ${ftsPhrase(['harbour', 'wheat'])}`,
      `{title} : ${ftsPhrase(['harbour'])}`,
      `{title body} : ${ftsPhrase(['Harbour'])}`,
      `{title body} : ${ftsPhrase(['absent-from-every-article'])}`,
      `{title body} : NEAR(${ftsPhrase(['harbour'])} ${ftsPhrase(['wheat'])}, 8)`,
    ]) {
      expect(scorer.scores(expression, averages, 'v'), expression).toBeNull();
    }
  });

  it('reads the articles’ lengths in the warm-up, so that the first search does not', () => {
    const loads = vi.spyOn(
      ArticleLengths.prototype as unknown as { load: (seq: number | null) => void },
      'load',
    );
    const search = (s: ArticleSearch) =>
      s.search({ text: 'harbour', clauses: parseQuery('harbour'), size: 5 });

    const cold = searcher('ranker');
    search(cold);
    const loadedBySearch = loads.mock.calls.length;
    const warm = searcher('ranker');
    warm.warmUp();
    const loadedByWarmUp = loads.mock.calls.length - loadedBySearch;
    search(warm);

    expect(loadedBySearch).toBe(1);
    expect(loadedByWarmUp).toBe(1);
    expect(loads.mock.calls.length).toBe(2);
    loads.mockRestore();
  });

  it('cuts each page where the statement does when the favour reorders it', () => {
    // Words in many articles and small pages by cursor: the ranker looks up only the articles
    // that can reach the page, which the language favour (up to ×1.2) must not fool.
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 2 }),
        request,
        fc.integer({ min: 1, max: 8 }),
        (words, r, size) => {
          const query = searchQuery({
            ...r,
            clauses: words,
            size,
            collapse: false,
            favoured: r.favoured.length > 0 ? r.favoured : [{ language: 'ru', weight: 1 }],
          });
          let after: SearchQuery['after'];
          for (let page = 0; page < 5; page++) {
            const next = { ...query, ...(after ? { after } : {}) };
            const mine = searcher('ranker').search(next);

            expect(ranking(mine)).toEqual(ranking(searcher('statement').search(next)));

            after = mine.hits.at(-1)?.sort;
            if (after === undefined) break;
          }
        },
      ),
      { numRuns: propertyRuns(150), seed: 3 },
    );
  });

  it('cuts pages between articles of equal value by id, as the statement does', async () => {
    // Copies of one text score the same: the page's last value is shared by several articles,
    // and the cursor's id decides which come after it (the favour lifts one language's copies).
    for (let i = 0; i < 7; i++) {
      await writer.upsert(
        testArticle(`tie-${i}.txt`, {
          language: LANGUAGES[i % 2] as string,
          title: 'zephyr quay',
          body: 'zephyr quay harbour.',
          publishedAt: null,
        }),
      );
    }
    for (const favoured of [[], [{ language: 'ru', weight: 1 }]]) {
      for (const size of [1, 2, 3]) {
        const query: SearchQuery = {
          text: 'zephyr',
          clauses: parseQuery('zephyr'),
          size,
          ...(favoured.length > 0 ? { favouredLanguages: favoured } : {}),
        };
        let after: SearchQuery['after'];
        let seen = 0;
        for (let page = 0; page < 10; page++) {
          const next = { ...query, ...(after ? { after } : {}) };
          const mine = searcher('ranker').search(next);

          expect(ranking(mine)).toEqual(ranking(searcher('statement').search(next)));

          seen += mine.hits.length;
          after = mine.hits.at(-1)?.sort;
          if (after === undefined) break;
        }
        expect(seen).toBe(7);
      }
    }
  });

  it('continues a cursor after writes with the cursor statistics, as the statement does', async () => {
    const rand = seeded(33);
    const ranked = vi.spyOn(MatchRanker.prototype, 'rank');
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        // Prepare: a first page, then articles added and removed.
        const query = searchQuery({ ...r, collapse: false });
        const first = searcher('ranker').search(query);
        const after = first.hits.at(-1)?.sort;
        for (let i = 0; i < 3; i++) {
          await writer.upsert(generatedArticle(rand, `late-${written++}.txt`));
        }
        await writer.remove(testArticle(`a-${written % 240}.txt`).id, 'FF');

        // Act
        const next = { ...query, ...(after ? { after } : {}) };
        const mine = searcher('ranker').search(next);
        const reference = searcher('statement').search(next);

        // Assess
        expect(ranking(mine)).toEqual(ranking(reference));
      }),
      { numRuns: propertyRuns(60), seed: 5 },
    );
    expect(ranked.mock.results.every((result) => result.value !== null)).toBe(true);
    ranked.mockRestore();
  });

  it('ranks and counts every search as the statement does when its words are frequent terms kept in memory, phrases matched from their positions, while another connection writes', async () => {
    // Prepare: one searcher keeping every term's postings (the tier's budget unbounded), kept
    // across the writes, which it follows through the change log.
    const kept = searcher('ranker');
    kept.warmUp({
      postings: Number.POSITIVE_INFINITY,
      minDocs: 1,
      positions: { minDocs: 1, bytes: Number.POSITIVE_INFINITY, patchAfterMs: 0 },
    });
    const fromPostings = vi.spyOn(FrequentTerms.prototype, 'postings');
    const fromPositions = vi.spyOn(FrequentTerms.prototype, 'phrase');
    const members = vi.spyOn(MatchRanker.prototype, 'keptMembers');
    const rand = seeded(61);
    await fc.assert(
      fc.asyncProperty(request, fc.integer({ min: 0, max: 3 }), async (r, writes) => {
        await writeBetween(rand, writes, 0x200000);
        if (writes === 3) await writer.remove(testArticle(`a-${written % 240}.txt`).id, 'FF');
        const query = searchQuery(r);

        // Act
        const mine = kept.search(query);
        const reference = searcher('statement').search(query);

        // Assess: the page, the total and every facet.
        expect(ranking(mine)).toEqual(ranking(reference));
        expect(mine.total).toBe(reference.total);
        expect(mine.facets).toEqual(reference.facets);
      }),
      { numRuns: propertyRuns(150), seed: 62 },
    );
    // Postings were read, and a query's members taken from them.
    expect(fromPostings.mock.results.some((result) => result.value !== null)).toBe(true);
    expect(members.mock.results.some((result) => result.value !== null)).toBe(true);
    // Phrases were matched from the positions, for the ranking and for the facets.
    expect(fromPositions.mock.results.some((result) => result.value !== null)).toBe(true);
    fromPositions.mockRestore();
    fromPostings.mockRestore();
    members.mockRestore();
  });

  it('lists the articles of a query of several clauses from the kept postings as FTS5 lists them, its other forms listed by FTS5, while another connection writes', async () => {
    // Prepare: a ranker keeping the terms of 30 articles or more (the names and the rarer
    // forms are left to FTS5), following the writes through the change log.
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    registerFunctions(db);
    registerRankingFunctions(db);
    connections.push(db);
    const dataVersion = db.prepare('PRAGMA data_version').pluck();
    const ranker = new MatchRanker(db, {
      columns: new FacetColumns(db),
      version: () => String(dataVersion.get()),
    });
    ranker.warmUp({ postings: Number.POSITIVE_INFINITY, minDocs: 30 });
    const fts = db.prepare('SELECT rowid FROM article_terms WHERE article_terms MATCH ?').pluck();
    const inSnapshot = db.transaction((query: EmbeddedQuery) => ({
      mine: ranker.keptMembers(query),
      reference: fts.all(membershipExpression(query)),
    }));
    const rand = seeded(71);
    let several = 0;
    await fc.assert(
      fc.asyncProperty(request, fc.integer({ min: 0, max: 3 }), async (r, writes) => {
        await writeBetween(rand, writes, 0x300000);
        const plan = planQuery(parseQuery(r.clauses.join(' ')), false);
        if (plan === null) return;
        const query = embeddedQuery(plan);
        if (membershipExpression(query) === null) return;

        // Act: twice, the second read from what the first kept (the same state of the index),
        // then once more after a write, which what was kept no longer holds for.
        const first = inSnapshot(query);
        const again = inSnapshot(query);
        await writer.upsert({
          ...generatedArticle(rand, `late-${written++}.txt`),
          sequencer: (0x380000 + written).toString(16).toUpperCase(),
        });
        const afterWrite = inSnapshot(query);

        // Assess: the very list FTS5 gives for the query's boolean expression.
        if (first.mine === null) return;
        if (new Set(query.forms.map(([, clause]) => clause)).size > 1) several++;
        expect(first.mine).toEqual(first.reference);
        expect(again.mine).toEqual(again.reference);
        expect(afterWrite.mine).toEqual(afterWrite.reference);
      }),
      { numRuns: propertyRuns(150), seed: 72 },
    );
    // Queries of several clauses were answered from memory.
    expect(several).toBeGreaterThan(0);
  });
});

// A search's filters are tested by the ranker over the reader's facet columns (facet-columns.ts)
// instead of `EXISTS` over `article_facts`: the same articles must pass at the edges, where a
// test by `day` would differ from the statement's text comparison of `published_at` (a time
// after midnight, an offset that moves the UTC day), for undated and unsourced articles, source
// spellings that fold together, several languages, and after another connection's writes, read
// by a searcher that keeps its columns.
describe('the ranking filters, tested over the facet columns', () => {
  let dataDir: string;
  let writer: ArticleIndex;
  const connections: Database.Database[] = [];

  function searcher(path: RankingPath): ArticleSearch {
    const db = new Database(join(dataDir, DEFAULT_INDEX_FILE), { readonly: true });
    registerFunctions(db);
    connections.push(db);
    return new ArticleSearch(db, path);
  }

  // Dates at a day's edges: `2021-06-30T23:30:00-02:00` is 1 July in UTC (its `day`) but
  // before `2021-07-01` as text; `2021-07-01T00:30:00+05:00` is 30 June in UTC.
  const DATES = [
    null,
    '2021-06-30',
    '2021-06-30T00:00:00Z',
    '2021-06-30T23:59:59Z',
    '2021-06-30T23:30:00-02:00',
    '2021-07-01',
    '2021-07-01T00:30:00+05:00',
    '2021-07-01T12:00:00Z',
    '2021-12-31T23:59:59.999Z',
    '2022-01-01',
  ];
  const SPELLINGS = [
    null,
    'Wire One',
    'wire one',
    ' WIRE ONE ',
    'Wire Two',
    'Daily',
    'Ünion Press',
  ];
  const LANGS = ['en', 'ru', 'de', 'und'];
  const BOUNDS = ['2021-06-30', '2021-06-30T23:59:59Z', '2021-07-01', '2021-12-31', '2022-01-01'];

  function edgeArticle(i: number, round = 0) {
    return testArticle(`edge-${i}.txt`, {
      language: LANGS[(i + round) % LANGS.length] as string,
      title: `harbour ${i % 3 === 0 ? 'wheat' : 'storm'}`,
      body: `harbour market ${'ships '.repeat(1 + (i % 5))}river.`,
      publishedAt: DATES[(i + round) % DATES.length] ?? null,
      source: SPELLINGS[(i * 3 + round) % SPELLINGS.length] ?? null,
    });
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'embedded-ranker-filters-'));
    writer = await openEmbeddedIndex({ dataDir });
    for (let i = 0; i < 140; i++) await writer.upsert(edgeArticle(i));
  });

  afterAll(async () => {
    for (const db of connections) db.close();
    await writer?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const filters = fc.record({
    words: fc.subarray(['harbour', 'wheat', 'storm', 'ships', 'market'], { minLength: 1 }),
    languages: fc.option(fc.subarray(LANGS, { minLength: 1 }), { nil: undefined }),
    sources: fc.option(
      fc.subarray(['wire one', 'WIRE ONE', 'Wire Two', 'daily', 'ünion press', 'Nobody'], {
        minLength: 1,
      }),
      { nil: undefined },
    ),
    from: fc.option(fc.constantFrom(...BOUNDS), { nil: undefined }),
    to: fc.option(fc.constantFrom(...BOUNDS), { nil: undefined }),
    size: fc.integer({ min: 1, max: 30 }),
  });

  function filteredQuery(r: typeof filters extends fc.Arbitrary<infer T> ? T : never) {
    const text = r.words.join(' ');
    return {
      text,
      clauses: parseQuery(text),
      size: r.size,
      ...(r.languages ? { languages: r.languages } : {}),
      ...(r.sources ? { sources: r.sources } : {}),
      ...(r.from ? { publishedFrom: r.from } : {}),
      ...(r.to ? { publishedTo: r.to } : {}),
    } satisfies SearchQuery;
  }

  /** Filtered queries rank alike on a kept searcher, a new one and the reference statement. */
  function filteredLikeStatement(runs: number, seed: number): void {
    const kept = searcher('ranker');
    fc.assert(
      fc.property(filters, (r) => {
        const query = filteredQuery(r);
        const reference = searcher('statement').search(query);

        expect(ranking(kept.search(query))).toEqual(ranking(reference));
        expect(ranking(searcher('ranker').search(query))).toEqual(ranking(reference));
      }),
      { numRuns: propertyRuns(runs), seed },
    );
  }

  it('passes the articles the statement passes at a day boundary, undated, by spelling and language', () => {
    const tested = vi.spyOn(FacetColumns.prototype, 'filter');
    filteredLikeStatement(150, 7);
    expect(tested).toHaveBeenCalled();
    tested.mockRestore();
  });

  it('passes the same articles when the forms are scored from their instances and then filtered', () => {
    const path = forceInstances();
    filteredLikeStatement(100, 8);
    expect(path.partial()).toBeGreaterThan(0);
    path.restore();
  });

  it('keeps a day boundary the statement draws by text, not by the UTC day', () => {
    // 2021-06-30T23:30:00-02:00 is 1 July in UTC, yet the statement keeps it before 1 July.
    const query = {
      ...filteredQuery({
        words: ['harbour'],
        languages: undefined,
        sources: undefined,
        from: undefined,
        to: undefined,
        size: 100,
      }),
      publishedTo: '2021-06-30T23:59:59Z',
    };
    const reference = searcher('statement').search(query);
    const mine = searcher('ranker').search(query);

    expect(ranking(mine)).toEqual(ranking(reference));
    const dated = (i: number) => DATES[i % DATES.length];
    const edge = [...Array(140).keys()].find((i) => dated(i) === '2021-06-30T23:30:00-02:00');
    expect(mine.hits.map((hit) => hit.id)).toContain(testArticle(`edge-${edge}.txt`).id);
  });

  it('follows another connection’s writes with the same searcher', async () => {
    const kept = searcher('ranker');
    let round = 0;
    await fc.assert(
      fc.asyncProperty(filters, async (r) => {
        // Prepare: a search that reads the columns, then articles replaced, added and removed.
        const query = filteredQuery(r);
        kept.search(query);
        round++;
        for (let i = 0; i < 4; i++) await writer.upsert(edgeArticle((round * 7 + i) % 160, round));
        await writer.remove(testArticle(`edge-${(round * 11) % 160}.txt`).id, 'FF');

        // Act
        const mine = kept.search(query);

        // Assess
        expect(ranking(mine)).toEqual(ranking(searcher('statement').search(query)));
      }),
      { numRuns: propertyRuns(50), seed: 9 },
    );
  });
});
