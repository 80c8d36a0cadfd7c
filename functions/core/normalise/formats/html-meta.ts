import { agencyOfUrl, canonicalSource } from '../agencies.ts';
import { readDateline } from '../dateline.ts';
import { parseDate } from '../dates.ts';
import { attribute, type DomDocument, textOf } from './dom.ts';

/** An author of the article: a name, and the biography the page's JSON-LD may hold. */
export interface Author {
  name: string;
  description: string | null;
}

/** What a page says about its article in `<head>`, JSON-LD and its headline. */
export interface PageMetadata {
  title: string | null;
  titleVariants: string[];
  publishedAt: string | null;
  source: string | null;
  place: string | null;
  language: string | null;
  /** The article body a JSON-LD block carries, for pages that render theirs with scripts. */
  jsonLdBody: string | null;
  /** The page's summary (`og:description`, `description`, JSON-LD): often its standfirst. */
  description: string | null;
  /** The article's authors as the page names them, with the biography JSON-LD gives. */
  authors: Author[];
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background|Report|Scholarly|Tech|Satirical)?Article$|^BlogPosting$|^LiveBlogPosting$/;
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'article.published',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'sailthru.date',
  'parsely-pub-date',
  'mediator_published_time',
];
const TITLE_SEPARATORS = /\s+[|–—-]\s+|\s+[:|»«]{1,2}\s+/u;
/** A site-name suffix is short; a longer tail is part of the headline. */
const MAX_SUFFIX_WORDS = 4;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function asRecord(value: Json | undefined): Record<string, Json> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
}

function jsonText(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  const record = asRecord(value);
  if (record) return jsonText(record.name);
  if (Array.isArray(value)) return jsonText(value[0]);
  return null;
}

// JSON-LD may hold one object, a list, or a `@graph`; the article is the first of an article type.
function jsonLdArticle(blocks: readonly string[]): Record<string, Json> | null {
  for (const block of blocks) {
    let parsed: Json;
    try {
      parsed = JSON.parse(block) as Json;
    } catch {
      continue;
    }
    const queue: Json[] = [parsed];
    for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      const record = asRecord(item);
      if (!record) continue;
      const types = [record['@type']].flat().filter((t): t is string => typeof t === 'string');
      if (types.some((t) => ARTICLE_TYPES.test(t))) return record;
      if (record['@graph'] !== undefined) queue.push(record['@graph']);
    }
  }
  return null;
}

/** Reads every `<meta>` once: name, property and itemprop keys, first value wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key =
      attribute(meta, 'property') ??
      attribute(meta, 'name') ??
      attribute(meta, 'itemprop') ??
      attribute(meta, 'http-equiv');
    const content = attribute(meta, 'content');
    if (key && content && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
  }
  return tags;
}

/** `Headline | Kazinform` or `Headline - Site News` without the site's name. */
export function withoutSiteName(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  const last = (parts.at(-1) ?? '').trim();
  const first = (parts[0] ?? '').trim();
  const site = siteName?.toLowerCase();
  if (site && last.toLowerCase().includes(site)) return parts.slice(0, -1).join(' - ').trim();
  if (site && first.toLowerCase().includes(site)) return parts.slice(1).join(' - ').trim();
  const headWords = parts.slice(0, -1).join(' ').split(/\s+/).length;
  return last.split(/\s+/).length <= MAX_SUFFIX_WORDS && headWords >= MAX_SUFFIX_WORDS
    ? parts.slice(0, -1).join(' - ').trim()
    : title;
}

function headline(document: DomDocument, siteName: string | null): string | null {
  const inArticle = document.querySelector('article h1, main h1, [itemprop=headline]');
  const h1 =
    textOf(inArticle) ??
    (document.querySelectorAll('h1').length === 1 ? textOf(document.querySelector('h1')) : null);
  // A logo in an `<h1>` names the site, not the story.
  if (!h1 || (siteName && h1.toLowerCase() === siteName.toLowerCase())) return null;
  return h1;
}

const AUTHOR_META = ['author', 'sailthru.author', 'parsely-author', 'dc.creator'];
/** Longest author name kept; a longer "name" is a sentence or a list. */
const MAX_AUTHOR_NAME = 60;

function authorsOf(meta: Map<string, string>, ld: Record<string, Json> | null): Author[] {
  const authors: Author[] = [];
  for (const item of [ld?.author ?? null].flat()) {
    const record = asRecord(item ?? null);
    const name = record ? jsonText(record.name) : jsonText(item ?? undefined);
    if (name) authors.push({ name, description: record ? jsonText(record.description) : null });
  }
  for (const key of AUTHOR_META) {
    const names = meta.get(key);
    if (!names || /^https?:/i.test(names)) continue;
    // `Engin Haupt, MDR SACHSEN-ANHALT`: a name and the newsroom.
    for (const name of names.split(/\s*[,;|]\s*|\s+(?:and|und|et|y)\s+/u)) {
      if (name) authors.push({ name, description: null });
    }
  }
  return authors.filter((a) => a.name.length <= MAX_AUTHOR_NAME && /\p{L}/u.test(a.name));
}

function languageCode(value: string | null): string | null {
  const code = value?.trim().toLowerCase().split(/[-_]/)[0];
  return code && /^[a-z]{2}$/.test(code) ? code : null;
}

/**
 * Reads an article's metadata from its page: the headline (`<h1>`, JSON-LD, `og:title`,
 * `<title>` without the site name), publication date (`article:published_time`, JSON-LD,
 * `<time>`), publisher (`og:site_name`, JSON-LD, `article:publisher`, a known agency's domain),
 * language (`<html lang>`) and a JSON-LD dateline.
 */
export function readPageMetadata(document: DomDocument, jsonLd: readonly string[]): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLdArticle(jsonLd);
  const publisherMeta = meta.get('article:publisher') ?? meta.get('publisher') ?? null;
  const url =
    meta.get('og:url') ?? attribute(document.querySelector('link[rel=canonical]'), 'href');
  const siteName =
    meta.get('og:site_name') ??
    jsonText(ld?.publisher) ??
    (publisherMeta && !/^https?:/i.test(publisherMeta) ? publisherMeta : null) ??
    (url ? agencyOfUrl(url) : null) ??
    (publisherMeta ? agencyOfUrl(publisherMeta) : null);

  const h1 = headline(document, siteName);
  const ogTitle = meta.get('og:title') ?? meta.get('twitter:title') ?? null;
  const titleTag = textOf(document.querySelector('title'));
  const candidates = [
    h1,
    jsonText(ld?.headline),
    ogTitle ? withoutSiteName(ogTitle, siteName) : null,
    titleTag ? withoutSiteName(titleTag, siteName) : null,
  ].filter((t): t is string => t !== null && t !== '');

  const timeElement = document.querySelector(
    'article time[datetime], main time[datetime], time[pubdate], [itemprop=datePublished]',
  );
  const dateValues = [
    ...DATE_META.map((key) => meta.get(key)),
    jsonText(ld?.datePublished),
    jsonText(ld?.dateCreated),
    attribute(timeElement, 'datetime') ?? attribute(timeElement, 'content'),
  ];
  const publishedAt =
    dateValues.map((value) => parseDate(value ?? null)).find((d) => d !== null) ?? null;

  const dateline = jsonText(ld?.dateline);
  const body = jsonText(ld?.articleBody);
  return {
    title: candidates[0] ?? null,
    titleVariants: [...new Set([...candidates, ogTitle, titleTag].filter((t): t is string => !!t))],
    publishedAt,
    source: siteName ? canonicalSource(siteName) : null,
    place:
      (dateline ? readDateline(`${dateline} –`)?.place : null) ??
      jsonText(asRecord(ld?.contentLocation ?? null)?.name) ??
      null,
    language:
      languageCode(attribute(document.documentElement, 'lang')) ??
      languageCode(meta.get('content-language') ?? null) ??
      languageCode(meta.get('og:locale') ?? null) ??
      languageCode(jsonText(ld?.inLanguage)),
    jsonLdBody: body,
    authors: authorsOf(meta, ld),
    description:
      meta.get('og:description') ??
      meta.get('description') ??
      meta.get('twitter:description') ??
      jsonText(ld?.description) ??
      null,
  };
}
