import { isTeaserLine } from '../boilerplate.ts';
import { splitCredit } from '../credits.ts';
import {
  type DomDocument,
  type DomElement,
  ELEMENT_NODE,
  leafElements,
  TEXT_NODE,
  textOf,
} from './dom.ts';
import { promptBoxes } from './html-boxes.ts';
import { hidesElement, namesLink, styleHides, unhide } from './html-hidden.ts';

// Page furniture removed before the extractor scores the page: navigation, site header and
// footer, sidebars, forms, dialogs (cookie banners), hidden elements, and posts embedded from
// social networks (another author's text in a widget, marked up as each network's embed code
// writes it). None of them is removed when it holds the article (a page may wrap its whole body
// in one `<form>`).
const FURNITURE = [
  'nav',
  'aside',
  'footer',
  'form',
  'dialog',
  'button',
  'select',
  'input',
  'textarea',
  '[role=navigation]',
  '[role=banner]',
  '[role=contentinfo]',
  '[role=complementary]',
  '[role=dialog]',
  '[role=alertdialog]',
  '[aria-modal=true]',
  '[aria-hidden=true]',
  '[hidden]',
  'blockquote.twitter-tweet',
  'blockquote.instagram-media',
  'blockquote.tiktok-embed',
].join(', ');
// Class or id words of widgets around an article: share bars, cookie notices, teasers, ads.
// (Not `paywall`: sites mark the paragraphs behind their paywall with it, the article itself.)
// `donation`/`donate` and `cta` (a call to action) name the "support us" and "stay informed for
// N a month" boxes sites put at an article's end, whatever language their text is in.
const WIDGET =
  /(?:^|[\s_-])(?:subscri\w*|share|sharing|social|promo|donat\w*|cta|adv?ert\w*|ads?|banner|sponsor\w*|breadcrumbs?|comments?|tags?|widget|sidebar)(?:$|[\s_-])/i;
// Class or id words of boxes pointing to other pages (`related`, `teaser`, `most-read`). Sites
// also call their standfirst a teaser (`teaser_text`), found before cleanup, and some wrap the
// article's opening in `teaser-content`: such a box is one only if it links out.
const LINKS_OUT =
  /(?:^|[\s_-])(?:related|recommend\w*|popular|most-?read|read-?also|also-?read|teasers?)(?:$|[\s_-])/i;
// Class or id words of what is never article text however long it is: consent managers and
// overlays (a privacy notice runs to thousands of characters).
const NEVER_ARTICLE =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|newsletter|modal|popup|overlay)(?:$|[\s_-])/i;
// Of those, the consent manager's words: no site names its article so (`has-gated-overlay` does
// wrap an article), so nothing but the article's own markers protects such an element.
const CONSENT = /(?:^|[\s_-])(?:cookies?|consent|gdpr)(?:$|[\s_-])/i;
// Class or id words of an article's metadata line: `26 февраля 2026, 21:05 · 1 254 просмотра`.
const META_LINE =
  /(?:^|[\s_-])(?:meta|date|time|views?|byline|author|stats|published|updated)(?:$|[\s_-])/i;
const CREDIT = /credit|copyright|photo-?author/i;
// Image captions (`wp-caption-text`, `image__caption`): the gold of every news page leaves them
// out, and a credit inside one (`REUTERS/Name`) is kept as a credit.
const CAPTION = /caption/i;
const MAX_CAPTION_TEXT = 400;
const MAX_META_TEXT = 200;
// Class or id words of the box about the article's author (`author-bio`, `ContributorBio`,
// `autor`): a name, a job title and a few sentences about them, never the article's own text.
const AUTHOR_BOX = /(?:^|[\s_-])(?:authors?|autor(?:en)?|bio|biography|byline)(?:$|[\s_-])/i;
/** Longest author box: a biography runs to a paragraph or two. */
const MAX_AUTHOR_BOX_TEXT = 1000;
/** A widget is short or mostly links; a wrapper holding the article is neither. */
const MAX_WIDGET_TEXT = 600;
const MIN_WIDGET_LINK_SHARE = 0.5;
const MAX_CREDIT_TEXT = 120;
/**
 * An element holding this share of the page's paragraph text holds the article, whatever its
 * tag or class says: removing it would remove the article.
 */
const ARTICLE_SHARE = 0.5;
// Phrasing elements: inside running text they are words of a sentence, never page furniture.
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

const PROSE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/**
 * An element's class and id (`class id`) as words: `NewsletterBox` and `relatedArticles` are read as
 * `Newsletter Box` and `related Articles`, as `newsletter-box` would be.
 */
function classWords(names: string): string {
  return names.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

/** The text of an element's links over all its text: 1 for a list of links, 0 for prose. */
export function linkShare(element: DomElement): number {
  const all = textOf(element)?.length ?? 0;
  if (all === 0) return 1;
  const links = Array.from(element.querySelectorAll('a')).reduce(
    (sum, a) => sum + (textOf(a)?.length ?? 0),
    0,
  );
  return links / all;
}

/**
 * How many characters of paragraph text (`<p>`) each element holds, counted once per page: the
 * article is where the paragraphs are, whatever the markup around them is called.
 */
export function paragraphText(document: DomDocument): Map<DomElement, number> {
  const held = new Map<DomElement, number>();
  for (const p of Array.from(document.querySelectorAll('p'))) {
    const length = textOf(p)?.length ?? 0;
    if (length === 0) continue;
    for (let e: DomElement | null = p; e; e = e.parentElement) {
      held.set(e, (held.get(e) ?? 0) + length);
    }
  }
  return held;
}

/**
 * True when an element is part of a sentence: inside a paragraph, or an inline element with
 * text beside it. Such an element is never removed by its name: `<a class="auto-tag_x">Name</a>`
 * is a word of the sentence, whatever its class says.
 */
export function inRunningText(element: DomElement): boolean {
  const parent = element.parentElement;
  if (parent === null) return false;
  if (parent.closest('p, h1, h2, h3, h4, h5, h6, blockquote, li, dd, td')) {
    return PHRASING.has(element.localName) || parent.closest('p') !== null;
  }
  if (!PHRASING.has(element.localName)) return false;
  const siblings = parent.childNodes;
  for (let i = 0; i < siblings.length; i++) {
    const node = siblings[i];
    if (node?.nodeType === TEXT_NODE && /[\p{L}\p{N}]/u.test(node.textContent ?? '')) return true;
    if (node?.nodeType === ELEMENT_NODE && node !== element) {
      const name = (node as DomElement).localName;
      if (PHRASING.has(name) && /[\p{L}\p{N}]/u.test(node.textContent ?? '')) return true;
    }
  }
  return false;
}

/** Ancestors looked at for the link of a teaser box whose parts are named alike. */
const TEASER_DEPTH = 3;
/** Link text share of a teaser box: its headline; words linked in prose are far fewer. */
const TEASER_LINK_SHARE = 0.3;

/**
 * True when a box named like a teaser links out: it sits in a link or is largely link text, or a
 * box around it named the same way is (a card's headline link beside its short text). A block of
 * the article's own paragraphs that a site calls `teaser-content` links out only from a few words.
 */
function pointsElsewhere(element: DomElement): boolean {
  let box: DomElement | null = element;
  for (let depth = 0; box && depth <= TEASER_DEPTH; depth++, box = box.parentElement) {
    const names = classWords(`${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''}`);
    if (depth > 0 && !LINKS_OUT.test(names)) break;
    if (box.closest('a') !== null || linkShare(box) >= TEASER_LINK_SHARE) return true;
  }
  return false;
}

/** Most text a poll's box may add around its options (the question). */
const MAX_POLL_QUESTION = 300;

/**
 * Polls, quizzes and surveys: the box holding a group of radio buttons or checkboxes that share a
 * name, with the question just above them. Their labels are choices, not sentences of the article.
 */
function choiceBoxes(document: DomDocument): DomElement[] {
  const groups = new Map<string, DomElement[]>();
  for (const input of Array.from(
    document.querySelectorAll('input[type=radio], input[type=checkbox]'),
  )) {
    const name = input.getAttribute('name') ?? '';
    groups.set(name, [...(groups.get(name) ?? []), input]);
  }
  const boxes: DomElement[] = [];
  for (const inputs of groups.values()) {
    if (inputs.length < 2) continue;
    let box = inputs[0]?.parentElement ?? null;
    while (box && !inputs.every((input) => box?.contains(input))) box = box.parentElement;
    if (!box || box.localName === 'body') continue;
    const parent = box.parentElement;
    const own = textOf(box)?.length ?? 0;
    if (
      parent &&
      parent.localName !== 'body' &&
      (textOf(parent)?.length ?? 0) <= own + MAX_POLL_QUESTION
    ) {
      box = parent;
    }
    boxes.push(box);
  }
  return boxes;
}

const CONTROL_ELEMENTS = new Set(['input', 'select', 'textarea']);

// Elements that may be an inline teaser line, and the blocks that make an element a container.
const TEASER_LINES = new Set(['p', 'a', 'li', 'strong', 'b', 'em', 'span', 'div']);
const TEASER_LINE_BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'table']);
const MAX_TEASER_LINE_SOURCE = 2000;

/** Removes what surrounds an article on its page, and returns the photo credits it held. */
export function removeFurniture(document: DomDocument): string[] {
  // The article's own markers: an element carrying or holding them is never furniture.
  const marksArticle = (element: DomElement): boolean =>
    ['article', 'main', 'body', 'html'].includes(element.localName) ||
    element.querySelector('article, main, h1, [itemprop=articleBody]') !== null;
  const held = paragraphText(document);
  let total = document.body ? (held.get(document.body) ?? 0) : 0;
  const holdsArticle = (element: DomElement): boolean =>
    marksArticle(element) || (total > 0 && (held.get(element) ?? 0) >= ARTICLE_SHARE * total);
  // Every element's class and id, read once: the DOM walks an element's attributes to find one.
  const named = Array.from(document.querySelectorAll('[class], [id]')).map((element) => ({
    element,
    classes: element.getAttribute('class') ?? '',
    id: element.getAttribute('id') ?? '',
  }));
  // What no reader sees goes first, and its paragraphs leave the counts, so that the share of
  // the page's text an element holds is a share of what is shown. Unless it holds the article:
  // a page that hides its story until a script runs still has a story.
  // An inline style hides as surely as a class (`<p style="display:none">` of a comment
  // section's rules, shown by a script that never runs here).
  const unseen = [
    ...named.filter(({ classes }) => hidesElement(classes)).map(({ element }) => element),
    ...Array.from(document.querySelectorAll('[style]')).filter((element) =>
      styleHides(element.getAttribute('style') ?? ''),
    ),
  ];
  for (const element of unseen) {
    // A control hidden for a CSS toggle (`<input type=checkbox class="visually-hidden">` with
    // its `<label>`) holds no text; kept, it still marks its box as a prompt (below).
    if (!element.parentElement || CONTROL_ELEMENTS.has(element.localName)) continue;
    if (holdsArticle(element) || namesLink(element)) continue;
    const hidden = held.get(element) ?? 0;
    for (let e: DomElement | null = element.parentElement; e && hidden > 0; e = e.parentElement) {
      held.set(e, (held.get(e) ?? 0) - hidden);
    }
    element.remove();
  }
  total = document.body ? (held.get(document.body) ?? 0) : 0;

  const credits: string[] = [];
  for (const box of choiceBoxes(document)) if (!holdsArticle(box)) box.remove();
  const paragraphChars = (element: DomElement): number => held.get(element) ?? 0;
  for (const box of promptBoxes(document, holdsArticle, paragraphChars)) box.remove();
  // Decided on the page as it is, then removed: taking a teaser's headline link out first would
  // make its text beside it look like a box that links nowhere.
  const doomed = new Set<DomElement>();
  const insideDoomed = (element: DomElement): boolean => {
    for (let e = element.parentElement; e; e = e.parentElement) if (doomed.has(e)) return true;
    return false;
  };
  for (const { element, classes, id } of named) {
    const names = classWords(`${classes} ${id}`);
    // The names are tested first: an element's text costs a walk of its subtree.
    const credit = CREDIT.test(names);
    const caption = !credit && CAPTION.test(names);
    // A paragraph or heading is the article's prose whatever its class: widgets are containers.
    // Only a short line of metadata (`<p class="byline">`) is told by its class, never a heading
    // (a live blog's `<h5 class="time">11.04 Uhr: …</h5>` heads an entry).
    const prose = PROSE.has(element.localName);
    // A link is never an overlay or a newsletter box itself (`<a class="overlayLink">` opens a
    // picture); the box around it may be.
    const never =
      !credit && !caption && !prose && element.localName !== 'a' && NEVER_ARTICLE.test(names);
    const linksOut = !credit && !caption && !prose && !never && LINKS_OUT.test(names);
    const widget = !credit && !caption && !prose && !never && !linksOut && WIDGET.test(names);
    const heading = /^h[1-6]$/.test(element.localName);
    const metaLine =
      !credit && !caption && !never && !linksOut && !widget && !heading && META_LINE.test(names);
    const authorBox =
      !credit &&
      !caption &&
      !never &&
      !linksOut &&
      !widget &&
      !prose &&
      !PHRASING.has(element.localName) &&
      AUTHOR_BOX.test(names);
    if (
      !(credit || caption || never || linksOut || widget || metaLine || authorBox) ||
      !element.parentElement
    ) {
      continue;
    }
    if (insideDoomed(element)) continue;
    if (inRunningText(element)) continue;
    const text = textOf(element) ?? '';
    if (credit && text.length <= MAX_CREDIT_TEXT) {
      const written = splitCredit(text).credit ?? text;
      if (written) credits.push(written.replace(/^©\s*/, ''));
      doomed.add(element);
      continue;
    }
    // A consent manager's notice can outweigh a short article: only the article's markers
    // protect an element named like one.
    if (never && CONSENT.test(names) && !marksArticle(element)) {
      doomed.add(element);
      continue;
    }
    if (holdsArticle(element)) continue;
    if (caption && text.length <= MAX_CAPTION_TEXT) {
      const written = splitCredit(text).credit;
      if (written) credits.push(written);
      doomed.add(element);
      continue;
    }
    const isWidget =
      never ||
      (linksOut &&
        pointsElsewhere(element) &&
        (text.length <= MAX_WIDGET_TEXT || linkShare(element) >= MIN_WIDGET_LINK_SHARE)) ||
      (widget && (text.length <= MAX_WIDGET_TEXT || linkShare(element) >= MIN_WIDGET_LINK_SHARE));
    if (
      isWidget ||
      (metaLine && text.length <= MAX_META_TEXT) ||
      (authorBox && text.length <= MAX_AUTHOR_BOX_TEXT)
    ) {
      doomed.add(element);
    }
  }
  for (const element of doomed) element.remove();
  // Then by tag and role, once every box was judged whole.
  for (const element of Array.from(document.querySelectorAll(FURNITURE))) {
    // Sites hide the paragraphs behind their paywall from screen readers (`aria-hidden`) while
    // the page still holds them: a paragraph is prose whatever hides it from whom, and the
    // extractor, which skips what is hidden, must see it too.
    if (PROSE.has(element.localName) && element.getAttribute('aria-hidden') === 'true') {
      element.removeAttribute('aria-hidden');
      continue;
    }
    if (!holdsArticle(element)) element.remove();
    else unhide(element);
  }
  // The site header, not an article's own header (which holds its headline and date).
  for (const header of Array.from(document.querySelectorAll('header'))) {
    if (!header.closest('article, main') && !holdsArticle(header)) header.remove();
  }
  // Inline teasers: `<p><a>Читайте также: …</a></p>` inside the article's own text. Such a line
  // is one block of text; a container of blocks is never one.
  if (document.body) {
    for (const element of leafElements(document.body, TEASER_LINES, TEASER_LINE_BLOCKS)) {
      // Text far longer than a teaser line is not one, however its white space collapses.
      if ((element.textContent?.length ?? 0) > MAX_TEASER_LINE_SOURCE) continue;
      const text = textOf(element);
      if (text && isTeaserLine(text)) element.remove();
    }
  }
  return credits;
}
