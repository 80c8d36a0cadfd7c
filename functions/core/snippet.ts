import type { QueryClause } from './search-query.ts';
import { queryAlternatives, type Token, tokenize } from './text-analysis.ts';

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

function matches(token: Token, terms: Set<string>): boolean {
  return terms.has(token.term) || (token.surname !== undefined && terms.has(token.surname));
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

function bestPassage(body: string, terms: Set<string>, maxLength: number): Passage {
  const candidates = sentences(body);
  let best: Passage = candidates[0] ?? { start: 0, end: 0 };
  let bestScore = -1;
  for (const sentence of candidates) {
    const found = tokenize(body.slice(sentence.start, sentence.end)).filter((t) =>
      matches(t, terms),
    );
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
  const terms = highlightTerms(clauses);
  const passage = clip(body, bestPassage(body, terms, maxLength), maxLength);
  const text = body.slice(passage.start, passage.end).replaceAll(/\s*\n\s*/g, ' ');
  let html = '';
  let cursor = 0;
  for (const token of tokenize(text)) {
    if (!matches(token, terms)) continue;
    html += `${escapeHtml(text.slice(cursor, token.start))}<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`;
    cursor = token.end;
  }
  html += escapeHtml(text.slice(cursor));
  const truncated = passage.end < body.length && !/[.!?…]$/.test(text);
  return `${passage.start > 0 ? '…' : ''}${html}${truncated ? '…' : ''}`;
}
