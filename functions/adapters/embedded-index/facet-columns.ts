import type Database from 'better-sqlite3';
import { emptyFacets, type SearchFacets } from '../../core/search/search-query.ts';
import { ArticleChangeFollower } from './article-changes.ts';
import type { Counts, FilterParameters } from './search-facets.ts';

/**
 * SQLite compares TEXT byte by byte (BINARY): the order of UTF-8, which is the order of code
 * points. JavaScript's `<` compares UTF-16 code units, which differs for characters beyond
 * U+FFFF against U+E000–U+FFFF.
 */
export function compareText(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (isSurrogate(x) !== isSurrogate(y)) return isSurrogate(x) ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

// A surrogate (a character beyond U+FFFF) sorts after every other code unit. A function of the
// module, not a closure made at each differing pair: the stack is compiled with esbuild's
// `keepNames`, which names every closure as it is made (a property definition each), and a date
// filter compares every publication day twice per search (about 4,000 days at 100k articles:
// 2 ms of CPU a search).
function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/** The first `n` characters, as SQLite's `substr(text, 1, n)` counts them (code points). */
function leading(text: string, n: number): string {
  let end = 0;
  for (let i = 0; i < n && end < text.length; i++) {
    const c = text.charCodeAt(end);
    end += c >= 0xd800 && c <= 0xdbff && end + 1 < text.length ? 2 : 1;
  }
  return text.slice(0, end);
}

/** Distinct values, numbered from 1 (0 is "none") in the order they are met. */
class Dictionary<T> {
  readonly values: T[] = [];
  private readonly ids = new Map<string, number>();

  id(key: string, value: () => T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.values.push(value());
      id = this.values.length;
      this.ids.set(key, id);
    }
    return id;
  }
}

interface Source {
  folded: string;
  /** As the article spells it (null only in a row no trigger wrote). */
  name: string | null;
}

interface Day {
  publishedAt: string;
  month: number;
}

/** A filter's verdicts per numbered language, source and day (see `verdictsOf`). */
interface Verdicts {
  languageOk: Uint8Array;
  sourceOk: Uint8Array;
  dayOk: Uint8Array;
}

interface KeptVerdicts {
  languages: Dictionary<string>;
  sources: Dictionary<Source>;
  days: Dictionary<Day>;
  lengths: [number, number, number];
  verdicts: Verdicts;
}

/** The most filters whose verdicts are kept; past it, all are dropped and kept anew. */
const KEPT_VERDICTS = 32;

// What the columns keep of a row but its story, as one text: a row of one value costs
// better-sqlite3 about a fifth of an array, and the same facts (27,000 combinations among
// 103,000 articles) are parsed once.
const FACTS = 'json_array(language, source, source_name, published_at)';

/** A row's facts, parsed from `FACTS`. */
type Facts = [
  language: string,
  source: string | null,
  name: string | null,
  publishedAt: string | null,
];

// A changed row, read again.
interface ChangedRow {
  doc: number;
  facts: string;
  story_id: string;
}

/**
 * The facets and totals of a search counted in memory, over one connection's copy of
 * `article_facts` held column by column and indexed by the article's row id: counting a match
 * costs a few array reads where joining `article_facts` in SQL cost about 3 µs (54,000 matches of
 * a common word: 150 ms; every article, for browsing: 120–240 ms). Values are numbered
 * (languages, source spellings, publication days, stories), so the columns are typed arrays, a
 * few MB at 100,000 articles.
 *
 * The columns follow the index at once: before counting, in the same read transaction as the
 * matches, `article_facts_changes` says which rows changed since the columns were last read, and
 * only those are read again; a connection more than `CHANGES_KEPT` changes behind (or on a file
 * without the log) reads every row again.
 *
 * The counts are exactly those of the statement they replace (see search-facets.ts): each facet
 * with every filter but its own, stories with all of them; the source facet grouped by the folded
 * source and named by its least spelling among the counted articles; values in SQLite's order.
 */
export class FacetColumns {
  private language = new Uint16Array(0);
  private source = new Uint32Array(0);
  private day = new Uint32Array(0);
  private story = new Uint32Array(0);
  private languages = new Dictionary<string>();
  private sources = new Dictionary<Source>();
  private days = new Dictionary<Day>();
  private months = new Dictionary<string>();
  private stories = 0;
  private storyMarks = new Uint32Array(0);
  // What `tally` and `filter` derive from the dictionaries alone, kept while they stay as they
  // are: each day's month, and each filter's verdicts (at most `KEPT_VERDICTS` filters). A
  // dictionary only grows between loads, and a load makes new ones, so its identity and
  // length tell whether a kept value still holds. Working them out again each search went over
  // every day of the archive (4,000 at 100k) once or twice, a sixth of a rare word's counting.
  private monthsKept: { days: Dictionary<Day>; length: number; monthOf: Uint32Array } | null = null;
  private readonly verdictsKept = new Map<string, KeptVerdicts>();
  private generation = 0;
  private readonly changes: ArticleChangeFollower;
  private readonly changedRows: Database.Statement<[{ docs: string }], unknown>;
  private readonly storyFellows: Database.Statement<[string], unknown>;
  private readonly allDocs: Database.Statement<[], unknown>;
  private readonly allFacts: Database.Statement<[], unknown>;
  private readonly docsByStory: Database.Statement<[], unknown>;
  private readonly storiesInOrder: Database.Statement<[], unknown>;

  constructor(private readonly db: Database.Database) {
    this.changes = new ArticleChangeFollower(db, {
      load: () => this.load(),
      update: (changed) => this.update(changed),
    });
    this.changedRows = db.prepare(
      `SELECT doc, ${FACTS} AS facts, story_id FROM article_facts
       WHERE doc IN (SELECT value FROM json_each(@docs))`,
    );
    this.storyFellows = db.prepare('SELECT doc FROM article_facts WHERE story_id = ?').pluck();
    // In row id order both, so that the n-th values are one row's.
    this.allDocs = db.prepare('SELECT doc FROM article_facts ORDER BY doc').pluck();
    this.allFacts = db.prepare(`SELECT ${FACTS} FROM article_facts ORDER BY doc`).pluck();
    // Along the story index both: a story's rows are neighbours (a window function's lag()
    // cost three times the two reads).
    this.docsByStory = db.prepare('SELECT doc FROM article_facts ORDER BY story_id, doc').pluck();
    this.storiesInOrder = db
      .prepare('SELECT story_id FROM article_facts ORDER BY story_id, doc')
      .pluck();
  }

  /**
   * The counts over the articles `docs` gives (row ids; every article when null), with the
   * columns first brought up to date, all in one read transaction. `version` is the
   * connection's `data_version` and own writes, for a file without the change log.
   */
  count(
    filters: FilterParameters,
    docs: (() => readonly number[]) | null,
    version: string,
  ): Counts {
    return this.db.transaction(() => {
      const matched = docs === null ? null : docs();
      // Nothing to count: the columns are not read (a thread's warm-up matches nothing).
      if (matched?.length === 0) return { facets: emptyFacets(), stories: 0 };
      this.sync(version);
      return this.tally(filters, matched);
    })();
  }

  private sync(version: string): void {
    this.changes.sync(version);
  }

  /** Reads every row. */
  private load(): void {
    const docs = this.allDocs.all() as number[];
    const facts = this.allFacts.all() as string[];
    this.languages = new Dictionary<string>();
    this.sources = new Dictionary<Source>();
    this.days = new Dictionary<Day>();
    this.months = new Dictionary<string>();
    // The numbers each `FACTS` text stands for (language, source, day), for this read only.
    const combinations = new Map<string, [number, number, number]>();
    const size = docs.reduce((max, doc) => Math.max(max, doc + 1), 0);
    this.language = new Uint16Array(size);
    this.source = new Uint32Array(size);
    this.day = new Uint32Array(size);
    this.story = new Uint32Array(size);
    for (let i = 0; i < docs.length; i++) {
      const text = facts[i] as string;
      let ids = combinations.get(text);
      if (ids === undefined) {
        ids = this.factIds(text);
        combinations.set(text, ids);
      }
      this.setFacts(docs[i] as number, ids);
    }
    const byStory = this.docsByStory.all() as number[];
    const stories = this.storiesInOrder.all() as string[];
    this.stories = 0;
    let previous: string | undefined;
    for (let i = 0; i < byStory.length; i++) {
      if (stories[i] !== previous || i === 0) this.stories++;
      previous = stories[i];
      this.story[byStory[i] as number] = this.stories;
    }
    this.storyMarks = new Uint32Array(this.stories + 1);
    this.generation = 0;
  }

  /** Reads the rows of `changed` again: gone, replaced or new. */
  private update(changed: readonly number[]): void {
    const changedSet = new Set(changed);
    for (const doc of changed) {
      if (doc < this.language.length) this.language[doc] = 0;
    }
    const rows = this.changedRows.all({ docs: JSON.stringify(changed) }) as ChangedRow[];
    const size = rows.reduce((max, row) => Math.max(max, row.doc + 1), 0);
    if (size > this.language.length)
      this.grow(Math.max(size, Math.ceil(this.language.length * 1.5)));
    const numbered = new Map<string, number>();
    for (const row of rows) {
      this.setFacts(row.doc, this.factIds(row.facts));
    }
    // A story keeps the number of any article of it not changed here; a story none of whose
    // articles are left unchanged gets a new one.
    for (const row of rows) {
      let number = numbered.get(row.story_id);
      if (number === undefined) {
        const fellows = this.storyFellows.all(row.story_id) as number[];
        const kept = fellows.find((d) => d !== row.doc && !changedSet.has(d));
        number = kept === undefined ? ++this.stories : (this.story[kept] as number);
        numbered.set(row.story_id, number);
      }
      this.story[row.doc] = number;
    }
    if (this.storyMarks.length <= this.stories) {
      const marks = new Uint32Array(Math.ceil((this.stories + 1) * 1.5));
      marks.set(this.storyMarks);
      this.storyMarks = marks;
    }
  }

  private grow(size: number): void {
    const grown = <A extends Uint16Array | Uint32Array>(array: A, make: (n: number) => A): A => {
      const bigger = make(size);
      bigger.set(array);
      return bigger;
    };
    this.language = grown(this.language, (n) => new Uint16Array(n));
    this.source = grown(this.source, (n) => new Uint32Array(n));
    this.day = grown(this.day, (n) => new Uint32Array(n));
    this.story = grown(this.story, (n) => new Uint32Array(n));
  }

  /** The numbers of a row's facts (`FACTS`): language, source, day. */
  private factIds(text: string): [number, number, number] {
    const [language, source, name, publishedAt] = JSON.parse(text) as Facts;
    return [
      this.languages.id(language, () => language),
      source === null
        ? 0
        : this.sources.id(name === null ? `${source}\u0001` : `${source}\u0000${name}`, () => ({
            folded: source,
            name,
          })),
      publishedAt === null
        ? 0
        : this.days.id(publishedAt, () => {
            const month = leading(publishedAt, 7);
            return { publishedAt, month: this.months.id(month, () => month) };
          }),
    ];
  }

  private setFacts(doc: number, [language, source, day]: [number, number, number]): void {
    this.language[doc] = language;
    this.source[doc] = source;
    this.day[doc] = day;
  }

  /**
   * The test of one article (its row id) against every filter, over the columns brought up to
   * date first: the caller holds the read transaction its matches are listed in, so the test
   * sees the index as they do. It passes exactly the articles `LANGUAGES_MATCH`,
   * `SOURCES_MATCH` and `DAYS_MATCH` (search-facets.ts) pass over `article_facts`: a language
   * or folded source equal to one listed, `published_at` compared as text (undated: none), and
   * an article without a row none.
   */
  filter(filters: FilterParameters, version: string): (doc: number) => boolean {
    this.sync(version);
    const { languageOk, sourceOk, dayOk } = this.verdictsOf(filters);
    const { language, source, day } = this;
    return (doc) => {
      const li = language[doc] ?? 0;
      return (
        li !== 0 &&
        languageOk[li] === 1 &&
        sourceOk[source[doc] as number] === 1 &&
        dayOk[day[doc] as number] === 1
      );
    };
  }

  /**
   * Each article's language (its row id's: 0 when it has no row, else a number `names` reads),
   * over the columns brought up to date first, as `filter` does. The arrays are the columns'
   * own: read them before the next sync.
   */
  languagesOf(version: string): { language: Uint16Array; names: readonly string[] } {
    this.sync(version);
    return { language: this.language, names: this.languages.values };
  }

  /**
   * Each filter's verdict per numbered value (index 0, "none", passes only without it), kept
   * for the next search with the same filters (see `verdictsKept`). The arrays are shared:
   * read them only.
   */
  private verdictsOf(filters: FilterParameters): Verdicts {
    const key = JSON.stringify([
      filters.languages,
      filters.sources,
      filters.publishedFrom,
      filters.publishedTo,
    ]);
    const kept = this.verdictsKept.get(key);
    if (
      kept !== undefined &&
      kept.languages === this.languages &&
      kept.sources === this.sources &&
      kept.days === this.days &&
      kept.lengths[0] === this.languages.values.length &&
      kept.lengths[1] === this.sources.values.length &&
      kept.lengths[2] === this.days.values.length
    ) {
      return kept.verdicts;
    }
    const verdicts = this.workOutVerdicts(filters);
    if (this.verdictsKept.size >= KEPT_VERDICTS) this.verdictsKept.clear();
    this.verdictsKept.set(key, {
      languages: this.languages,
      sources: this.sources,
      days: this.days,
      lengths: [this.languages.values.length, this.sources.values.length, this.days.values.length],
      verdicts,
    });
    return verdicts;
  }

  private workOutVerdicts(filters: FilterParameters): Verdicts {
    const languageOk = this.verdicts(this.languages.values, filters.languages, (l, set) =>
      set.has(l),
    );
    const sourceOk = this.verdicts(this.sources.values, filters.sources, (s, set) =>
      set.has(s.folded),
    );
    const from = filters.publishedFrom;
    const to = filters.publishedTo;
    const dayOk = new Uint8Array(this.days.values.length + 1);
    if (from === null && to === null) dayOk.fill(1);
    else
      this.days.values.forEach((day, i) => {
        const after = from === null || compareText(day.publishedAt, from) >= 0;
        const before = to === null || compareText(day.publishedAt, to) <= 0;
        dayOk[i + 1] = after && before ? 1 : 0;
      });
    return { languageOk, sourceOk, dayOk };
  }

  private tally(filters: FilterParameters, docs: readonly number[] | null): Counts {
    const { languageOk, sourceOk, dayOk } = this.verdictsOf(filters);
    const byLanguage = new Uint32Array(this.languages.values.length + 1);
    const bySource = new Uint32Array(this.sources.values.length + 1);
    const byMonth = new Uint32Array(this.months.values.length + 1);
    const monthOf = this.monthOf();
    const marks = this.storyMarks;
    if (++this.generation === 0xffffffff) {
      marks.fill(0);
      this.generation = 1;
    }
    const generation = this.generation;
    let stories = 0;
    const { language, source, day, story } = this;
    // One loop over plain locals: a closure per article cost several times as much.
    const length = docs === null ? language.length : docs.length;
    for (let i = 0; i < length; i++) {
      const doc = docs === null ? i : (docs[i] as number);
      // No row: the article is gone (or the id is past the columns' end).
      const li = language[doc] ?? 0;
      if (li === 0) continue;
      const si = source[doc] as number;
      const di = day[doc] as number;
      const l = languageOk[li] === 1;
      const s = sourceOk[si] === 1;
      const d = dayOk[di] === 1;
      if (s && d) byLanguage[li] = (byLanguage[li] as number) + 1;
      if (l && d && si !== 0) bySource[si] = (bySource[si] as number) + 1;
      if (l && s && di !== 0) {
        const mi = monthOf[di] as number;
        byMonth[mi] = (byMonth[mi] as number) + 1;
      }
      if (l && s && d) {
        const st = story[doc] as number;
        if (marks[st] !== generation) {
          marks[st] = generation;
          stories++;
        }
      }
    }
    return { facets: this.facets(byLanguage, bySource, byMonth), stories };
  }

  /** Each numbered day's month (see `monthsKept`). */
  private monthOf(): Uint32Array {
    const { days } = this;
    const length = days.values.length;
    const kept = this.monthsKept;
    if (kept !== null && kept.days === days && kept.length === length) return kept.monthOf;
    const monthOf = new Uint32Array(length + 1);
    for (let i = 0; i < length; i++) monthOf[i + 1] = (days.values[i] as Day).month;
    this.monthsKept = { days, length, monthOf };
    return monthOf;
  }

  /** 1 for each value the filter keeps (every value and "none" without a filter), else 0. */
  private verdicts<T>(
    values: readonly T[],
    filter: string | null,
    keeps: (value: T, chosen: Set<string>) => boolean,
  ): Uint8Array {
    const ok = new Uint8Array(values.length + 1);
    if (filter === null) return ok.fill(1);
    const chosen = new Set((JSON.parse(filter) as unknown[]).filter((v) => typeof v === 'string'));
    values.forEach((value, i) => {
      ok[i + 1] = keeps(value, chosen) ? 1 : 0;
    });
    return ok;
  }

  private facets(
    byLanguage: Uint32Array,
    bySource: Uint32Array,
    byMonth: Uint32Array,
  ): SearchFacets {
    const facets: SearchFacets = { language: {}, source: {}, month: {} };
    const counted = (values: readonly string[], counts: Uint32Array) =>
      values
        .map((value, i) => [value, counts[i + 1] as number] as const)
        .filter(([, count]) => count > 0)
        .sort(([a], [b]) => compareText(a, b));
    for (const [value, count] of counted(this.languages.values, byLanguage)) {
      facets.language[value] = count;
    }
    for (const [value, count] of counted(this.months.values, byMonth)) {
      facets.month[value] = count;
    }
    // By folded source, named by its least spelling counted (SQL's min, which skips nulls).
    const folded = new Map<string, { name: string | null; count: number }>();
    this.sources.values.forEach((source, i) => {
      const count = bySource[i + 1] as number;
      if (count === 0) return;
      const group = folded.get(source.folded) ?? { name: null, count: 0 };
      group.count += count;
      if (source.name !== null && (group.name === null || compareText(source.name, group.name) < 0))
        group.name = source.name;
      folded.set(source.folded, group);
    });
    for (const [, { name, count }] of [...folded].sort(([a], [b]) => compareText(a, b))) {
      if (name !== null) facets.source[name] = count;
    }
    return facets;
  }
}
