import { type DomElement, type DomNode, ELEMENT_NODE, leafElements, TEXT_NODE } from './dom.ts';
import { linkShare } from './html-clean.ts';
import type { WholeArticle } from './html-sections.ts';

// Readability keeps the block it scores highest and the siblings that score like it. A page that
// lays its article out in sections (a story stack of letters, text blocks between figures and
// fact boxes, one module per subheading) loses the sections that did not make the cut, even when
// Readability kept most of the text. The page's template tells them apart from its furniture:
// the paragraphs Readability kept are written with one markup (`<p class="text">` in
// `<div class="paragraph">`), and paragraphs of the same markup that it left out belong to the
// same article. Only they are brought back, with the heading above each, never the rest of the
// page around them.

/** Shortest paragraph brought back: a line of a sentence or more. */
const MIN_PARAGRAPH = 40;
/** Least text recovered before the article is rebuilt; less is not worth a change. */
const MIN_RECOVERED = 150;
/** Share of Readability's text that the rebuilt article must still hold. */
const KEPT_SHARE = 0.9;
/** A paragraph this much link text is a teaser, never recovered. */
const MAX_LINK_SHARE = 0.5;
// Blocks of text; a `<div>` counts when it holds no other block (Readability turns such a div
// into the `<p>` it keeps).
const BLOCKS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'dt',
  'dd',
  'td',
  'th',
  'figcaption',
  'div',
]);
const HEADING = /^h[1-6]$/;

function folded(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

// A paragraph's markup: its classes and those of the two blocks around it. Without a class on
// any, `<p>` in a `<div>` says nothing about which part of the page it is in.
function kindOf(paragraph: DomElement): string | null {
  const parent = paragraph.parentElement;
  const grandparent = parent?.parentElement;
  if (!parent || !grandparent) return null;
  const names = [paragraph, parent, grandparent].map((e) => e.getAttribute('class')?.trim() ?? '');
  if (names.every((n) => n === '')) return null;
  return `${paragraph.localName}.${names[0]}|${parent.localName}.${names[1]}|${grandparent.localName}.${names[2]}`;
}

/** The blocks of text of an element that hold no other block, in the page's order. */
function leafBlocks(root: DomElement): DomElement[] {
  return leafElements(root, BLOCKS, BLOCKS);
}

// The element before another among its parent's children, skipping white space.
function previousElement(element: DomElement): DomElement | null {
  const siblings = element.parentElement?.childNodes;
  if (!siblings) return null;
  let previous: DomElement | null = null;
  for (let i = 0; i < siblings.length; i++) {
    const node = siblings[i];
    if (node === element) return previous;
    if (node?.nodeType === ELEMENT_NODE) previous = node as DomElement;
  }
  return null;
}

// The heading a recovered paragraph's section opens with: right before it, or right before the
// block that wraps it (`<div class="box"><h3>…</h3><div class="paragraph"><p>`).
function headingOf(paragraph: DomElement, root: DomElement): DomElement | null {
  for (let e: DomElement | null = paragraph; e && e !== root; e = e.parentElement) {
    const previous = previousElement(e);
    if (previous) {
      const heading = HEADING.test(previous.localName)
        ? previous
        : previous.querySelector('h2, h3, h4');
      return heading &&
        heading.querySelector('p, div') === null &&
        folded(heading.textContent) === folded(previous.textContent)
        ? heading
        : null;
    }
  }
  return null;
}

/**
 * Readability's choice with the paragraphs it left out of the article brought back: the
 * paragraphs of `whole` written with the markup of those it kept. Returns a rebuilt copy of the
 * article holding what Readability kept and what was recovered, in the page's order, or the
 * choice itself when nothing is missing.
 */
export function recoverParagraphs(chosen: DomElement, whole: WholeArticle | null): DomElement {
  if (!whole) return chosen;
  const kept = new Set(
    leafBlocks(chosen)
      .map((e) => folded(e.textContent))
      .filter((t) => t !== ''),
  );
  const keptKinds = new Set<string>();
  // Paragraphs, and the divs of text that pages write paragraphs as (`<div class="text">…</div>`).
  const paragraphs = leafBlocks(whole.root).filter(
    (e) => e.localName === 'p' || e.localName === 'div',
  );
  for (const p of paragraphs) {
    const kind = kindOf(p);
    if (kind && kept.has(folded(p.textContent))) keptKinds.add(kind);
  }
  const recovered = new Set<DomElement>();
  let recoveredText = 0;
  for (const p of paragraphs) {
    const kind = kindOf(p);
    const text = folded(p.textContent);
    if (!kind || !keptKinds.has(kind) || kept.has(text) || text.length < MIN_PARAGRAPH) continue;
    if (p.closest('a') !== null || linkShare(p) > MAX_LINK_SHARE) continue;
    recovered.add(p);
    recoveredText += text.length;
  }
  if (recoveredText < MIN_RECOVERED) return chosen;
  for (const p of recovered) {
    const heading = headingOf(p, whole.root);
    if (heading) recovered.add(heading);
  }
  // Every block of text that is neither kept nor recovered goes, and so does loose text between
  // blocks (a byline, a "3 min read"): what stays is the article in the page's own order.
  const root = whole.root;
  const stay = new Set<DomNode>();
  const placed = new Set<string>();
  for (const leaf of leafBlocks(root)) {
    // Each block Readability kept once: a page that holds its text twice (a copy for another
    // layout) would otherwise have both copies taken for the template repeating itself.
    const text = folded(leaf.textContent);
    if (recovered.has(leaf) || (kept.has(text) && !placed.has(text))) {
      stay.add(leaf);
      placed.add(text);
    } else leaf.remove();
  }
  removeLooseText(root, stay);
  // Readability may have rewritten what it kept (joined lines, dropped a span): when the rebuilt
  // article does not hold what it kept, its choice stands.
  const rebuilt = textLength(root);
  return rebuilt >= KEPT_SHARE * textLength(chosen) + recoveredText ? root : chosen;
}

function textLength(element: DomElement): number {
  return folded(element.textContent).length;
}

// Text standing outside the blocks that stay (`<div>By <span>Name</span></div>`).
function removeLooseText(root: DomElement, stay: Set<DomNode>): void {
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    for (const child of Array.from(node.childNodes)) {
      if (stay.has(child)) continue;
      if (child.nodeType === TEXT_NODE) child.remove();
      else if (child.nodeType === ELEMENT_NODE) stack.push(child);
    }
  }
}
