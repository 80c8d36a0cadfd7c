// Page furniture that survives copying an article out of a site: "read also" teasers, subscribe
// and share prompts, error-report hints, copyright footers, cookie notices. Only paragraphs that
// are unmistakably not article text are removed; each rule requires a short paragraph. (`\b` is
// ASCII-only in JavaScript, so word edges are spelt with `\p{L}` look-arounds.)

/** Longest paragraph a single boilerplate rule may remove. */
const MAX_BOILERPLATE_LENGTH = 200;
/** Longest teaser headline below a "read also" heading. */
const MAX_TEASER_LENGTH = 160;
/** Most teasers a trailing block may hold before it looks like article text after all. */
const MAX_TEASERS = 25;

// Headings that open a block of links to other stories; everything after them is teasers.
const TEASER_HEADINGS = new Set([
  'сейчас читают',
  'читайте также',
  'читайте по теме',
  'по теме',
  'еще по теме',
  'ещё по теме',
  'похожие новости',
  'похожие материалы',
  'другие новости',
  'новости по теме',
  'материалы по теме',
  'самое читаемое',
  'самое популярное',
  'популярное',
  'популярные новости',
  'последние новости',
  'лента новостей',
  'главные новости',
  'рекомендуем',
  'рекомендуем прочитать',
  'вам может быть интересно',
  'вас может заинтересовать',
  'смотрите также',
  'новости партнеров',
  'новости партнёров',
  'read also',
  'read more',
  'also read',
  'related',
  'related articles',
  'related news',
  'related stories',
  'more stories',
  'more news',
  'latest news',
  'most read',
  'most popular',
  'popular',
  'you may also like',
  'recommended',
  'see also',
  'trending',
  'top stories',
  'тағы оқыңыз',
  'оқи отырыңыз',
  'ұқсас жаңалықтар',
  'соңғы жаңалықтар',
  'көп оқылғандар',
  'теги',
  'метки',
  'tags',
  'комментарии',
  'comments',
  'поделиться',
  'share',
  'share this article',
]);

// An inline teaser: `Читайте также: Президент подписал закон`.
const TEASER_LINE =
  /^(?:читайте (?:также|по теме)|смотрите также|read (?:also|more)|also read|see also|тағы оқыңыз|оқи отырыңыз)\s*[:.–—-]\s*\S/iu;

const LINE_RULES: readonly RegExp[] = [
  TEASER_LINE,
  // Subscribe and follow prompts.
  /^(?:подписывайтесь|подпишитесь|подписаться|следите за (?:нами|новостями)|присоединяйтесь|читайте нас|читайте (?:новости|наши новости) в|смотрите нас|subscribe\b|sign up for|follow us|join us on|жазылыңыз)/iu,
  // Error-report hints.
  /ctrl\s*\+\s*enter/iu,
  // Copyright and reuse notices.
  /^(?:все права защищены|all rights reserved|copyright\b|©\s*\d{4})/iu,
  /^при (?:полном или частичном )?(?:использовании|цитировании|копировании|перепечатке).*ссылка/iu,
  // Tag lists.
  /^(?:теги|метки|tags|тегтер)\s*:/iu,
  // Advertising labels.
  /^(?:реклама|advertisement|sponsored|партнерский материал|партнёрский материал|на правах рекламы)$/iu,
  // Cookie notices.
  /(?:cookies?|куки)(?!\p{L}).*(?<!\p{L})(?:используем|использует|use|uses|accept|принять|соглашаетесь|согласие|consent)(?!\p{L})/iu,
  /^(?:we use|мы используем) .*(?:cookies?|куки)(?!\p{L})/iu,
];

// A share widget reads as a list of networks: `Поделиться: Facebook Telegram WhatsApp`.
const SHARE_WORDS =
  /^(?:(?:поделиться|share(?: this)?|бөлісу|facebook|twitter|x|telegram|whatsapp|vk|вконтакте|одноклассники|ok|linkedin|e-?mail|viber|instagram|youtube|tiktok|threads|copy link|скопировать ссылку|print|печать)[\s:,|•·/]*){2,}$/iu;

function folded(paragraph: string): string {
  return paragraph
    .toLowerCase()
    .replace(/[:.!…—–-]+$/u, '')
    .trim();
}

/** True for a short "read also" line (`Читайте также: …`), wherever it stands on a page. */
export function isTeaserLine(text: string): boolean {
  return text.length <= MAX_BOILERPLATE_LENGTH && TEASER_LINE.test(text);
}

function isBoilerplateLine(paragraph: string): boolean {
  if (paragraph.length > MAX_BOILERPLATE_LENGTH) return false;
  return SHARE_WORDS.test(paragraph) || LINE_RULES.some((rule) => rule.test(paragraph));
}

function isTeaserBlock(paragraphs: readonly string[], heading: number): boolean {
  const teasers = paragraphs.slice(heading + 1);
  return teasers.length <= MAX_TEASERS && teasers.every((p) => p.length <= MAX_TEASER_LENGTH);
}

/**
 * Removes page furniture from an article's paragraphs: single boilerplate paragraphs anywhere
 * (teasers, subscribe and share prompts, copyright and cookie notices), and a trailing block of
 * links under a heading such as `Сейчас читают` or `Read also` when everything below it is short
 * (teaser headlines, not prose). The first paragraph is never taken for such a heading.
 */
export function removeBoilerplate(paragraphs: readonly string[]): string[] {
  let kept = paragraphs.filter((p) => !isBoilerplateLine(p));
  // Cutting one block can make an earlier heading's block short enough; repeat until stable, so
  // that normalising the output again changes nothing.
  for (;;) {
    // Only the last paragraphs can head a teaser block (it holds at most MAX_TEASERS), so the
    // search stays linear however many heading-like lines a file repeats.
    const from = Math.max(1, kept.length - MAX_TEASERS - 1);
    const heading = kept.findIndex(
      (p, i) => i >= from && TEASER_HEADINGS.has(folded(p)) && isTeaserBlock(kept, i),
    );
    if (heading === -1) return kept;
    kept = kept.slice(0, heading);
  }
}
