import { type DomDocument, type DomElement, textOf } from './dom.ts';

// Readability keeps one block and the siblings that score like it. A page that splits its article
// into sections (between teaser boxes, or one block per layout row between ads) loses all but one.
// The page's own structure is the check: its article element, or the blocks of one kind that hold
// the page's paragraphs, copied before Readability takes the page apart.

/** Below this share of the whole article's paragraphs, Readability kept one section only. */
const SPLIT_SHARE = 0.6;
/** Characters of a paragraph Readability kept that must be found in the whole article. */
const PROBE = 80;

/** A copy of the article as the page lays it out, and how much paragraph text it holds. */
export interface WholeArticle {
  root: DomElement;
  text: number;
}

// `itemprop=articleBody`, else the `<article>` with the most paragraph text.
function articleElement(document: DomDocument, held: Map<DomElement, number>): WholeArticle | null {
  const body = document.querySelector('[itemprop=articleBody]');
  const candidates = body ? [body] : Array.from(document.querySelectorAll('article'));
  let best: WholeArticle | null = null;
  for (const element of candidates) {
    const text = held.get(element) ?? 0;
    if (text > (best?.text ?? 0)) best = { root: element, text };
  }
  return best;
}

// One pass over the page's paragraphs: how much paragraph text each element holds, and the
// parents of paragraphs grouped by tag and class (the blocks of one kind holding the most text,
// when there are several of them).
function readParagraphs(document: DomDocument): {
  held: Map<DomElement, number>;
  blocks: { blocks: DomElement[]; text: number } | null;
} {
  const held = new Map<DomElement, number>();
  const groups = new Map<string, { blocks: Set<DomElement>; text: number }>();
  for (const p of Array.from(document.querySelectorAll('p'))) {
    const length = textOf(p)?.length ?? 0;
    if (length === 0) continue;
    for (let e: DomElement | null = p; e; e = e.parentElement)
      held.set(e, (held.get(e) ?? 0) + length);
    const parent = p.parentElement;
    if (!parent || parent.localName === 'body') continue;
    const key = `${parent.localName}.${parent.getAttribute('class') ?? ''}`;
    const group = groups.get(key) ?? { blocks: new Set<DomElement>(), text: 0 };
    group.blocks.add(parent);
    group.text += length;
    groups.set(key, group);
  }
  let blocks: { blocks: DomElement[]; text: number } | null = null;
  for (const group of groups.values()) {
    if (group.blocks.size >= 2 && group.text > (blocks?.text ?? 0)) {
      blocks = { blocks: [...group.blocks], text: group.text };
    }
  }
  return { held, blocks };
}

/** Copies the page's whole article, before Readability edits the page; null when it has none. */
export function copyWholeArticle(document: DomDocument): WholeArticle | null {
  const { held, blocks } = readParagraphs(document);
  const element = articleElement(document, held);
  if (blocks && blocks.text > (element?.text ?? 0)) {
    const root = document.createElement('div');
    // Nested blocks of one kind would repeat their text; only the outermost are copied.
    const outer = blocks.blocks.filter((b) => !blocks.blocks.some((o) => o !== b && o.contains(b)));
    for (const block of outer) root.appendChild(block.cloneNode(true));
    return { root, text: blocks.text };
  }
  return element ? { root: element.root.cloneNode(true), text: element.text } : null;
}

function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Readability's choice, or the whole article when Readability kept much less than it and what it
 * kept is part of it (so a comment thread or a list of teasers is never taken instead).
 */
export function wholeOrChosen(
  chosen: DomElement | null,
  whole: WholeArticle | null,
): DomElement | null {
  if (!whole) return chosen;
  const text = textOf(chosen) ?? '';
  if (text.length >= SPLIT_SHARE * whole.text) return chosen;
  // A paragraph of what Readability kept, not its first line, which may be a heading it added.
  const paragraph = Array.from(chosen?.querySelectorAll('p') ?? []).find(
    (p) => (textOf(p)?.length ?? 0) >= PROBE,
  );
  const probe = folded(textOf(paragraph ?? null) ?? '').slice(0, PROBE);
  const wholeText = folded(textOf(whole.root) ?? '');
  if (chosen && (probe === '' || !wholeText.includes(probe))) return chosen;
  return whole.root;
}
