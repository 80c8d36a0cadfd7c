// A page rendered in the browser ships its article as data for its scripts (React Query's
// dehydrated state, Next.js's `__NEXT_DATA__`, Nuxt's payload): the body is a JSON string of
// HTML (`"contentHtml":"\u003cp\u003e…"`) and the page's own markup holds only a skeleton. When
// the page yields almost no text, the longest such string is the article.

/** Shortest string worth reading as an article body. */
const MIN_BODY = 500;
/** Longest string read: a news article's HTML is tens of kilobytes; more is not a body. */
const MAX_BODY = 1024 * 1024;
/** Fewest paragraphs the HTML must open; one is a snippet, not an article. */
const MIN_PARAGRAPHS = 2;
// A paragraph opening as JSON writes it: `\u003cp`, `\u003cp class=…`, or `<p>`.
const PARAGRAPH_OPENINGS = ['\\u003cp\\u003e', '\\u003cp ', '<p>', '<p '];

/** True when script text may hold an article body; cheap enough for every inline script. */
export function mayHoldBody(script: string): boolean {
  return script.includes('\\u003cp') || script.includes('<p');
}

function paragraphsIn(literal: string): number {
  let count = 0;
  for (const opening of PARAGRAPH_OPENINGS) {
    for (let at = literal.indexOf(opening); at !== -1; at = literal.indexOf(opening, at + 1)) {
      if (++count >= MIN_PARAGRAPHS) return count;
    }
  }
  return count;
}

// The end of the JSON string opening at `open`: the next quote not escaped by a backslash.
function stringEnd(script: string, open: number): number {
  for (let at = script.indexOf('"', open + 1); at !== -1; at = script.indexOf('"', at + 1)) {
    let slashes = 0;
    while (script[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return at;
  }
  return -1;
}

/**
 * The longest JSON string in the scripts that holds HTML of two paragraphs or more, unescaped,
 * or null. One forward pass over each script: every string is looked at once.
 */
export function bodyInScripts(scripts: readonly string[]): string | null {
  let best: string | null = null;
  for (const script of scripts) {
    for (let open = script.indexOf('"'); open !== -1; ) {
      const end = stringEnd(script, open);
      if (end === -1) break;
      const length = end - open - 1;
      if (length >= MIN_BODY && length <= MAX_BODY && length > (best?.length ?? 0)) {
        const literal = script.slice(open + 1, end);
        if (paragraphsIn(literal) >= MIN_PARAGRAPHS) best = literal;
      }
      open = script.indexOf('"', end + 1);
    }
  }
  if (best === null) return null;
  try {
    return JSON.parse(`"${best}"`) as string;
  } catch {
    return null;
  }
}
