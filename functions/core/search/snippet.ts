import { BoundedMemo } from '../text/bounded-memo.ts';
import { articleNameTerms, NameKeyFilter } from '../text/name-terms.ts';
import { type Token, tokenOf, WORD } from '../text/text-analysis.ts';
import { planQuery, type QueryPlan } from './query-plan.ts';
import type { QueryClause } from './search-query.ts';

const DEFAULT_LENGTH = 240;
/**
 * The opening of a body a snippet is looked for in, in UTF-16 code units. A search of 100 hits
 * over 10–19 MB articles read and scanned 100 whole bodies (11 s); a match further in is still
 * found by the search, and its snippet is the opening's best passage. Indices read no more
 * than this of a body for a hit.
 */
export const SNIPPET_WINDOW = 64 * 1024;
// Sentence ends, and paragraph breaks, are where a passage may start or stop.
const SENTENCE_END = /(?<=[.!?…])\s+|\n\s*\n/g;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for safe inclusion in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** What a snippet marks: search forms, and the name keys of names met in another spelling. */
interface Marks {
  terms: Set<string>;
  /** Transliteration and sound keys (`kosherbaev`, `c:kpr`). */
  keys: Set<string>;
  /** The first one and two letters of every term: a word starting otherwise cannot match. */
  heads: Set<string>;
}

/**
 * The marks of a query: every word and phrase it looks for (its stop words only when it has
 * nothing else, as the search itself), with the surname bases and name keys of its words.
 */
function marksFor(plan: QueryPlan | null): Marks {
  const marks: Marks = { terms: new Set(), keys: new Set(), heads: new Set() };
  for (const clause of [...(plan?.optional ?? []), ...(plan?.required ?? [])]) {
    for (const term of clause.terms) marks.terms.add(term);
    if (clause.kind !== 'word') continue;
    if (clause.names.surname !== null) marks.terms.add(clause.names.surname);
    for (const stem of clause.translations) marks.terms.add(stem);
    for (const key of [...clause.names.translit, ...clause.names.sounds]) marks.keys.add(key);
  }
  for (const term of marks.terms) {
    marks.heads.add(term.slice(0, 2));
    const exception = EXCEPTION_OPENINGS.get(term);
    if (exception !== undefined) marks.heads.add(exception);
  }
  return marks;
}

// Porter2 keeps a word's opening, but for three words it lists as exceptions: `dying`, `lying`
// and `tying` stem to `die`, `lie` and `tie`, so `dy`, `ly` and `ty` open those terms too.
const EXCEPTION_OPENINGS: ReadonlyMap<string, string> = new Map([
  ['die', 'dy'],
  ['lie', 'ly'],
  ['tie', 'ty'],
]);

/** Whether a token is marked; `text` is what its offsets refer to. */
type Matcher = (token: Token, text: string) => boolean;

// Bodies name the same people again and again, and so do the hits of one search after another:
// each capitalised word's name keys are worked out once. Bounded, as the analyser's memos are,
// and like them dropping its older half when full: emptied whole, it started over every 50,000
// names, which the hits of a few hundred searches of a 100k archive reach.
const NAME_KEY_CACHE_SIZE = 50_000;
const nameKeys = new BoundedMemo<string, readonly string[]>(NAME_KEY_CACHE_SIZE);

function nameKeysOf(word: string): readonly string[] {
  let keys = nameKeys.get(word);
  if (keys === undefined) {
    const names = articleNameTerms(word);
    keys = [...names.translit, ...names.sounds];
    nameKeys.set(word, keys);
  }
  return keys;
}

function matcher(marks: Marks, names: NameKeyFilter): Matcher {
  return (token, text) => {
    if (marks.terms.has(token.term)) return true;
    if (token.surname !== undefined && marks.terms.has(token.surname)) return true;
    // Only capitalised words carry name keys when indexed.
    if (!token.capitalised || marks.keys.size === 0) return false;
    const word = text.slice(token.start, token.end);
    return names.mayMeet(word) && nameKeysOf(word).some((key) => marks.keys.has(key));
  };
}

/** A marked word of a text: its search form and where it stands. */
interface Marked {
  term: string;
  start: number;
  end: number;
}

/**
 * What a word's opening tells (see `openingOf`): that it cannot be marked, that it may match a
 * term, or that it can only be marked as a name.
 */
type Opening = 'none' | 'term' | 'name';

/**
 * Finds the marked words of the texts of one query. Whether a word is marked depends on its
 * spelling alone, so each spelling is decided once per query (a page's bodies repeat their
 * words), and a word whose first letters open no term, and that cannot be a name, is passed
 * over on its first two code units without being analysed (see `openingOf`). Most capitalised
 * words cannot have one of the query's few name keys either, and the name-key filter tells
 * which for certain from their letters: those are passed over without being stemmed or having
 * their keys worked out (both were most of a fresh reader's first searches).
 */
class MarkFinder {
  /** A spelling's search form when it is marked, null when not. */
  private readonly verdicts = new Map<string, string | null>();
  /** What a word opening with these two code units (see `openingKey`) may be. */
  private readonly openings = new Map<number, Opening>();
  private readonly names: NameKeyFilter;
  private readonly matches: Matcher;

  constructor(private readonly marks: Marks) {
    this.names = new NameKeyFilter(marks.keys);
    this.matches = matcher(marks, this.names);
  }

  /** The marked words of `text`, in order. */
  find(text: string): Marked[] {
    const found: Marked[] = [];
    // Nothing to mark (a browse): no word can be, so none is looked at.
    if (this.marks.terms.size === 0 && this.marks.keys.size === 0) return found;
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const key = openingKey(word);
      let opening = this.openings.get(key);
      if (opening === undefined) {
        opening = openingOf(word, this.marks);
        this.openings.set(key, opening);
      }
      if (opening === 'none') continue;
      let term = this.verdicts.get(word);
      if (term === undefined) {
        // A word that opens no term is marked only for a name key it has.
        if (opening === 'name' && !this.names.mayMeet(word)) term = null;
        else {
          const token = tokenOf(word, 0);
          term = this.matches(token, word) ? token.term : null;
        }
        this.verdicts.set(word, term);
      }
      if (term !== null) found.push({ term, start: match.index, end: match.index + word.length });
    }
    return found;
  }
}

/** A word's first two UTF-16 code units as one number (a lone unit apart from any pair). */
function openingKey(word: string): number {
  return word.length > 1
    ? word.charCodeAt(0) * 0x10000 + word.charCodeAt(1)
    : -1 - word.charCodeAt(0);
}

/**
 * What a word may be marked as, by its opening alone. A stem or surname base keeps the opening
 * letters of its word (Snowball strips endings), so a word whose first letters open no term
 * cannot match one; only a capitalised word can match a name key. Stemming every word of
 * every hit was most of a search's time.
 */
function openingOf(word: string, marks: Marks): Opening {
  const head = foldedHead(word);
  if (head === null || marks.heads.has(head) || marks.heads.has(head.charAt(0))) return 'term';
  const capitalised = word.charAt(0) !== word.charAt(0).toLowerCase();
  return marks.keys.size > 0 && capitalised ? 'name' : 'none';
}

/**
 * The first two code units of `foldWord(word)`, from the word's first two alone (the text is NFC
 * already): lower case, every ё as е, the typographic apostrophe and hyphen as ASCII (`O’Brien`
 * opens `o'`, as its term does). Null when those two units cannot tell: İ lower-cases to two
 * units, and Σ to ς or σ by what follows it.
 */
function foldedHead(word: string): string | null {
  const pair = word.slice(0, 2);
  const lower = pair.toLowerCase();
  if (lower.length !== pair.length || pair.includes('Σ')) return null;
  return lower.replaceAll('ё', 'е').replaceAll('’', "'").replaceAll('‐', '-');
}

interface Passage {
  start: number;
  end: number;
}

function sentences(body: string): Passage[] {
  const out: Passage[] = [];
  let start = 0;
  for (const m of body.matchAll(SENTENCE_END)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < body.length) out.push({ start, end: body.length });
  return out;
}

function bestPassage(body: string, finder: MarkFinder, maxLength: number): Passage {
  const candidates = sentences(body);
  let best: Passage = candidates[0] ?? { start: 0, end: 0 };
  let bestScore = -1;
  // The body is scanned once; each sentence takes the marked words within it.
  const marked = finder.find(body);
  let next = 0;
  for (const sentence of candidates) {
    const found: Marked[] = [];
    while (next < marked.length && (marked[next]?.start ?? 0) < sentence.end) {
      const word = marked[next++];
      if (word && word.start >= sentence.start) found.push(word);
    }
    // Distinct words matter more than repeats of one word.
    const score =
      found.length === 0 ? 0 : new Set(found.map((t) => t.term)).size * 100 + found.length;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  // Grow a short passage with the sentences after it, so the snippet reads as prose.
  let end = best.end;
  for (const next of candidates) {
    if (next.start < end) continue;
    if (next.end - best.start > maxLength) break;
    end = next.end;
  }
  return { start: best.start, end };
}

function clip(body: string, passage: Passage, maxLength: number): Passage {
  if (passage.end - passage.start <= maxLength) return passage;
  const limit = passage.start + maxLength;
  const lastSpace = body.lastIndexOf(' ', limit);
  return { start: passage.start, end: lastSpace > passage.start ? lastSpace : limit };
}

/**
 * A snippet maker for one query: it picks the passage of a body that best matches the query
 * and marks the matched words with `<mark>`. The result is HTML-escaped, so a client may
 * insert it as HTML. What to mark is worked out once, for every hit of a page.
 */
export function snippetMaker(
  clauses: readonly QueryClause[],
  maxLength = DEFAULT_LENGTH,
  /** `planQuery(clauses)`, when the caller has it already. */
  plan: QueryPlan | null = planQuery(clauses),
): (body: string) => string {
  const finder = new MarkFinder(marksFor(plan));
  return (whole) => {
    const body = whole.length > SNIPPET_WINDOW ? whole.slice(0, SNIPPET_WINDOW) : whole;
    const passage = clip(body, bestPassage(body, finder, maxLength), maxLength);
    const text = body.slice(passage.start, passage.end).replaceAll(/\s*\n\s*/g, ' ');
    let html = '';
    let cursor = 0;
    for (const token of finder.find(text)) {
      html += `${escapeHtml(text.slice(cursor, token.start))}<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`;
      cursor = token.end;
    }
    html += escapeHtml(text.slice(cursor));
    const truncated = passage.end < whole.length && !/[.!?…]$/.test(text);
    return `${passage.start > 0 ? '…' : ''}${html}${truncated ? '…' : ''}`;
  };
}

/** The snippet of one body for one query (see `snippetMaker`). */
export function makeSnippet(
  body: string,
  clauses: readonly QueryClause[],
  maxLength = DEFAULT_LENGTH,
): string {
  return snippetMaker(clauses, maxLength)(body);
}
