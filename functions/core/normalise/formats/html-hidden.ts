import type { DomElement } from './dom.ts';

// What a reader of the page never sees is not the article's text. Pages hide content with the
// CSS utilities every framework ships (Tailwind and Bootstrap `hidden`/`d-none`/`invisible`,
// `sr-only`/`visually-hidden` for screen readers only): subscription prompts kept for later,
// "saved-article limit" notices, ", opens new tab" read out after a link. A stylesheet is never
// loaded here, so these class words are how the page says "not shown".

/** Class words that hide an element at every width, in the frameworks that define them. */
const HIDING = new Set([
  'hidden',
  'hide',
  'is-hidden',
  'u-hidden',
  'd-none',
  'invisible',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
]);
// A class word that shows the element again at some width or state: `hidden md:block`,
// `hidden aria-expanded:block`, `d-none d-lg-flex`. Such an element is on screen somewhere.
const SHOWING =
  /^(?:[\w-]+:!?(?:block|flex|grid|inline|inline-block|inline-flex|table|contents|flow-root)|d-\w+-(?:block|flex|grid|inline|inline-block|inline-flex|table))$/;

// Sites name their own screen-reader utilities after the frameworks' (`u-visually-hidden`,
// `o-VisuallyHidden`, `h-offscreen`, `hidden-screen-reader-text`, `hideCompletely`): read as
// words, a class ending in one of these phrases hides its element too.
const HIDING_WORDS =
  /(?:^| )(?:offscreen|visually hidden|visuallyhidden|screen reader(?: text| only)?|sr only|a11y hidden|hide completely)$/;

// Every hiding class above holds one of these letters' runs, in any case.
const MAY_HIDE = /hid|offscreen|screen|sr.?only|invisible|d-none/i;

function hidingWords(name: string): boolean {
  if (name.includes(':')) return false;
  const words = name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/u)
    .join(' ');
  return HIDING_WORDS.test(words);
}

/** True when a class attribute hides its element at every width and in every state. */
export function hidesElement(classAttribute: string): boolean {
  // Most classes say nothing of hiding: one test of the whole attribute spares splitting it.
  if (!MAY_HIDE.test(classAttribute)) return false;
  const classes = classAttribute.split(/\s+/u);
  return (
    classes.some((c) => HIDING.has(c) || hidingWords(c)) && !classes.some((c) => SHOWING.test(c))
  );
}

// `display: none` or `visibility: hidden` as a declaration of an inline style, `!important` or not.
const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)/i;

/** True when an inline `style` attribute hides its element. */
export function styleHides(style: string): boolean {
  return HIDING_STYLE.test(style);
}

/**
 * True when hidden text is all a link says: a teaser card covered by an empty link whose name is
 * read to screen readers (`<a class="inset-0"><span class="sr-only">Headline</span></a>`). The
 * name shows that the card links out, which is how the card is told from the article, so it
 * stays; other hidden text goes, even inside a sentence (`<a>…<span class="sr-only">, opens new
 * tab</span></a>`), as it is not a word of the sentence a reader sees.
 */
export function namesLink(element: DomElement): boolean {
  const link = element.closest('a');
  if (!link) return false;
  return (link.textContent ?? '').trim() === (element.textContent ?? '').trim();
}

/**
 * Shows an element that holds the article although the page hides it (`hidden`,
 * `aria-hidden`): a React page streams its content into `<div hidden id="S:0">` and moves it in
 * place with a script, which never runs here. The extractor skips hidden elements, so they are
 * shown for it.
 */
export function unhide(element: DomElement): void {
  element.removeAttribute('hidden');
  if (element.getAttribute('aria-hidden') === 'true') element.removeAttribute('aria-hidden');
}
