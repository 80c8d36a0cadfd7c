import { RejectedArticleError } from '../../errors.ts';
import {
  type DomDocument,
  type DomElement,
  parseHtmlDocument,
  parseHtmlFragment,
  textOf,
} from './dom.ts';
import type { Decoding, ExtractedDocument } from './extracted.ts';
import { removeFurniture } from './html-clean.ts';
import { keepDeclaredBody } from './html-declared-body.ts';
import { checkMarkup, stripInert } from './html-guard.ts';
import { readPageMetadata } from './html-meta.ts';
import { dropAuthorBio, pruneArticle, trimStrayLines } from './html-prune.ts';
import { recoverParagraphs } from './html-recover.ts';
import { bodyInScripts } from './html-script-state.ts';
import { copyWholeArticle, wholeOrChosen } from './html-sections.ts';
import { findStandfirst, holdsStandfirst } from './html-standfirst.ts';
import { htmlText } from './html-text.ts';

/** Below this many characters Readability found too little, and the page's own article wins. */
const MIN_EXTRACTED_CHARS = 200;
/** Readability's own default: a first attempt with less text is retried with looser rules. */
const READABILITY_THRESHOLD = 500;
/** Share of the page's own article text that Readability's first attempt must reach. */
const OWN_ARTICLE_SHARE = 0.8;

/**
 * How much text Readability's first attempt must find before it is trusted. A short post would
 * fall under Readability's 500 characters, and its retries, which no longer set comment threads
 * aside, keep the longest text they find: the comments. When the page marks its article up
 * (`itemprop=articleBody`, `<article>`, `<main>`), the bar is what that article holds.
 */
function firstAttemptThreshold(document: DomDocument): number {
  const own = document.querySelector('[itemprop=articleBody], article, main');
  const length = textOf(own)?.length ?? 0;
  if (length === 0) return READABILITY_THRESHOLD;
  return Math.max(MIN_EXTRACTED_CHARS, Math.min(READABILITY_THRESHOLD, OWN_ARTICLE_SHARE * length));
}

async function articleRoot(document: DomDocument): Promise<DomElement | null> {
  // Readability scores the page's blocks and keeps the article's; it edits the document, which
  // no one reads afterwards. A failure on odd markup falls back to the page's own article.
  const { Readability } = await import('./html-chunk.mjs');
  const whole = copyWholeArticle(document);
  let chosen: DomElement | null = null;
  try {
    const result = new Readability(document as never, {
      serializer: (node) => node,
      charThreshold: firstAttemptThreshold(document),
    }).parse();
    chosen = (result?.content as DomElement | null | undefined) ?? null;
  } catch {
    // fall through
  }
  const picked = wholeOrChosen(chosen, whole);
  // Readability's choice with the sections it left out; the whole article needs none.
  const content = picked && picked !== whole?.root ? recoverParagraphs(picked, whole) : picked;
  if (content && (textOf(content)?.length ?? 0) >= MIN_EXTRACTED_CHARS) return content;
  return document.querySelector('[itemprop=articleBody], article, main') ?? document.body;
}

// A body found in the page's data that the markup guards would refuse is not read at all: the
// page itself passed them, and its data must not cost more than its markup.
function passesGuards(markup: string): boolean {
  try {
    checkMarkup(markup);
    return true;
  } catch (error) {
    if (error instanceof RejectedArticleError) return false;
    throw error;
  }
}

// JSON-LD bodies are often HTML, and some sites escape it twice (`&amp;Ccedil;`).
const MARKUP = /<[a-zA-Z/][^<>]*>|&(?:#\d+|#x[\da-fA-F]+|[a-zA-Z]+\d*);/;
const MAX_UNESCAPES = 2;

async function plainText(body: string): Promise<string> {
  let text = body;
  for (let i = 0; i < MAX_UNESCAPES && MARKUP.test(text); i++) {
    // Guarded like the page's own markup: a hostile JSON-LD body is no cheaper to parse.
    if (!passesGuards(text)) return '';
    const fragment = await parseHtmlFragment(text.replace(/\n/g, '<br>'));
    text = fragment ? htmlText(fragment).text : '';
  }
  return text;
}

/** Below this many characters of text, the page's markup is taken for a script's skeleton. */
const MIN_PAGE_TEXT = 500;

// The article a script carries as HTML, as text: guarded like the page's own markup, and pruned
// like an extracted article (its captions, teasers).
async function scriptBody(scripts: readonly string[]): Promise<string> {
  const body = bodyInScripts(scripts);
  if (body === null || !passesGuards(body)) return '';
  const fragment = await parseHtmlFragment(body);
  if (!fragment) return '';
  pruneArticle(fragment);
  return htmlText(fragment).text;
}

/**
 * Reads a saved news page: metadata from its head, the article's main text without navigation,
 * ads, related links, share bars, cookie banners or footers. Inert parts are stripped and the
 * markup's size and depth checked before a DOM is built.
 */
export async function readHtml(html: string, decoding: Decoding): Promise<ExtractedDocument> {
  const { markup, jsonLd, scripts } = stripInert(html);
  checkMarkup(markup);
  const document = await parseHtmlDocument(markup);
  const metadata = readPageMetadata(document, jsonLd);
  // Before cleanup, which may take a standfirst marked up as a "teaser" for a teaser box.
  const standfirst = findStandfirst(document, metadata.description);
  const furnitureCredits = removeFurniture(document);
  const root = await articleRoot(document);
  const captionCredits = root ? pruneArticle(root) : [];
  const extracted = root ? htmlText(root) : { text: '', credits: [] };
  extracted.text = keepDeclaredBody(
    trimStrayLines(dropAuthorBio(extracted.text, metadata.authors)),
    metadata.jsonLdBody,
  );
  if (standfirst && extracted.text && !holdsStandfirst(extracted.text, standfirst)) {
    extracted.text = `${standfirst}\n\n${extracted.text}`;
  }
  // A page that renders its text with scripts still carries it in JSON-LD.
  // Unescaping only shortens a body, so one not twice as long as written is never chosen.
  const jsonLdBody = metadata.jsonLdBody ?? '';
  const jsonLdText =
    jsonLdBody.length > extracted.text.length * 2 ? await plainText(jsonLdBody) : '';
  let text = jsonLdText.length > extracted.text.length * 2 ? jsonLdText : extracted.text;
  // A page rendered by its scripts carries the article as their data instead.
  if (text.length < MIN_PAGE_TEXT) {
    const scriptText = await scriptBody(scripts);
    if (scriptText.length > text.length * 2) text = scriptText;
  }
  return {
    text,
    title: metadata.title,
    titleVariants: metadata.titleVariants,
    publishedAt: metadata.publishedAt,
    source: metadata.source,
    place: metadata.place,
    credits: [...furnitureCredits, ...captionCredits, ...extracted.credits],
    language: metadata.language,
    contentType: 'text/html',
    ...decoding,
  };
}
