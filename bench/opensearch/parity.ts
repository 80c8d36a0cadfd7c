import type { ArticleIndex, QueryLanguageDetector } from '../../functions/core/ports.ts';
import {
  type SearchParameters,
  searchArticles,
} from '../../functions/core/search/search-articles.ts';

/**
 * The parity table: what a user types, covering what the two indices must agree on. Inflected
 * Russian surnames, Kazakh and English spellings of the same names, phrases, exclusions,
 * language, source and date filters, browsing, and every query paged with cursors to the end.
 */
export const PARITY_QUERIES: { what: string; params: SearchParameters }[] = [
  { what: 'inflected surname (instrumental)', params: { q: 'Кошербаевым' } },
  { what: 'inflected surname (genitive)', params: { q: 'Кошербаева' } },
  { what: 'female surname, oblique case', params: { q: 'Жанабаевой' } },
  { what: 'Latin spelling of a Cyrillic name', params: { q: 'Kosherbayev' } },
  { what: 'Latin spelling, female name', params: { q: 'Zhanabayeva' } },
  { what: 'Kazakh spelling (қ)', params: { q: 'Тоқтаров' } },
  { what: 'Latin spelling of a Kazakh/Russian name', params: { q: 'Tokhtarov' } },
  { what: 'first name and surname, variant spelling', params: { q: 'Sergey Lavrinenko' } },
  { what: 'Russian phrase', params: { q: '"торгово-экономического сотрудничества"' } },
  { what: 'English phrase', params: { q: '"trade, transport and energy"' } },
  { what: 'exclusion', params: { q: 'инвестиций -Алматы' } },
  { what: 'name minus another name', params: { q: 'Соколов -Кошербаев' } },
  { what: 'English stemming', params: { q: 'investors railway' } },
  { what: 'Kazakh words', params: { q: 'инвестиция тартылды' } },
  { what: 'language filter', params: { q: 'Astana', lang: ['en'] } },
  { what: 'Kazakh language filter', params: { q: 'Астана', lang: ['kk'] } },
  { what: 'date range', params: { q: 'projects', from: '2025-03-01', to: '2025-06-30' } },
  { what: 'source filter', params: { q: 'Кошербаев', source: ['tengrinews'] } },
  { what: 'browse everything', params: { q: '' } },
  {
    what: 'browse one language and month',
    params: { q: '', lang: ['ru'], from: '2025-05-01', to: '2025-05-31' },
  },
];

/**
 * Queries on which the two indices are known to differ, measured beside the table: OpenSearch
 * folds the language-neutral field with ICU (`icu_folding`), which takes the descender off
 * Kazakh ң and қ (теңге → тенге), so a word typed with or without those letters finds both
 * spellings; the embedded index matches words as spelled (names excepted, which meet through
 * transliteration in both). OpenSearch finds a superset: the embedded hits and the Kazakh
 * articles with the other spelling.
 */
export const KNOWN_DIFFERENCES: { what: string; params: SearchParameters }[] = [
  { what: 'Russian spelling of a Kazakh word (ң)', params: { q: 'тенге' } },
  { what: 'Kazakh spelling (ң)', params: { q: 'теңге' } },
];

/** Every hit of a query, page by page with cursors until none is left. */
export async function allHits(
  index: ArticleIndex,
  detector: QueryLanguageDetector,
  params: SearchParameters,
  pageSize = 25,
): Promise<{
  ids: string[];
  total: number;
  facets: Record<string, number>;
  pages: number;
  snippets: Map<string, string>;
}> {
  const ids: string[] = [];
  const snippets = new Map<string, string>();
  let cursor: string | undefined;
  let first: { total: number; facets: Record<string, number> } | undefined;
  let pages = 0;
  for (;;) {
    const page = await searchArticles(
      { index, detector },
      // Article by article: the parity of the ranking itself (stories are compared in the suite).
      { collapse: 'none', ...params, size: String(pageSize), ...(cursor ? { cursor } : {}) },
    );
    pages++;
    first ??= { total: page.total, facets: page.facets.language };
    ids.push(...page.hits.map((hit) => hit.id));
    for (const hit of page.hits) snippets.set(hit.id, hit.snippet);
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return { ids, pages, snippets, ...(first ?? { total: 0, facets: {} }) };
}

/** One row of the parity table. */
export interface ParityRow {
  what: string;
  query: string;
  embedded: number;
  opensearch: number;
  sameSet: boolean;
  sameFacets: boolean;
  /** How many of the first ten hits both return (in any order). */
  top10Overlap: number;
  /** The same first hit. */
  sameFirst: boolean;
  sameOrder: boolean;
  /** Every id each found, sorted. */
  embeddedIds: string[];
  opensearchIds: string[];
  /** Ids found by one only, for a failing row. */
  onlyEmbedded: string[];
  onlyOpenSearch: string[];
  /** Every id exactly once across the pages. */
  noRepeats: boolean;
  /** Ids whose snippet differs between the two (same words marked, same excerpt). */
  differentSnippets: string[];
}

const describe = (p: SearchParameters) =>
  Object.entries(p)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (k === 'q' ? (v === '' ? '(empty)' : String(v)) : `${k}=${v}`))
    .join(' ');

/** Runs the table against both indices. */
export async function measureParity(
  embedded: ArticleIndex,
  opensearch: ArticleIndex,
  detector: QueryLanguageDetector,
  queries = PARITY_QUERIES,
): Promise<ParityRow[]> {
  const rows: ParityRow[] = [];
  for (const { what, params } of queries) {
    const [a, b] = [
      await allHits(embedded, detector, params),
      await allHits(opensearch, detector, params),
    ];
    const [setA, setB] = [new Set(a.ids), new Set(b.ids)];
    const facets = (f: Record<string, number>) => JSON.stringify(Object.entries(f).sort());
    rows.push({
      what,
      query: describe(params),
      embedded: a.total,
      opensearch: b.total,
      sameSet:
        setA.size === setB.size && [...setA].every((id) => setB.has(id)) && a.total === b.total,
      sameFacets: facets(a.facets) === facets(b.facets),
      top10Overlap: a.ids.slice(0, 10).filter((id) => b.ids.slice(0, 10).includes(id)).length,
      sameFirst: a.ids[0] === b.ids[0],
      sameOrder: a.ids.join() === b.ids.join(),
      embeddedIds: [...setA].sort(),
      opensearchIds: [...setB].sort(),
      onlyEmbedded: [...setA].filter((id) => !setB.has(id)),
      onlyOpenSearch: [...setB].filter((id) => !setA.has(id)),
      noRepeats: setA.size === a.ids.length && setB.size === b.ids.length,
      differentSnippets: [...a.snippets]
        .filter(([id, s]) => b.snippets.has(id) && b.snippets.get(id) !== s)
        .map(([id]) => id),
    });
  }
  return rows;
}

/** The table as Markdown. */
export function parityTable(rows: ParityRow[]): string {
  const yes = (v: boolean) => (v ? 'yes' : '**no**');
  return [
    '| query | what | hits (embedded / OpenSearch) | same set | same facets | top 10 in common | same first hit | same order | same snippets |',
    '| --- | --- | ---: | --- | --- | ---: | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| \`${r.query}\` | ${r.what} | ${r.embedded} / ${r.opensearch} | ${yes(r.sameSet)} | ${yes(r.sameFacets)} | ${Math.min(10, r.embedded) === 0 ? '–' : `${r.top10Overlap} of ${Math.min(10, r.embedded)}`} | ${yes(r.sameFirst)} | ${yes(r.sameOrder)} | ${yes(r.differentSnippets.length === 0)} |`,
    ),
  ].join('\n');
}
