import { type DomDocument, type DomElement, leafElements, textOf } from './dom.ts';

// The standfirst (lead, teaser paragraph) of a news page stands above the article's body, beside
// its headline, where an extractor that keeps the body's block leaves it out. Pages repeat it as
// their summary (`og:description`), so a block of the page whose text is that summary is the
// standfirst: found by what it says, not by a class name.

/** Fewest characters of a summary worth looking for; shorter ones are slogans or site names. */
const MIN_SUMMARY = 60;
/** Characters compared: summaries are often cut short with an ellipsis. */
const COMPARED = 120;
const CANDIDATES = new Set(['p', 'h2', 'h3', 'div', 'span', 'strong']);
const CONTAINERS = new Set(['p', 'div', 'li', 'table']);

function folded(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00ad]+/g, ' ')
    .replace(/[….]+$/u, '')
    .trim();
}

/**
 * The page block showing its summary, as text, when there is one: a block of text (no blocks
 * inside) that starts like the summary and is no more than a paragraph long. Null otherwise.
 */
export function findStandfirst(document: DomDocument, summary: string | null): string | null {
  if (!summary || summary.length < MIN_SUMMARY || !document.body) return null;
  const wanted = folded(summary).slice(0, COMPARED);
  let found: DomElement | null = null;
  // A standfirst is one block of text; reading every container's text would cost a walk of the
  // page per container.
  for (const element of leafElements(document.body, CANDIDATES, CONTAINERS)) {
    const text = textOf(element);
    if (!text || text.length > summary.length * 2 + 40) continue;
    if (folded(text).startsWith(wanted)) found = element;
  }
  return found ? textOf(found) : null;
}

/** True when the extracted text already holds the standfirst (at any paragraph). */
export function holdsStandfirst(text: string, standfirst: string): boolean {
  return folded(text).includes(folded(standfirst).slice(0, COMPARED));
}
