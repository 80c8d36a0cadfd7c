import { AGENCY_NAME, canonicalSource } from './agencies.ts';
import { type DayOfMonth, monthNumber } from './dates.ts';

/** What a dateline at the start of a lead says, and the lead without it. */
export interface Dateline {
  place: string | null;
  day: DayOfMonth | null;
  /** The agency's stored name, or the name as written in brackets when it is not known. */
  agency: string | null;
  /** The paragraph after the dateline (empty when the paragraph was only the dateline). */
  rest: string;
}

// A capitalised word, hyphenated parts included (`Нур-Султан`, `NUR-SULTAN`, `Усть-Каменогорск`).
// Every repetition over letters is bounded: an unbounded one over a paragraph of millions of
// capitals overflows V8's regular-expression stack, and no place name or month is that long.
const WORD = String.raw`\p{Lu}[\p{L}\p{M}’'-]{0,40}`;
// `BEIRUT/THE HAGUE, March 7 (Reuters) -`: places filed from together.
const PLACE = new RegExp(`(${WORD}(?:(?: |/)${WORD}){0,3})`, 'uy');
// A region may be abbreviated: `Wis.`, `D.C.`, `U.S.`.
const REGION_WORD = String.raw`\p{Lu}(?:\.\p{Lu}){1,3}\.|\p{Lu}[\p{L}\p{M}’'-]{0,40}\.?`;
// `ALMATY, Kazakhstan (AP) —`, `BAKU, Azerbaijan, March 5 (Trend) -`, `LA CROSSE, Wis. (AP) —`,
// `WASHINGTON, D.C., U.S. (Reuters) -`: a state or country after the city.
const REGION = new RegExp(
  String.raw`(?:,\s*(?:${REGION_WORD})(?: (?:${REGION_WORD}))?){1,2}(?=\s*[(/–—-]|,\s*\S)`,
  'uy',
);
// `U.S.`, `U.K.`: an abbreviated country in brackets is a region, never an agency.
const ABBREVIATED_PLACE = /^(?:\p{Lu}\.){2,4}$/u;
const SEPARATOR = /\s*[.,]?\s*/uy;
const DAY_MONTH = /(\d{1,2})\s+(\p{L}{1,20}\.?)(?:\s+(\d{4})(?:\s*(?:г\.|года|жылы|жылғы))?)?/uy;
const MONTH_DAY = /(\p{L}{1,20}\.?)\s?(\d{1,2})(?:,?\s+(\d{4}))?(?![\d:])/uy;
const NUMERIC = /(\d{1,2})\.(\d{1,2})\.(\d{4})/uy;
const BRACKETED_AGENCY = /(?:\(([^()\n]{2,40})\)|\/([^/\n]{2,40})\/)/uy;
const BARE_AGENCY = new RegExp(`(${AGENCY_NAME})`, 'uy');
const DASH = /\s*[–—-]{1,2}\s*/uy;
const STOP = /\s*[.:]\s+/uy;
const AFTER_DASH_AGENCY = new RegExp(`(${AGENCY_NAME})[.,:]\\s+`, 'uy');
const MAX_PLACE_LENGTH = 40;
const MIN_CAPITALS_PLACE = 4;

/** A tiny cursor over a paragraph, so each dateline part is one sticky match. */
class Cursor {
  at = 0;
  endedWithDash = false;

  constructor(readonly text: string) {}

  take(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.at;
    const m = pattern.exec(this.text);
    if (m) this.at = pattern.lastIndex;
    return m;
  }
}

function readDay(cursor: Cursor): DayOfMonth | null {
  const start = cursor.at;
  const numeric = cursor.take(NUMERIC);
  if (numeric) {
    const [day, month] = [Number(numeric[1]), Number(numeric[2])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      return { day, month, year: Number(numeric[3]) };
    }
  }
  cursor.at = start;
  const dayFirst = cursor.take(DAY_MONTH);
  const dayFirstMonth = dayFirst?.[2] ? monthNumber(dayFirst[2]) : null;
  if (dayFirst && dayFirstMonth !== null) {
    return {
      day: Number(dayFirst[1]),
      month: dayFirstMonth,
      year: dayFirst[3] ? Number(dayFirst[3]) : null,
    };
  }
  cursor.at = start;
  const monthFirst = cursor.take(MONTH_DAY);
  const monthFirstMonth = monthFirst?.[1] ? monthNumber(monthFirst[1]) : null;
  if (monthFirst && monthFirstMonth !== null) {
    return {
      day: Number(monthFirst[2]),
      month: monthFirstMonth,
      year: monthFirst[3] ? Number(monthFirst[3]) : null,
    };
  }
  cursor.at = start;
  return null;
}

function readAgency(cursor: Cursor): string | null {
  const start = cursor.at;
  const bracketed = cursor.take(BRACKETED_AGENCY);
  if (bracketed) {
    const written = (bracketed[1] ?? bracketed[2] ?? '').trim();
    if (!ABBREVIATED_PLACE.test(written)) return canonicalSource(written);
    cursor.at = start;
    return null;
  }
  const bare = cursor.take(BARE_AGENCY);
  return bare?.[1] ? canonicalSource(bare[1]) : null;
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** `ALMATY` and `NUR-SULTAN` as a reader writes them: `Almaty`, `Nur-Sultan`. */
function placeName(written: string): string {
  if (!isAllCaps(written) || written.length <= 3) return written;
  return written
    .toLowerCase()
    .replace(/(^|[\s/-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * Reads the dateline a lead opens with: `Астана. 27 февраля. KAZAKHSTAN TODAY - …`,
 * `ALMATY – …`, `ASTANA, Feb 27 (Reuters) - …`, `МОСКВА, 27 февраля. /ТАСС/. …`. To tell a
 * dateline from a sentence that merely starts with a name, it must carry a date or an agency,
 * or be a place in capitals followed by a dash. Returns null when the paragraph has none.
 */
export function readDateline(paragraph: string): Dateline | null {
  const cursor = new Cursor(paragraph);
  let place: string | null = null;
  let agency: string | null = null;
  let bracketed = false;
  const agencyFirst = cursor.take(BARE_AGENCY);
  // `March 4 (Reuters) - …`: a wire dateline filed without a place.
  const dayFirst = agencyFirst ? null : readDay(cursor);
  const dayFirstAgency = dayFirst ? readAgencyAfter(cursor) : null;
  if (dayFirst && dayFirstAgency) {
    return finishDayFirst(cursor, dayFirst, dayFirstAgency);
  }
  cursor.at = 0;
  if (agencyFirst?.[1]) {
    cursor.take(BARE_AGENCY);
    agency = canonicalSource(agencyFirst[1]);
  } else {
    const placeMatch = cursor.take(PLACE);
    if (!placeMatch?.[1] || placeMatch[1].length > MAX_PLACE_LENGTH) return null;
    place = placeMatch[1];
    cursor.take(REGION);
  }
  let day: DayOfMonth | null = null;
  if (agency === null) {
    // Each optional part is tried after a separator; when it is absent, the cursor goes back so
    // that the separator can still end the dateline (`Астана. 27 февраля. Текст`).
    const beforeDay = cursor.at;
    cursor.take(SEPARATOR);
    day = readDay(cursor);
    if (!day) cursor.at = beforeDay;
    const beforeAgency = cursor.at;
    cursor.take(SEPARATOR);
    bracketed = /^[(/]/.test(paragraph.slice(cursor.at));
    agency = readAgency(cursor);
    if (agency === null) cursor.at = beforeAgency;
  }
  if (!endDateline(cursor, day !== null || bracketed)) return null;
  if (agency === null) {
    const after = cursor.take(AFTER_DASH_AGENCY);
    if (after?.[1]) agency = canonicalSource(after[1]);
  }
  const rest = paragraph.slice(cursor.at).trim();
  // `ALMATY – Kazakh…` is a dateline; `США – главный партнер…` is a sentence about an acronym:
  // a bare place in capitals needs a name-length word and a new sentence after the dash.
  const capitalsAndDash =
    place !== null &&
    isAllCaps(place) &&
    place.replace(/[^\p{L}]/gu, '').length >= MIN_CAPITALS_PLACE &&
    cursor.endedWithDash &&
    /^[\p{Lu}\d«"“]/u.test(rest);
  if (!day && !agency && !capitalsAndDash) return null;
  return { place: place === null ? null : placeName(place), day, agency, rest };
}

function readAgencyAfter(cursor: Cursor): string | null {
  cursor.take(SEPARATOR);
  return /^[(/]/.test(cursor.text.slice(cursor.at)) ? readAgency(cursor) : null;
}

// A date and an agency in brackets must be followed by the dash that ends a wire dateline.
function finishDayFirst(cursor: Cursor, day: DayOfMonth, agency: string): Dateline | null {
  if (!cursor.take(DASH)) return null;
  return { place: null, day, agency, rest: cursor.text.slice(cursor.at).trim() };
}

// A dateline ends with a dash; or, after a date or a bracketed agency, with a full stop or colon;
// or with the paragraph itself.
function endDateline(cursor: Cursor, mayEndWithStop: boolean): boolean {
  if (cursor.take(DASH)) {
    cursor.endedWithDash = true;
    return true;
  }
  if (mayEndWithStop && cursor.take(STOP)) return true;
  // The full stop may already belong to the date (`27 февраля.` read as an abbreviation).
  if (mayEndWithStop && /[.:]$/.test(cursor.text.slice(0, cursor.at)) && cursor.take(/\s+/uy)) {
    return true;
  }
  cursor.take(/\s*[.,:]?\s*$/uy);
  return cursor.at === cursor.text.length;
}
