import { RejectedArticleError } from '../../errors.ts';
import { mayHoldBody } from './html-script-state.ts';

/** Markup with its inert parts removed, and the JSON-LD blocks and script data among them. */
export interface PreparedMarkup {
  markup: string;
  jsonLd: string[];
  /** Inline scripts that may carry the article as data (a page rendered by its scripts). */
  scripts: string[];
}

// Elements whose content is never article text. Removed before a DOM is built, because inline
// scripts, styles and SVG make up most of a saved page's weight.
const INERT = /<(script|style|noscript|template|svg|math|iframe|object|canvas)\b([^<>]*)>|<!--/giu;
const JSON_LD = /type\s*=\s*["']?application\/ld\+json/i;
/** Largest JSON-LD block kept; real ones are a few kilobytes. */
const MAX_JSON_LD = 256 * 1024;
/** Most inline script text kept for the article it may carry as data. */
const MAX_SCRIPT_DATA = 8 * 1024 * 1024;
/** Largest markup parsed into a DOM, in characters, once inert parts are gone. */
export const MAX_MARKUP_CHARS = 6 * 1024 * 1024;
/**
 * Deepest element nesting accepted. Real pages stay well under it (Lighthouse already flags
 * depth over 32). Readability over linkedom costs far more than linearly in depth, because
 * linkedom finds a node's children by walking its subtree: measured on 2 cores, 300 short
 * paragraphs inside 390 nested divs took 5.4 s, inside 100 divs 0.65 s.
 */
export const MAX_DEPTH = 100;
/** Most elements accepted, however shallow; a long article page has a few thousand. */
export const MAX_ELEMENTS = 200_000;
/**
 * Most attributes on one element. The development set's pages have at most 80 (median 9); the
 * DOM and Readability copy and search an element's attributes one by one, so one element with
 * 16,000 took a second and one with 500,000 took 15 s and 1.1 GB.
 */
export const MAX_ELEMENT_ATTRIBUTES = 1_000;
/** Most attributes in a page: at most 6,910 in the development set (median 1,477). */
export const MAX_ATTRIBUTES = 100_000;
/** Most characters of attribute names and values in a page: at most 0.8 million in the set. */
export const MAX_ATTRIBUTE_CHARS = 4 * 1024 * 1024;

/**
 * What extracting one element, or one character of text, at a depth costs, in units of a
 * shallow one: Readability over linkedom gathers the text of every ancestor again, and finds a
 * node's children by walking its subtree. Fitted on 2 cores: per element about 0.11 ms ×
 * this (20,000 paragraphs 5 deep took 2.3 s, 2,500 paragraphs 100 deep 4.8 s, 200 deep
 * 16.6 s), per character about 2.5 µs × this (6 million characters 30 deep took 38 s, 50 deep
 * 76 s; 630,000 characters 90 deep 23 s).
 */
export function elementCost(depth: number): number {
  return 1 + (depth * depth) / 600;
}

/**
 * Most element work accepted, as the sum of `elementCost` over the elements: about 3 s of
 * extraction. A long, heavy real page (10,600 elements about 19 deep) costs some 17,000.
 */
export const MAX_NESTING_WORK = 30_000;

/**
 * Most text work accepted, as characters of text times the `elementCost` of their depth: about
 * 3 s of extraction. A long read (200,000 characters some 25 deep) costs about 400,000.
 */
export const MAX_TEXT_WORK = 1_200_000;

/**
 * Removes scripts, styles, comments and other inert parts with one forward scan (no regular
 * expression backtracks over the page), keeping JSON-LD blocks for their metadata. An element
 * left unclosed swallows the rest of the page, as a browser would read it.
 */
export function stripInert(html: string): PreparedMarkup {
  const parts: string[] = [];
  const jsonLd: string[] = [];
  const scripts: string[] = [];
  let scriptData = 0;
  let from = 0;
  INERT.lastIndex = 0;
  for (let m = INERT.exec(html); m; m = INERT.exec(html)) {
    parts.push(html.slice(from, m.index));
    const name = m[1]?.toLowerCase();
    let end: number;
    let content: string;
    if (name === undefined) {
      const close = html.indexOf('-->', m.index + 4);
      end = close === -1 ? html.length : close + 3;
      content = '';
    } else {
      const closing = new RegExp(`</${name}\\s*>`, 'giu');
      closing.lastIndex = INERT.lastIndex;
      const close = closing.exec(html);
      end = close ? closing.lastIndex : html.length;
      content = html.slice(INERT.lastIndex, close ? close.index : html.length);
    }
    if (name === 'script' && JSON_LD.test(m[2] ?? '')) {
      if (content.length <= MAX_JSON_LD) jsonLd.push(content);
    } else if (
      name === 'script' &&
      scriptData + content.length <= MAX_SCRIPT_DATA &&
      mayHoldBody(content)
    ) {
      scripts.push(content);
      scriptData += content.length;
    }
    from = end;
    INERT.lastIndex = end;
  }
  parts.push(html.slice(from));
  return { markup: parts.join(''), jsonLd, scripts };
}

/** One tag of the markup: where it starts and ends, its name, how it is written, its attributes. */
interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Attributes written in the tag, duplicates included: the parser reads every one. */
  attributes: number;
  /** Characters of their names and values. */
  attributeChars: number;
}

const NAME_START = /[a-zA-Z]/;
const NAME = /[a-zA-Z][\w:-]*/y;

// White space as HTML defines it: space, tab, line feed, form feed, carriage return.
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

const GT = 62;
const EQUALS = 61;
const SLASH = 47;
const QUOTE = 34;
const APOSTROPHE = 39;

/**
 * The next tag at or after `from`, or null. Attributes are read as the DOM parser reads them: a
 * quoted value may hold `<` and `>` (pages keep escaped HTML in `data-` attributes), so the tags
 * written inside one are not counted as elements; an unquoted value runs to white space or `>`;
 * an end tag ends at its first `>` whatever quotes it holds, so markup cannot hide its nesting
 * from this count. One forward pass: every character is looked at once, whatever the markup.
 */
function nextTag(markup: string, from: number): Tag | null {
  for (let open = markup.indexOf('<', from); open !== -1; open = markup.indexOf('<', open + 1)) {
    const closing = markup[open + 1] === '/';
    const nameAt = open + (closing ? 2 : 1);
    if (!NAME_START.test(markup[nameAt] ?? '')) continue;
    NAME.lastIndex = nameAt;
    const name = NAME.exec(markup)?.[0] ?? '';
    let i = nameAt + name.length;
    let attributes = 0;
    let attributeChars = 0;
    // Where a new attribute's name may begin: after the tag's name, white space or a value.
    let between = true;
    for (let code = markup.charCodeAt(i); i < markup.length && code !== GT; ) {
      // An end tag's "attributes" are not read as such: its first `>` ends it, as in the parser.
      if (closing) {
        code = markup.charCodeAt(++i);
        continue;
      }
      if (code === EQUALS && !between) {
        i++;
        while (isSpace(markup.charCodeAt(i))) i++;
        const quote = markup.charCodeAt(i);
        const valueAt = i;
        if (quote === QUOTE || quote === APOSTROPHE) {
          const close = markup.indexOf(String.fromCharCode(quote), i + 1);
          if (close === -1) return null;
          i = close + 1;
        } else {
          // An unquoted value runs to white space or `>`; quotes and `=` inside it are letters.
          while (i < markup.length && markup.charCodeAt(i) !== GT && !isSpace(markup.charCodeAt(i)))
            i++;
        }
        attributeChars += i - valueAt;
        between = true;
      } else if (isSpace(code) || code === SLASH) {
        between = true;
        i++;
      } else {
        if (between) attributes++;
        between = false;
        attributeChars++;
        i++;
      }
      code = markup.charCodeAt(i);
    }
    if (i >= markup.length) return null;
    return {
      start: open,
      end: i + 1,
      name: name.toLowerCase(),
      closing,
      selfClosing: markup[i - 1] === '/',
      attributes,
      attributeChars,
    };
  }
  return null;
}

// Elements that have no end tag, or whose end tag HTML lets a writer leave out.
const NOT_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'rp',
  'rt',
  'colgroup',
]);

// The attributes of one start tag, and those of the page so far, against their limits.
function checkAttributes(tag: Tag, attributes: number, attributeChars: number): void {
  if (tag.attributes > MAX_ELEMENT_ATTRIBUTES) {
    throw new RejectedArticleError(
      'too-complex',
      `a <${tag.name}> element has ${tag.attributes} attributes, over the limit of ${MAX_ELEMENT_ATTRIBUTES}`,
    );
  }
  if (attributes > MAX_ATTRIBUTES) {
    throw new RejectedArticleError(
      'too-complex',
      `the page has more than ${MAX_ATTRIBUTES} attributes`,
    );
  }
  if (attributeChars > MAX_ATTRIBUTE_CHARS) {
    throw new RejectedArticleError(
      'too-large',
      `the page's attributes hold more than ${MAX_ATTRIBUTE_CHARS} characters`,
    );
  }
}

/**
 * Refuses markup that would cost too much to parse or walk: too long, too many elements, nested
 * too deeply (deep nesting is how hostile pages overflow recursive tree walkers), too many
 * elements or too much text too deep (`MAX_NESTING_WORK`, `MAX_TEXT_WORK`), or too many
 * attributes on one element or in all, or too many characters in them. The check is one linear
 * scan over the tags, before any DOM exists.
 */
export function checkMarkup(markup: string): void {
  if (markup.length > MAX_MARKUP_CHARS) {
    throw new RejectedArticleError(
      'too-large',
      `the page has ${markup.length} characters of markup without scripts and styles, over the limit of ${MAX_MARKUP_CHARS}`,
    );
  }
  let depth = 0;
  let elements = 0;
  let nestingWork = 0;
  let textWork = 0;
  let textFrom = 0;
  let attributes = 0;
  let attributeChars = 0;
  for (let tag = nextTag(markup, 0); tag; tag = nextTag(markup, tag.end)) {
    textWork += (tag.start - textFrom) * elementCost(depth);
    textFrom = tag.end;
    if (textWork > MAX_TEXT_WORK) {
      throw new RejectedArticleError(
        'too-complex',
        `the page is too large to extract: too much text for how deep it is nested`,
      );
    }
    if (tag.closing) {
      if (!NOT_NESTING.has(tag.name)) depth = Math.max(0, depth - 1);
      continue;
    }
    attributes += tag.attributes;
    attributeChars += tag.attributeChars;
    checkAttributes(tag, attributes, attributeChars);
    elements++;
    if (elements > MAX_ELEMENTS) {
      throw new RejectedArticleError(
        'too-complex',
        `the page has more than ${MAX_ELEMENTS} elements`,
      );
    }
    // Every element is walked at its depth, whether or not it holds others.
    nestingWork += elementCost(depth + 1);
    if (nestingWork > MAX_NESTING_WORK) {
      throw new RejectedArticleError(
        'too-complex',
        `the page is too large to extract: ${elements} elements so far, too many for how deep they are nested`,
      );
    }
    if (NOT_NESTING.has(tag.name) || tag.selfClosing) continue;
    depth++;
    if (depth > MAX_DEPTH) {
      throw new RejectedArticleError(
        'too-complex',
        `the page nests elements more than ${MAX_DEPTH} deep`,
      );
    }
  }
}
