// Month names as newsrooms write them: Russian (nominative and genitive), Kazakh and English,
// with the abbreviations datelines use (`фев`, `Feb.`, `Sept`).
const MONTH_WORDS: ReadonlyArray<readonly string[]> = [
  ['январь', 'января', 'қаңтар', 'january'],
  ['февраль', 'февраля', 'ақпан', 'february'],
  ['март', 'марта', 'наурыз', 'march'],
  ['апрель', 'апреля', 'сәуір', 'april'],
  ['май', 'мая', 'мамыр', 'may'],
  ['июнь', 'июня', 'маусым', 'june'],
  ['июль', 'июля', 'шілде', 'july'],
  ['август', 'августа', 'тамыз', 'august'],
  ['сентябрь', 'сентября', 'қыркүйек', 'september'],
  ['октябрь', 'октября', 'қазан', 'october'],
  ['ноябрь', 'ноября', 'қараша', 'november'],
  ['декабрь', 'декабря', 'желтоқсан', 'december'],
];
/** Abbreviations must be at least this long, so `ma` or `ию` match nothing. */
const MIN_ABBREVIATION = 3;

/** The month (1–12) a word names, in full or abbreviated (`февраля`, `фев.`, `Feb`), or null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < MIN_ABBREVIATION) return null;
  const full = MONTH_WORDS.findIndex((forms) => forms.includes(w));
  if (full !== -1) return full + 1;
  // An abbreviation is a prefix of one month's name only (`мар` is March; `ма` would be ambiguous).
  const matches = MONTH_WORDS.flatMap((forms, i) =>
    forms.some((f) => f.startsWith(w)) ? [i + 1] : [],
  );
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/** `YYYY-MM-DD` for a real calendar day, else null (no 30 February). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1800 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` when the string starts with a real calendar date in ISO form, else null. */
export function calendarDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A day of a month, with the year when the text gives one. */
export interface DayOfMonth {
  day: number;
  month: number;
  year: number | null;
}

// A day up to a week after the upload still counts as this year: time zones, embargoed copy.
const FUTURE_TOLERANCE_MS = 7 * 24 * 3600 * 1000;

/**
 * The date of a day of a month. Without a year (datelines rarely give one) the year is the
 * upload's, or the one before when that would put the day in the future: `27 December` received
 * on 2 January is last year's.
 */
export function resolveDay(day: DayOfMonth, receivedAt: Date): string | null {
  if (day.year !== null) return isoDate(day.year, day.month, day.day);
  const year = receivedAt.getUTCFullYear();
  const thisYear = Date.UTC(year, day.month - 1, day.day);
  const resolved = thisYear > receivedAt.getTime() + FUTURE_TOLERANCE_MS ? year - 1 : year;
  return isoDate(resolved, day.month, day.day);
}

const TEXT_DAY_MONTH = /^(\d{1,2})\s+([\p{L}]{1,20}\.?)(?:,?\s+(\d{4}))?/u;
const TEXT_MONTH_DAY = /^([\p{L}]{1,20}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?/u;
const KAZAKH_YEAR_FIRST = /^(\d{4})\s+жылғы\s+(\d{1,2})\s+([\p{L}]{1,20})/u;
const NUMERIC_DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const SLASHED_YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T|$)/;
const WEEKDAY_PREFIX = /^[\p{L}]{2,12}\.?,\s*/u;

/** Reads `27 февраля 2026`, `Feb. 27, 2026`, `2026 жылғы 27 ақпан` and the like (no year: null). */
export function parseDayOfMonth(text: string): DayOfMonth | null {
  const s = text.trim();
  const kazakh = KAZAKH_YEAR_FIRST.exec(s);
  if (kazakh) return dayOf(kazakh[2], kazakh[3], kazakh[1]);
  const dayFirst = TEXT_DAY_MONTH.exec(s);
  if (dayFirst) return dayOf(dayFirst[1], dayFirst[2], dayFirst[3]);
  const monthFirst = TEXT_MONTH_DAY.exec(s);
  if (monthFirst) return dayOf(monthFirst[2], monthFirst[1], monthFirst[3]);
  return null;
}

function dayOf(
  day: string | undefined,
  month: string | undefined,
  year: string | undefined,
): DayOfMonth | null {
  const m = month ? monthNumber(month) : null;
  const d = Number(day);
  if (m === null || !(d >= 1 && d <= 31)) return null;
  return { day: d, month: m, year: year ? Number(year) : null };
}

/**
 * A publication date (`YYYY-MM-DD`) from whatever a feed, page or front matter holds: ISO-8601
 * (the date as written, whatever its time zone), `27.02.2026`, `2026/02/27`, `20260227`, RFC 2822
 * (`Fri, 27 Feb 2026 10:00:00 +0500`), `27 февраля 2026 года`, `February 27, 2026`, or Unix time
 * in seconds or milliseconds. Null when nothing reads as a real date.
 */
export function parseDate(value: unknown, receivedAt: Date | null = null): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const s = value.trim().slice(0, 100);
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  const iso = calendarDate(s);
  if (iso) return iso;
  for (const pattern of [NUMERIC_DAY_FIRST, SLASHED_YEAR_FIRST, COMPACT]) {
    const m = pattern.exec(s);
    if (!m) continue;
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return pattern === NUMERIC_DAY_FIRST ? isoDate(c, b, a) : isoDate(a, b, c);
  }
  const day = parseDayOfMonth(s.replace(WEEKDAY_PREFIX, ''));
  if (!day) return null;
  if (day.year === null && receivedAt === null) return null;
  return resolveDay(day, receivedAt ?? new Date(0));
}

function fromEpoch(value: number): string | null {
  // Seconds until the year 2286, milliseconds after 2001: the two ranges do not overlap in news.
  const ms = value < 1e10 ? value * 1000 : value;
  if (!Number.isFinite(ms) || ms < Date.UTC(1990, 0, 1) || ms > Date.UTC(2200, 0, 1)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}
