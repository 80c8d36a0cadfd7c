import { queryNameTerms, type WordNameTerms } from '../text/name-terms.ts';
import { isStopWord } from '../text/stop-words.ts';
import { analyse } from '../text/text-analysis.ts';
import { minimumShouldMatch } from './ranking.ts';
import type { QueryClause } from './search-query.ts';
import { translateWord } from './translation.ts';

/** An unquoted word: its own forms, and the names it may be in another case or script. */
export interface WordClause {
  kind: 'word';
  /** The word as typed: an index that analyses text itself is given this. */
  word: string;
  /** Its analysed terms (stems); more than one (`U.S.`) match as a phrase. */
  terms: string[];
  /** The names it may stand for: matched at the weights of their fields. */
  names: WordNameTerms;
  /**
   * Its stems in the other of English and Russian (`minister` → `министр`), so that a query
   * also finds articles on its subject in the other language, below those in its own.
   */
  translations: string[];
  /** How many times the query has the word: a word repeated in a long query weighs more. */
  weight: number;
}

/** A quoted phrase: its words' own forms, together and in order. */
export interface PhraseClause {
  kind: 'phrase';
  words: string[];
  terms: string[];
}

export type PlannedClause = WordClause | PhraseClause;

/** Two neighbouring query words whose closeness in an article adds to its relevance. */
export interface ProximityPair {
  /** The two optional clauses, as they stand in the plan. */
  clauses: [WordClause, WordClause];
  words: [string, string];
  terms: [string, string];
}

/**
 * A query as every index carries it out: which clauses an article must, may and must not
 * match, how many of the optional ones it needs, and which pairs score for proximity.
 */
export interface QueryPlan {
  optional: PlannedClause[];
  required: PlannedClause[];
  excluded: PlannedClause[];
  /** Optional clauses an article must match (at least one when there are any). */
  minimumShouldMatch: number;
  proximity: ProximityPair[];
}

/**
 * The most clauses a query is carried out with; a pasted page of text stops there. An
 * OpenSearch query may hold at most 1,024 leaf clauses, and each word is six (its three
 * analyses in title and body), again for coordination, and more as a name or in a pair.
 */
export const MAX_QUERY_CLAUSES = 32;
/** The most neighbouring pairs scored for proximity: those of the first words typed. */
export const MAX_PROXIMITY_PAIRS = 16;
/** A query this short may be names typed in lower case: every word is also looked up as one. */
const SHORT_QUERY_WORDS = 3;
const NO_NAMES: WordNameTerms = { surname: null, translit: [], sounds: [] };

function planClause(clause: QueryClause, short: boolean): PlannedClause | null {
  const text = clause.words.join(' ');
  const terms = analyse(text);
  if (terms.length === 0) return null;
  if (clause.quoted || clause.words.length > 1)
    return { kind: 'phrase', words: clause.words, terms };
  // In a longer query people capitalise names as they write them: looking up every lower-case
  // word of a sentence in another script would only add noise (and work).
  const names = queryNameTerms(text);
  const asName = short || /^\p{Lu}/u.test(text) ? names : { ...NO_NAMES, surname: names.surname };
  const translations = terms.length === 1 ? translateWord(text) : [];
  return { kind: 'word', word: text, terms, names: asName, translations, weight: 1 };
}

function isStopClause(clause: QueryClause): boolean {
  return !clause.quoted && clause.words.length === 1 && isStopWord(clause.words[0] ?? '');
}

/**
 * Plans the parsed clauses of a query, or returns null when nothing can match (no clause has a
 * searchable word). Stop words are left out of the optional words, unless the query has
 * nothing else, so that `visit to London` means `visit London`, while `The Who` still finds the band. `relaxed` asks for any one of the words, required ones included, instead of
 * most of them: the search's second try when the first finds nothing (exclusions still hold).
 */
export function planQuery(clauses: readonly QueryClause[], relaxed = false): QueryPlan | null {
  const content = clauses.filter((c) => !isStopClause(c));
  const searchable = content.some((c) => c.occurrence !== 'excluded') ? content : clauses;
  const plan: QueryPlan = {
    optional: [],
    required: [],
    excluded: [],
    minimumShouldMatch: 0,
    proximity: [],
  };
  const short = searchable.filter((c) => c.occurrence === 'optional').length <= SHORT_QUERY_WORDS;
  const seen = new Map<string, PlannedClause>();
  for (const clause of searchable) {
    const planned = planClause(clause, short);
    if (planned === null) continue;
    // A word repeated counts once more each time (as BM25 weighs a query's term frequency).
    const occurrence = relaxed && clause.occurrence === 'required' ? 'optional' : clause.occurrence;
    const identity = `${occurrence}:${planned.kind}:${planned.terms.join(' ')}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      if (earlier.kind === 'word') earlier.weight++;
      continue;
    }
    if (seen.size >= MAX_QUERY_CLAUSES) continue;
    seen.set(identity, planned);
    // An exclusion leaves out the word and its other spellings, not its translations.
    const kept =
      occurrence === 'excluded' && planned.kind === 'word'
        ? { ...planned, translations: [] }
        : planned;
    plan[occurrence].push(kept);
  }
  if (plan.optional.length === 0 && plan.required.length === 0) return null;
  plan.minimumShouldMatch = relaxed
    ? Math.min(1, plan.optional.length)
    : minimumShouldMatch(plan.optional.length);
  plan.proximity = proximityPairs(plan.optional);
  return plan;
}

function proximityPairs(optional: readonly PlannedClause[]): ProximityPair[] {
  const pairs: ProximityPair[] = [];
  for (let i = 1; i < optional.length; i++) {
    const a = optional[i - 1];
    const b = optional[i];
    if (a?.kind !== 'word' || b?.kind !== 'word') continue;
    const [ta] = a.terms;
    const [tb] = b.terms;
    if (a.terms.length !== 1 || b.terms.length !== 1 || !ta || !tb || ta === tb) continue;
    pairs.push({ clauses: [a, b], words: [a.word, b.word], terms: [ta, tb] });
  }
  return pairs.slice(0, MAX_PROXIMITY_PAIRS);
}
