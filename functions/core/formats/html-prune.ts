import { type DomElement, ELEMENT_NODE, textOf } from './dom.ts';
import { inRunningText, linkShare } from './html-clean.ts';

// What the extractor keeps around an article, found by shape rather than by words, so it works in
// every language and template: blocks made of links (related stories, tag lists, "more news"),
// the heading that introduces them, teaser cards marked up as `<article>` elements beside the
// story, and short lines standing alone at the edges of the text.

/** A block whose text is at least this much links, with two links or more, lists other pages. */
const LINK_BLOCK_SHARE = 0.5;
/** A paragraph this much link text is a teaser (`<p><a>Other story headline</a></p>`). */
const LINK_PARAGRAPH_SHARE = 0.8;
/** Fewest words of such a paragraph; a shorter linked line is a caption-like credit, kept. */
const MIN_TEASER_WORDS = 3;
/** Longest text a heading of a removed block may have. */
const MAX_HEADING_TEXT = 120;
/** Longest teaser card; a longer `<article>` inside the story is part of it. */
const MAX_CARD_TEXT = 400;

const BLOCKS =
  'div, section, ul, ol, dl, table, aside, nav, header, footer, article, figure, p, li';
const HEADING = /^h[1-6]$/;

function isElement(node: unknown): node is DomElement {
  return (node as { nodeType?: number } | null)?.nodeType === ELEMENT_NODE;
}

function previousElement(element: DomElement): DomElement | null {
  const siblings = element.parentElement?.childNodes;
  if (!siblings) return null;
  let previous: DomElement | null = null;
  for (let i = 0; i < siblings.length; i++) {
    const node = siblings[i];
    if (node === element) return previous;
    if (isElement(node)) previous = node;
    else if (/[\p{L}\p{N}]/u.test(node?.textContent ?? '')) previous = null;
  }
  return null;
}

// A heading, or a short line that reads as one (no sentence-final stop): `More News from Sci-Tech`.
function isHeadingLike(element: DomElement): boolean {
  const text = textOf(element);
  if (!text || text.length > MAX_HEADING_TEXT) return false;
  if (HEADING.test(element.localName)) return true;
  return (
    !/[.!?…:;]["”»)]?$/u.test(text) &&
    element.querySelector('p, li, div') === null &&
    linkShare(element) < 1
  );
}

function words(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function linkCount(element: DomElement): number {
  return element.querySelectorAll('a').length + (element.localName === 'a' ? 1 : 0);
}

/** True for a block that lists other pages: mostly link text, or one whole-line link. */
function isLinkBlock(element: DomElement): boolean {
  const text = textOf(element);
  if (!text) return false;
  const links = linkCount(element);
  if (links === 0) return false;
  const share = linkShare(element);
  if (element.localName === 'p') {
    return share >= LINK_PARAGRAPH_SHARE && words(text) >= MIN_TEASER_WORDS;
  }
  return links >= 2 && share >= LINK_BLOCK_SHARE;
}

/**
 * Removes from the extracted article what is not its text: link blocks with the heading that
 * introduces them, teaser cards, and link-only lines. A removal never happens inside a
 * paragraph's running text.
 */
export function pruneArticle(root: DomElement): void {
  // Teaser cards: several short `<article>` elements inside the story are other stories.
  const cards = Array.from(root.querySelectorAll('article')).filter(
    (card) => (textOf(card)?.length ?? 0) <= MAX_CARD_TEXT && linkCount(card) > 0,
  );
  if (cards.length >= 2) for (const card of cards) card.remove();

  for (const element of Array.from(root.querySelectorAll(BLOCKS))) {
    if (element === root || !element.parentElement) continue;
    if (inRunningText(element) || !isLinkBlock(element)) continue;
    const heading = previousElement(element);
    element.remove();
    if (heading && isHeadingLike(heading) && !heading.querySelector('img')) heading.remove();
  }
}
