// Many pages declare their article's text in their data: schema.org's `articleBody` in JSON-LD
// (microdata marks an element of the page, which Readability already reads). That text is written by the publisher's system from the article alone, so it holds
// none of the page furniture an extractor can take along (teasers, newsletter and donation boxes,
// comment rules, author boxes, photo credits), in any language. It is not trusted as the body
// itself: it is often cut short (paywalls), leaves out subheadings, lists and quotes, or repeats
// the standfirst. It is used as a witness instead: when it plainly is the same article as the
// extracted text, the paragraphs of ours after the last one it holds are dropped (the tail where
// donation and newsletter boxes, comment rules, author boxes and "more news" lists sit), when its
// own last words are ours, so a body cut short by a paywall takes nothing from the end.
// Nothing before or inside the text is judged by it: measured on the development set, declared
// bodies leave out standfirsts and leads (`Berlin. Die Feuerwehr…`) and, on some sites, whole
// paragraphs of the article, so dropping what they lack there cost more recall than it gained.

/** Longest declared body, as a multiple of our text's length, that can be the same article. */
const MAX_BODY_LENGTH_RATIO = 4;
/** Words (or CJK characters) per shingle. */
const SHINGLE = 3;
/**
 * Most of our text's shingles the dropped tail may hold. Furniture after an article is short
 * (at most 16 % on the development set); a longer tail is more likely the rest of an article
 * whose declared body was cut at a paragraph's end, and is kept.
 */
const MAX_TAIL_SHARE = 0.3;
/** Share of the declared body's shingles our text must hold for it to be the same article. */
const MIN_BODY_IN_OURS = 0.8;
/** Share of our text's shingles the declared body must hold likewise. */
const MIN_OURS_IN_BODY = 0.6;
/** A paragraph with at most this share of its shingles in the declared body is not in it. */
const ABSENT_SHARE = 0.15;
/** Closing shingles of the declared body that must be ours for the tail to be trimmed. */
const END_SHINGLES = 8;
/** Share of those end shingles that must be found. */
const MIN_END_SHARE = 0.75;

const TOKEN = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|[\p{L}\p{M}\p{N}]+/gu;

// Declared bodies are often HTML, sometimes escaped once more; as a witness its words suffice.
function withoutMarkup(body: string): string {
  return body
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&#?[\da-z]+;/gi, ' ');
}

function tokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

function shingles(list: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= list.length; i++) out.push(list.slice(i, i + SHINGLE).join(' '));
  return out;
}

function share(items: readonly string[], within: ReadonlySet<string>): number {
  if (items.length === 0) return 0;
  let found = 0;
  for (const item of items) if (within.has(item)) found++;
  return found / items.length;
}

/**
 * `text` (paragraphs separated by blank lines) without the closing paragraphs that follow the
 * article the page declares as `articleBody`; `text` unchanged when the declared body is not the
 * same article, does not end where ours does, or is too short to judge by.
 */
export function keepDeclaredBody(text: string, declaredBody: string | null): string {
  // Our text must hold most of it: a far longer body (markup and escapes at most double it) is
  // another text, and is not worth splitting into shingles.
  if (!declaredBody || declaredBody.length > MAX_BODY_LENGTH_RATIO * text.length) return text;
  const bodyShingles = shingles(tokens(withoutMarkup(declaredBody)));
  if (bodyShingles.length < END_SHINGLES * 4) return text;
  const paragraphs = text.split(/\n{2,}/u);
  const ours = paragraphs.map((paragraph) => shingles(tokens(paragraph)));
  const oursSet = new Set(ours.flat());
  const bodySet = new Set(bodyShingles);
  if (share(bodyShingles, oursSet) < MIN_BODY_IN_OURS) return text;
  if (share(ours.flat(), bodySet) < MIN_OURS_IN_BODY) return text;

  // Shingles spanning two of our paragraphs are not in `oursSet`: the end is judged loosely.
  if (share(bodyShingles.slice(-END_SHINGLES), oursSet) < MIN_END_SHARE) return text;
  const held = ours.map((list) => list.length > 0 && share(list, bodySet) > ABSENT_SHARE);
  const last = held.lastIndexOf(true);
  if (last === -1 || last === paragraphs.length - 1) return text;
  const tail = ours.slice(last + 1).reduce((sum, list) => sum + list.length, 0);
  if (tail > MAX_TAIL_SHARE * oursSet.size) return text;
  return paragraphs.slice(0, last + 1).join('\n\n');
}
