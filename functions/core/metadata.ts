const LEADING_DATE = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;
// Photo and image credits as newsrooms write them; the credit runs to the end of the line.
const CREDIT = /^(?:фото|фотография|photo|image|picture|источник фото)\s*:\s*(.+)$/iu;
const TITLE_MAX = 200;
const DERIVED_TITLE_MAX = 120;

/** `YYYY-MM-DD` when the string is a real calendar date, else null. */
export function calendarDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const iso = date.toISOString().slice(0, 10);
  return iso === `${y}-${mo}-${d}` ? iso : null;
}

/** Paragraphs with a leading `date YYYY-MM-DD` marker and credit lines taken out. */
export interface LiftedMetadata {
  paragraphs: string[];
  publishedAt: string | null;
  credits: string[];
}

/**
 * Lifts what is metadata rather than prose out of the paragraphs: a `date YYYY-MM-DD` marker
 * at the very start (as press exports write it) and photo credits wherever they stand.
 */
export function liftMetadata(paragraphs: readonly string[]): LiftedMetadata {
  let publishedAt: string | null = null;
  const credits: string[] = [];
  const kept: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    let text = paragraph;
    const date = index === 0 ? LEADING_DATE.exec(text) : null;
    if (date?.[1]) {
      publishedAt = calendarDate(date[1]);
      text = text.slice(date[0].length);
    }
    const credit = CREDIT.exec(text);
    if (credit?.[1]) {
      credits.push(credit[1].trim());
      return;
    }
    if (text) kept.push(text);
  });
  return { paragraphs: kept, publishedAt, credits: [...new Set(credits)] };
}

/** True when a paragraph reads as a headline: short, one line, no closing full stop. */
export function readsAsHeadline(paragraph: string): boolean {
  return (
    paragraph.length <= TITLE_MAX && !/[.,;:!?…]$/u.test(paragraph) && /\p{L}/u.test(paragraph)
  );
}

/** A title made from the opening of the text, cut at a word boundary. */
export function derivedTitle(text: string): string {
  if (text.length <= DERIVED_TITLE_MAX) return text;
  const cut = text.lastIndexOf(' ', DERIVED_TITLE_MAX);
  return `${text.slice(0, cut > 40 ? cut : DERIVED_TITLE_MAX).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** The title and the body paragraphs that remain once the title is taken out. */
export interface Titled {
  title: string;
  paragraphs: string[];
}

/**
 * Chooses the title: an explicit one (front matter, heading) if given; else a first paragraph
 * that reads as a headline; else the opening words of the text. A paragraph that merely
 * repeats the title is dropped from the body.
 */
export function chooseTitle(paragraphs: readonly string[], explicit: string | null): Titled {
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
  return { title, paragraphs: rest.filter((p) => p !== title) };
}
