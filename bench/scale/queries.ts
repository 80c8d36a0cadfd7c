import { REPEATABLE_SEARCH_PARAMETERS } from '../../functions/core/search/api-schema.ts';
import type { SearchParameters } from '../../functions/core/search/search-articles.ts';
import { random } from '../opensearch/corpus.ts';
import type { ArchiveFile } from './corpus.ts';

/** The kinds of request the bench times, each on its own line of the results. */
export const QUERY_TYPES = [
  'common word',
  'rare word',
  'two words',
  'phrase',
  'Cyrillic surname',
  'lang=',
  'date range',
  'browse (empty q)',
  'page 2 by cursor',
] as const;

export type QueryType = (typeof QUERY_TYPES)[number];

/** One timed request: its query string (page 2 starts from the first page's cursor). */
export interface BenchQuery {
  type: QueryType;
  params: string;
}

const PER_TYPE = 40;

/**
 * The fixed mix, drawn from a sample of the archive's own files: a common word is one of the
 * 30–300 most frequent words of its language, a rare one a word of a single article, two words
 * and a phrase come from one article, a surname in one of its Russian cases.
 */
export function queryMix(sample: readonly ArchiveFile[], seed = 7): BenchQuery[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const frequency = new Map<string, Map<string, number>>();
  for (const file of sample) {
    const counts = frequency.get(file.language) ?? new Map<string, number>();
    for (const word of new Set(file.words)) counts.set(word, (counts.get(word) ?? 0) + 1);
    frequency.set(file.language, counts);
  }
  const byRank = new Map(
    [...frequency].map(([language, counts]) => [
      language,
      [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w),
    ]),
  );
  const common = () => {
    const ranked = byRank.get(pick(['ru', 'ru', 'en', 'en', 'kk', 'de'])) ?? [];
    return pick(ranked.slice(30, 300));
  };
  const rare = () => {
    const language = pick(['ru', 'en', 'kk', 'uk', 'fr']);
    const counts = frequency.get(language) ?? new Map();
    return pick([...counts].filter(([, n]) => n === 1).map(([w]) => w as string));
  };
  const adjacent = () => {
    const file = pick(sample.filter((f) => f.words.length > 20));
    const at = Math.floor(rand() * (file.words.length - 1));
    return [file.words[at] ?? '', file.words[at + 1] ?? ''];
  };
  const q = (text: string) => `q=${encodeURIComponent(text)}`;
  const queries: BenchQuery[] = [];
  const surnames = sample.flatMap((f) => f.surnames.filter((s) => /\p{Script=Cyrillic}/u.test(s)));
  for (let i = 0; i < PER_TYPE; i++) {
    const year = 2015 + Math.floor(rand() * 10);
    const [a = '', b = ''] = adjacent();
    const [c = '', d = ''] = adjacent();
    queries.push(
      { type: 'common word', params: q(common()) },
      { type: 'rare word', params: q(rare()) },
      { type: 'two words', params: q(`${c} ${pick([d, common()])}`) },
      { type: 'phrase', params: q(`"${a} ${b}"`) },
      { type: 'Cyrillic surname', params: q(pick(surnames)) },
      { type: 'lang=', params: `${q(common())}&lang=${pick(['ru', 'en', 'kk'])}` },
      {
        type: 'date range',
        params: `${q(common())}&from=${year}-01-01&to=${year}-12-31`,
      },
      { type: 'browse (empty q)', params: pick(['', 'lang=ru', 'lang=en', `from=${year}-03-01`]) },
      { type: 'page 2 by cursor', params: q(common()) },
    );
  }
  return queries;
}

/** A query string as the API reads it: `lang` and `source` as lists, the rest as text. */
export function searchParameters(query: string): SearchParameters {
  const params = new URLSearchParams(query);
  const repeatable: readonly string[] = REPEATABLE_SEARCH_PARAMETERS;
  return Object.fromEntries(
    [...new Set(params.keys())].map((name) => [
      name,
      repeatable.includes(name) ? params.getAll(name) : params.get(name),
    ]),
  ) as SearchParameters;
}
