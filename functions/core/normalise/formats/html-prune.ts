import { type DomElement, ELEMENT_NODE, leafElements, TEXT_NODE, textOf } from './dom.ts';
import { inRunningText, linkShare } from './html-clean.ts';
import { removeCaptions } from './html-figures.ts';

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
  // One link around a whole block (a teaser card) or a whole paragraph (`<p><a>Headline</a></p>`,
  // `<p>Read more: <a>Headline</a></p>`); a sentence whose words run into a long link stays.
  if (share >= LINK_PARAGRAPH_SHARE && words(text) >= MIN_TEASER_WORDS && !isSentence(element)) {
    return true;
  }
  if (isLabelledLink(element, text)) return true;
  return element.localName !== 'p' && links >= 2 && share >= LINK_BLOCK_SHARE;
}

// `It also <a>co-ordinates military plans</a>.`: plain words of the paragraph itself around the
// link, which open the sentence it belongs to. A label (`Read more:`, `<strong>Lesen Sie
// auch</strong>`) is set off by a stop or by its own markup.
function isSentence(element: DomElement): boolean {
  const own = Array.from(element.childNodes)
    .filter((node) => node.nodeType === TEXT_NODE)
    .map((node) => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?…]+$/u, '')
    .trim();
  return /[\p{L}\p{N}]/u.test(own) && !/[:|»›>→–—-]$/u.test(own);
}

/** Most words of the label before a link (`Our Standards:`, `Lesen Sie auch:`). */
const MAX_LABEL_WORDS = 4;
/** Least text after the label: a headline, not a one-word link. */
const MIN_LABELLED_TEXT = 10;

/** True for a line that is a short label and one link to another page (`Read more: <a>…</a>`). */
function isLabelledLink(element: DomElement, text: string): boolean {
  if (!isLeafBlock(element)) return false;
  const label = /^([^:]{1,40}):\s*/u.exec(text);
  if (!label?.[1] || words(label[1]) > MAX_LABEL_WORDS) return false;
  const rest = text.length - label[0].length;
  const links = Array.from(element.querySelectorAll('a'));
  if (links.length !== 1 || rest < MIN_LABELLED_TEXT) return false;
  return (textOf(links[0] ?? null)?.length ?? 0) >= LINK_PARAGRAPH_SHARE * rest;
}

/** Longest line around a `<time>` that is the article's date line rather than a sentence. */
const MAX_DATE_LINE = 80;
/** Fewest letters of a repeated block that is removed: a name repeated in a list is content. */
const MIN_REPEATED_LETTERS = 20;
const LEAVES = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'span',
  'figcaption',
  'blockquote',
]);
const LEAF_BLOCKS = new Set([
  'p',
  'li',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
]);

// A block of text with no block inside it: what a reader sees as one paragraph.
function isLeafBlock(element: DomElement): boolean {
  return element.querySelector('p, li, div, h1, h2, h3, h4, h5, h6, ul, ol, table') === null;
}

/**
 * Blocks whose text appears twice or more in the article are page furniture repeated by the
 * template (a caption for the mobile and the desktop layout, a promo box between sections);
 * an article does not repeat its own paragraphs.
 */
function removeRepeatedBlocks(root: DomElement): void {
  const byText = new Map<string, DomElement[]>();
  const leaves = leafElements(root, LEAVES, LEAF_BLOCKS);
  const isLeaf = new Set(leaves);
  for (const element of leaves) {
    if (inRunningText(element)) continue;
    const text = textOf(element);
    if (!text || (text.match(/\p{L}/gu)?.length ?? 0) < MIN_REPEATED_LETTERS) continue;
    // `<div><span>Text</span></div>` is one block, not the same text twice.
    const parent = element.parentElement;
    if (parent && isLeaf.has(parent) && textOf(parent) === text) continue;
    const list = byText.get(text) ?? [];
    list.push(element);
    byText.set(text, list);
  }
  for (const list of byText.values()) {
    if (list.length >= 2) for (const element of list) element.remove();
  }
}

/** A short block around a `<time>` is the article's date line (`Publiziert 17. Dezember 2024`). */
function removeDateLines(root: DomElement): void {
  for (const time of Array.from(root.querySelectorAll('time'))) {
    let line: DomElement = time;
    while (
      line.parentElement &&
      line.parentElement !== root &&
      PHRASING_PARENT(line.parentElement)
    ) {
      line = line.parentElement;
    }
    if (line.parentElement === null || inRunningText(line)) continue;
    const block =
      line.parentElement !== root && isLeafBlock(line.parentElement) ? line.parentElement : line;
    if (block === root) continue;
    if ((textOf(block)?.length ?? 0) <= MAX_DATE_LINE) block.remove();
  }
}

function PHRASING_PARENT(element: DomElement): boolean {
  return /^(?:span|a|b|strong|em|i|small|abbr)$/.test(element.localName);
}

/**
 * A page that loads the next stories as the reader scrolls holds several whole `<article>`
 * elements side by side; the page's own story comes first, the rest are other stories.
 */
function removeNextStories(root: DomElement): void {
  const stories = Array.from(root.querySelectorAll('article')).filter(
    (story) =>
      story.parentElement?.closest('article') === null &&
      (textOf(story)?.length ?? 0) > MAX_CARD_TEXT,
  );
  for (const story of stories.slice(1)) story.remove();
}

/**
 * Removes from the extracted article what is not its text: link blocks with the heading that
 * introduces them, teaser cards, link-only lines, date lines, picture captions and blocks the
 * template repeats, and returns the photo credits the captions held. A removal never happens
 * inside a paragraph's running text.
 */
export function pruneArticle(root: DomElement): string[] {
  removeRepeatedBlocks(root);
  const credits = removeCaptions(root);
  removeEdgeDateLines(root);
  removeDateLines(root);
  // Teaser cards: several short `<article>` elements inside the story are other stories.
  const cards = Array.from(root.querySelectorAll('article')).filter(
    (card) => (textOf(card)?.length ?? 0) <= MAX_CARD_TEXT && linkCount(card) > 0,
  );
  if (cards.length >= 2) for (const card of cards) card.remove();
  removeNextStories(root);

  for (const element of Array.from(root.querySelectorAll(BLOCKS))) {
    if (element === root || !element.parentElement) continue;
    if (inRunningText(element) || !isLinkBlock(element)) continue;
    const heading = previousElement(element);
    element.remove();
    if (heading && isHeadingLike(heading) && !heading.querySelector('img')) heading.remove();
  }
  return credits;
}

/** Most words of a stray line at the edge of the text: a kicker, a section name, a date. */
const MAX_EDGE_WORDS = 6;
const MAX_EDGE_CHARS = 50;
// Chinese and Japanese write a word in a character or two, without spaces.
function ideographs(text: string): number {
  return text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
}

/** Longest stray line that carries a date or a time: `Aktualisiert am 07.01.2026 - 18:50 Uhr`. */
const MAX_DATED_CHARS = 100;
/** Most words of such a line besides its dates (each Chinese or Japanese character counts). */
const MAX_DATED_WORDS = 12;
// A date or a time as pages print them: `18:50`, `07.01.2026`, `2026-01-07`, `1/7/26`,
// `28. April 2023`, `31 Jan 2025`, `March 4, 2024`, `2025年1月14日`.
const DATES =
  /(?<![\d.,$€£])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d.,])|\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\.?\s\p{L}{3,}\.?,?\s\d{4}|\p{L}{3,}\.?\s\d{1,2},?\s\d{4}|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日/gu;
const DATED = new RegExp(DATES.source, 'u');
/** Most stray lines in a row at one edge; a longer run is a list that belongs to the article. */
const MAX_EDGE_RUN = 2;

// `Extremismus`, `Stand: 24.04.2024 22:58 Uhr`, `Skip to Content`, `Lesen Sie mehr zum Thema`:
// short, and not a sentence (no closing stop). A headline is dropped later by title matching.
function isStrayLine(paragraph: string): boolean {
  const text = paragraph.trim();
  if (/[.!?…。！？"”»)]$/u.test(text)) return false;
  return (text.length <= MAX_EDGE_CHARS && words(text) <= MAX_EDGE_WORDS) || isDateLine(text);
}

// `Aktualisiert am 07.01.2026 - 18:50 Uhr`, `NDR 1 Welle Nord | 28.04.2023 | 13:00 Uhr`: a date or
// a time with a few words around it, not closed like a sentence.
function isDateLine(paragraph: string): boolean {
  const text = paragraph.trim();
  return (
    text.length <= MAX_DATED_CHARS &&
    !/[.!?…。！？"”»)]$/u.test(text) &&
    DATED.test(text) &&
    words(text.replace(DATES, ' ')) + ideographs(text) <= MAX_DATED_WORDS
  );
}

/** Blocks of text at each end of the article where a date line is page furniture. */
const DATE_LINE_REACH = 4;

/**
 * Removes date lines among the first and last blocks of the article (`Published 12 May 2026 ·
 * 4 min read` under a standfirst, `Sendung: 24.04.2024, 15:10 Uhr` under the text). A heading
 * is never one: a live ticker heads its days and entries with dates and times.
 */
function removeEdgeDateLines(root: DomElement): void {
  const blocks = leafElements(root, LEAVES, LEAF_BLOCKS);
  const withText = (e: DomElement): boolean => !HEADING.test(e.localName) && textOf(e) !== null;
  const head: DomElement[] = [];
  for (let i = 0; i < blocks.length && head.length < DATE_LINE_REACH; i++) {
    const block = blocks[i];
    if (block && withText(block)) head.push(block);
  }
  const tail: DomElement[] = [];
  for (let i = blocks.length - 1; i >= 0 && tail.length < DATE_LINE_REACH; i--) {
    const block = blocks[i];
    if (block && !head.includes(block) && withText(block)) tail.push(block);
  }
  for (const block of [...head, ...tail]) {
    if (block.parentElement && !inRunningText(block) && isDateLine(textOf(block) ?? '')) {
      block.remove();
    }
  }
}

/**
 * Drops short lines that stand alone before the article's first paragraph or after its last:
 * kickers, section names, date lines and "more on this topic" prompts that the extractor kept
 * with the text. The article's own paragraphs, and anything that ends as a sentence, stay.
 */
export function trimStrayLines(text: string): string {
  const paragraphs = text.split(/\n{2,}/u);
  let first = 0;
  let last = paragraphs.length;
  while (first < last - 1 && isStrayLine(paragraphs[first] ?? '')) first++;
  while (last - 1 > first && isStrayLine(paragraphs[last - 1] ?? '')) last--;
  if (first > MAX_EDGE_RUN) first = 0;
  if (paragraphs.length - last > MAX_EDGE_RUN) last = paragraphs.length;
  return paragraphs.slice(first, last).join('\n\n');
}

/** Closing paragraphs searched for the author's biography. */
const BIO_TAIL = 3;
/** Characters of a biography compared with the one the page's metadata gives. */
const BIO_OPENING = 60;
/** How far into its paragraph a biography names its author (`CNBC's Julia Boorstin is…`). */
const BIO_NAME_AT = 15;

/** An author as the page's metadata names them. */
export interface NamedAuthor {
  name: string;
  description: string | null;
}

// `Julia Boorstin`, not `MDR SACHSEN-ANHALT` or `The Associated Press`: a closing paragraph
// opening with an organisation's name is a credit or a statement, not a biography.
function isPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
    !/^(?:the|der|die|das|la|le|el|il)$/iu.test(words[0] ?? '')
  );
}

function foldedText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Drops the author's biography that closes many articles (`Jane Doe is a national affairs
 * correspondent…`): one of the last paragraphs that opens with an author's name as the page's
 * metadata gives it, or that is the biography its JSON-LD holds. A paragraph naming the author
 * further in (a quote, a credit line) stays.
 */
export function dropAuthorBio(text: string, authors: readonly NamedAuthor[]): string {
  if (authors.length === 0) return text;
  const paragraphs = text.split(/\n{2,}/u);
  const isBio = (paragraph: string): boolean => {
    const opening = foldedText(paragraph).slice(0, BIO_OPENING);
    return authors.some(
      ({ name, description }) =>
        (isPersonName(name) &&
          opening.indexOf(foldedText(name)) !== -1 &&
          opening.indexOf(foldedText(name)) <= BIO_NAME_AT &&
          paragraph.length > name.length * 3) ||
        (description !== null &&
          description.length >= BIO_OPENING &&
          opening === foldedText(description).slice(0, BIO_OPENING)),
    );
  };
  const from = Math.max(1, paragraphs.length - BIO_TAIL);
  return paragraphs.filter((p, i) => i < from || !isBio(p)).join('\n\n');
}
