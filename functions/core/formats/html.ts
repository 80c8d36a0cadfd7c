import { isTeaserLine } from '../boilerplate.ts';
import { splitCredit } from '../credits.ts';
import { type DomDocument, type DomElement, parseHtmlDocument, textOf } from './dom.ts';
import type { Decoding, ExtractedDocument } from './extracted.ts';
import { checkMarkup, stripInert } from './html-guard.ts';
import { readPageMetadata } from './html-meta.ts';
import { htmlText } from './html-text.ts';

// Page furniture removed before the extractor scores the page: navigation, site header and
// footer, sidebars, forms, dialogs (cookie banners), and hidden elements.
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
  '[aria-hidden=true]',
  '[hidden]',
].join(', ');
// Class or id words of widgets around an article: share bars, cookie notices, teasers, ads.
const WIDGET =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|subscri\w*|newsletter|share|sharing|social|related|recommend\w*|popular|most-?read|read-?also|also-?read|teasers?|promo|adv?ert\w*|ads?|banner|sponsor\w*|breadcrumbs?|paywall|comments?|tags?|widget|modal|popup|sidebar)(?:$|[\s_-])/i;
// Class or id words of an article's metadata line: `26 февраля 2026, 21:05 · 1 254 просмотра`.
const META_LINE =
  /(?:^|[\s_-])(?:meta|date|time|views?|byline|author|stats|published|updated)(?:$|[\s_-])/i;
const MAX_META_TEXT = 200;
/** A widget is short or mostly links; a wrapper holding the article is neither. */
const MAX_WIDGET_TEXT = 600;
const MIN_WIDGET_LINK_SHARE = 0.5;
/** Below this many characters Readability found too little, and the page's own article wins. */
const MIN_EXTRACTED_CHARS = 200;

function linkShare(element: DomElement): number {
  const all = textOf(element)?.length ?? 0;
  if (all === 0) return 1;
  const links = Array.from(element.querySelectorAll('a')).reduce(
    (sum, a) => sum + (textOf(a)?.length ?? 0),
    0,
  );
  return links / all;
}

// WordPress marks an article with `tag-…` classes; such an element is content, not a widget.
function holdsArticle(element: DomElement): boolean {
  return (
    ['article', 'main', 'body', 'html'].includes(element.localName) ||
    element.querySelector('article, main, h1, [itemprop=articleBody]') !== null
  );
}

function removeFurniture(document: DomDocument): string[] {
  const credits: string[] = [];
  for (const element of Array.from(document.querySelectorAll(FURNITURE))) element.remove();
  // The site header, not an article's own header (which holds its headline and date).
  for (const header of Array.from(document.querySelectorAll('header'))) {
    if (!header.closest('article, main')) header.remove();
  }
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (/credit|copyright|photo-?author/i.test(names)) {
      const credit = splitCredit(textOf(element) ?? '').credit ?? textOf(element);
      if (credit && credit.length <= 120) credits.push(credit.replace(/^©\s*/, ''));
      element.remove();
      continue;
    }
    if (holdsArticle(element)) continue;
    const length = textOf(element)?.length ?? 0;
    const widget =
      WIDGET.test(names) &&
      (length <= MAX_WIDGET_TEXT || linkShare(element) >= MIN_WIDGET_LINK_SHARE);
    if (widget || (META_LINE.test(names) && length <= MAX_META_TEXT)) element.remove();
  }
  // Inline teasers: `<p><a>Читайте также: …</a></p>` inside the article's own text.
  for (const element of Array.from(
    document.querySelectorAll('p, a, li, strong, b, em, span, div'),
  )) {
    const text = textOf(element);
    if (text && isTeaserLine(text)) element.remove();
  }
  return credits;
}

async function articleRoot(document: DomDocument): Promise<DomElement | null> {
  // Readability scores the page's blocks and keeps the article's; it edits the document, which
  // no one reads afterwards. A failure on odd markup falls back to the page's own article.
  const { Readability } = await import('@mozilla/readability');
  try {
    const result = new Readability(document as never, { serializer: (node) => node }).parse();
    const content = result?.content as DomElement | null | undefined;
    if (content && (textOf(content)?.length ?? 0) >= MIN_EXTRACTED_CHARS) return content;
  } catch {
    // fall through
  }
  return document.querySelector('[itemprop=articleBody], article, main') ?? document.body;
}

/**
 * Reads a saved news page: metadata from its head, the article's main text without navigation,
 * ads, related links, share bars, cookie banners or footers. Inert parts are stripped and the
 * markup's size and depth checked before a DOM is built.
 */
export async function readHtml(html: string, decoding: Decoding): Promise<ExtractedDocument> {
  const { markup, jsonLd } = stripInert(html);
  checkMarkup(markup);
  const document = await parseHtmlDocument(markup);
  const metadata = readPageMetadata(document, jsonLd);
  const furnitureCredits = removeFurniture(document);
  const root = await articleRoot(document);
  const extracted = root ? htmlText(root) : { text: '', credits: [] };
  // A page that renders its text with scripts still carries it in JSON-LD.
  const text =
    metadata.jsonLdBody && metadata.jsonLdBody.length > extracted.text.length * 2
      ? metadata.jsonLdBody
      : extracted.text;
  return {
    text,
    title: metadata.title,
    titleVariants: metadata.titleVariants,
    publishedAt: metadata.publishedAt,
    source: metadata.source,
    place: metadata.place,
    credits: [...furnitureCredits, ...extracted.credits],
    language: metadata.language,
    contentType: 'text/html',
    ...decoding,
  };
}
