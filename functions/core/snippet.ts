import type { QueryClause } from './search-query.ts';
import { queryAlternatives, type Token, tokenize } from './text-analysis.ts';
import { nameKeys, queryKeys } from './transliteration.ts';

const DEFAULT_LENGTH = 240;
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

/** The search forms a snippet should mark: every word of every clause that is not excluded. */
export function highlightTerms(clauses: readonly QueryClause[]): Set<string> {
  return new Set(
    clauses.filter((c) => !c.negated).flatMap((c) => c.words.flatMap(queryAlternatives)),
  );
}

/** What a snippet marks: search forms, and transliteration keys of names (`Kosherbayev`). */
interface Marks {
  terms: Set<string>;
  keys: Set<string>;
}

function marksFor(clauses: readonly QueryClause[]): Marks {
  const wanted = clauses.filter((c) => !c.negated);
  return {
    terms: highlightTerms(clauses),
    keys: new Set(wanted.flatMap((c) => c.words.flatMap(queryKeys))),
  };
}

// `text` is what the token's offsets refer to; only capitalised words carry keys when indexed.
function matches(token: Token, marks: Marks, text: string): boolean {
  if (marks.terms.has(token.term)) return true;
  if (token.surname !== undefined && marks.terms.has(token.surname)) return true;
  if (!token.capitalised || marks.keys.size === 0) return false;
  return nameKeys(text.slice(token.start, token.end)).some((key) => marks.keys.has(key));
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

function bestPassage(body: string, marks: Marks, maxLength: number): Passage {
  const candidates = sentences(body);
  let best: Passage = candidates[0] ?? { start: 0, end: 0 };
  let bestScore = -1;
  for (const sentence of candidates) {
    const text = body.slice(sentence.start, sentence.end);
    const found = tokenize(text).filter((t) => matches(t, marks, text));
    // Distinct words matter more than repeats of one word.
    const score = new Set(found.map((t) => t.term)).size * 100 + found.length;
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
 * Picks the passage of the body that best matches the query and marks the matched words with
 * `<mark>`. The result is HTML-escaped, so a client may insert it as HTML.
 */
export function makeSnippet(
  body: string,
  clauses: readonly QueryClause[],
  maxLength = DEFAULT_LENGTH,
): string {
  const marks = marksFor(clauses);
  const passage = clip(body, bestPassage(body, marks, maxLength), maxLength);
  const text = body.slice(passage.start, passage.end).replaceAll(/\s*\n\s*/g, ' ');
  let html = '';
  let cursor = 0;
  for (const token of tokenize(text)) {
    if (!matches(token, marks, text)) continue;
    html += `${escapeHtml(text.slice(cursor, token.start))}<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`;
    cursor = token.end;
  }
  html += escapeHtml(text.slice(cursor));
  const truncated = passage.end < body.length && !/[.!?…]$/.test(text);
  return `${passage.start > 0 ? '…' : ''}${html}${truncated ? '…' : ''}`;
}
