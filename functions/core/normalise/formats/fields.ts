import { agencyOfUrl, canonicalSource } from '../agencies.ts';
import { splitCredit } from '../credits.ts';
import { readDateline } from '../dateline.ts';
import { parseDate } from '../dates.ts';
import { parseHtmlFragment } from './dom.ts';
import { checkMarkup, stripInert } from './html-guard.ts';
import { htmlText } from './html-text.ts';

// The usual field names of agency feeds, CMS exports (WordPress, ninjs), JSON-LD and front
// matter, compared without case, `_` or `-` (`published_at`, `publishedAt` and `PublishedAt`
// are one name). The first name present wins.
const NAMES = {
  title: ['headline', 'title', 'heading', 'name', 'subject'],
  body: [
    'body',
    'bodytext',
    'bodyhtml',
    'articlebody',
    'text',
    'content',
    'fulltext',
    'maintext',
    'story',
    'html',
    'contenthtml',
    'contentencoded',
    'articletext',
    'description_text',
  ],
  lead: [
    'lead',
    'summary',
    'standfirst',
    'annotation',
    'anons',
    'subtitle',
    'subheadline',
    'intro',
    'abstract',
    'teaser',
    'excerpt',
    'description',
    'descriptiontext',
  ],
  date: [
    'publishedat',
    'published',
    'publishdate',
    'publicationdate',
    'pubdate',
    'datepublished',
    'date',
    'firstcreated',
    'versioncreated',
    'created',
    'createdat',
    'datetime',
    'issued',
    'releasedate',
    'released',
    'time',
    'timestamp',
  ],
  source: [
    'source',
    'publisher',
    'provider',
    'agency',
    'copyrightholder',
    'sitename',
    'site',
    'outlet',
    'creditline',
    'distributor',
  ],
  url: ['url', 'link', 'canonicalurl', 'permalink', 'weburl', 'uri', 'href'],
  language: ['lang', 'language', 'locale', 'inlanguage'],
  place: ['place', 'dateline', 'located', 'location', 'city', 'contentlocation', 'locationcreated'],
  credits: [
    'credits',
    'credit',
    'photocredit',
    'photocredits',
    'imagecredit',
    'imagecredits',
    'photo_credit',
  ],
  image: ['image', 'photo', 'featuredimage', 'leadimage', 'cover', 'thumbnail'],
  imageCredit: ['credit', 'credits', 'copyright', 'photographer', 'author', 'source'],
} as const;

/** What a record of article fields (a JSON article, front matter) says. */
export interface ArticleFields {
  title: string | null;
  /** Body text, HTML already laid out as paragraphs. */
  body: string | null;
  lead: string | null;
  publishedAt: string | null;
  source: string | null;
  place: string | null;
  language: string | null;
  credits: string[];
  /** Credits found inside an HTML body's figure captions. */
  bodyCredits: string[];
}

/** Deepest nesting followed inside one field value (`{ title: { rendered: … } }`). */
const MAX_VALUE_DEPTH = 4;
// Keys that hold a value's text inside a wrapper object.
const TEXT_KEYS = [
  'rendered',
  'text',
  'value',
  'content',
  'html',
  'body',
  'name',
  'title',
  'main',
  '#text',
  '$',
];
// Markup or character references (`&#8220;`, `&amp;`): CMS fields hold either.
const LOOKS_LIKE_HTML =
  /<\/?(?:p|div|br|span|a|strong|b|em|i|h[1-6]|ul|ol|li|figure|blockquote|img)\b[^<>]*>|&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/i;

function key(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

// Each record's names folded once: a feed with many fields is looked up a dozen times.
const foldedNames = new WeakMap<Record<string, unknown>, Map<string, unknown>>();

function byFoldedName(record: Record<string, unknown>): Map<string, unknown> {
  let names = foldedNames.get(record);
  if (!names) {
    names = new Map();
    for (const [name, value] of Object.entries(record)) {
      if (!names.has(key(name))) names.set(key(name), value);
    }
    foldedNames.set(record, names);
  }
  return names;
}

/** Looks up the first of several field names in a record, ignoring case and separators. */
export function field(record: Record<string, unknown>, names: readonly string[]): unknown {
  const byKey = byFoldedName(record);
  for (const name of names) {
    const value = byKey.get(key(name));
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The text a field value holds: a string, the strings of a list, or a wrapper's text. */
export function valueText(value: unknown, depth = 0): string | null {
  if (depth > MAX_VALUE_DEPTH) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value
      .map((item) => valueText(item, depth + 1))
      .filter((t): t is string => t !== null);
    return parts.length > 0 ? parts.join('\n\n') : null;
  }
  if (isRecord(value)) {
    for (const name of TEXT_KEYS) {
      const text = valueText(field(value, [name]), depth + 1);
      if (text !== null) return text;
    }
  }
  return null;
}

/** Text for a body or lead: HTML laid out as paragraphs, plain text as it is. */
async function bodyText(value: unknown): Promise<{ text: string | null; credits: string[] }> {
  const raw = valueText(value);
  if (raw === null || !LOOKS_LIKE_HTML.test(raw)) return { text: raw, credits: [] };
  const { markup } = stripInert(raw);
  checkMarkup(markup);
  const body = await parseHtmlFragment(markup);
  if (!body) return { text: null, credits: [] };
  const { text, credits } = htmlText(body);
  return { text, credits };
}

function sourceOf(value: unknown): string | null {
  const text = valueText(value);
  if (text === null) return null;
  return /^https?:\/\//i.test(text.trim()) ? agencyOfUrl(text) : canonicalSource(text);
}

function placeOf(value: unknown): string | null {
  const text = valueText(value)?.trim();
  if (!text) return null;
  return readDateline(`${text} –`)?.place ?? (text.length <= 60 ? text : null);
}

function languageOf(value: unknown): string | null {
  const code = valueText(value)?.trim().toLowerCase().split(/[-_]/)[0];
  const threeLetter: Record<string, string> = {
    rus: 'ru',
    eng: 'en',
    kaz: 'kk',
    kir: 'ky',
    uzb: 'uz',
  };
  if (!code) return null;
  return /^[a-z]{2}$/.test(code) ? code : (threeLetter[code] ?? null);
}

// Dates come as strings, Unix numbers, or wrapped (`{ "$date": … }`, `{ "value": … }`).
function dateValue(value: unknown): unknown {
  return isRecord(value)
    ? (Object.values(value).find((v) => typeof v === 'string' || typeof v === 'number') ?? null)
    : value;
}

// Front matter and feeds often describe the lead photo as an object with its own credit.
function imageCredits(image: unknown): string[] {
  if (Array.isArray(image)) return image.flatMap(imageCredits);
  return isRecord(image) ? creditsOf(field(image, NAMES.imageCredit)) : [];
}

/** True when a record has a field that may hold an article body. */
export function hasBody(record: Record<string, unknown>): boolean {
  return valueText(field(record, NAMES.body)) !== null;
}

function creditsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(creditsOf);
  const text = valueText(value)?.trim();
  // A feed's `photo_credit: "Photo: Reuters"` keeps the credit, not the label.
  return text ? [splitCredit(text).credit ?? text] : [];
}

/**
 * Reads the usual article fields from a record: title or headline, body or text or content (HTML
 * is laid out as text), date in any common form, source or publisher (a known agency's URL
 * names it), place or dateline, language, credits.
 */
export async function readArticleFields(
  record: Record<string, unknown>,
  receivedAt: Date | null,
): Promise<ArticleFields> {
  const [body, lead] = await Promise.all([
    bodyText(field(record, NAMES.body)),
    bodyText(field(record, NAMES.lead)),
  ]);
  const url = valueText(field(record, NAMES.url));
  // A WordPress title is HTML too (`Talks &#8220;in&#8221; London`).
  const title = (await bodyText(field(record, NAMES.title))).text;
  return {
    title: title ? title.replace(/\s+/g, ' ').trim() || null : null,
    body: body.text,
    lead: lead.text,
    publishedAt: parseDate(dateValue(field(record, NAMES.date)), receivedAt),
    source: sourceOf(field(record, NAMES.source)) ?? (url ? agencyOfUrl(url) : null),
    place: placeOf(field(record, NAMES.place)),
    language: languageOf(field(record, NAMES.language)),
    credits: [
      ...creditsOf(field(record, NAMES.credits)),
      ...imageCredits(field(record, NAMES.image)),
    ],
    bodyCredits: [...body.credits, ...lead.credits],
  };
}
