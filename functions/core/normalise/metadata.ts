import { attributedAgency, canonicalSource } from './agencies.ts';
import { splitCredit } from './credits.ts';
import { readDateline } from './dateline.ts';
import { calendarDate, parseDate, resolveDay } from './dates.ts';

const LEADING_DATE = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;
// `Источник: Kazinform` or `Source: Reuters` closing a text names where it came from.
const SOURCE_LINE = /^(?:источник|source|дереккөз|по материалам)\s*:?\s+(.{2,80}?)\.?$/iu;
// A paragraph that is only a date and perhaps a time: `27 февраля 2026, 14:35`, `27.02.2026`.
const DATE_ONLY = /^[\p{L}\d\s.,:/|–—-]{6,48}$/u;
const TIME = /\b\d{1,2}:\d{2}\b/gu;
const TITLE_MAX = 200;
const QUESTION_TITLE_MAX = 120;
const DERIVED_TITLE_MAX = 120;
/** Leading paragraphs searched for a date line or a dateline. */
const HEAD_PARAGRAPHS = 3;
/** Trailing paragraphs searched for a source line. */
const TAIL_PARAGRAPHS = 3;

export { calendarDate };

/** Paragraphs with what is metadata rather than prose taken out, and what it said. */
export interface LiftedMetadata {
  paragraphs: string[];
  publishedAt: string | null;
  place: string | null;
  source: string | null;
  credits: string[];
}

function isDateOnly(paragraph: string, receivedAt: Date): string | null {
  if (!DATE_ONLY.test(paragraph) || !/\d/.test(paragraph)) return null;
  return parseDate(paragraph.replace(TIME, '').replace(/[\s,|–—-]+$/u, ''), receivedAt);
}

/**
 * Lifts what is metadata rather than prose out of the paragraphs: a `date YYYY-MM-DD` marker at
 * the very start (as press exports write it), photo credits wherever they stand, a date line
 * near the top, the dateline opening the lead (place, date, agency), and a closing
 * `Источник:` line. The agency a lead credits (`передает Kazinform`) names the source when no
 * dateline does. A dateline without a year takes the upload's (see `resolveDay`).
 */
export function liftMetadata(paragraphs: readonly string[], receivedAt: Date): LiftedMetadata {
  let publishedAt: string | null = null;
  let place: string | null = null;
  let source: string | null = null;
  const credits: string[] = [];
  let kept: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    let text = paragraph;
    const marker = index === 0 ? LEADING_DATE.exec(text) : null;
    if (marker?.[1]) {
      publishedAt = calendarDate(marker[1]);
      text = text.slice(marker[0].length);
    }
    const { text: rest, credit } = splitCredit(text);
    if (credit) credits.push(credit);
    if (rest) kept.push(rest);
  });

  kept = kept.filter((paragraph, index) => {
    const date = index < HEAD_PARAGRAPHS ? isDateOnly(paragraph, receivedAt) : null;
    if (date) publishedAt ??= date;
    const sourceLine =
      index >= kept.length - TAIL_PARAGRAPHS && index > 0 ? SOURCE_LINE.exec(paragraph) : null;
    if (sourceLine?.[1]) source ??= canonicalSource(sourceLine[1]);
    return !date && !sourceLine;
  });

  const lead = kept.findIndex((p, i) => i < HEAD_PARAGRAPHS - 1 && readDateline(p) !== null);
  if (lead !== -1) {
    // A dateline may be followed by another (`АСТАНА. KAZINFORM – АСТАНА, 27 февраля –`); lift
    // them all, so the output holds none and normalising it again changes nothing.
    let rest = kept[lead] ?? '';
    for (let dateline = readDateline(rest); dateline; dateline = readDateline(rest)) {
      place ??= dateline.place;
      source ??= dateline.agency;
      if (dateline.day) publishedAt ??= resolveDay(dateline.day, receivedAt);
      rest = dateline.rest;
    }
    kept = rest ? kept.with(lead, rest) : kept.filter((_, i) => i !== lead);
  }
  source ??=
    kept
      .slice(0, 2)
      .map(attributedAgency)
      .find((a) => a !== null) ?? null;
  return { paragraphs: kept, publishedAt, place, source, credits: [...new Set(credits)] };
}

/** True when a paragraph reads as a headline: short, one line, not closed like a sentence. */
export function readsAsHeadline(paragraph: string): boolean {
  if (!/\p{L}/u.test(paragraph)) return false;
  if (/[?!]$/u.test(paragraph)) return paragraph.length <= QUESTION_TITLE_MAX;
  return paragraph.length <= TITLE_MAX && !/[.,;:…]$/u.test(paragraph);
}

/** A title made from the opening of the text, cut at a word boundary. */
export function derivedTitle(text: string, max = DERIVED_TITLE_MAX): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > 40 ? cut : max).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** The title and the body paragraphs that remain once the title is taken out. */
export interface Titled {
  title: string;
  paragraphs: string[];
}

// Two spellings of one title: the same letters and digits, whatever the case, quotes or dashes.
function titleKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Chooses the title: an explicit one (front matter, heading, page or feed metadata) if given;
 * else a first paragraph that reads as a headline; else the opening words of the text. A
 * paragraph that merely repeats the title, or one of its other spellings, is dropped from the
 * body (pages repeat the headline above the photo, exports above the lead).
 */
export function chooseTitle(
  paragraphs: readonly string[],
  explicit: string | null,
  variants: readonly string[] = [],
): Titled {
  const first = paragraphs[0];
  let title: string;
  let rest: string[];
  if (explicit) {
    title = explicit;
    rest = [...paragraphs];
  } else if (first !== undefined && paragraphs.length > 1 && readsAsHeadline(first)) {
    title = first;
    rest = paragraphs.slice(1);
  } else {
    // The title is only a preview of the opening paragraph, which stays in the body.
    return { title: derivedTitle(first ?? ''), paragraphs: [...paragraphs] };
  }
  const keys = [title, ...variants].map(titleKey).filter((key) => key !== '');
  const repeats = new Set(keys);
  const longest = keys.reduce((most, key) => Math.max(most, key.length), 0);
  return {
    title,
    paragraphs: rest.filter((p) => !(keyFits(p, longest) && repeats.has(titleKey(p)))),
  };
}

/**
 * Whether the key of `text` may be at most `longest` units long, judged without making it:
 * false once the text has more ASCII letters and digits and basic Cyrillic letters (А to я)
 * than that, since each of them stays one unit of the key (lower-casing maps it to one such
 * unit, and only other characters are removed). Making the key of every body paragraph to
 * compare it with the title's was about 2 % of ingesting an article (issue-19d).
 */
function keyFits(text: string, longest: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x410 && code <= 0x44f)
    ) {
      if (++kept > longest) return false;
    }
  }
  return true;
}
